// `retry`: a decorator retrying a function with exponential backoff and jitter.
import { RETRY_DEFAULT_BACKOFF, RETRY_DEFAULT_DELAY, RETRY_DEFAULT_JITTER, RETRY_DEFAULT_MAX_DELAY, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
import { matcherOf, type FuncErrorMatcher } from './FuncErrorMatcher.js';
import { sleep } from './sleep.js';
import { count, duration, finite, func, isThenable, named, optionsObject, signalOf } from './validate.js';

const API = 'asyncutils.func.retry';

/**
 * Options of {@link retry}; defaults are read from the context when `retry` is called.
 *
 * @example
 * ```ts
 * import { retry, type RetryOptions } from '@asyncutils/func';
 *
 * const opts: RetryOptions = { maxDelay: 5_000, backoff: 3, exc: TypeError, onRetry: (i, e) => console.warn(i, e) };
 * ```
 */
export interface RetryOptions {
  /**
   * The longest wait between attempts, in milliseconds: finite, `>= 0`.
   * @defaultValue `RETRY_DEFAULT_MAX_DELAY` (30 000 ms)
   */
  maxDelay?: number;
  /**
   * The factor applied to the base wait after each failure: finite, `> 0`.
   * @defaultValue `RETRY_DEFAULT_BACKOFF` (2)
   */
  backoff?: number;
  /**
   * The relative jitter of the wait: from 0 to 1.
   * @defaultValue `RETRY_DEFAULT_JITTER` (0.2)
   */
  jitter?: number;
  /**
   * The errors worth retrying; any other error rejects at once.
   * @defaultValue every thrown value
   */
  exc?: FuncErrorMatcher;
  /** Called (and awaited when it returns a thenable) after failed attempt `attempt` (from 0), before the wait. */
  onRetry?: (attempt: number, err: unknown) => unknown;
  /** Called (and awaited when it returns a thenable) after successful attempt `attempt`, with the last wait in ms (0 if none). */
  onSuccess?: (attempt: number, lastDelay: number) => unknown;
  /**
   * The random source of the jitter, returning a number in `[0, 1)`.
   * @defaultValue `Math.random`
   */
  random?: () => number;
  /**
   * Aborting it rejects the pending call with `signal.reason` at once: a pending wait is cleared and no
   * further attempt is made (an attempt in flight is not awaited; its rejection is handled).
   */
  signal?: AbortSignal;
}

/**
 * Makes a decorator that retries a function on failure with exponential backoff and jitter (Python `retry`).
 *
 * @remarks
 * With `b = 1` and `c = 0` (failures so far), each of the first `tries - 1` attempts that fails with a
 * matching error does `c += 1`, awaits `onRetry(attempt, err)`, then waits
 * `min(max(delay * b + c * delay * (1 + (random() * 2 - 1) * jitter), delay), maxDelay)` ms and multiplies `b`
 * by `backoff`. A non-matching error rejects at once. The last attempt's error rejects as is. A success
 * awaits `onSuccess(attempt, lastWait)` (also after the last attempt) and resolves the result. `this` and the
 * arguments are forwarded to every attempt.
 *
 * @param tries - Attempts in total: an integer `>= 1`.
 * @param delay - The base wait in milliseconds: finite, `>= 0`.
 * @param opts - See {@link RetryOptions}.
 * @defaultValue `tries`: `RETRY_DEFAULT_TRIES` (3); `delay`: `RETRY_DEFAULT_DELAY` (500 ms); read when `retry` is called
 * @returns The decorator; the decorated function has `f`'s `name`.
 * @throws `TypeError` for arguments of the wrong type; `RangeError` for numbers out of range.
 *
 * @example
 * ```ts
 * import { retry } from '@asyncutils/func';
 *
 * const getJson = retry(4, 250, { exc: TypeError })(async (url: string) => (await fetch(url)).json());
 * await getJson('/api/items'); // up to 4 attempts, waiting about 0.5 s, 1 s, 2 s in between
 * ```
 */
export function retry(tries?: number, delay?: number, opts?: RetryOptions): <A extends unknown[], R>(f: (...a: A) => R) => (...a: A) => Promise<Awaited<R>> {
  const n = count(API, 'tries', tries ?? RETRY_DEFAULT_TRIES.get(), 1);
  const d = duration(API, 'delay', delay ?? RETRY_DEFAULT_DELAY.get());
  const o = optionsObject(API, opts) ?? {};
  const maxDelay = duration(API, 'maxDelay', o.maxDelay ?? RETRY_DEFAULT_MAX_DELAY.get());
  const backoff = finite(API, 'backoff', o.backoff ?? RETRY_DEFAULT_BACKOFF.get(), 0, Infinity, true);
  const jitter = finite(API, 'jitter', o.jitter ?? RETRY_DEFAULT_JITTER.get(), 0, 1);
  const matches = matcherOf(API, 'exc', o.exc);
  const onRetry = o.onRetry === undefined ? undefined : func(API, 'onRetry', o.onRetry);
  const onSuccess = o.onSuccess === undefined ? undefined : func(API, 'onSuccess', o.onSuccess);
  const random = func(API, 'random', o.random ?? Math.random);
  const signal = signalOf(API, o.signal);
  return <A extends unknown[], R>(f: (...a: A) => R): ((...a: A) => Promise<Awaited<R>>) => {
    func(API, 'f', f);
    return named(async function (this: unknown, ...a: A): Promise<Awaited<R>> {
      let b = 1;
      let c = 0;
      let last = 0;
      for (let i = 0; ; i++) {
        if (signal?.aborted) throw signal.reason;
        let r: Awaited<R>;
        try {
          r = await attempt(f, this, a, signal);
        } catch (e) {
          if (i >= n - 1 || signal?.aborted || (matches && !matches(e))) throw e;
          c += 1;
          if (onRetry) {
            const t = onRetry(i, e);
            if (isThenable(t)) await t;
          }
          last = Math.min(Math.max(d * b + c * d * (1 + (random() * 2 - 1) * jitter), d), maxDelay);
          await sleep(last, signal);
          b *= backoff;
          continue;
        }
        if (onSuccess) {
          const t = onSuccess(i, last);
          if (isThenable(t)) await t;
        }
        return r;
      }
    }, f.name);
  };
}

const ONCE: AddEventListenerOptions = { once: true };

/** One attempt: `f`'s awaited result, or the abort reason as soon as `signal` aborts. */
function attempt<A extends unknown[], R>(f: (...a: A) => R, self: unknown, a: A, signal: AbortSignal | undefined): Promise<Awaited<R>> {
  if (!signal) return (async (): Promise<Awaited<R>> => await f.apply(self, a))();
  return new Promise<Awaited<R>>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, ONCE);
    (async (): Promise<Awaited<R>> => await f.apply(self, a))().then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
