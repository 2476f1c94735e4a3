// `wrapInCoro`: a fresh native promise of an awaitable's result (Python's `wrap_in_coro`).

/**
 * Returns a new native `Promise` of the awaited value of `aw`: the JavaScript counterpart of wrapping an
 * awaitable in a coroutine.
 *
 * @remarks
 * Equivalent to `(async () => await aw)()`: every call returns a distinct `Promise` (never `aw` itself, even
 * when `aw` is a native promise); a plain value passes through; a thenable is adopted, and its rejection
 * rejects the result. Useful to turn a foreign thenable or a `Future` into a real `Promise`, or to give a
 * caller a promise it may freely chain.
 *
 * @param aw - A value, a promise or any thenable.
 * @returns A new promise of `aw`'s awaited value.
 *
 * @example
 * ```ts
 * import { wrapInCoro } from '@asyncutils/util';
 *
 * const thenable = { then: (resolve: (v: number) => void) => resolve(5) };
 * const p = wrapInCoro(thenable);
 * p instanceof Promise; // true
 * await p; // 5
 * await wrapInCoro('plain'); // 'plain'
 * ```
 */
export async function wrapInCoro<T>(aw: T): Promise<Awaited<T>> {
  return await aw;
}
