// `safeCancel`: cancel one cancellable and wait until it has settled (Python's `safe_cancel`).
import type { CancellableLike } from '@asyncutils/base';
import { checkOptions, checkSignal, describe, QUAL } from './validate.js';

/**
 * Cancels `fut` unless it is done, then waits until it has settled, whatever its outcome: unlike
 * `fut.cancel()` alone, the caller resumes only once the cancelled work has really stopped.
 *
 * @remarks
 * `fut.done?.() !== true` → `fut.cancel()`; then the returned promise fulfils (with `undefined`) when `fut`
 * fulfils or rejects — it never rejects because of `fut`, so a cancellation, a failure or a result chosen
 * by work that ignored the request are all fine. Aborting `opts.signal` stops the wait: the promise rejects
 * with `signal.reason` at once (the cancel request stands) and its listener is removed. An already
 * aborted signal rejects before anything is cancelled.
 *
 * @param fut - A cancellable thenable, such as a `Future` or `Task` of `@asyncutils/futures`.
 * @param opts - `signal`: stops waiting.
 * @returns A promise fulfilled once `fut` has settled.
 * @throws (rejects) `TypeError` when `fut` has no `cancel` or `then` method or `signal` is not an
 * `AbortSignal`; `signal.reason` on abort; whatever `fut.cancel()` throws.
 *
 * @example
 * ```ts
 * import { Task } from '@asyncutils/futures';
 * import { safeCancel } from '@asyncutils/util';
 *
 * const task = new Task((signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))));
 * await safeCancel(task); // resolves once the task has settled
 * task.cancelled(); // true
 * ```
 */
export async function safeCancel(
  fut: CancellableLike<unknown>,
  opts?: {
    /**
     * Aborting it stops the wait (not the cancellation) and rejects with `signal.reason`.
     * @default undefined (no signal)
     */
    readonly signal?: AbortSignal;
  },
): Promise<void> {
  const f = fut as Partial<CancellableLike<unknown>> | null | undefined;
  if ((typeof f !== 'object' && typeof f !== 'function') || f === null || typeof f.cancel !== 'function' || typeof f.then !== 'function') {
    throw new TypeError(`${QUAL}safe_cancel: expected a cancellable thenable (cancel and then methods), got ${describe(fut)}`);
  }
  checkOptions('safe_cancel', opts);
  const signal = opts?.signal;
  checkSignal('safe_cancel', signal);
  if (signal?.aborted) throw signal.reason;
  if (typeof f.done !== 'function' || f.done() !== true) f.cancel();
  await new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal?.reason);
    };
    const settle = (): void => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      fut.then(settle, settle);
    } catch (error) {
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    }
  });
}
