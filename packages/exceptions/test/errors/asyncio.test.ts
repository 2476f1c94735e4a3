import { describe, expect, it } from 'vitest';
import { BrokenBarrierError, InvalidStateError, QueueEmpty, QueueFull, QueueShutDown } from '../../src/errors/asyncio.js';
import { expectErrorShape } from '../support/shape.js';

describe('asyncio errors', () => {
  it('check 1: all five extend Error directly', () => {
    for (const C of [QueueEmpty, QueueFull, QueueShutDown, BrokenBarrierError, InvalidStateError]) expectErrorShape(new C('m'), C, Error);
  });

  it('they are unrelated to each other', () => {
    const all = [QueueEmpty, QueueFull, QueueShutDown, BrokenBarrierError, InvalidStateError];
    for (const A of all) for (const B of all) expect(new A() instanceof B).toBe(A === B);
  });

  it('CROSSREF §2 #5: InvalidStateError is this class, not a DOMException of that name', () => {
    expect(new DOMException('x', 'InvalidStateError')).not.toBeInstanceOf(InvalidStateError);
    expect(new InvalidStateError('x')).toBeInstanceOf(Error);
  });
});
