// `LockGuard` and `OwnedLockGuard`: what `LockMixin.enter` and `LockWithOwnerMixin.enter` resolve.
import type { LockWithOwnerMixin } from './LockWithOwnerMixin.js';

/**
 * What `LockMixin.enter` resolves (Python: what `async with lock` yields): something to release the
 * lock with, explicitly or by `await using`.
 *
 * @remarks
 * A `LockMixin` is its own guard, so `await lock.enter()` resolves the lock itself.
 *
 * @example
 * ```ts
 * {
 *   await using _guard: LockGuard = await lock.enter();
 *   // … the lock is held here …
 * } // released here
 * ```
 */
export type LockGuard = {
  /** Releases the lock (may return a promise). */
  release(): unknown;
  /** Releases the lock, awaiting the release. */
  [Symbol.asyncDispose](): Promise<void>;
};

/**
 * A one-off guard of an owner-checked lock that remembers the owner it acquired with, resolved by
 * `LockWithOwnerMixin.enter`.
 *
 * @remarks
 * `release()` calls `lock.release(owner)` the first time and does nothing afterwards; `released` then
 * becomes `true`. Both dispose symbols call `release()` (the async one awaits it), so disposing twice,
 * or disposing after an explicit `release()`, releases once. If `lock.release(owner)` throws, `released`
 * stays `false`.
 *
 * @typeParam L - The lock's type.
 *
 * @example
 * ```ts
 * const me = {};
 * {
 *   await using guard: OwnedLockGuard = await rlock.enter({ owner: me });
 *   guard.owner === me; // true
 * } // rlock.release(me) here
 * ```
 */
export type OwnedLockGuard<L extends LockWithOwnerMixin = LockWithOwnerMixin> = {
  /** The guarded lock. */
  readonly lock: L;
  /** The owner token the lock was acquired with (`undefined`/`null`: anonymous). */
  readonly owner: unknown;
  /** Whether `release()` already released the lock through this guard. */
  readonly released: boolean;
  /** Releases the lock with `owner` the first time; a no-op afterwards. */
  release(): void | Promise<void>;
  /** Calls `release()` (without awaiting a returned promise). */
  [Symbol.dispose](): void;
  /** Calls `release()` and awaits it. */
  [Symbol.asyncDispose](): Promise<void>;
};
