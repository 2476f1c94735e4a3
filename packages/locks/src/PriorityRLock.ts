// `PriorityRLock`: a re-entrant lock whose waiters are served by priority.
import type { OwnedLockGuard } from '@asyncutils/mixins';
import type { PriorityLockAcquireOptions } from './OwnerLock.js';
import { RLock } from './RLock.js';

/**
 * An {@link RLock} whose waiters are served by `(priority, arrival)` instead of FIFO (Python
 * `PriorityRLock`). A named owner that holds it re-acquires at once, whatever the priority.
 *
 * @example
 * ```ts
 * import { PriorityRLock } from '@asyncutils/locks';
 *
 * const lock = new PriorityRLock();
 * const owner = {};
 * await lock.acquire({ owner, priority: 3 });
 * await lock.acquire({ owner }); // re-entrant: count 2
 * lock.release(owner);
 * lock.release(owner); // the best-priority waiter, if any, now holds it
 * ```
 */
export class PriorityRLock extends RLock {
  /** The qualified name used in messages. */
  static override readonly qualname: string = 'asyncutils.locks.PriorityRLock';

  /**
   * Acquires for `opts.owner`: at once when free or already held by that named owner, else waits by
   * `(priority, arrival)`.
   * @param opts - Abort signal, deadline (ms), owner token and priority (lower first, default 0).
   * @returns A promise of `true` once held.
   */
  override acquire(opts?: PriorityLockAcquireOptions): Promise<true> {
    return this._acquire(opts, true);
  }

  /**
   * Acquires for `opts.owner` (by priority) and resolves a one-off guard that releases with that owner.
   * @param opts - As for `acquire`.
   * @returns A promise of the guard.
   */
  override enter(opts?: PriorityLockAcquireOptions): Promise<OwnedLockGuard> {
    return super.enter(opts);
  }

  /**
   * Runs `fn` while holding the lock (acquired by priority) with a fresh owner token when `opts.owner` is
   * absent, then releases with that token.
   * @param fn - The critical section; receives the owner token; may be async.
   * @param opts - As for `acquire`.
   * @returns A promise of `fn`'s result.
   */
  override runExclusive<R>(fn: (owner: unknown) => R | PromiseLike<R>, opts?: PriorityLockAcquireOptions): Promise<Awaited<R>> {
    return super.runExclusive(fn, opts);
  }
}
