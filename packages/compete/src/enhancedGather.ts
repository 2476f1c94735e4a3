// `enhancedGather`: `Promise.all` over the promises `convertToCoroIter` makes of a mixed (async) iterable.
import { convertToCoroIter } from './convertToCoroIter.js';
import { checkFlag, checkOptions, fail, isAsyncIterable, isIterable } from './validate.js';

const API = 'asyncutils.compete.enhanced_gather';

/**
 * Options of {@link enhancedGather}.
 *
 * @example
 * ```ts
 * import { enhancedGather, type EnhancedGatherOptions } from '@asyncutils/compete';
 *
 * const opts: EnhancedGatherOptions = { returnExceptions: true };
 * await enhancedGather([Promise.reject(new Error('x')), [1]], opts); // [Error: x, [1]]
 * ```
 */
export interface EnhancedGatherOptions {
  /**
   * Let every item settle and put a rejection's reason at its index, instead of rejecting with the first one.
   *
   * @default false
   */
  readonly returnExceptions?: boolean | undefined;
}

/**
 * Gathers a mix of promises, iterables and async iterables (Python's `enhanced_gather`): every item is converted
 * as by `convertToCoroIter` (default options), and the results are awaited together.
 *
 * @remarks
 * An async iterable `it` is collected first. Invalid items are skipped unless
 * `CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID` (from `@asyncutils/context`) is `false`, in which case the call
 * rejects with the `TypeError` (the rejections of items already converted are handled). Raises no audit event.
 *
 * @param it - The items: a sync or async iterable.
 * @param opts - {@link EnhancedGatherOptions}.
 * @returns The results, one per valid item, in item order.
 * @throws (rejects) TypeError when `it` is not iterable, an option is bad, or an invalid item is not skipped;
 * without `returnExceptions`, the first rejection of an item.
 *
 * @example
 * ```ts
 * import { enhancedGather } from '@asyncutils/compete';
 *
 * async function* asyncOf<T>(...xs: T[]) { yield* xs; }
 * await enhancedGather([[0, 1, 2], 42, asyncOf(3), null, Promise.resolve(true)]); // [[0, 1, 2], [3], true]
 * ```
 */
export async function enhancedGather(it: Iterable<unknown> | AsyncIterable<unknown>, opts?: EnhancedGatherOptions): Promise<unknown[]> {
  const returnExceptions = checkFlag(API, 'returnExceptions', checkOptions(API, opts).returnExceptions, false);
  let items: Iterable<unknown> = it as Iterable<unknown>;
  if (!isIterable(it)) {
    if (!isAsyncIterable(it)) fail(API, 'it must be an iterable or an async iterable', it);
    const collected: unknown[] = [];
    for await (const x of it) collected.push(x);
    items = collected;
  }
  const promises: Promise<unknown>[] = [];
  try {
    for (const p of convertToCoroIter(items)) promises.push(p);
  } catch (e) {
    for (const p of promises) p.catch(noop);
    throw e;
  }
  if (!returnExceptions) return Promise.all(promises);
  return Promise.all(promises.map((p) => p.catch(identity)));
}

function noop(): void {}

function identity(e: unknown): unknown {
  return e;
}
