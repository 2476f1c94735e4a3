// `AsyncCallbacksFuture<T>`: Future + the callbacks feature.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { ASYNC_CB, NOARGS_ASYNC_CB, NOARGS_CB, Future, futureInternals, type FutureCallbackOptions } from './Future.js';

/**
 * A {@link Future} with three more callback kinds: async callbacks (called with the future, their thenable not awaited), no-argument callbacks and no-argument async callbacks.
 *
 * @remarks
 * At settlement one microtask runs the async callbacks, then the done callbacks, then the no-argument async
 * callbacks, then the no-argument callbacks, each group in registration order. Before that, settlement raises
 * the audit event `asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks` with `[objectId(future)]`
 * (also without callbacks); a hook that throws makes the settling call throw it, leaving the future settled and
 * its callbacks unscheduled.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { AsyncCallbacksFuture } from '@asyncutils/futures';
 *
 * const fut = new AsyncCallbacksFuture<string>();
 * fut.addAsyncCallback(async (f) => {
 *   await saveToDatabase(f.result());
 * });
 * fut.addNoargsCallback(() => console.log('settled'));
 * fut.setResult('payload');
 * ```
 */
export class AsyncCallbacksFuture<T> extends Future<T> {
  // Features (bits of features.ts): CALLBACKS.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'AsyncCallbacksFuture', 4);

  /**
   * Calls `fn(future)` once the future is settled, before its done callbacks. A returned thenable is not awaited
   * by the future; its rejection goes to {@link Future.onCallbackError}. Non-eager: in the settlement microtask
   * (or a later one when already settled); eager variants: synchronously inside the settling call (or inside
   * this call when already settled).
   *
   * @param fn - The callback, typically an async function.
   * @param options - `context`: a runner for the call.
   * @throws TypeError when `fn` or `options.context` is not a function.
   */
  addAsyncCallback(fn: (future: this) => unknown, options?: FutureCallbackOptions): void {
    futureInternals.add(this, ASYNC_CB, fn, options, 'addAsyncCallback');
  }

  /**
   * Calls `fn()` (no arguments) once the future is settled, after its done callbacks and no-argument async
   * callbacks, in a microtask.
   *
   * @param fn - The callback.
   * @param options - `context`: a runner for the call.
   * @throws TypeError when `fn` or `options.context` is not a function.
   */
  addNoargsCallback(fn: () => unknown, options?: FutureCallbackOptions): void {
    futureInternals.add(this, NOARGS_CB, fn, options, 'addNoargsCallback');
  }

  /**
   * Calls `fn()` (no arguments) once the future is settled, after its done callbacks (eager variants: right after
   * its async callbacks, synchronously). A returned thenable's rejection goes to {@link Future.onCallbackError}.
   *
   * @param fn - The callback, typically an async function.
   * @param options - `context`: a runner for the call.
   * @throws TypeError when `fn` or `options.context` is not a function.
   */
  addNoargsAsyncCallback(fn: () => unknown, options?: FutureCallbackOptions): void {
    futureInternals.add(this, NOARGS_ASYNC_CB, fn, options, 'addNoargsAsyncCallback');
  }

  /**
   * Unregisters every registration of `fn` as an async callback.
   *
   * @param fn - The callback.
   * @returns How many registrations were removed (`0` or `1` on `UniqueCallbacks*`).
   * @throws TypeError when `fn` is not a function.
   */
  removeAsyncCallback(fn: (future: this) => unknown): number {
    return futureInternals.remove(this, ASYNC_CB, fn, 'removeAsyncCallback');
  }

  /**
   * Unregisters every registration of `fn` as a no-argument callback.
   *
   * @param fn - The callback.
   * @returns How many registrations were removed (`0` or `1` on `UniqueCallbacks*`).
   * @throws TypeError when `fn` is not a function.
   */
  removeNoargsCallback(fn: () => unknown): number {
    return futureInternals.remove(this, NOARGS_CB, fn, 'removeNoargsCallback');
  }

  /**
   * Unregisters every registration of `fn` as a no-argument async callback.
   *
   * @param fn - The callback.
   * @returns How many registrations were removed (`0` or `1` on `UniqueCallbacks*`).
   * @throws TypeError when `fn` is not a function.
   */
  removeNoargsAsyncCallback(fn: () => unknown): number {
    return futureInternals.remove(this, NOARGS_ASYNC_CB, fn, 'removeNoargsAsyncCallback');
  }
}
