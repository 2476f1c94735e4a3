// `debounce`: a decorator running the function only after `wait` ms without a newer call.
import { after } from './sleep.js';
import { duration, func, named } from './validate.js';

const API = 'asyncutils.func.debounce';

/**
 * Makes a decorator that debounces a function (Python `debounce`): only a call followed by `wait`
 * milliseconds without a newer call runs the function.
 *
 * @remarks
 * Each call supersedes the previous pending one, which resolves `undefined` at once. A call that sees `wait`
 * ms pass runs the function with its own `this` and arguments and resolves (or rejects) with its outcome. A
 * call made while the function is already running does not affect that run. Each decorated function has its
 * own state; timers are created per call (no global side effects).
 *
 * @param wait - The quiet period in milliseconds: finite, `>= 0`.
 * @returns The decorator; decorated functions keep `f`'s `name`.
 * @throws `TypeError` when `wait` is not a number; `RangeError` when it is not finite and `>= 0`.
 *
 * @example
 * ```ts
 * import { debounce } from '@asyncutils/func';
 *
 * const search = debounce(300)(async (q: string) => (await fetch(`/search?q=${q}`)).json());
 * search('a'); // resolves undefined when superseded
 * search('as'); // resolves undefined when superseded
 * const hits = await search('asy'); // runs 300 ms after this call
 * ```
 */
export function debounce(wait: number): <A extends unknown[], R>(f: (...a: A) => R) => (...a: A) => Promise<Awaited<R> | undefined> {
  duration(API, 'wait', wait);
  return <A extends unknown[], R>(f: (...a: A) => R): ((...a: A) => Promise<Awaited<R> | undefined>) => {
    func(API, 'f', f);
    let pending: { cancel: () => void; resolve: (v: undefined) => void } | undefined;
    return named(function (this: unknown, ...a: A): Promise<Awaited<R> | undefined> {
      if (pending) {
        pending.cancel();
        pending.resolve(undefined);
      }
      return new Promise<Awaited<R> | undefined>((resolve, reject) => {
        const me = {
          resolve,
          cancel: after(wait, () => {
            if (pending === me) pending = undefined;
            (async (): Promise<Awaited<R>> => await f.apply(this, a))().then(resolve, reject);
          }),
        };
        pending = me;
      });
    }, f.name);
  };
}
