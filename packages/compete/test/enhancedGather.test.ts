// enhancedGather: check 21 of spec/compete.md.
import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { enhancedGather } from '../src/enhancedGather.js';

async function* asyncOf<T>(...xs: T[]): AsyncGenerator<T> {
  yield* xs;
}

describe('enhancedGather', () => {
  it('check 21: upstream port — [[0, 1, 2], [3], true], invalid items skipped', async () => {
    await expect(enhancedGather([[0, 1, 2], 42, asyncOf(3), null, Promise.resolve(true)])).resolves.toEqual([[0, 1, 2], [3], true]);
  });

  it('check 21: an async-iterable it is collected first', async () => {
    // (an async generator awaits what it yields, so a promise item arrives as its value: 1 is then invalid)
    await expect(enhancedGather(asyncOf<unknown>(Promise.resolve(1), new Set(['x']), 'ab'))).resolves.toEqual([['x'], ['a', 'b']]);
  });

  it('check 21: a rejection rejects, or with returnExceptions sits at its index', async () => {
    const err = new Error('item failed');
    await expect(enhancedGather([Promise.resolve(1), Promise.reject(err)])).rejects.toBe(err);
    await expect(enhancedGather([Promise.reject(err), [2], Promise.resolve(3)], { returnExceptions: true })).resolves.toEqual([err, [2], 3]);
  });

  it('an invalid item rejects TypeError when CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID is false; converted rejections stay handled', async () => {
    const call = localContext({ CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: false }, () =>
      enhancedGather([Promise.reject(new Error('handled')), 42]),
    );
    await expect(call).rejects.toThrow(/invalid item in Array: number/);
  });

  it('rejects a non-iterable it and bad options with TypeError', async () => {
    await expect(enhancedGather(5 as never)).rejects.toThrow('asyncutils.compete.enhanced_gather: it must be an iterable or an async iterable, got 5');
    await expect(enhancedGather([], { returnExceptions: 'no' as never })).rejects.toThrow(TypeError);
  });

  it('no items resolves []', async () => {
    await expect(enhancedGather([])).resolves.toEqual([]);
  });
});
