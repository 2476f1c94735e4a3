// `sleepForever(opts)`: the port of `asyncutils.base.sleep_forever` (`asyncio.sleep(inf)`).
import { guard } from './internal/guard.js';
import { optionsOf, signalOption, timeoutOption } from './internal/validate.js';

/** Never settles; only the guard can answer the caller. */
const forever = (): Promise<never> => new Promise<never>(() => {});

/**
 * Returns a promise that never fulfils: it rejects only when `signal` aborts (or `timeout` passes).
 *
 * @remarks
 * Useful to keep an async function parked until it is cancelled, e.g. a server's main task. Without a
 * signal or timeout the promise stays pending and keeps no timer, so it does not hold a Node process open.
 * On abort it rejects with `signal.reason` (at once when the signal is already aborted) and removes its
 * abort listener. Each call returns a new promise, so a forgotten one is garbage-collected.
 *
 * `timeout` is an addition to the Python API, for symmetry with the other waiting helpers.
 *
 * @param opts - `signal`: rejects with its reason on abort. `timeout`: rejects with a `TimeoutError`
 *   `DOMException` after that many ms (default `Infinity`: never).
 * @returns A promise that never fulfils.
 * @throws (rejects) `signal.reason` on abort; `DOMException` `TimeoutError` after `timeout` ms.
 * @throws (rejects) TypeError when `opts` is not an object, `signal` is not an `AbortSignal` or `timeout`
 *   is not a number; RangeError when `timeout` is NaN or negative.
 *
 * @example
 * ```ts
 * import { sleepForever } from '@asyncutils/base';
 *
 * const controller = new AbortController();
 * setTimeout(() => controller.abort(new Error('shutting down')), 1000);
 * try {
 *   await sleepForever({ signal: controller.signal });
 * } catch (reason) {
 *   console.log(reason); // Error: shutting down
 * }
 * ```
 */
export function sleepForever(opts?: { readonly signal?: AbortSignal; readonly timeout?: number }): Promise<never> {
  let signal: AbortSignal | undefined;
  let timeout: number;
  try {
    const o = optionsOf('sleep_forever', opts);
    signal = signalOption('sleep_forever', o.signal);
    timeout = timeoutOption('sleep_forever', o.timeout);
  } catch (error) {
    return Promise.reject(error);
  }
  return guard('sleep_forever', signal, timeout, forever);
}
