// `EagerAsyncCallbacksTask<T>`: task version of EagerAsyncCallbacksFuture.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksTask } from './AsyncCallbacksTask.js';

/**
 * The task version of {@link EagerAsyncCallbacksFuture}: async callbacks start synchronously when the task settles.
 *
 * @remarks
 * Raises `asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks`. Eager callbacks are unrelated to the
 * `eager` option, which starts the work itself synchronously.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { EagerAsyncCallbacksTask } from '@asyncutils/futures';
 *
 * const task = new EagerAsyncCallbacksTask(() => 5, { eager: true });
 * task.addAsyncCallback(async (t) => console.log(t.result())); // logs 5 at once: the task is done
 * ```
 */
export class EagerAsyncCallbacksTask<T> extends AsyncCallbacksTask<T> {
  // Features (bits of features.ts): TASK | CALLBACKS | EAGER.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'EagerAsyncCallbacksTask', 13);
}
