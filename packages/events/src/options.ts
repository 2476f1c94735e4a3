// The option types of the waits of `EventWithValue` and `SingleWaiterEventWithValue`.

/**
 * Options of every wait of the events in this package: an abort signal and a deadline.
 *
 * @remarks
 * Structurally the same as `MixinWaitOptions` of `@asyncutils/mixins`.
 *
 * @example
 * ```ts
 * import { EventWithValue, type EventWaitOptions } from '@asyncutils/events';
 *
 * const ev = new EventWithValue<number>();
 * const opts: EventWaitOptions = { timeout: 1_000, signal: AbortSignal.timeout(5_000) };
 * const next = await ev.waitForNext(opts); // rejects TimeoutError after 1 s without a set()
 * ```
 */
export type EventWaitOptions = {
  /**
   * Deadline in milliseconds. On expiry the wait rejects with a `DOMException` named `TimeoutError`
   * (unless the method documents another result). `undefined` and `Infinity` mean no limit; `NaN` or a
   * negative number rejects with `RangeError`, a non-number with `TypeError`. Only this wait is affected.
   * @default undefined (no limit)
   */
  timeout?: number;
  /**
   * Aborting it rejects the wait with `signal.reason` and withdraws it at once (no listener or timer is
   * left behind). An already aborted signal rejects at once, without side effects.
   * @default undefined (no signal)
   */
  signal?: AbortSignal;
};

/**
 * Options of the waits of `SingleWaiterEventWithValue`.
 *
 * @example
 * ```ts
 * import { SingleWaiterEventWithValue } from '@asyncutils/events';
 *
 * const box = new SingleWaiterEventWithValue<string>();
 * const first = box.waitForNext();
 * await box.waitForNext({ strict: true }); // rejects Error: another waiter is already waiting
 * ```
 */
export type SingleWaiterWaitOptions = EventWaitOptions & {
  /**
   * Reject with `Error` when another waiter is already pending, instead of joining it (all pending
   * waiters receive the same value). A held value is not a waiter: it is returned either way.
   * @default false
   */
  strict?: boolean;
};

/**
 * Options of `waitForValue` (Python: the `wait_for_value` keyword arguments).
 *
 * @remarks
 * Structurally the same as `MixinWaitForValueOptions` of `@asyncutils/mixins`.
 *
 * @example
 * ```ts
 * import { EventWithValue } from '@asyncutils/events';
 *
 * const state = new EventWithValue<string>();
 * // Wait up to 1 s for 'ready'; on timeout set it anyway (waking every waiter), then reject.
 * await state.waitForValue('ready', { timeout: 1_000, setAtTimeout: true });
 * ```
 */
export type WaitForValueOptions = EventWaitOptions & {
  /**
   * On timeout, first `set(value)` (waking the other waiters; the value stays), then reject with the
   * `TimeoutError`. An abort never sets anything.
   * @default false
   */
  setAtTimeout?: boolean;
};

/**
 * Options of `EventWithValue.waitForTransition` and `waitForTransitionUnordered` (Python: the
 * `wait_for_transition` keyword arguments).
 *
 * @remarks
 * On timeout these waits resolve `false` instead of rejecting.
 *
 * @example
 * ```ts
 * import { EventWithValue } from '@asyncutils/events';
 *
 * const light = new EventWithValue<'red' | 'green'>();
 * // false after 1 s; the forced red → green is then seen by every other transition waiter.
 * const natural = await light.waitForTransition('red', 'green', { timeout: 1_000, forceTransition: true });
 * ```
 */
export type TransitionOptions = EventWaitOptions & {
  /**
   * On timeout, perform the transition (`set(old)`, `set(next)`) so that other waiters observe it, then
   * restore the value held before forcing (`clear()` if none), and resolve `false`.
   * @default false
   */
  forceTransition?: boolean;
};
