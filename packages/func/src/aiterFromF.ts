// `aiterFromF`: an async generator calling `f()` until it returns a sentinel (async `iter(f, sentinel)`).
import { bool, func, optionsObject } from './validate.js';

const API = 'asyncutils.func.aiter_from_f';

/**
 * Options of {@link aiterFromF}.
 *
 * @typeParam T - The type of `f`'s results.
 *
 * @example
 * ```ts
 * import { aiterFromF, type AiterFromFOptions } from '@asyncutils/func';
 *
 * const opts: AiterFromFOptions<string | null> = { sentinel: null };
 * ```
 */
export interface AiterFromFOptions<T> {
  /**
   * The value that ends the iteration, compared with SameValueZero (`NaN` matches `NaN`). It counts whenever
   * the key is present (even when its value is `undefined`).
   * @defaultValue absent: the generator never ends by itself
   */
  sentinel?: T;
  /**
   * Yield the sentinel as the last item.
   * @defaultValue `false`
   */
  yieldSentinel?: boolean;
}

/**
 * Calls `f()` (awaiting its result) for every item until it returns the sentinel: the async version of
 * `iter(f, sentinel)` (Python `aiter_from_f`).
 *
 * @remarks
 * Each `next()` calls `f` once. An error of `f` rejects that `next()` and ends the generator. Without a
 * `sentinel` the generator never ends by itself: stop it with `return()` or `break`.
 *
 * @param f - The producer.
 * @param opts - `sentinel` and `yieldSentinel`: see {@link AiterFromFOptions}.
 * @returns An async generator of `f`'s awaited results.
 * @throws `TypeError` when `f` is not a function or an option has the wrong type.
 *
 * @example
 * ```ts
 * import { aiterFromF } from '@asyncutils/func';
 *
 * const lines = ['a', 'b', ''];
 * for await (const line of aiterFromF(async () => lines.shift() ?? '', { sentinel: '' })) {
 *   console.log(line); // 'a', then 'b'
 * }
 * ```
 */
export function aiterFromF<T>(f: () => T | PromiseLike<T>, opts?: AiterFromFOptions<NoInfer<Awaited<T>>>): AsyncGenerator<Awaited<T>, void, unknown> {
  func(API, 'f', f);
  const has = optionsObject(API, opts) !== undefined && 'sentinel' in (opts as AiterFromFOptions<T>);
  const s = opts?.sentinel;
  const yieldSentinel = bool(API, 'yieldSentinel', opts?.yieldSentinel) ?? false;
  return (async function* (): AsyncGenerator<Awaited<T>, void, unknown> {
    for (;;) {
      const r = await f();
      if (has && (r === s || (r !== r && s !== s))) {
        if (yieldSentinel) yield r;
        return;
      }
      yield r;
    }
  })();
}
