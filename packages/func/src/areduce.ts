// `areduce`: reduce over a sync or async iterable with a sync or async reducer.
import { fail, func, isThenable, optionsObject } from './validate.js';

const API = 'asyncutils.func.areduce';

/**
 * Options of {@link areduce}.
 *
 * @typeParam A - The accumulator type.
 *
 * @example
 * ```ts
 * import { areduce, type AreduceOptions } from '@asyncutils/func';
 *
 * const opts: AreduceOptions<number> = { initial: 0 };
 * await areduce((a: number, b: number) => a + b, [], opts); // 0
 * ```
 */
export interface AreduceOptions<A> {
  /**
   * The initial accumulator. It counts whenever the key is present (even when its value is `undefined`);
   * absent, the first item is the initial accumulator.
   */
  initial?: A;
}

/**
 * Reduces a sync or async iterable with a sync or async reducer (Python `areduce`); each thenable result is
 * awaited before the next item is read.
 *
 * @param f - The reducer, called as `f(accumulator, item)`.
 * @param it - The items: an `Iterable` (read as is, items are not awaited) or an `AsyncIterable`.
 * @param opts - `initial`: see {@link AreduceOptions}.
 * @returns The final accumulator.
 * @throws `TypeError` (as a rejection) when `f` is not a function, `it` is not iterable, or `it` is empty and
 * no `initial` is given; any error of the reducer or the iterable.
 *
 * @example
 * ```ts
 * import { areduce } from '@asyncutils/func';
 *
 * await areduce((a: number, b: number) => a + b, [1, 2, 3]); // 6
 * async function* words() { yield 'a'; yield 'b'; }
 * await areduce(async (acc: string, w: string) => acc + w, words(), { initial: '>' }); // '>ab'
 * ```
 */
export async function areduce<T, A = T>(f: (acc: A, item: T) => A | PromiseLike<A>, it: Iterable<T> | AsyncIterable<T>, opts?: AreduceOptions<A>): Promise<A> {
  func(API, 'f', f);
  const has = optionsObject(API, opts) !== undefined && 'initial' in (opts as AreduceOptions<A>);
  let acc = (opts as AreduceOptions<A> | undefined)?.initial as A;
  let started = has;
  const step = async (item: T): Promise<void> => {
    if (!started) {
      started = true;
      acc = item as unknown as A;
      return;
    }
    const r = f(acc, item);
    acc = isThenable(r) ? await r : (r as A);
  };
  if (typeof (it as AsyncIterable<T> | null)?.[Symbol.asyncIterator] == 'function') {
    for await (const item of it as AsyncIterable<T>) await step(item);
  } else if (typeof (it as Iterable<T> | null)?.[Symbol.iterator] == 'function') {
    for (const item of it as Iterable<T>) await step(item);
  } else fail(API, 'it must be an iterable or an async iterable', it);
  if (!started) throw new TypeError(`${API}: empty (async) iterable passed without initial value`);
  return acc;
}
