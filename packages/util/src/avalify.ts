// `avalify` and the constant async functions `afalsify`, `atruthify`, `anullify` (Python's names).

/**
 * Returns an async function that ignores its arguments and resolves `v`.
 *
 * @remarks
 * Handy as a default async callback or a stub. Each call returns a new promise; the same `v` (not a copy)
 * is resolved every time. A thenable `v` is adopted by the returned promises.
 *
 * @param v - The value to resolve.
 * @returns `(...args) => Promise<v>`.
 *
 * @example
 * ```ts
 * import { avalify } from '@asyncutils/util';
 *
 * const two = avalify(2);
 * await two('ignored', 1, {}); // 2
 * ```
 */
export function avalify<T>(v: T): (...args: unknown[]) => Promise<Awaited<T>> {
  return async (..._args: unknown[]): Promise<Awaited<T>> => v as Awaited<T>;
}

/**
 * An async function that ignores its arguments and resolves `false` (`avalify(false)`).
 *
 * @param _args - Ignored.
 * @returns A promise of `false`.
 *
 * @example
 * ```ts
 * import { afalsify } from '@asyncutils/util';
 *
 * await afalsify(1, 2); // false
 * ```
 */
export async function afalsify(..._args: unknown[]): Promise<false> {
  return false;
}

/**
 * An async function that ignores its arguments and resolves `true` (`avalify(true)`).
 *
 * @param _args - Ignored.
 * @returns A promise of `true`.
 *
 * @example
 * ```ts
 * import { atruthify } from '@asyncutils/util';
 *
 * await atruthify('x'); // true
 * ```
 */
export async function atruthify(..._args: unknown[]): Promise<true> {
  return true;
}

/**
 * An async function that ignores its arguments and resolves `undefined` (`avalify(undefined)`, Python's
 * `avalify(None)`).
 *
 * @param _args - Ignored.
 * @returns A promise of `undefined`.
 *
 * @example
 * ```ts
 * import { anullify } from '@asyncutils/util';
 *
 * await anullify(); // undefined
 * ```
 */
export async function anullify(..._args: unknown[]): Promise<undefined> {
  return undefined;
}
