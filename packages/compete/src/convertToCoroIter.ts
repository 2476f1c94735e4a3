// `convertToCoroIter`: lazily maps a mix of promises, iterables and async iterables to promises.
import { typeName } from '@asyncutils/audit';
import { CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID } from '@asyncutils/context';
import { checkCallback, checkFlag, checkOptions, fail, isAsyncIterable, isIterable, isThenable } from './validate.js';

const API = 'asyncutils.compete.convert_to_coro_iter';

/**
 * Options of {@link convertToCoroIter}.
 *
 * @example
 * ```ts
 * import { convertToCoroIter, type ConvertToCoroIterOptions } from '@asyncutils/compete';
 *
 * const opts: ConvertToCoroIterOptions = { skipInvalid: false, handleIter: (it) => new Set(it) };
 * for (const p of convertToCoroIter([[1, 1, 2]], opts)) console.log(await p); // Set { 1, 2 }
 * ```
 */
export interface ConvertToCoroIterOptions {
  /**
   * Skip items that are neither thenables nor (async) iterables, instead of throwing `TypeError` when one is
   * reached.
   *
   * @default CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID (from `@asyncutils/context`, read at call; `true`)
   */
  readonly skipInvalid?: boolean | undefined;
  /**
   * Turns an async iterable item into a value or a promise.
   *
   * @default collects the items into an array
   */
  readonly handleAiter?: ((it: AsyncIterable<unknown>) => unknown) | undefined;
  /**
   * Turns a sync iterable item (strings included) into a value or a promise.
   *
   * @default `Array.from`
   */
  readonly handleIter?: ((it: Iterable<unknown>) => unknown) | undefined;
}

/** Collects an async iterable into an array (the default `handleAiter`). */
async function collect(it: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Calls a handler; a synchronous throw becomes a rejected promise. */
function call<A>(handler: (it: A) => unknown, item: A): Promise<unknown> {
  try {
    return Promise.resolve(handler(item));
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * Converts one item as {@link convertToCoroIter} does, with the default handlers: a thenable is adopted, an async
 * iterable collected, a sync iterable turned into an array.
 *
 * @param item - Any value.
 * @param handleAiter - The async-iterable handler.
 * @param handleIter - The sync-iterable handler.
 * @returns A fresh native promise, or `undefined` for an invalid item.
 *
 * @example
 * ```ts
 * await convertItem('ab'); // ['a', 'b']
 * convertItem(5); // undefined
 * ```
 */
export function convertItem(
  item: unknown,
  handleAiter: (it: AsyncIterable<unknown>) => unknown = collect,
  handleIter: (it: Iterable<unknown>) => unknown = Array.from,
): Promise<unknown> | undefined {
  if (isThenable(item)) return Promise.resolve(item);
  if (isAsyncIterable(item)) return call(handleAiter, item);
  if (isIterable(item)) return call(handleIter, item);
  return undefined;
}

/**
 * The message of an invalid item reached by a conversion that does not skip it.
 *
 * @param cfs - The iterable being converted.
 * @param item - The invalid item.
 * @returns `asyncutils.compete.convert_to_coro_iter: invalid item in <typeName(cfs)>: <typeName(item)>`.
 *
 * @example
 * ```ts
 * invalidItem([1], 1); // 'asyncutils.compete.convert_to_coro_iter: invalid item in Array: number'
 * ```
 */
export function invalidItem(cfs: unknown, item: unknown): string {
  return `${API}: invalid item in ${typeName(cfs)}: ${typeName(item)}`;
}

/**
 * Lazily maps a mix of promises, iterables and async iterables to promises (Python's `convert_to_coro_iter`).
 *
 * @remarks
 * Per item, when the generator reaches it: a thenable gives `Promise.resolve(item)` (a fresh native promise); an
 * async iterable gives `Promise.resolve(handleAiter(item))`; a sync iterable (strings included) gives
 * `Promise.resolve(handleIter(item))` (a handler's synchronous throw gives a rejected promise); anything else
 * (`null`, numbers, plain objects, functions) is skipped when `skipInvalid`, else throws a `TypeError` from
 * `next()`. An item both thenable and iterable counts as thenable; both async and sync iterable counts as async.
 * `cfs` itself must be sync iterable: use `enhancedGather` or `enhancedStaggeredRace` for an async `cfs`.
 *
 * @param cfs - The items.
 * @param opts - {@link ConvertToCoroIterOptions}.
 * @returns A generator of promises, one per valid item.
 * @throws Error `asyncutils.compete.convert_to_coro_iter: cannot iterate an async iterable synchronously` (at call)
 * when `cfs` is only async iterable; TypeError (at call) when it is not iterable or an option is bad; TypeError
 * `…: invalid item in <type of cfs>: <type of item>` (from `next()`) for an invalid item when not skipping.
 *
 * @example
 * ```ts
 * import { convertToCoroIter } from '@asyncutils/compete';
 *
 * async function* asyncRange(n: number) { for (let i = 0; i < n; i++) yield i; }
 * const promises = [...convertToCoroIter([asyncRange(2), Promise.resolve(2), new Set([3]), 'ab', 42])];
 * await Promise.all(promises); // [[0, 1], 2, [3], ['a', 'b']] — 42 was skipped
 * ```
 */
export function convertToCoroIter(cfs: Iterable<unknown>, opts?: ConvertToCoroIterOptions): Generator<Promise<unknown>, void> {
  if (!isIterable(cfs)) {
    if (isAsyncIterable(cfs)) throw new Error(`${API}: cannot iterate an async iterable synchronously`);
    fail(API, 'cfs must be an iterable', cfs);
  }
  const o = checkOptions(API, opts);
  const skipInvalid = checkFlag(API, 'skipInvalid', o.skipInvalid, CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID.get());
  const handleAiter = checkCallback(API, 'handleAiter', o.handleAiter);
  const handleIter = checkCallback(API, 'handleIter', o.handleIter);
  return convert(cfs, skipInvalid, handleAiter, handleIter);
}

/** The generator behind {@link convertToCoroIter}. */
function* convert(
  cfs: Iterable<unknown>,
  skipInvalid: boolean,
  handleAiter: ((it: AsyncIterable<unknown>) => unknown) | undefined,
  handleIter: ((it: Iterable<unknown>) => unknown) | undefined,
): Generator<Promise<unknown>, void> {
  for (const item of cfs) {
    const p = convertItem(item, handleAiter, handleIter);
    if (p !== undefined) yield p;
    else if (!skipInvalid) throw new TypeError(invalidItem(cfs, item));
  }
}
