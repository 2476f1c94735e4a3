// `LockMixin`: derives `enter`, `runExclusive`, `await using` and the locksmith hooks from
// `acquire`/`release`/`locked`.
import { abstractClassError } from './abstractClass.js';
import type { AsyncLockLike, LockAcquireOptions } from './AsyncLockLike.js';
import type { LockGuard } from './LockGuard.js';
import { isThenable } from './thenable.js';

/**
 * The message of `enter`/`runExclusive` when `acquire` resolved falsy.
 * @internal
 */
export const FAILED_TO_ACQUIRE = 'asyncutils.mixins.LockMixin: failed to acquire lock';

/**
 * Abstract base of async locks: from `acquire`, `release` and `locked` it derives `enter()` (resolving
 * a guard for `await using`), `runExclusive(fn)`, `Symbol.asyncDispose`, and the locksmith hooks
 * `acknowledgeLocksmithLockHeld` and `cancelWaiters`. Every `LockMixin` is an {@link AsyncLockLike}.
 *
 * @remarks
 * The port of Python's `LockMixin` (`async with lock` → `await using _ = await lock.enter()`). A
 * `LockMixin` is its own guard: `enter()` resolves the lock itself, and its `Symbol.asyncDispose`
 * releases it. Subclasses may widen `acquire`'s options (`priority`, `owner`, `tokens`) and `release`'s
 * parameters (all optional), narrow `enter`'s result, and override `runExclusive` with a faster path.
 * A subclass whose `release` is synchronous may add `[Symbol.dispose]` itself.
 *
 * `runExclusive` and `enter` call `acquire` directly and add no await beyond it on the fast path.
 *
 * @throws TypeError `asyncutils.mixins.LockMixin: cannot instantiate abstract class` when the mixin
 * itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { LockMixin, type LockAcquireOptions } from '@asyncutils/mixins';
 *
 * class OneShotLock extends LockMixin {
 *   #held = false;
 *   async acquire(_opts?: LockAcquireOptions): Promise<boolean> {
 *     if (this.#held) return false; // this toy lock never waits
 *     this.#held = true;
 *     return true;
 *   }
 *   release(): void { this.#held = false; }
 *   locked(): boolean { return this.#held; }
 * }
 *
 * const lock = new OneShotLock();
 * {
 *   await using _ = await lock.enter();
 *   lock.locked(); // true
 * }
 * await lock.runExclusive(() => 42); // 42
 * ```
 */
export abstract class LockMixin implements AsyncLockLike {
  constructor() {
    if (new.target === LockMixin) throw abstractClassError('LockMixin');
  }

  /**
   * Waits until the lock is held.
   * @param opts - Abort signal and deadline (ms); subclasses may accept more.
   * @returns A promise of `true` once held (`false`: could not acquire); rejects on timeout or abort.
   */
  abstract acquire(opts?: LockAcquireOptions): Promise<boolean>;

  /**
   * Releases the lock.
   * @returns Nothing, or a promise to await.
   */
  abstract release(): void | Promise<void>;

  /**
   * Whether the lock is held now, by the lock's own criterion.
   * @returns `true` when held.
   */
  abstract locked(): boolean;

  /**
   * Acquires the lock and resolves a guard (Python `__aenter__`): this lock itself, so
   * `await using _ = await lock.enter()` releases it at the end of the block.
   * @param opts - Passed to `acquire`.
   * @returns A promise of the guard.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy; `acquire`'s own rejections pass through.
   */
  enter(opts?: LockAcquireOptions): Promise<LockGuard> {
    return this.acquire(opts).then((held) => {
      if (!held) throw new Error(FAILED_TO_ACQUIRE);
      return this;
    });
  }

  /**
   * Releases the lock, awaiting `release()` when it returned a promise (Python `__aexit__`).
   * @returns A promise settled once released.
   */
  async [Symbol.asyncDispose](): Promise<void> {
    const released = this.release();
    if (isThenable(released)) await released;
  }

  /**
   * Runs `fn` while holding the lock: acquires, calls `fn()`, then releases (awaiting the release)
   * whether `fn` threw or not. `fn`'s result or error is passed on; a release error replaces it.
   * @param fn - The critical section; may be async.
   * @param opts - Passed to `acquire`.
   * @returns A promise of `fn`'s result.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy (`fn` is not called).
   */
  async runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: LockAcquireOptions): Promise<Awaited<R>> {
    if (!(await this.acquire(opts))) throw new Error(FAILED_TO_ACQUIRE);
    try {
      const result = fn();
      return (isThenable(result) ? await result : result) as Awaited<R>;
    } finally {
      const released = this.release();
      if (isThenable(released)) await released;
    }
  }

  /**
   * Whether the lock consents to being recognised as held by a locksmith (Python
   * `acknowledge_locksmith_lock_held`). The default consents.
   * @param _smith - The locksmith asking.
   * @returns `true`.
   */
  acknowledgeLocksmithLockHeld(_smith: object): boolean | Promise<boolean> {
    return true;
  }

  /**
   * Rejects every pending `acquire` with `reason` (default: a `DOMException` named `AbortError`, message
   * `<qualname>: waiters cancelled`), removes them and returns how many; holders are unaffected. The
   * default (a lock without a queue) returns `0`; queued locks override it.
   * @param _reason - The rejection reason.
   * @returns How many waiters were rejected.
   */
  cancelWaiters(_reason?: unknown): number {
    return 0;
  }
}
