// convertToCoroIter: checks 18–20 of spec/compete.md, plus the regression of its "Not portable as-is" row.
import { CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID, localContext } from '@asyncutils/context';
import { describe, expect, it, vi } from 'vitest';
import { convertItem, convertToCoroIter, invalidItem } from '../src/convertToCoroIter.js';
import { doneFut } from './support/doneFut.js';

async function* asyncRange(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

/** An awaitable resolving `v` after a macrotask-free hop (the port of upstream's `sleep_value`). */
const sleepValue = async <T>(v: T): Promise<T> => {
  await Promise.resolve();
  return v;
};

describe('convertToCoroIter', () => {
  it('check 18: upstream port — four promises resolving [0, 1], 2, [3], 4', async () => {
    const promises = [...convertToCoroIter([asyncRange(2), sleepValue(2), new Set([3]), doneFut(4)], { skipInvalid: false })];
    expect(promises).toHaveLength(4);
    for (const p of promises) expect(p).toBeInstanceOf(Promise);
    expect(await Promise.all(promises)).toEqual([[0, 1], 2, [3], 4]);
  });

  it('check 18: a rejected future gives a rejected promise', async () => {
    const { wrapExc } = await import('@asyncutils/exceptions');
    const e = new Error('failed future');
    const [p] = convertToCoroIter([doneFut(wrapExc(e))]);
    await expect(p).rejects.toBe(e);
  });

  it('check 19: invalid items are skipped by default; skipInvalid false throws on next()', () => {
    expect([...convertToCoroIter([1])]).toEqual([]);
    const gen = convertToCoroIter([1], { skipInvalid: false });
    expect(() => gen.next()).toThrow(TypeError);
    expect(() => convertToCoroIter([1], { skipInvalid: false }).next()).toThrow(/invalid item in Array: number/);
    expect(() => convertToCoroIter(new Set([null]), { skipInvalid: false }).next()).toThrow(
      'asyncutils.compete.convert_to_coro_iter: invalid item in Set: null',
    );
  });

  it('check 19: a scoped CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID = false does the same without options', () => {
    localContext({ CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: false }, () => {
      expect(CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID.get()).toBe(false);
      expect(() => convertToCoroIter([1]).next()).toThrow(/invalid item in Array: number/);
    });
    // read at call: a generator made inside the scope keeps its setting outside it
    const gen = localContext({ CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: false }, () => convertToCoroIter([{}]));
    expect(() => gen.next()).toThrow(/invalid item in Array: Object/);
  });

  it("check 19: strings are iterables ('ab' → ['a', 'b'])", async () => {
    const [p] = convertToCoroIter(['ab']);
    await expect(p).resolves.toEqual(['a', 'b']);
  });

  it('check 19: custom handleIter / handleAiter are used', async () => {
    const handleIter = vi.fn((it: Iterable<unknown>) => new Set(it));
    const handleAiter = vi.fn(async () => 'async!');
    const ps = [...convertToCoroIter([[1, 1], asyncRange(3)], { handleIter, handleAiter })];
    expect(await Promise.all(ps)).toEqual([new Set([1]), 'async!']);
    expect(handleIter).toHaveBeenCalledOnce();
    expect(handleAiter).toHaveBeenCalledOnce();
  });

  it('check 19: a handler that throws gives a rejected promise', async () => {
    const err = new Error('bad handler');
    const [p] = convertToCoroIter([[1]], {
      handleIter: () => {
        throw err;
      },
    });
    await expect(p).rejects.toBe(err);
  });

  it('check 19: thenable beats iterable, async iterable beats iterable, functions and objects are invalid', async () => {
    const thenableIterable = Object.assign(Promise.resolve('thenable'), { [Symbol.iterator]: () => [][Symbol.iterator]() });
    const both = {
      [Symbol.iterator]: () => ['sync'][Symbol.iterator](),
      [Symbol.asyncIterator]: () => asyncRange(1),
    };
    expect(await Promise.all(convertToCoroIter([thenableIterable, both]))).toEqual(['thenable', [0]]);
    expect(() => convertToCoroIter([() => 1], { skipInvalid: false }).next()).toThrow(/invalid item in Array: Function/);
    expect(() => convertToCoroIter([{ then: 1 }], { skipInvalid: false }).next()).toThrow(/Object/);
  });

  it('check 20: an async-only cfs throws Error at call; a non-iterable throws TypeError at call', () => {
    const e = (() => {
      try {
        convertToCoroIter(asyncRange(1) as never);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe('asyncutils.compete.convert_to_coro_iter: cannot iterate an async iterable synchronously');
    expect(() => convertToCoroIter(5 as never)).toThrow(new TypeError('asyncutils.compete.convert_to_coro_iter: cfs must be an iterable, got 5'));
    expect(() => convertToCoroIter([], { skipInvalid: 'yes' as never })).toThrow(TypeError);
    expect(() => convertToCoroIter([], { handleIter: 1 as never })).toThrow(TypeError);
    expect(() => convertToCoroIter([], 1 as never)).toThrow(TypeError);
  });

  it('check 20: the generator is lazy — a later invalid item throws only when reached', async () => {
    const pulled: number[] = [];
    function* items(): Generator<unknown> {
      pulled.push(0);
      yield Promise.resolve('ok');
      pulled.push(1);
      yield 42;
    }
    const gen = convertToCoroIter(items(), { skipInvalid: false });
    expect(pulled).toEqual([]);
    const first = gen.next();
    expect(pulled).toEqual([0]);
    await expect(first.value).resolves.toBe('ok');
    expect(() => gen.next()).toThrow(/invalid item in Generator: number/);
  });

  it('regression: one thenable check instead of asyncio/concurrent future hooks (a foreign thenable is adopted)', async () => {
    const foreign = { then: (resolve: (v: string) => void) => resolve('foreign') };
    const [p] = convertToCoroIter([foreign]);
    expect(p).toBeInstanceOf(Promise);
    await expect(p).resolves.toBe('foreign');
  });

  it('regression: an async cfs is refused by the sync generator (no blocking) and accepted by enhancedGather / enhancedStaggeredRace', async () => {
    const { enhancedGather } = await import('../src/enhancedGather.js');
    const { enhancedStaggeredRace } = await import('../src/enhancedStaggeredRace.js');
    expect(() => convertToCoroIter(asyncRange(1) as never)).toThrow(/cannot iterate an async iterable synchronously/);
    async function* items(): AsyncGenerator<unknown> {
      yield [1];
      yield 'ab';
    }
    await expect(enhancedGather(items())).resolves.toEqual([[1], ['a', 'b']]);
    await expect(enhancedStaggeredRace(items())).resolves.toEqual([[1], 0, [null]]);
  });

  it('convertItem and invalidItem (internal helpers)', async () => {
    expect(convertItem(5)).toBeUndefined();
    await expect(convertItem('xy')).resolves.toEqual(['x', 'y']);
    expect(invalidItem(new Map(), null)).toBe('asyncutils.compete.convert_to_coro_iter: invalid item in Map: null');
  });
});
