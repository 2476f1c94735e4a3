// `CancellableLike<T>`: what `safeCancelBatch` (and `@asyncutils/util`'s `safeCancel`) can cancel.

/**
 * A promise-like value that can be asked to cancel itself: the JavaScript stand-in for an asyncio
 * future or task.
 *
 * @remarks
 * `cancel(reason?)` requests cancellation (its return value is ignored); the value is then expected to
 * settle, usually by rejecting with the reason. `done()`, when present, reports whether it has already
 * settled, so a finished item is not cancelled again. The futures and tasks of `@asyncutils/futures`
 * match this shape, as does any promise carrying an `AbortController`-backed `cancel`.
 *
 * @typeParam T - The fulfilment value.
 *
 * @example
 * ```ts
 * import type { CancellableLike } from '@asyncutils/base';
 *
 * function cancellableDelay(ms: number): CancellableLike<void> {
 *   let settled = false;
 *   let cancel!: (reason?: unknown) => void;
 *   const promise = new Promise<void>((resolve, reject) => {
 *     const timer = setTimeout(() => { settled = true; resolve(); }, ms);
 *     cancel = (reason = new DOMException('cancelled', 'AbortError')) => {
 *       clearTimeout(timer);
 *       settled = true;
 *       reject(reason);
 *     };
 *   });
 *   return Object.assign(promise, { cancel, done: () => settled });
 * }
 * ```
 */
export type CancellableLike<T = unknown> = PromiseLike<T> & {
  /** Requests cancellation; the return value is ignored. */
  cancel(reason?: unknown): unknown;
  /** `true` once the value has settled (optional). */
  done?(): boolean;
};
