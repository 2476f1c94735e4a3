// `Releasing`: the inverse of a lock's context: releases a held lock for a block, re-acquires it after.
import type { AsyncLockLike } from '@asyncutils/mixins';
import { fail } from './validate.js';

const QUALNAME = 'asyncutils.altlocks.Releasing';

/**
 * An inverted context for a lock you hold: entering releases the lock, leaving re-acquires it (waiting
 * its turn like any other acquirer). Use it to let others in during a slow step that does not need the
 * lock.
 *
 * @remarks
 * Stateless: one `Releasing` can be reused and nested. `release()` and `acquire()` are called without
 * arguments, so an owner-checked lock must be held anonymously. The re-acquire takes no signal or
 * timeout; its errors propagate.
 *
 * @example
 * ```ts
 * import { Releasing } from '@asyncutils/altlocks';
 * import { Lock } from '@asyncutils/locks';
 *
 * const lock = new Lock();
 * await lock.runExclusive(async () => {
 *   const snapshot = readState();
 *   await new Releasing(lock).run(() => upload(snapshot)); // others may take the lock meanwhile
 *   writeState(); // held again here
 * });
 * ```
 */
export class Releasing {
  /**
   * The qualified name used in messages.
   * @example
   * ```ts
   * import { Releasing } from '@asyncutils/altlocks';
   *
   * Releasing.qualname; // 'asyncutils.altlocks.Releasing'
   * ```
   */
  static readonly qualname: string = QUALNAME;

  readonly #lock: AsyncLockLike;

  /**
   * @param lock - Any lock with `acquire`, `release` and `locked` methods.
   * @throws TypeError when `lock` lacks one of them.
   * @example
   * ```ts
   * import { Releasing } from '@asyncutils/altlocks';
   *
   * const rel = new Releasing(lock);
   * ```
   */
  constructor(lock: AsyncLockLike) {
    const probe = lock as Partial<Record<'acquire' | 'release' | 'locked', unknown>> | null | undefined;
    if (typeof probe !== 'object' || probe === null || typeof probe.acquire !== 'function' || typeof probe.release !== 'function' || typeof probe.locked !== 'function') {
      fail(QUALNAME, 'expected a lock with acquire, release and locked methods', lock);
    }
    this.#lock = lock;
  }

  /**
   * Releases the lock (awaiting `release()` when it returns a thenable).
   *
   * @returns A promise of this object, so `await using _ = await rel.enter()` re-acquires at scope end.
   * @throws Error `asyncutils.altlocks.Releasing: lock is not acquired` (as a rejection) when the lock is
   * free.
   *
   * @example
   * ```ts
   * {
   *   await using _ = await new Releasing(lock).enter();
   *   // the lock is free here
   * }
   * // held again here
   * ```
   */
  async enter(): Promise<this> {
    const lock = this.#lock;
    if (!lock.locked()) throw new Error(`${QUALNAME}: lock is not acquired`);
    await lock.release();
    return this;
  }

  /**
   * Re-acquires the lock (waits its turn; no signal).
   * @returns A promise settled once the lock is held again.
   * @example
   * ```ts
   * await rel.enter();
   * try {
   *   await slowStep();
   * } finally {
   *   await rel.exit();
   * }
   * ```
   */
  async exit(): Promise<void> {
    await this.#lock.acquire();
  }

  /**
   * `exit()`, for `await using`.
   * @returns A promise settled once the lock is held again.
   * @example
   * ```ts
   * await using _ = await new Releasing(lock).enter();
   * ```
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.exit();
  }

  /**
   * Runs `fn` with the lock released: `enter()`, `fn()`, then `exit()` whether `fn` threw or not. `fn`'s
   * outcome is passed on; an `exit` error replaces it.
   *
   * @param fn - The block; may be async.
   * @returns A promise of `fn`'s result.
   *
   * @example
   * ```ts
   * const body = await new Releasing(lock).run(() => fetch(url).then((r) => r.text()));
   * ```
   */
  async run<R>(fn: () => R | PromiseLike<R>): Promise<Awaited<R>> {
    await this.enter();
    let result: Awaited<R>;
    try {
      result = await fn();
    } catch (err) {
      await this.exit();
      throw err;
    }
    await this.exit();
    return result;
  }
}
