// `UniqueCallbacksFuture<T>`: callbacks registered at most once per kind.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksFuture } from './AsyncCallbacksFuture.js';

/**
 * An {@link AsyncCallbacksFuture} where each function is registered at most once per callback kind.
 *
 * @remarks
 * Adding a registered function again keeps its original position and replaces its `context`; the remove
 * methods return `0` or `1`. Raises `asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks`.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { UniqueCallbacksFuture } from '@asyncutils/futures';
 *
 * const fut = new UniqueCallbacksFuture<number>();
 * const log = (): void => console.log('once');
 * fut.addNoargsCallback(log);
 * fut.addNoargsCallback(log); // still registered once
 * fut.setResult(1); // logs 'once' one time
 * ```
 */
export class UniqueCallbacksFuture<T> extends AsyncCallbacksFuture<T> {
  // Features (bits of features.ts): CALLBACKS | UNIQUE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'UniqueCallbacksFuture', 20);
}
