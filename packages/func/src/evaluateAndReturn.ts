// `evaluateAndReturn`: await `f`, then resolve a fixed value.
import { func, named } from './validate.js';

/**
 * Wraps `f` so that each call awaits `f`'s result and then resolves `r` instead (Python
 * `evaluate_and_return`). `this` and the arguments are forwarded; an error of `f` rejects.
 *
 * @param f - The function to run.
 * @param r - The value every call resolves.
 * @returns An async function with `f`'s `name`.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { evaluateAndReturn } from '@asyncutils/func';
 *
 * const save = async (doc: object) => ({ id: 7, doc });
 * const saveOk = evaluateAndReturn(save, 'ok' as const);
 * await saveOk({ a: 1 }); // 'ok'
 * ```
 */
export function evaluateAndReturn<A extends unknown[], R>(f: (...a: A) => unknown, r: R): (...a: A) => Promise<R> {
  func('asyncutils.func.evaluate_and_return', 'f', f);
  return named(async function (this: unknown, ...a: A): Promise<R> {
    await f.apply(this, a);
    return r;
  }, f.name);
}
