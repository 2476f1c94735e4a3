// `afcopy`: a new function calling `f` that always returns a native promise.
import { wrapInCoro } from '@asyncutils/util';
import { func, named } from './validate.js';

/**
 * Makes a new function (`!== f`, with `f`'s `name`) that calls `f` synchronously with the same `this` and
 * arguments and returns a fresh native promise of its (awaited) result (Python `afcopy`).
 *
 * @remarks
 * A synchronous throw of `f` becomes a rejection. Unlike Python, any function is accepted, built-ins
 * included: JavaScript has no method-binding hazard here.
 *
 * @param f - The function to copy.
 * @returns The copy.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { afcopy } from '@asyncutils/func';
 *
 * const parse = afcopy(JSON.parse);
 * await parse('[1]'); // [1]
 * parse('{').catch((e) => e instanceof SyntaxError); // true, no synchronous throw
 * ```
 */
export function afcopy<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => Promise<Awaited<R>> {
  func('asyncutils.func.afcopy', 'f', f);
  return named(function (this: unknown, ...a: A): Promise<Awaited<R>> {
    try {
      return wrapInCoro(f.apply(this, a)) as Promise<Awaited<R>>;
    } catch (e) {
      return Promise.reject(e);
    }
  }, f.name);
}
