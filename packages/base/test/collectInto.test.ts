import { RAISE } from '@asyncutils/constants';
import { ItemsExhausted } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { collectInto } from '../src/index.js';
import { asyncSource, capture } from './support/helpers.js';

describe('collectInto', () => {
  it('check 18: appends [1, 2] to an existing array', async () => {
    const out: unknown[] = ['x'];
    await expect(collectInto(out, [1, 2, 3], 2)).resolves.toBeUndefined();
    expect(out).toEqual(['x', 1, 2]);
  });

  it('check 18: any object with push works, and items arrive one by one', async () => {
    const got: number[] = [];
    const sink = { push: (n: number) => void got.push(n * 10) };
    await collectInto(sink, asyncSource([1, 2, 3]).gen);
    expect(got).toEqual([10, 20, 30]);
  });

  it('items pushed before an error stay; RAISE gives the collect_into message', async () => {
    const out: number[] = [];
    const error = await collectInto(out, [1, 2], 3, { default: RAISE }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ItemsExhausted);
    expect((error as Error).message).toBe('asyncutils.base.collect_into: ran out of items to collect');
    expect(out).toEqual([1, 2]);
  });

  it('pads with a default; n null with a default rejects RangeError', async () => {
    const out: number[] = [];
    await collectInto(out, [1], 3, { default: 0 });
    expect(out).toEqual([1, 0, 0]);
    await expect(collectInto([], [1], null, { default: 0 })).rejects.toThrow(/asyncutils\.base\.collect_into: n is null and a default is given/);
  });

  it('out without push rejects TypeError', async () => {
    await expect(collectInto({} as never, [1])).rejects.toThrow(/asyncutils\.base\.collect_into: out must have a push method, got Object/);
    await expect(collectInto(null as never, [1])).rejects.toThrow(TypeError);
  });

  it('a throwing push closes the source and rejects with its error', async () => {
    const { gen, closed } = asyncSource([1, 2, 3]);
    const boom = new Error('full');
    const sink = {
      push: (n: number) => {
        if (n === 2) throw boom;
      },
    };
    await expect(collectInto(sink, gen)).rejects.toBe(boom);
    expect(closed()).toBe(true);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await collectInto([], [1, 2], 1);
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
