// `iterf`: a decorator applying `f` `n` times.
import { count, func, named } from './validate.js';

/**
 * Makes a decorator that applies a function `n` times to its argument (Python `iterf`), awaiting each
 * result: `iterf(3)(f)(x)` is `f(f(f(x)))`.
 *
 * @param n - How many times to apply `f`: an integer `>= 0` (`0` returns `x` without calling `f`).
 * @returns The decorator; it throws `TypeError` for a non-function, and the decorated function (with `f`'s
 * `name`) rejects with any error of `f`.
 * @throws `TypeError` when `n` is not a number; `RangeError` when it is not an integer `>= 0`.
 *
 * @example
 * ```ts
 * import { iterf } from '@asyncutils/func';
 *
 * const double = async (x: number) => x * 2;
 * await iterf(3)(double)(1); // 8
 * ```
 */
export function iterf(n: number): <T>(f: (x: T) => T | PromiseLike<T>) => (x: T) => Promise<T> {
  const API = 'asyncutils.func.iterf';
  count(API, 'n', n, 0);
  return <T>(f: (x: T) => T | PromiseLike<T>): ((x: T) => Promise<T>) => {
    func(API, 'f', f);
    return named(async (x: T): Promise<T> => {
      for (let i = 0; i < n; i++) x = await f(x);
      return x;
    }, f.name);
  };
}
