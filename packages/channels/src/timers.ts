// Internal: timers built at the moment of use (never captured at import, so fake timers apply), with an
// optional abort listener that is removed on every settle path.

/** setTimeout's largest delay; a longer wait is re-armed in steps. */
const MAX_DELAY = 0x7fffffff;

/**
 * Calls `f` once after `ms` ms (`undefined`, `null` or `Infinity`: never) and returns the canceller. Unless `keep`,
 * the timer does not keep the process alive (`unref`, where the runtime has it).
 * @internal
 */
export function after(ms: number | null | undefined, f: () => void, keep?: boolean): () => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  const go = (left: number): void => {
    t = setTimeout(left > MAX_DELAY ? () => go(left - MAX_DELAY) : f, Math.min(left, MAX_DELAY));
    if (!keep) (t as { unref?: () => void }).unref?.();
  };
  if (ms != null && ms < Infinity) go(ms);
  return () => clearTimeout(t);
}

/**
 * Arms a timeout (`ms`, as for {@link after}) and an abort listener on `signal`: the first of them calls
 * `onTime()` or `onAbort(signal.reason)` once, after disarming both. The returned function disarms both. The
 * caller has checked that `signal` is not aborted yet. Disarming twice does nothing.
 * @internal
 */
export function arm(ms: number | null | undefined, signal: AbortSignal | undefined, onTime: () => void, onAbort: (reason: unknown) => void): () => void {
  const abort = (): void => {
    stop();
    onAbort((signal as AbortSignal).reason);
  };
  const cancel = after(ms, () => {
    stop();
    onTime();
  });
  let armed = true;
  const stop = (): void => {
    if (armed) {
      armed = false;
      cancel();
      signal?.removeEventListener('abort', abort);
    }
  };
  signal?.addEventListener('abort', abort, { once: true });
  return stop;
}
