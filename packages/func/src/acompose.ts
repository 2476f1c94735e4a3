// `acompose`: right-to-left composition of (async) functions.
import { fail, isThenable, named, optionsObject } from './validate.js';

const API = 'asyncutils.func.acompose';

/**
 * Options of {@link acompose}: a trailing non-function argument.
 *
 * @example
 * ```ts
 * import { acompose, type AcomposeOptions } from '@asyncutils/func';
 *
 * const opts: AcomposeOptions = { wrapLast: false };
 * acompose(String, (x: number) => x + 1, opts).name; // 'acomposed'
 * ```
 */
export interface AcomposeOptions {
  /**
   * Give the composition the `name` of the last function (the first one called); `false` names it
   * `'acomposed'`.
   * @defaultValue `true`
   */
  wrapLast?: boolean;
}

/**
 * Composes functions right to left (Python `acompose`): the last function receives all the arguments (and
 * `this`), and each earlier one receives the previous result. Thenable results are awaited in between, so
 * sync and async steps mix freely.
 *
 * @param fns - The functions, optionally followed by an {@link AcomposeOptions} object.
 * @returns An async function resolving the first function's (awaited) result; a throw or rejection of any
 * step rejects it.
 * @throws `TypeError` when no function is passed, when an argument other than the last is not a function,
 * or when the options are not an object.
 *
 * @example
 * ```ts
 * import { acompose } from '@asyncutils/func';
 *
 * const inc = (x: number) => x + 1;
 * const double = async (x: number) => x * 2;
 * const f = acompose(inc, double); // inc(await double(x))
 * await f(5); // 11
 * f.name; // 'double'
 * ```
 */
export function acompose<A extends unknown[], R>(f: (...a: A) => R, opts?: AcomposeOptions): (...a: A) => Promise<Awaited<R>>;
export function acompose<A extends unknown[], B, R>(g: (b: Awaited<B>) => R, f: (...a: A) => B, opts?: AcomposeOptions): (...a: A) => Promise<Awaited<R>>;
export function acompose<A extends unknown[], B, C, R>(
  h: (c: Awaited<C>) => R,
  g: (b: Awaited<B>) => C,
  f: (...a: A) => B,
  opts?: AcomposeOptions,
): (...a: A) => Promise<Awaited<R>>;
export function acompose(
  f: (...a: never[]) => unknown,
  ...more: readonly (((...a: never[]) => unknown) | AcomposeOptions | undefined)[]
): (...args: unknown[]) => Promise<unknown>;
export function acompose(...fns: readonly (((...a: never[]) => unknown) | AcomposeOptions | undefined)[]): (...args: unknown[]) => Promise<unknown> {
  let opts: AcomposeOptions | undefined;
  const last = fns[fns.length - 1];
  if (fns.length > 0 && typeof last != 'function') opts = optionsObject(API, last as AcomposeOptions | undefined) ?? {};
  const list = (opts ? fns.slice(0, -1) : fns) as readonly ((...a: unknown[]) => unknown)[];
  if (list.length == 0) throw new TypeError(`${API}: pass in at least one function`);
  for (const f of list) if (typeof f != 'function') fail(API, 'every argument but the last must be a function', f);
  const wrapLast = opts?.wrapLast;
  if (wrapLast !== undefined && typeof wrapLast != 'boolean') fail(API, 'wrapLast must be a boolean', wrapLast);
  const n = list.length - 1;
  const first = list[n] as (...a: unknown[]) => unknown;
  const composed = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    let r = first.apply(this, args);
    if (isThenable(r)) r = await r;
    for (let i = n - 1; i >= 0; i--) {
      r = (list[i] as (x: unknown) => unknown)(r);
      if (isThenable(r)) r = await r;
    }
    return r;
  };
  return named(composed, wrapLast === false ? 'acomposed' : first.name);
}
