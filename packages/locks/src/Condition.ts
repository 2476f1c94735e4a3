// `Condition`: a condition variable over a `Lock` (asyncio `Condition`).
import { LockMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { Lock } from './Lock.js';
import { integer } from './validate.js';
import { badOpts, Fifo, grant, qualname, show, timeoutError, wait } from './waitQueue.js';

/**
 * A condition variable (Python `asyncio.Condition`): tasks holding its lock `wait()` until another
 * holder `notify()`s them; the lock is released while waiting and re-acquired before `wait()` returns.
 *
 * @remarks
 * `acquire`, `tryAcquire`, `release`, `locked` and `cancelWaiters` are those of the underlying
 * {@link Lock} (pass one to share it). Notified waiters are woken in arrival order; a notified waiter is
 * not affected by a later abort. On abort or timeout `wait()` still re-acquires the lock (that re-acquire
 * ignores the signal and timeout) before rejecting, so a `finally { cond.release() }` stays correct.
 *
 * @example
 * ```ts
 * import { Condition } from '@asyncutils/locks';
 *
 * const cond = new Condition();
 * const items: string[] = [];
 *
 * async function consume(): Promise<string> {
 *   using _ = await cond.enter();
 *   await cond.waitFor(() => items.length > 0, { timeout: 10_000 });
 *   return items.shift()!;
 * }
 *
 * const next = consume();
 * await cond.runExclusive(() => {
 *   items.push('job');
 *   cond.notify();
 * });
 * await next; // 'job'
 * ```
 */
export class Condition extends LockMixin {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.Condition';
  readonly #lock: Lock;
  readonly #q: Fifo = new Fifo(this, 'wait');

  /**
   * @param lock - The lock to wait with; a new one by default.
   * @throws TypeError when `lock` is not an `asyncutils.locks.Lock`.
   */
  constructor(lock: Lock = new Lock()) {
    super();
    if (!(lock instanceof Lock)) throw new TypeError(`${qualname(this)}: lock must be an asyncutils.locks.Lock, got ${show(lock)}`);
    this.#lock = lock;
  }

  /**
   * Acquires the underlying lock.
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise of `true` once held.
   */
  acquire(opts?: LockAcquireOptions): Promise<true> {
    return this.#lock.acquire(opts);
  }

  /**
   * Acquires the underlying lock and resolves this condition, for `using _ = await cond.enter()`
   * (released at the end of the block).
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise of this condition once the lock is held.
   */
  override enter(opts?: LockAcquireOptions): Promise<this> {
    return this.#lock.acquire(opts).then(() => this);
  }

  /**
   * Takes the underlying lock if it is free.
   * @returns Whether it was taken.
   */
  tryAcquire(): boolean {
    return this.#lock.tryAcquire();
  }

  /**
   * Releases the underlying lock.
   * @throws Error when it is not held.
   */
  release(): void {
    this.#lock.release();
  }

  /**
   * Whether the underlying lock is held.
   * @returns `true` when held.
   */
  locked(): boolean {
    return this.#lock.locked();
  }

  /**
   * Rejects every pending acquire of the underlying lock (not the `wait()`s).
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many were rejected.
   */
  override cancelWaiters(reason?: unknown): number {
    return this.#lock.cancelWaiters(reason);
  }

  /** Releases the underlying lock: the end of a `using _ = await cond.enter()` block. */
  [Symbol.dispose](): void {
    this.release();
  }

  /**
   * Releases the lock, waits for a notify (or the timeout, or an abort), re-acquires the lock and only
   * then resolves or rejects.
   * @param opts - Abort signal and deadline (ms) of the wait for a notify; `timeout: 0` rejects at once.
   * @returns A promise of `true` once notified and holding the lock again.
   * @throws Error `asyncutils.locks.Condition: cannot wait on un-acquired lock` (as a rejection) when the
   * lock is not held; the abort reason or a `TimeoutError`, after re-acquiring.
   */
  async wait(opts?: LockAcquireOptions): Promise<true> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'wait', opts);
      if (bad !== undefined) return bad;
    }
    const lock = this.#lock;
    if (!lock.locked()) throw new Error(`${qualname(this)}: cannot wait on un-acquired lock`);
    const q = this.#q;
    if (opts !== undefined && opts.timeout === 0) throw timeoutError(this, 'wait', 0);
    const notified = wait<true>(q, opts);
    lock.release();
    let failed = false;
    let error: unknown;
    try {
      await notified;
    } catch (e) {
      failed = true;
      error = e;
    }
    await lock.acquire();
    if (failed) throw error;
    return true;
  }

  /**
   * Waits until `pred()` is truthy: checks it, and while it is falsy `wait()`s and checks again. One
   * deadline and one signal cover the whole call.
   * @param pred - The condition, evaluated with the lock held.
   * @param opts - Abort signal and deadline (ms) of the whole call.
   * @returns A promise of `pred()`'s truthy result.
   */
  async waitFor<R>(pred: () => R, opts?: LockAcquireOptions): Promise<R> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'waitFor', opts);
      if (bad !== undefined) return bad;
    }
    const signal = opts?.signal;
    const timeout = opts?.timeout;
    const deadline = timeout === undefined || timeout === Infinity ? undefined : performance.now() + timeout;
    let r = pred();
    while (!r) {
      let left: number | undefined;
      if (deadline !== undefined) {
        left = deadline - performance.now();
        if (left <= 0) throw timeoutError(this, 'waitFor', timeout as number);
      }
      await this.wait({ signal, timeout: left });
      r = pred();
    }
    return r;
  }

  /**
   * Wakes up to `n` waiters, in arrival order. They resume once they get the lock back.
   * @param n - How many, an integer `>= 0`.
   * @defaultValue 1
   * @throws Error `asyncutils.locks.Condition: cannot notify on un-acquired lock` when the lock is not
   * held; TypeError/RangeError for a bad `n`.
   */
  notify(n: number = 1): void {
    if (!this.#lock.locked()) throw new Error(`${qualname(this)}: cannot notify on un-acquired lock`);
    if (n !== Infinity) integer(this, 'n', n);
    const q = this.#q;
    for (let i = 0; i < n; i++) {
      const w = q.shift();
      if (w === undefined) break;
      grant(w, true);
    }
  }

  /**
   * Wakes every waiter.
   * @throws Error `asyncutils.locks.Condition: cannot notify on un-acquired lock` when the lock is not held.
   */
  notifyAll(): void {
    this.notify(Infinity);
  }
}
