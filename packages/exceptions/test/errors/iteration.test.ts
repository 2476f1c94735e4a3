import { describe, expect, it } from 'vitest';
import { ItemsExhausted, MaxIterationsError, MoreThanOne } from '../../src/errors/iteration.js';
import { expectErrorShape } from '../support/shape.js';

describe('iteration errors', () => {
  it('check 1: shapes', () => {
    expectErrorShape(new MaxIterationsError('m'), MaxIterationsError, Error);
    expectErrorShape(new ItemsExhausted('m'), ItemsExhausted, RangeError);
    expectErrorShape(new MoreThanOne((async function* () {})(), 'm'), MoreThanOne, RangeError);
  });

  it('MoreThanOne keeps the iterator over the original items and the message', async () => {
    async function* items(): AsyncGenerator<number> {
      yield* [1, 2, 3];
    }
    const it = items();
    const err = new MoreThanOne(it, 'more than one item');
    expect(err.it).toBe(it);
    expect(err.message).toBe('more than one item');
    const seen: number[] = [];
    for await (const item of err.it) seen.push(item);
    expect(seen).toEqual([1, 2, 3]);
  });
});
