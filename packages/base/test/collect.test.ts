import { RAISE } from '@asyncutils/constants';
import { ItemsExhausted } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { collect } from '../src/index.js';
import { asyncSource, capture, counting } from './support/helpers.js';

describe('collect', () => {
  it('check 17: resolves the first two items of an async generator', async () => {
    const { gen } = asyncSource([1, 2, 3]);
    expect(await collect(gen, 2)).toEqual([1, 2]);
    expect(await collect([1, 2, 3])).toEqual([1, 2, 3]);
    expect(await collect([1], 3, { default: 0 })).toEqual([1, 0, 0]);
  });

  it('check 17: RAISE rejects ItemsExhausted with the collect message', async () => {
    const error = await collect([1], 2, { default: RAISE }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ItemsExhausted);
    expect((error as Error).message).toBe('asyncutils.base.collect: ran out of items to collect');
  });

  it('regression: collect(n = null, default = x) rejects RangeError instead of looping forever', async () => {
    await expect(collect([1], null, { default: 0 })).rejects.toThrow(RangeError);
    await expect(collect([1], undefined, { default: 0 })).rejects.toThrow(/asyncutils\.base\.collect: n is undefined and a default is given/);
    expect(await collect([1], null, { default: RAISE })).toEqual([1]);
  });

  it('check 17: collect([1], null, {default: 0}) rejects RangeError', async () => {
    await expect(collect([1], null, { default: 0 })).rejects.toBeInstanceOf(RangeError);
  });

  it('validation errors reject (never a synchronous throw)', async () => {
    const p = collect([1], -1);
    expect(p).toBeInstanceOf(Promise);
    await expect(p).rejects.toThrow(/asyncutils\.base\.collect: n must be an integer >= 0/);
    await expect(collect(1 as never)).rejects.toThrow(TypeError);
  });

  it('reads exactly n items', async () => {
    const src = counting([1, 2, 3]);
    expect(await collect(src, 2)).toEqual([1, 2]);
    expect(src.pulls).toBe(2);
  });

  it('collects more than 1024 sync items (across a macrotask turn)', async () => {
    const items = Array.from({ length: 2500 }, (_, i) => i);
    expect(await collect(items)).toEqual(items);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await collect([1, 2], 1);
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
