// Internal: the `{ signal, timeout }` options of waiting calls, validated, and the timers they arm.

/** The validated options. */
export interface WaitOptions {
  readonly signal: AbortSignal | undefined;
  /** Milliseconds; `Infinity` for none. */
  readonly timeout: number;
}

const isSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean' && typeof (value as AbortSignal).addEventListener === 'function';

/**
 * Validates `{ signal?, timeout? }`.
 *
 * @throws TypeError when `opts` is not an object, `signal` not an `AbortSignal` or `timeout` not a
 * number; RangeError for a `NaN` or negative timeout.
 * @internal
 */
export function checkWaitOptions(api: string, opts: unknown): WaitOptions {
  if (opts === undefined || opts === null) return { signal: undefined, timeout: Infinity };
  if (typeof opts !== 'object') throw new TypeError(`${api}: options must be an object, got ${typeof opts}`);
  const { signal, timeout } = opts as { signal?: unknown; timeout?: unknown };
  if (signal !== undefined && !isSignal(signal)) throw new TypeError(`${api}: signal must be an AbortSignal`);
  if (timeout === undefined) return { signal, timeout: Infinity };
  if (typeof timeout !== 'number') throw new TypeError(`${api}: timeout must be a number of ms, got ${typeof timeout}`);
  if (Number.isNaN(timeout) || timeout < 0) throw new RangeError(`${api}: timeout must be a number of ms >= 0, got ${timeout}`);
  return { signal, timeout };
}

/**
 * The rejection of a wait that timed out.
 * @internal
 */
export function timeoutError(api: string, ms: number): DOMException {
  return new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');
}

/** setTimeout's largest delay; longer timeouts are re-armed in steps. */
const MAX_DELAY = 2 ** 31 - 1;

/** A cancellable one-shot timer. */
export interface Timer {
  clear(): void;
}

/**
 * Calls `fn` after `ms` milliseconds (any length; `setTimeout` looked up at call time), unless cleared.
 * With `unref`, the timer does not keep the process alive (where the runtime supports it).
 * @internal
 */
export function armTimer(ms: number, fn: () => void, unref = false): Timer {
  let handle: ReturnType<typeof setTimeout>;
  const deadline = Date.now() + ms;
  const arm = (delay: number): void => {
    handle = setTimeout(() => {
      const left = deadline - Date.now();
      if (delay === MAX_DELAY && left > 0) arm(Math.min(left, MAX_DELAY));
      else fn();
    }, delay);
    if (unref) (handle as { unref?: () => void }).unref?.();
  };
  arm(Math.min(ms, MAX_DELAY));
  return {
    clear(): void {
      clearTimeout(handle);
    },
  };
}
