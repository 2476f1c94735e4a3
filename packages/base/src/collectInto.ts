// `collectInto(out, it, n, opts)`: the port of `asyncutils.base.collect_into`.
import { describe } from './internal/validate.js';
import { consume } from './internal/consume.js';
import { makeTake } from './internal/Take.js';
import type { RaiseSentinel } from '@asyncutils/constants';
import type { TakeOptions } from './take.js';

/**
 * Pushes the items {@link take} would yield onto `out`, each as it arrives.
 *
 * @remarks
 * Same rules as {@link collect}; the ItemsExhausted message is
 * `asyncutils.base.collect_into: ran out of items to collect`. Items pushed before an error stay in `out`.
 * `out` is anything with a `push(item)` method (Python's `append`): an array, a set wrapper, a queue. When
 * `push` throws, the source is closed and the call rejects with that error.
 *
 * @typeParam T - The item type.
 * @typeParam D - The type of the default.
 * @param out - Receives the items.
 * @param it - The (async) iterable.
 * @param n - How many items; `null`/`undefined` for all.
 * @param opts - {@link TakeOptions}.
 * @returns A promise fulfilled once every item has been pushed.
 * @throws (rejects) TypeError when `out` has no `push` method, `n` is not a number (nor
 *   `null`/`undefined`), `it` is not iterable, or `opts` is not an object.
 * @throws (rejects) RangeError when `n` is not an integer `>= 0`, or is `null`/`undefined` while a
 *   `default` other than `RAISE` is given.
 * @throws (rejects) ItemsExhausted when `default` is `RAISE` and the source runs out.
 *
 * @example
 * ```ts
 * import { collectInto } from '@asyncutils/base';
 *
 * const seen = ['start'];
 * await collectInto(seen, [1, 2, 3], 2);
 * seen; // ['start', 1, 2]
 * ```
 */
export async function collectInto<T, D = T>(
  out: { push(item: T | Exclude<D, RaiseSentinel>): unknown },
  it: Iterable<T> | AsyncIterable<T>,
  n?: number | null,
  opts?: TakeOptions<D>,
): Promise<void> {
  const push = (out as { push?: unknown } | null)?.push;
  if (typeof push !== 'function') throw new TypeError(`asyncutils.base.collect_into: out must have a push method, got ${describe(out)}`);
  await consume(makeTake<T, Exclude<D, RaiseSentinel>>('collect_into', it, n, opts, 'asyncutils.base.collect_into: ran out of items to collect', false), (item) => {
    push.call(out, item);
  });
}
