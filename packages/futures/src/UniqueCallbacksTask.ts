// `UniqueCallbacksTask<T>`: task version of UniqueCallbacksFuture.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksTask } from './AsyncCallbacksTask.js';

/**
 * The task version of {@link UniqueCallbacksFuture}: each function is registered at most once per callback kind.
 *
 * @remarks
 * Raises `asyncutils.futures.AsyncCallbacksTask/schedule_callbacks`.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { UniqueCallbacksTask } from '@asyncutils/futures';
 *
 * const task = new UniqueCallbacksTask(async () => 1);
 * const onDone = (): void => console.log('done');
 * task.addNoargsCallback(onDone);
 * task.removeNoargsCallback(onDone); // 1
 * ```
 */
export class UniqueCallbacksTask<T> extends AsyncCallbacksTask<T> {
  // Features (bits of features.ts): TASK | CALLBACKS | UNIQUE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'UniqueCallbacksTask', 21);
}
