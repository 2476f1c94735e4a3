// `dummyTask`: the port of `asyncutils.base.dummy_task` (a finished task to return where one is required).

/** Builds the frozen, already-fulfilled promise (a function, so bundlers can drop it when unused). */
function finished(): Promise<void> {
  return Object.freeze(Promise.resolve());
}

/**
 * One frozen, already-fulfilled `Promise<void>`: return it where a promise is required but there is
 * nothing to wait for.
 *
 * @remarks
 * Always the same object (compare by identity), frozen (`Object.isFrozen(dummyTask)`), so nobody can
 * replace its `then`. `await dummyTask` gives `undefined` after one microtask turn. Python's `dummy_task`
 * is also an exhausted coroutine; JavaScript needs only the promise.
 *
 * @example
 * ```ts
 * import { dummyTask } from '@asyncutils/base';
 *
 * function flush(buffer: string[]): Promise<void> {
 *   if (buffer.length === 0) return dummyTask; // nothing to write
 *   return Promise.resolve(buffer.splice(0).join('')).then(() => undefined);
 * }
 * await flush([]);
 * ```
 */
export const dummyTask: Promise<void> = /* @__PURE__ */ finished();
