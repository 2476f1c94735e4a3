// `AsyncLockLike` and `LockAcquireOptions`: the structural lock contract every lock in the library satisfies.

/**
 * Options of a lock acquisition (and of every other lock wait): an abort signal and a deadline.
 *
 * @remarks
 * Locks may widen these options (`priority`, `owner`, `tokens`, …); every lock of the library accepts at
 * least these two.
 *
 * @example
 * ```ts
 * const opts: LockAcquireOptions = { signal: controller.signal, timeout: 1_000 };
 * await lock.acquire(opts);
 * ```
 */
export type LockAcquireOptions = {
  /**
   * Aborting it withdraws the waiter at once and rejects with `signal.reason`; an already aborted signal
   * rejects without queuing.
   * @default undefined (no signal)
   */
  signal?: AbortSignal;
  /**
   * How long to wait, in milliseconds, before rejecting with a `DOMException` named `TimeoutError`.
   * `Infinity` means no deadline; `NaN` or a negative number is rejected with `RangeError`. It limits the
   * wait, never how long the lock is then held.
   * @default undefined (wait forever)
   */
  timeout?: number;
};

/**
 * The structural contract of an async lock, satisfied by every lock of the library (and by any object
 * of this shape): `acquire`, `release` and `locked`, plus optional members that callers probe for.
 *
 * @remarks
 * - `acquire(opts?)` resolves truthy once the lock is held (a lock that ignores the options still
 *   qualifies); it may reject on timeout or abort.
 * - `release(owner?)` may return a thenable (callers await it) or `false` (the convention for "not
 *   actually released" used by locksmiths). Owner-checked locks use `owner`; the others ignore it.
 * - `locked()` reports whether the lock is held now.
 * - `owner`, `cancelWaiters` and `acknowledgeLocksmithLockHeld` are optional extras that locksmiths
 *   probe for.
 *
 * The Python original is `asyncutils._internal.prots.AsyncLockLike`.
 *
 * @example
 * ```ts
 * async function withLock<R>(lock: AsyncLockLike, fn: () => Promise<R>): Promise<R> {
 *   await lock.acquire();
 *   try {
 *     return await fn();
 *   } finally {
 *     await lock.release();
 *   }
 * }
 * ```
 */
export interface AsyncLockLike {
  /**
   * Waits until the lock is held; resolves truthy when held.
   * @param opts - Abort signal and deadline (ms); see {@link LockAcquireOptions}.
   */
  acquire(opts?: LockAcquireOptions): PromiseLike<unknown>;
  /**
   * Releases the lock; may return a thenable to await, or `false` for "not actually released".
   * @param owner - The owner token, for owner-checked locks.
   */
  release(owner?: unknown): unknown;
  /** Whether the lock is held now. */
  locked(): boolean;
  /** The current holder's token, on locks that track owners. */
  readonly owner?: unknown;
  /**
   * Rejects every pending `acquire` with `reason` and returns how many were rejected.
   * @param reason - The rejection reason.
   */
  cancelWaiters?(reason?: unknown): number;
  /**
   * Whether the lock consents to being recognised as held by a locksmith.
   * @param smith - The locksmith asking.
   */
  acknowledgeLocksmithLockHeld?(smith: object): boolean | PromiseLike<boolean>;
}
