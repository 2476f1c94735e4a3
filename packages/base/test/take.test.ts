import { RAISE } from '@asyncutils/constants';
import { ItemsExhausted } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { take } from '../src/index.js';
import { all, asyncSource, capture, counting } from './support/helpers.js';

describe('take', () => {
  it('check 14: yields the first n items, pulling exactly n from the source', async () => {
    expect(await all(take([1, 2, 3], 2))).toEqual([1, 2]);
    const src = counting([1, 2, 3, 4]);
    expect(await all(take(src, 2))).toEqual([1, 2]);
    expect(src.pulls).toBe(2);
    expect(src.returned).toBe(0);
  });

  it('check 14: take(src, 0) never calls next on the source', async () => {
    const src = counting([1, 2]);
    expect(await all(take(src, 0))).toEqual([]);
    expect(src.pulls).toBe(0);
    expect(src.iterators).toBe(0);
  });

  it('reaching n leaves the source open, so an iterator can be read in chunks', async () => {
    const { gen, closed } = asyncSource([1, 2, 3, 4, 5]);
    expect(await all(take(gen, 2))).toEqual([1, 2]);
    expect(await all(take(gen, 2))).toEqual([3, 4]);
    expect(closed()).toBe(false);
    expect(await all(take(gen, 2))).toEqual([5]);
  });

  it('breaking out early closes the source, as for await does', async () => {
    const { gen, closed } = asyncSource([1, 2, 3]);
    for await (const x of take(gen, 3)) {
      expect(x).toBe(1);
      break;
    }
    expect(closed()).toBe(true);
  });

  it('throw() closes the source and rejects with the error, even when closing fails', async () => {
    const boom = new Error('boom');
    const src = counting([1, 2, 3]);
    const gen = take(src, 3);
    await gen.next();
    await expect(gen.throw(boom)).rejects.toBe(boom);
    expect(src.returned).toBe(1);

    const failingClose = {
      [Symbol.asyncIterator]: () => ({
        next: async () => ({ done: false, value: 1 }),
        return: async () => {
          throw new Error('close failed');
        },
      }),
    };
    const gen2 = take(failingClose, 3);
    await gen2.next();
    await expect(gen2.throw(boom)).rejects.toBe(boom);
    const syncFailingClose = {
      [Symbol.iterator]: () => ({
        next: () => ({ done: false, value: 1 }),
        return: () => {
          throw new Error('close failed');
        },
      }),
    };
    const gen3 = take(syncFailingClose, 3);
    await gen3.next();
    await expect(gen3.throw(boom)).rejects.toBe(boom);
  });

  it('check 15: pads with a default, stops without one, throws ItemsExhausted with RAISE', async () => {
    expect(await all(take([1], 3, { default: 0 }))).toEqual([1, 0, 0]);
    expect(await all(take([1], 3))).toEqual([1]);
    const gen = take([1], 3, { default: RAISE });
    expect(await gen.next()).toEqual({ value: 1, done: false });
    const error = await gen.next().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ItemsExhausted);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe('asyncutils.base.take: ran out of items to take');
    expect(await gen.next()).toEqual({ value: undefined, done: true });
  });

  it('the presence of the default key counts: { default: undefined } pads with undefined', async () => {
    expect(await all(take([1], 3, { default: undefined }))).toEqual([1, undefined, undefined]);
  });

  it('check 16: n null with a default yields every item then the default forever', async () => {
    const gen = take([1, 2], null, { default: 9 });
    const first: number[] = [];
    for (let i = 0; i < 5; i++) first.push((await gen.next()).value as number);
    expect(first).toEqual([1, 2, 9, 9, 9]);
    await gen.return();
    expect(await all(take([1, 2]))).toEqual([1, 2]);
    expect(await all(take([1, 2], undefined, { default: RAISE }))).toEqual([1, 2]);
  });

  it('check 16: bad counts', () => {
    expect(() => take([1], -1)).toThrow(RangeError);
    expect(() => take([1], -1)).toThrow(/asyncutils\.base\.take: n must be an integer >= 0, got -1/);
    expect(() => take([1], 1.5)).toThrow(RangeError);
    expect(() => take([1], Number.NaN)).toThrow(RangeError);
    expect(() => take([1], Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => take([1], '2' as never)).toThrow(TypeError);
    expect(() => take([1], '2' as never)).toThrow(/asyncutils\.base\.take: n must be a number, got "2"/);
    expect(() => take(3 as never, 1)).toThrow(/asyncutils\.base\.take: cannot iterate over number/);
    expect(() => take([1], 1, 5 as never)).toThrow(/asyncutils\.base\.take: options must be an object/);
  });

  it('works on async sources and does not await promise items', async () => {
    const { gen } = asyncSource(['a', 'b', 'c']);
    expect(await all(take(gen, 2))).toEqual(['a', 'b']);
    const p = Promise.resolve(1);
    expect((await all(take([p], 1)))[0]).toBe(p);
    expect(await all(take(asyncSource([1]).gen, 3, { default: 0 }))).toEqual([1, 0, 0]);
    await expect(all(take(asyncSource([1]).gen, 3, { default: RAISE }))).rejects.toThrow(ItemsExhausted);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await all(take([1, 2], 1));
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
