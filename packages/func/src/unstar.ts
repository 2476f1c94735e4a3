// `unstar`: call `f` with the argument list as one array.
import { func, named } from './validate.js';

/**
 * Turns a function of one argument array into a variadic one (Python `unstar`): `unstar(f)(...args)` calls
 * `f(args)`. It undoes {@link star}: `unstar(star(g))(...xs)` behaves as `g(...xs)`.
 *
 * @param f - The function taking the array.
 * @returns An async function with `f`'s `name`, resolving `f`'s awaited result; `this` is forwarded.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { unstar } from '@asyncutils/func';
 *
 * const total = unstar((xs: number[]) => xs.reduce((a, b) => a + b, 0));
 * await total(1, 2, 3); // 6
 * ```
 */
export function unstar<T, R>(f: (args: T[]) => R): (...args: T[]) => Promise<Awaited<R>> {
  func('asyncutils.func.unstar', 'f', f);
  return named(async function (this: unknown, ...args: T[]): Promise<Awaited<R>> {
    return await f.call(this, args);
  }, f.name);
}
