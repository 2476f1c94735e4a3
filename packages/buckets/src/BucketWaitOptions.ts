// `BucketWaitOptions`: how a bucket wait can end early.

/**
 * Options of the bucket methods that wait ({@link TokenBucket.consume}, {@link LeakyBucket.waitForTokens}):
 * a signal to abort the wait and a timeout.
 *
 * @remarks
 * An already aborted signal rejects at once with its `reason`, nothing consumed or added. An abort while
 * waiting rejects with the reason and removes the wait at once (its timers are cleared, its listener
 * removed). A timeout rejects with a `DOMException` named `TimeoutError`.
 *
 * @example
 * ```ts
 * import { TokenBucket, type BucketWaitOptions } from '@asyncutils/buckets';
 *
 * const bucket = new TokenBucket(5, 10);
 * const opts: BucketWaitOptions = { signal: AbortSignal.timeout(2_000), timeout: 1_000 };
 * await bucket.consume(3, opts);
 * ```
 */
export interface BucketWaitOptions {
  /** Aborts the wait: the promise rejects with `signal.reason` and nothing is taken. */
  signal?: AbortSignal;
  /**
   * Longest wait in ms; then the promise rejects with a `DOMException` named `TimeoutError`. `0` rejects at
   * once when the call would have to wait. `NaN` or negative → `RangeError`.
   * @default Infinity (no limit)
   */
  timeout?: number;
}
