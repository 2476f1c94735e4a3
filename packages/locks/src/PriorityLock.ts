// `PriorityLock`: an owner-checked, non-re-entrant lock serving waiters by priority.
import type { OwnedLockGuard } from '@asyncutils/mixins';
import { OwnerLock, type PriorityLockAcquireOptions } from './OwnerLock.js';

/**
 * A lock whose waiters are served by `(priority, arrival)`: the lowest `priority` first, ties in arrival
 * order (Python `PriorityLock`). Releases are owner-checked; it is not re-entrant.
 *
 * @remarks
 * A named owner that already holds it and acquires again is rejected (`Error` `…: owner already holds
 * the lock (not re-entrant)`) instead of deadlocking. A timeout rejects with a `TimeoutError` (Python
 * returned `False`). Owners are explicit tokens as in {@link RLock}.
 *
 * @example
 * ```ts
 * import { PriorityLock } from '@asyncutils/locks';
 *
 * const disk = new PriorityLock();
 * const write = (what: string, priority: number) =>
 *   disk.runExclusive(async () => console.log('writing', what), { priority });
 * await Promise.all([write('log', 5), write('checkpoint', 0)]); // checkpoint first when both wait
 * ```
 */
export class PriorityLock extends OwnerLock {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.PriorityLock';
  /** @internal */
  protected readonly _reentrant: boolean = false;

  /**
   * Acquires for `opts.owner`, waiting by `(priority, arrival)` while held.
   * @param opts - Abort signal, deadline (ms), owner token and priority (lower first, default 0).
   * @returns A promise of `true` once held.
   * @throws Error `asyncutils.locks.PriorityLock: owner already holds the lock (not re-entrant)` (as a
   * rejection) when the named owner already holds it; RangeError/TypeError for a bad priority.
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
