// Internal: an abortable sleep. The timer is created at the moment of use (never captured at import), is
// unref'd where the runtime supports it, and both the timer and the abort listener are dropped on every
// settle path.

/** setTimeout's longest delay (ms); longer sleeps are re-armed in steps of at most this. */
const MAX_DELAY = 0x7fffffff;
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Arms a timer calling `fn` after `ms` milliseconds, rounded up (longer than setTimeout's limit in several
 * steps); returns the function that cancels it.
 * @internal
 */
export const after = (ms: number, fn: () => void): (() => void) => {
  let id: ReturnType<typeof setTimeout>;
  const arm = (left: number): void => {
    id = setTimeout(left > MAX_DELAY ? () => arm(left - MAX_DELAY) : fn, left > MAX_DELAY ? MAX_DELAY : left);
    (id as { unref?: () => unknown }).unref?.();
  };
  // Timers truncate fractional delays; rounding up never wakes a waiter before its time on the clock.
  arm(Math.ceil(ms));
  return () => clearTimeout(id);
};

/**
 * Resolves after `ms` milliseconds; rejects with `signal.reason` when `signal` aborts first (or is already
 * aborted, without arming a timer).
 * @internal
 */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      cancel();
      reject((signal as AbortSignal).reason);
    };
    const cancel = after(ms, () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, ONCE);
  });
