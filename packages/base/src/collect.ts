// `collect(it, n, opts)`: the port of `asyncutils.base.collect`.
import { consume } from './internal/consume.js';
import { makeTake } from './internal/Take.js';
import type { RaiseSentinel } from '@asyncutils/constants';
import type { TakeOptions } from './take.js';

/**
 * Resolves to an array of the items {@link take} would yield.
 *
 * @remarks
 * Same rules as `take`: `n` `null`/`undefined` collects everything, `0` touches nothing, otherwise exactly
 * `n` items are read, padded with `default` or rejected with `ItemsExhausted`
 * (`asyncutils.base.collect: ran out of items to collect`) when `default` is `RAISE`. Items of a sync
 * source are collected without awaiting between them (apart from a macrotask turn every 1024 items).
 * Reaching `n` does not close the source. Does not raise `asyncutils.base.iter_to_agen`.
 *
 * @typeParam T - The item type.
 * @typeParam D - The type of the default.
 * @param it - The (async) iterable.
 * @param n - How many items; `null`/`undefined` for all.
 * @param opts - {@link TakeOptions}.
 * @returns A promise for the items.
 * @throws (rejects) TypeError when `n` is not a number (nor `null`/`undefined`), `it` is not iterable, or
 *   `opts` is not an object.
 * @throws (rejects) RangeError when `n` is not an integer `>= 0`, or is `null`/`undefined` while a
 *   `default` other than `RAISE` is given (the result would be endless; Python loops forever).
 * @throws (rejects) ItemsExhausted when `default` is `RAISE` and the source runs out.
 *
 * @example
 * ```ts
 * import { collect } from '@asyncutils/base';
 *
 * async function* letters() { yield* 'abcdef'; }
 * await collect(letters(), 2); // ['a', 'b']
 * await collect([1], 3, { default: 0 }); // [1, 0, 0]
 * ```
 */
export async function collect<T, D = T>(it: Iterable<T> | AsyncIterable<T>, n?: number | null, opts?: TakeOptions<D>): Promise<Array<T | Exclude<D, RaiseSentinel>>> {
  const out: Array<T | Exclude<D, RaiseSentinel>> = [];
  await consume(makeTake<T, Exclude<D, RaiseSentinel>>('collect', it, n, opts, 'asyncutils.base.collect: ran out of items to collect', false), (item) => {
    out.push(item);
  });
  return out;
}
