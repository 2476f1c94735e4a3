// `LockWithOwnerMixin`: an owner-checked `LockMixin` (explicit owner tokens instead of Python's current task).
import { abstractClassError } from './abstractClass.js';
import type { LockAcquireOptions } from './AsyncLockLike.js';
import type { OwnedLockGuard } from './LockGuard.js';
import { LockMixin, mustHold, runHeld } from './LockMixin.js';
import { OwnedGuard } from './OwnedGuard.js';
import { qualnameOf } from './qualname.js';

/**
 * Abstract base of owner-checked locks: `release(owner?)` throws unless `isOwner(owner)`, then calls the
 * unchecked `_release(owner)`. `enter({ owner })` resolves a one-off {@link OwnedLockGuard} remembering
 * the owner, and `runExclusive` hands `fn` the owner token it holds the lock with.
 *
 * @remarks
 * The port of Python's `LockWithOwnerMixin`. JavaScript has no current task, so owners are explicit
 * tokens: any value, where `undefined` and `null` mean *anonymous*. The contract of `isOwner(owner)`:
 * not held → `false`; held anonymously → `owner == null`; held by token `t` → `Object.is(owner, t)`.
 *
 * @throws TypeError `asyncutils.mixins.LockWithOwnerMixin: cannot instantiate abstract class` when the
 * mixin itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { LockWithOwnerMixin, type LockAcquireOptions } from '@asyncutils/mixins';
 *
 * class TokenLock extends LockWithOwnerMixin {
 *   static readonly qualname = 'myapp.TokenLock';
 *   #held = false;
 *   #owner: unknown = undefined;
 *   async acquire(opts?: LockAcquireOptions & { owner?: unknown }): Promise<boolean> {
 *     if (this.#held) return false; // this toy lock never waits
 *     this.#held = true;
 *     this.#owner = opts?.owner;
 *     return true;
 *   }
 *   locked(): boolean { return this.#held; }
 *   isOwner(owner?: unknown): boolean {
 *     if (!this.#held) return false;
 *     return this.#owner == null ? owner == null : Object.is(owner, this.#owner);
 *   }
 *   protected _release(): void { this.#held = false; this.#owner = undefined; }
 * }
 *
 * const lock = new TokenLock();
 * const me = {};
 * {
 *   await using _ = await lock.enter({ owner: me });
 *   lock.release('someone else'); // throws Error: myapp.TokenLock is not acquired by the given owner
 * } // lock.release(me) here
 * await lock.runExclusive((owner) => console.log('held by', owner));
 * ```
 */
export abstract class LockWithOwnerMixin extends LockMixin {
  constructor() {
    super();
    if (new.target === LockWithOwnerMixin) throw abstractClassError('LockWithOwnerMixin');
  }

  /**
   * Waits until the lock is held by `opts.owner` (anonymously when it is `undefined`/`null`).
   * @param opts - Abort signal, deadline (ms) and owner token; subclasses may accept more.
   * @returns A promise of `true` once held (`false`: could not acquire); rejects on timeout or abort.
   */
  abstract override acquire(opts?: LockAcquireOptions & { owner?: unknown }): Promise<boolean>;

  /**
   * Whether `owner` holds the lock (Python's `is_owner` property, with an explicit token): not held →
   * `false`; held anonymously → `owner == null`; held by token `t` → `Object.is(owner, t)`.
   * @param owner - The token to check; `undefined`/`null` for anonymous.
   * @returns Whether `owner` may release the lock.
   */
  abstract isOwner(owner?: unknown): boolean;

  /**
   * Releases the lock without checking the owner; called by `release` after the check.
   * @param owner - The owner releasing.
   */
  protected abstract _release(owner?: unknown): void | Promise<void>;

  /**
   * Releases the lock held by `owner`.
   * @param owner - The holder's token; `undefined`/`null` for anonymous.
   * @returns What `_release` returns (nothing, or a promise to await).
   * @throws Error `<qualname> is not acquired by the given owner` (synchronously, nothing changes) when
   * `isOwner(owner)` is false; `<qualname>` is the class's static `qualname`, else its name.
   */
  override release(owner?: unknown): void | Promise<void> {
    if (!this.isOwner(owner)) throw new Error(`${qualnameOf(this)} is not acquired by the given owner`);
    return this._release(owner);
  }

  /**
   * Acquires the lock for `opts.owner` and resolves a new one-off guard bound to that owner: its
   * `release()` (and both dispose symbols) call `lock.release(owner)` once.
   * @param opts - Passed to `acquire`; `owner` is the token to hold the lock with.
   * @returns A promise of the guard.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy.
   */
  override enter(opts?: LockAcquireOptions & { owner?: unknown }): Promise<OwnedLockGuard> {
    return this.acquire(opts).then((held) => (mustHold(held), new OwnedGuard(this, opts?.owner)));
  }

  /**
   * Runs `fn` while holding the lock, then releases it with the same owner whether `fn` threw or not.
   * When `opts.owner` is `undefined`/`null` a fresh private token (`{}`) is used; `fn` receives the
   * token, so nested re-entrant calls can pass `{ owner }`.
   * @param fn - The critical section; receives the owner token; may be async.
   * @param opts - Passed to `acquire` (with the owner token filled in).
   * @returns A promise of `fn`'s result; a release error replaces it.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy (`fn` is not called).
   */
  override runExclusive<R>(
    fn: (owner: unknown) => R | PromiseLike<R>,
    opts?: LockAcquireOptions & { owner?: unknown },
  ): Promise<Awaited<R>> {
    let owner: unknown;
    try {
      owner = opts?.owner;
      if (owner === undefined || owner === null) {
        owner = {};
        opts = opts === undefined ? { owner } : { ...opts, owner };
      }
    } catch (error) {
      // A throwing `owner` getter (or spread): promise-returning methods report errors by rejecting.
      return Promise.reject(error);
    }
    return runHeld(this, fn, owner, true, opts);
  }
}
