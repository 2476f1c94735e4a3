import { ItemsExhausted } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { drop } from '../src/index.js';
import { all, asyncSource, capture, counting } from './support/helpers.js';

describe('drop', () => {
  it('check 19: skips n items and yields the rest', async () => {
    expect(await all(drop([1, 2, 3, 4], 2))).toEqual([3, 4]);
    expect(await all(drop([1], 3))).toEqual([]);
    expect(await all(drop([1, 2], 0))).toEqual([1, 2]);
  });

  it('check 19: raising throws ItemsExhausted at the first next()', async () => {
    const gen = drop([1], 3, { raising: true });
    const error = await gen.next().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ItemsExhausted);
    expect((error as Error).message).toBe('asyncutils.base.drop: ran out of items to drop');
    expect(await gen.next()).toEqual({ value: undefined, done: true });
    expect(await all(drop([1, 2, 3], 3, { raising: true }))).toEqual([]);
  });

  it('works on async sources', async () => {
    expect(await all(drop(asyncSource([1, 2, 3, 4]).gen, 1))).toEqual([2, 3, 4]);
    expect(await all(drop(asyncSource([1]).gen, 2))).toEqual([]);
    await expect(all(drop(asyncSource([1]).gen, 2, { raising: true }))).rejects.toThrow(ItemsExhausted);
  });

  it('is lazy: nothing is read before the first next()', async () => {
    const src = counting([1, 2, 3]);
    const gen = drop(src, 2);
    expect(src.pulls).toBe(0);
    expect(await gen.next()).toEqual({ value: 3, done: false });
    expect(src.pulls).toBe(3);
  });

  it('validates n and options at the call', () => {
    expect(() => drop([1], -1)).toThrow(RangeError);
    expect(() => drop([1], 0.5)).toThrow(/asyncutils\.base\.drop: n must be an integer >= 0, got 0\.5/);
    expect(() => drop([1], null as never)).toThrow(/asyncutils\.base\.drop: n must be a number, got null/);
    expect(() => drop([1], 1, { raising: 1 as never })).toThrow(/raising must be a boolean/);
    expect(() => drop(1 as never, 1)).toThrow(/cannot iterate over number/);
  });

  it('return() closes the source', async () => {
    const { gen, closed } = asyncSource([1, 2, 3]);
    const d = drop(gen, 1);
    await d.next();
    await d.return();
    expect(closed()).toBe(true);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await all(drop([1, 2], 1));
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
