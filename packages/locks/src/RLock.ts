// `RLock`: a re-entrant lock per explicit owner token.
import { OwnerLock, type RLockAcquireOptions } from './OwnerLock.js';

/**
 * A re-entrant lock (Python `RLock`): an owner that holds it may acquire it again, and must release it
 * as many times. JavaScript has no current task, so owners are explicit tokens (any value):
 * `acquire({ owner })` / `release(owner)`.
 *
 * @remarks
 * - A named owner that holds the lock re-acquires at once (`count += 1`). Anyone else waits, FIFO;
 *   anonymous acquires (`owner` `undefined`/`null`) are never re-entrant, even by the anonymous holder.
 * - `release(owner)` throws `Error` `asyncutils.locks.RLock is not acquired by the given owner` unless
 *   `isOwner(owner)`; the last release hands the lock to the next waiter, which becomes the owner.
 * - `enter({ owner })` resolves a guard that releases with that owner (`await using g = …`);
 *   `runExclusive(fn)` makes a fresh token and passes it to `fn` for nested calls.
 * - Waits take `{ signal, timeout }` (ms) like every lock of the package.
 *
 * @example
 * ```ts
 * import { RLock } from '@asyncutils/locks';
 *
 * const lock = new RLock();
 * async function transfer(owner: unknown): Promise<void> {
 *   await using _ = await lock.enter({ owner });
 *   await audit(owner); // re-enters with the same owner
 * }
 * async function audit(owner: unknown): Promise<void> {
 *   await using _ = await lock.enter({ owner }); // count 2, no deadlock
 * }
 * await transfer({});
 * await lock.runExclusive((owner) => audit(owner));
 * ```
 */
export class RLock extends OwnerLock {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.RLock';
  /** @internal */
  protected readonly _reentrant: boolean = true;

  /**
   * Acquires for `opts.owner`: at once when free or already held by that named owner, else waits FIFO.
   * @param opts - Abort signal, deadline (ms) and owner token.
   * @returns A promise of `true` once held.
   */
  override acquire(opts?: RLockAcquireOptions): Promise<true> {
    return this._acquire(opts, false);
  }

  /** The recursion depth: how many releases free the lock (0 when free). */
  get count(): number {
    return this._depth;
  }
}
