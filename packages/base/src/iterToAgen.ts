// `iterToAgen(it, opts)`: the port of `asyncutils.base.iter_to_agen`.
import { audit, typeName } from '@asyncutils/audit';
import { SourceIterator } from './internal/SourceIterator.js';
import { delegate } from './internal/steps.js';
import { booleanOption, optionsOf } from './internal/validate.js';
import { useAsyncProtocol } from './internal/iterables.js';

/**
 * Options of {@link iterToAgen}.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { iterToAgen, type IterToAgenOptions } from '@asyncutils/base';
 *
 * const opts: IterToAgenOptions<string> = { sentinel: '', strict: true };
 * for await (const line of iterToAgen(['a', 'b', '', 'c'], opts)) console.log(line); // a, b
 * ```
 */
export interface IterToAgenOptions<T = unknown> {
  /**
   * The item that ends the iteration: the first item SameValueZero-equal to it (`Object.is`, with `+0`
   * equal to `-0`) is not yielded, and the source is closed. Only the presence of the key counts, so
   * `{ sentinel: undefined }` stops at the first `undefined`.
   */
  readonly sentinel?: T;
  /**
   * Refuse the async protocol: iterate with `Symbol.iterator` only, even when the source also has
   * `Symbol.asyncIterator`; an async-only source is then a `TypeError`.
   *
   * @default `ITER_TO_AGEN_DEFAULT_STRICT` of `@asyncutils/context` (`false`), read at the call
   */
  readonly strict?: boolean;
}

/**
 * Turns a sync or async iterable into an async generator that delegates to it like `yield*`.
 *
 * @remarks
 * At the call, synchronously: raises the audit event `asyncutils.base.iter_to_agen` with
 * `[typeName(it)]` (before anything else, so a throwing hook vetoes the call and nothing is read), then
 * validates. Items are produced lazily, one source read per `next()`, and the source's iterator is first
 * obtained by the first `next()`.
 *
 * - An async iterable is read with `Symbol.asyncIterator` (unless `strict`); anything else with
 *   `Symbol.iterator` (strings included).
 * - Delegation: `next(v)` passes `v` to the source's `next(v)`; `throw(e)` calls the source's `throw(e)`
 *   (its result is this step's result), or, when it has none, closes the source and rejects with `e`;
 *   `return(v)` calls the source's `return?.(v)` and finishes.
 * - Items are passed through as they are: a promise item is yielded as that promise, not awaited (unlike
 *   `for await` over a sync iterable).
 * - A sync source is read on the calling thread; after every 1024 items the generator awaits
 *   {@link yieldToEventLoop} before reading the next one, so a long synchronous source does not starve
 *   timers and I/O. Errors thrown by the source reject the pending `next()`.
 *
 * Python's `use_existing_executor`/`create_executor` options (reading a sync iterator in a thread pool)
 * have no JavaScript equivalent and do not exist.
 *
 * @typeParam T - The item type.
 * @param it - The (async) iterable.
 * @param opts - {@link IterToAgenOptions}.
 * @returns A new `AsyncGenerator` over the items of `it`.
 * @throws TypeError `asyncutils.base.iter_to_agen: cannot iterate over <type> synchronously or
 *   asynchronously` when `it` is not iterable (or only async-iterable while `strict`), or when an option
 *   has the wrong type.
 * @throws Whatever an audit hook throws.
 *
 * @example
 * ```ts
 * import { iterToAgen } from '@asyncutils/base';
 *
 * for await (const n of iterToAgen([1, 2, 0, 3], { sentinel: 0 })) console.log(n); // 1, 2
 *
 * function* echo() {
 *   const x: number = yield 1;
 *   yield x * 2;
 * }
 * const gen = iterToAgen(echo());
 * await gen.next(); // { value: 1, done: false }
 * await gen.next(5); // { value: 10, done: false }
 * ```
 */
export function iterToAgen<T>(it: Iterable<T> | AsyncIterable<T>, opts?: IterToAgenOptions<T>): AsyncGenerator<T, void, unknown> {
  audit('asyncutils.base.iter_to_agen', typeName(it));
  const o = optionsOf('iter_to_agen', opts);
  const strict = booleanOption('iter_to_agen', 'strict', o.strict, undefined);
  const isAsync = useAsyncProtocol('iter_to_agen', it, strict);
  return delegate(new SourceIterator<T>(it, isAsync, 'iter_to_agen', 'sentinel' in o, o.sentinel));
}
