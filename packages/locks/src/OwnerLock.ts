// Internal: the base of the owner-token locks (RLock, PriorityLock, PriorityRLock): holder, owner token,
// recursion count, and a priority queue of waiters (all priorities equal for RLock, which makes it FIFO).
import { LockWithOwnerMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { Heap, HeapWaiter } from './Heap.js';
import { badPriority } from './validate.js';
import { arm, badOpts, cancelled, grant, qualname, rejectAll, TRUE, timeoutError } from './waitQueue.js';

/**
 * Options of {@link RLock.acquire}: the wait options plus an owner token.
 *
 * @example
 * ```ts
 * const me = {};
 * const opts: RLockAcquireOptions = { owner: me, timeout: 1_000 };
 * await rlock.acquire(opts);
 * await rlock.acquire(opts); // re-entrant: count 2
 * ```
 */
export type RLockAcquireOptions = LockAcquireOptions & {
  /**
   * The token to hold the lock with: any value; `undefined`/`null` acquire anonymously (never re-entrant).
   * @default undefined
   */
  owner?: unknown;
};

/**
 * Options of {@link PriorityLock.acquire} and {@link PriorityRLock.acquire}: owner token and priority.
 *
 * @example
 * ```ts
 * const opts: PriorityLockAcquireOptions = { owner: 'ui', priority: -10 }; // ahead of priority 0
 * await plock.acquire(opts);
 * ```
 */
export type PriorityLockAcquireOptions = RLockAcquireOptions & {
  /**
   * Lower is served first; equal priorities are served in arrival order. A finite number.
   * @default 0
   */
  priority?: number;
};

/**
 * The state and queue of an owner-token lock; subclasses choose re-entrancy and whether `priority` counts.
 * @internal
 */
export abstract class OwnerLock extends LockWithOwnerMixin {
  #held = false;
  #owner: unknown = undefined;
  #count = 0;
  readonly #h: Heap = new Heap(this, 'acquire');

  /** Whether a named owner that holds the lock may acquire it again. */
  protected abstract readonly _reentrant: boolean;

  /**
   * Acquires for `opts.owner` with `opts.priority` (when `prioritized`).
   * @internal
   */
  protected _acquire(opts: PriorityLockAcquireOptions | undefined, prioritized: boolean): Promise<true> {
    let priority = 0;
    let owner: unknown;
    if (opts !== undefined) {
      const bad = badOpts(this, 'acquire', opts);
      if (bad !== undefined) return bad;
      if (prioritized) {
        const e = badPriority(this, 'acquire', opts.priority);
        if (e !== undefined) return Promise.reject(e);
        priority = opts.priority ?? 0;
      }
      owner = opts.owner ?? undefined;
    }
    if (!this.#held) {
      this.#take(owner);
      return TRUE;
    }
    if (owner !== undefined && Object.is(owner, this.#owner)) {
      if (!this._reentrant) {
        return Promise.reject(new Error(`${qualname(this)}: owner already holds the lock (not re-entrant)`));
      }
      this.#count++;
      return TRUE;
    }
    if (opts !== undefined && opts.timeout === 0) return Promise.reject(timeoutError(this, 'acquire', 0));
    const h = this.#h;
    const w = new HeapWaiter(h, priority, owner);
    h.push(w);
    return arm(w, opts);
  }

  #take(owner: unknown): void {
    this.#held = true;
    this.#owner = owner;
    this.#count = 1;
  }

  /**
   * Takes the lock for `opts.owner` if it is free (or, when re-entrant, already held by that named owner).
   * @param opts - `owner`: the token; anonymous when `undefined`/`null`.
   * @returns Whether the lock was taken.
   */
  tryAcquire(opts?: { owner?: unknown }): boolean {
    const owner = opts?.owner ?? undefined;
    if (!this.#held) {
      this.#take(owner);
      return true;
    }
    if (this._reentrant && owner !== undefined && Object.is(owner, this.#owner)) {
      this.#count++;
      return true;
    }
    return false;
  }

  /**
   * Whether the lock is held.
   * @returns `true` while held.
   */
  locked(): boolean {
    return this.#held;
  }

  /**
   * Whether `owner` may release the lock: not held → `false`; held anonymously → `owner == null`; held by
   * token `t` → `Object.is(owner, t)`.
   * @param owner - The token to check.
   * @returns Whether `owner` holds the lock.
   */
  isOwner(owner?: unknown): boolean {
    if (!this.#held) return false;
    return this.#owner === undefined ? owner == null : Object.is(owner, this.#owner);
  }

  /**
   * The holder's token: `undefined` when free or held anonymously. Setting it on a held lock transfers
   * ownership (the recursion count is kept); `undefined`/`null` make the holder anonymous.
   * @throws Error `<qualname>: lock is not acquired` (on set) when the lock is free.
   */
  get owner(): unknown {
    return this.#owner;
  }

  set owner(owner: unknown) {
    if (!this.#held) throw new Error(`${qualname(this)}: lock is not acquired`);
    this.#owner = owner ?? undefined;
  }

  /**
   * The recursion depth: 0 when free.
   * @internal
   */
  protected get _depth(): number {
    return this.#count;
  }

  /**
   * Releases one level; at 0 hands the lock to the best waiter (which becomes the owner) or frees it.
   * @internal
   */
  protected _release(): void {
    if (--this.#count > 0) return;
    const w = this.#h.shift();
    if (w === undefined) {
      this.#held = false;
      this.#owner = undefined;
      this.#count = 0;
    } else {
      this.#take(w.d);
      grant(w, true);
    }
  }

  /**
   * Rejects every pending acquire with `reason` and removes it; the holder keeps the lock.
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many waiters were rejected.
   */
  override cancelWaiters(reason: unknown = cancelled(this)): number {
    return rejectAll(this.#h, reason);
  }

  /** Releases anonymously: the end of a `using` block over an anonymously held lock. */
  [Symbol.dispose](): void {
    this.release();
  }
}
