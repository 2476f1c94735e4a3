// `MixinWaitOptions` and `MixinWaitForValueOptions`: options of the waits of `AwaitableMixin`/`EventMixin`.

/**
 * Options of the waits of `AwaitableMixin` and `EventMixin`: an abort signal and a deadline.
 *
 * @example
 * ```ts
 * const opts: MixinWaitOptions = { signal: AbortSignal.timeout(5_000), timeout: 1_000 };
 * const value = await event.wait(opts);
 * ```
 */
export type MixinWaitOptions = {
  /**
   * Aborting it rejects the wait with `signal.reason` and withdraws it at once.
   * @default undefined (no signal)
   */
  signal?: AbortSignal;
  /**
   * Deadline in milliseconds; on expiry the wait rejects with a `DOMException` named `TimeoutError`.
   * `Infinity` (or a value beyond the timer range, 2^31 - 1 ms) means none; `NaN` or negative rejects
   * with `RangeError`, a non-number with `TypeError`.
   * @default undefined (wait forever)
   */
  timeout?: number;
};

/**
 * Options of `EventMixin.waitForValue` (Python: the `wait_for_value` keyword arguments).
 *
 * @example
 * ```ts
 * // Wait up to 1 s for `ready`; on timeout set it anyway (waking every waiter), then reject.
 * await event.waitForValue('ready', { timeout: 1_000, setAtTimeout: true });
 * ```
 */
export type MixinWaitForValueOptions = MixinWaitOptions & {
  /**
   * On timeout, `set(value)` the event (waking its waiters; the value persists) before rejecting.
   * @default false
   */
  setAtTimeout?: boolean;
};
