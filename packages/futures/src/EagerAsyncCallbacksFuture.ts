// `EagerAsyncCallbacksFuture<T>`: callbacks future whose async callbacks start at settlement.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksFuture } from './AsyncCallbacksFuture.js';

/**
 * An {@link AsyncCallbacksFuture} whose async and no-argument async callbacks start synchronously inside the settling call (their synchronous part runs before `setResult` returns).
 *
 * @remarks
 * Upstream set the event loop's task factory to eager; here eagerness belongs to the future and affects only
 * its own async callbacks. Done and no-argument callbacks still run in a microtask, done callbacks first. An
 * async callback added to a settled future starts inside `addAsyncCallback`. Raises
 * `asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks` before scheduling.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { EagerAsyncCallbacksFuture } from '@asyncutils/futures';
 *
 * const fut = new EagerAsyncCallbacksFuture<number>();
 * let started = false;
 * fut.addAsyncCallback(async () => {
 *   started = true;
 *   await flushToDisk();
 * });
 * fut.setResult(1);
 * console.log(started); // true
 * ```
 */
export class EagerAsyncCallbacksFuture<T> extends AsyncCallbacksFuture<T> {
  // Features (bits of features.ts): CALLBACKS | EAGER.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'EagerAsyncCallbacksFuture', 12);
}
