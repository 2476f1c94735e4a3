// Internal: the base of the locks with a synchronous `tryAcquire` and `release` (Lock, Semaphore and its
// subclasses, PrioritySemaphore). Through LockMixin's `_take` hook it gives them allocation-free uncontended
// `acquire`/`enter`/`runExclusive`, and it adds the synchronous disposal.
import { LockMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { badOpts, TRUE } from './waitQueue.js';

/**
 * A `LockMixin` with a synchronous fast path: subclasses supply `tryAcquire`, a synchronous `release` and
 * the contended wait `_wait`; this class derives `acquire` and the `_take` hook through which LockMixin's
 * `enter` (cached promise when uncontended) and `runExclusive` (runs `fn` in the same tick when free) skip
 * `acquire`, and `[Symbol.dispose]`.
 * @internal
 */
export abstract class FastLock extends LockMixin {
  /**
   * Takes the lock (a permit) now if it is free and nobody waits.
   * @returns Whether it was taken.
   */
  abstract tryAcquire(): boolean;

  abstract override release(): void;

  /**
   * The contended path of every acquire: the options are valid and the signal is not aborted.
   * @internal
   */
  protected abstract _wait(opts: LockAcquireOptions | undefined): Promise<true>;

  /**
   * Validates the options of `method`, then takes the lock if it is free.
   * @internal
   */
  protected override _take(opts: LockAcquireOptions | undefined, method: string): boolean | Promise<never> {
    return (opts !== undefined && badOpts(this, method, opts)) || this.tryAcquire();
  }

  /**
   * Waits until the lock (a permit) is held. Uncontended, it takes it at once and returns a shared
   * pre-resolved promise.
   * @param opts - Abort signal and deadline (ms): `timeout: 0` rejects at once unless free.
   * @returns A promise of `true` once held; rejects with `signal.reason` on abort, a `DOMException` named
   * `TimeoutError` on timeout.
   */
  override acquire(opts?: LockAcquireOptions): Promise<true> {
    const now = this._take(opts, 'acquire');
    return now === true ? TRUE : now || this._wait(opts);
  }

  /** Releases the lock: the end of a `using _ = await lock.enter()` block. */
  [Symbol.dispose](): void {
    this.release();
  }
}

/**
 * The narrowed `enter` of the synchronous locks (type only; the code is LockMixin's).
 * @internal
 */
export interface FastLock {
  /**
   * Acquires and resolves the lock itself, for `using _ = await lock.enter()` (released at the end of the
   * block, synchronously). Uncontended, it returns the same cached promise every time.
   * @param opts - As for `acquire`.
   * @returns A promise of this lock once held.
   */
  enter(opts?: LockAcquireOptions): Promise<this>;
}
