// Internal: a timer that outlasts setTimeout's 2^31 - 1 ms limit (re-armed in steps), never keeps a Node process
// alive (`unref` where it exists) and allocates no closure.

/** setTimeout's largest delay; longer delays are re-armed in steps. */
const MAX_DELAY = 0x7fffffff;

/**
 * Something a timer calls back: `timer` holds the running timer (cleared with `clearTimeout`), `onTimer` runs
 * when the full delay elapsed.
 *
 * @example
 * ```ts
 * const target: TimerTarget = { timer: undefined, onTimer: () => console.log('elapsed') };
 * arm(target, 50);
 * ```
 */
export interface TimerTarget {
  timer: ReturnType<typeof setTimeout> | undefined;
  onTimer(): void;
}

/**
 * Calls `target.onTimer()` after `ms` milliseconds (any length; `Infinity` must be filtered out by the caller),
 * keeping the current timer in `target.timer`.
 *
 * @param target - The timer's owner.
 * @param ms - The delay in ms, finite and >= 0.
 *
 * @example
 * ```ts
 * arm(race, 2 ** 32); // fires after 49.7 days, in two steps
 * ```
 */
export function arm(target: TimerTarget, ms: number): void {
  const id = setTimeout(fire, ms > MAX_DELAY ? MAX_DELAY : ms, target, ms - MAX_DELAY);
  (id as { unref?: () => unknown }).unref?.();
  target.timer = id;
}

function fire(target: TimerTarget, rest: number): void {
  if (rest > 0) arm(target, rest);
  else {
    target.timer = undefined;
    target.onTimer();
  }
}
