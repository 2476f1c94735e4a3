// `AsyncCallbacksTask<T>`: Task + the callbacks feature.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { ASYNC_CB, NOARGS_ASYNC_CB, NOARGS_CB, futureInternals, type FutureCallbackOptions } from './Future.js';
import { Task } from './Task.js';

/**
 * The task version of {@link AsyncCallbacksFuture}: a {@link Task} with async, no-argument and no-argument async callbacks.
 *
 * @remarks
 * Raises `asyncutils.futures.AsyncCallbacksTask/schedule_callbacks` with `[objectId(task)]` when it settles; a
 * hook that throws while the task settles itself goes to {@link Future.onCallbackError}.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { AsyncCallbacksTask } from '@asyncutils/futures';
 *
 * const task = new AsyncCallbacksTask(async () => 42);
 * task.addAsyncCallback(async (t) => console.log('result', t.result()));
 * await task;
 * ```
 */
export class AsyncCallbacksTask<T> extends Task<T> {
  // Features (bits of features.ts): TASK | CALLBACKS.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'AsyncCallbacksTask', 5);

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
