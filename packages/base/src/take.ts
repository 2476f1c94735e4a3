// `take(it, n, opts)`: the port of `asyncutils.base.take`.
import type { RaiseSentinel } from '@asyncutils/constants';
import { delegate } from './internal/steps.js';
import { makeTake } from './internal/Take.js';

/**
 * Options of {@link take}, {@link collect} and {@link collectInto}.
 *
 * @typeParam D - The type of the default.
 *
 * @example
 * ```ts
 * import { RAISE } from '@asyncutils/constants';
 * import { collect, type TakeOptions } from '@asyncutils/base';
 *
 * const pad: TakeOptions<number> = { default: 0 };
 * await collect([1], 3, pad); // [1, 0, 0]
 * const strict: TakeOptions<never> = { default: RAISE };
 * await collect([1], 3, strict); // rejects with ItemsExhausted
 * ```
 */
export interface TakeOptions<D> {
  /**
   * What to do when the source runs out before `n` items: a value pads the result to exactly `n` items;
   * `RAISE` (from `@asyncutils/constants`) throws `ItemsExhausted`. Only the presence of the key counts
   * (`{ default: undefined }` pads with `undefined`). With `n` `null`, a value (not `RAISE`) is yielded
   * forever after the last item.
   *
   * @default absent: stop early
   */
  readonly default?: D | RaiseSentinel;
}

/**
 * Yields the first `n` items of a sync or async iterable, pulling exactly that many, padded with a
 * default or ending in `ItemsExhausted` when there are fewer.
 *
 * @remarks
 * Arguments are validated at the call; items are read lazily, one per `next()`.
 *
 * - `n` `null`/`undefined`: every item, then, when a `default` other than `RAISE` is given, that default
 *   forever.
 * - `n` `0`: nothing; the source is never touched.
 * - Otherwise up to `n` items, never reading one more. Fewer available: `default: RAISE` throws
 *   `ItemsExhausted` (`asyncutils.base.take: ran out of items to take`); another `default` pads to exactly
 *   `n`; no `default` stops early.
 *
 * Reaching `n` does not close the source, so an iterator can be read in chunks (`take(gen, 10)` again);
 * `return()`/`break` before that closes it, as `for await` does. Items are yielded as they are (a promise
 * item is not awaited). Does not raise `asyncutils.base.iter_to_agen`.
 *
 * @typeParam T - The item type.
 * @typeParam D - The type of the default.
 * @param it - The (async) iterable.
 * @param n - How many items; `null`/`undefined` for all.
 * @param opts - {@link TakeOptions}.
 * @returns An `AsyncGenerator` of at most `n` items.
 * @throws TypeError at the call, when `n` is not a number (nor `null`/`undefined`), `it` is not iterable,
 *   or `opts` is not an object.
 * @throws RangeError at the call, when `n` is not an integer `>= 0`.
 * @throws ItemsExhausted (a `RangeError`) from `next()`, when `default` is `RAISE` and the source runs out.
 *
 * @example
 * ```ts
 * import { take } from '@asyncutils/base';
 *
 * for await (const n of take([1, 2, 3], 2)) console.log(n); // 1, 2
 * for await (const n of take([1], 3, { default: 0 })) console.log(n); // 1, 0, 0
 * ```
 */
export function take<T, D = T>(it: Iterable<T> | AsyncIterable<T>, n?: number | null, opts?: TakeOptions<D>): AsyncGenerator<T | Exclude<D, RaiseSentinel>, void, unknown> {
  return delegate(makeTake<T, Exclude<D, RaiseSentinel>>('take', it, n, opts, 'asyncutils.base.take: ran out of items to take'));
}

