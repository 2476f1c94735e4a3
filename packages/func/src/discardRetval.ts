// `discardRetval`: await `f`, then resolve `undefined`.
import { func, named } from './validate.js';

/**
 * Wraps `f` so that each call awaits `f`'s result and resolves `undefined` (Python `discard_retval`).
 * `this` and the arguments are forwarded; an error of `f` rejects.
 *
 * @param f - The function to run.
 * @returns An async function with `f`'s `name`.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { discardRetval } from '@asyncutils/func';
 *
 * const pop = discardRetval(async (list: number[]) => list.pop());
 * await pop([1, 2]); // undefined
 * ```
 */
export function discardRetval<A extends unknown[]>(f: (...a: A) => unknown): (...a: A) => Promise<undefined> {
  func('asyncutils.func.discard_retval', 'f', f);
  return named(async function (this: unknown, ...a: A): Promise<undefined> {
    await f.apply(this, a);
    return undefined;
  }, f.name);
}
