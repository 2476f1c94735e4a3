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

/** The shared promise a synchronous `[Symbol.asyncDispose]` returns. */
const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/**
 * Throws the `enter`/`runExclusive` error unless `acquire` resolved truthy.
 * @internal
 */
export function mustHold(held: unknown): void {
  if (!held) throw new Error(FAILED_TO_ACQUIRE);
}

/**
 * The body of every `runExclusive`: when `wait`, awaits `lock.acquire(opts)` first (falsy → the
 * {@link FAILED_TO_ACQUIRE} error; a synchronous throw becomes a rejection). Then runs `fn(owner)` and
 * releases with `owner` once `fn` returned, threw or (for a thenable) settled, awaiting a thenable release;
 * a release error replaces `fn`'s outcome. Without `wait` (the lock is held already) `fn` runs before this
 * returns, and a synchronous `fn` is released at once.
 * @internal
 */
export async function runHeld<R>(
  lock: { acquire(opts?: LockAcquireOptions): PromiseLike<unknown>; release(owner?: unknown): unknown },
  fn: (owner?: unknown) => R | PromiseLike<R>,
  owner?: unknown,
  wait?: boolean,
  opts?: LockAcquireOptions,
): Promise<Awaited<R>> {
  if (wait) mustHold(await lock.acquire(opts));
  try {
    const r = fn(owner);
    return (isThenable(r) ? await r : r) as Awaited<R>;
  } finally {
    const released = lock.release(owner);
    if (isThenable(released)) await released;
  }
}

/**
 * Abstract base of async locks: from `acquire`, `release` and `locked` it derives `enter()` (resolving
 * a guard for `await using`), `runExclusive(fn)`, `Symbol.asyncDispose`, and the locksmith hooks
 * `acknowledgeLocksmithLockHeld` and `cancelWaiters`. Every `LockMixin` is an {@link AsyncLockLike}.
 *
 * @remarks
 * The port of Python's `LockMixin` (`async with lock` → `await using _ = await lock.enter()`). A
 * `LockMixin` is its own guard: `enter()` resolves the lock itself, and its `Symbol.asyncDispose`
 * releases it. Subclasses may widen `acquire`'s options (`priority`, `owner`, `tokens`) and `release`'s
 * parameters (all optional) and narrow `enter`'s result. A subclass whose `release` is synchronous may
 * add `[Symbol.dispose]` itself.
 *
 * Fast paths: a subclass that can take the lock synchronously implements the protected `_take` hook;
 * then, when the lock is free, `enter()` returns one cached promise per instance and `runExclusive(fn)`
 * calls `fn` in the same tick (releasing a synchronous `fn` at once), with no `acquire` call at all.
 * A synchronous `release` makes `Symbol.asyncDispose` return one shared resolved promise.
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
  #entered: Promise<this> | undefined;

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
   * The optional synchronous fast path of `enter` and `runExclusive`, for subclasses that can take the
   * lock without waiting: validate `opts` as `method`'s options, then take the lock if it is free now.
   * When present, `enter` resolves a per-instance cached promise and `runExclusive` calls `fn` in the
   * same tick whenever it returns `true`; otherwise both go through `acquire`.
   * @param opts - The options passed to `method`.
   * @param method - `'enter'` or `'runExclusive'`, for error messages.
   * @returns `true` when the lock was taken now; a rejected promise (bad options, aborted signal) to
   * return as is; `false` when the caller must wait.
   */
  protected _take?(opts: LockAcquireOptions | undefined, method: string): boolean | Promise<never>;

  /**
   * Acquires the lock and resolves a guard (Python `__aenter__`): this lock itself, so
   * `await using _ = await lock.enter()` releases it at the end of the block. With the `_take` fast path
   * and the lock free, it returns the same cached promise every time.
   * @param opts - Passed to `acquire`.
   * @returns A promise of the guard.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy; `acquire`'s own rejections pass through.
   */
  enter(opts?: LockAcquireOptions): Promise<LockGuard> {
    const now = this._take?.(opts, 'enter');
    if (now === true) return (this.#entered ??= Promise.resolve(this));
    return now || this.acquire(opts).then((held) => (mustHold(held), this));
  }

  /**
   * Releases the lock, awaiting `release()` when it returned a promise (Python `__aexit__`).
   * @returns A promise settled once released: one shared resolved promise when `release` is
   * synchronous; rejected with a release error.
   */
  [Symbol.asyncDispose](): Promise<void> {
    try {
      const released = this.release();
      return isThenable(released) ? Promise.resolve(released).then(() => {}) : VOID;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Runs `fn` while holding the lock: acquires, calls `fn()`, then releases (awaiting the release)
   * whether `fn` threw or not. `fn`'s result or error is passed on; a release error replaces it. With
   * the `_take` fast path and the lock free, `fn` runs before `runExclusive` returns and a synchronous
   * `fn` is released at once.
   * @param fn - The critical section; may be async.
   * @param opts - Passed to `acquire`.
   * @returns A promise of `fn`'s result.
   * @throws Error `asyncutils.mixins.LockMixin: failed to acquire lock` (as a rejection) when `acquire`
   * resolved falsy (`fn` is not called).
   */
  runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: LockAcquireOptions): Promise<Awaited<R>> {
    const now = this._take?.(opts, 'runExclusive');
    return now === true ? runHeld(this, fn) : now || runHeld(this, fn, undefined, true, opts);
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
