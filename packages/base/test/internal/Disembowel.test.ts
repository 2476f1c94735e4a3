import { describe, expect, it } from 'vitest';
import { Disembowel, popSizeKey } from '../../src/internal/Disembowel.js';

describe('internal/Disembowel', () => {
  it('popSizeKey prefers length, then size; undefined without the method', () => {
    expect(popSizeKey('f', [], 'pop')).toBe('length');
    expect(popSizeKey('f', { pop() {}, size: 0 }, 'pop')).toBe('size');
    expect(popSizeKey('f', new Set(), 'pop')).toBeUndefined();
    expect(popSizeKey('f', null, 'shift')).toBeUndefined();
    expect(() => popSizeKey('f', { shift() {} }, 'shift')).toThrow(TypeError);
  });

  it('pops with plain steps until empty, then finishes', () => {
    const items = [1, 2];
    const d = new Disembowel<number>(items as never, 'pop', 'length');
    expect(d.next()).toEqual({ done: false, value: 2 });
    expect(d.next()).toEqual({ done: false, value: 1 });
    expect(d.next()).toEqual({ done: true, value: undefined });
    expect(d.next()).toEqual({ done: true, value: undefined });
    expect(d.return(1)).toEqual({ done: true, value: 1 });
  });

  it('a container whose size turns non-numeric ends', () => {
    const c = { size: 1 as unknown, pop: () => 'x' };
    const d = new Disembowel<string>(c as never, 'pop', 'size');
    c.size = 'many';
    expect(d.next()).toEqual({ done: true, value: undefined });
  });
});
