// `guard(…)`: runs a waiting operation under an optional AbortSignal and timeout, cleaning up on every path.

/** Lets a guarded operation see that its caller has already been answered (aborted or timed out). */
export interface Halt {
  halted: boolean;
}

/** The `Halt` of an operation without signal or timeout: never halted. */
const NEVER: Halt = Object.freeze({ halted: false });

/** The timer functions, looked up at each use (never captured at import, so fake timers apply). */
interface TimerHost {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/**
 * Settles with `run(halt)`, or rejects earlier with `signal.reason` on abort (at once when already aborted,
 * without calling `run`) or with a `TimeoutError` `DOMException` after `timeout` ms (`Infinity`: no timer).
 * The abort listener (`{ once: true }`) is removed and the timer cleared on every settle path; `halt.halted`
 * turns `true` when the caller was answered early, so `run` can stop.
 */
export function guard<T>(api: string, signal: AbortSignal | undefined, timeout: number, run: (halt: Halt) => Promise<T>): Promise<T> {
  if (signal === undefined && timeout === Infinity) return run(NEVER);
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const halt: Halt = { halted: false };
    const host = globalThis as unknown as TimerHost;
    let timer: unknown;
    const settle = (): boolean => {
      if (halt.halted) return false;
      halt.halted = true;
      if (timer !== undefined) host.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = (): void => {
      if (settle()) reject((signal as AbortSignal).reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeout !== Infinity) {
      timer = host.setTimeout(() => {
        timer = undefined;
        if (settle()) reject(new DOMException(`asyncutils.base.${api}: timed out after ${timeout} ms`, 'TimeoutError'));
      }, timeout);
      (timer as { unref?: () => void } | null)?.unref?.();
    }
    run(halt).then(
      (value) => {
        if (settle()) resolve(value);
      },
      (error: unknown) => {
        if (settle()) reject(error);
      },
    );
  });
}
