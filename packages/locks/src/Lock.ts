// `Lock`: the FIFO mutex (asyncio `Lock`), with direct hand-off and an allocation-free uncontended path.
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { FastLock } from './FastLock.js';
import { cancelled, Fifo, grant, qualname, rejectAll, wait } from './waitQueue.js';

/**
 * A FIFO mutual-exclusion lock (Python `asyncio.Lock`): `acquire()` resolves `true` once the lock is
 * held, `release()` frees it or hands it straight to the longest waiter.
 *
 * @remarks
 * - **Fast:** uncontended, `acquire()` takes the lock synchronously and returns one shared pre-resolved
 *   promise, so `await lock.acquire()` costs what `await Promise.resolve()` costs; with options it only
 *   reads `signal.aborted` and checks `timeout` (no timer, no listener). `runExclusive(fn)` on a free lock
 *   calls `fn` in the same tick.
 * - **Fair:** waiters are served in arrival order. A release with waiters hands the lock to the first
 *   one directly: `locked()` stays `true` and nobody can barge in (`tryAcquire()` is `false`).
 * - **Cancellable:** every wait takes `{ signal, timeout }` (ms). Abort rejects with `signal.reason`,
 *   expiry with a `DOMException` named `TimeoutError`; the waiter leaves at once, its listener and timer
 *   are removed. A granted waiter is final: a later abort does not undo it. `timeout` limits the wait,
 *   never how long the lock is then held.
 * - As in asyncio there is no ownership: any caller may `release()` a held lock. For owners and
 *   re-entrancy see {@link RLock}.
 *
 * The name shadows the DOM's Web Locks `Lock` type in a module that imports it; alias it if you need both.
 *
 * @example
 * ```ts
 * import { Lock } from '@asyncutils/locks';
 *
 * const lock = new Lock();
 * let balance = 100;
 *
 * async function withdraw(amount: number): Promise<void> {
 *   using _ = await lock.enter(); // released at the end of the block
 *   const current = balance;
 *   await new Promise((r) => setTimeout(r, 10)); // the check and the update stay atomic
 *   if (current >= amount) balance = current - amount;
 * }
 *
 * await Promise.all([withdraw(80), withdraw(80)]); // balance === 20
 * await lock.runExclusive(() => balance, { timeout: 1_000 }); // 20
 * ```
 */
export class Lock extends FastLock {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.Lock';
  #held = false;
  readonly #q: Fifo = new Fifo(this, 'acquire');

  /**
   * Whether the lock is held.
   * @returns `true` while held (also between a hand-off and the waiter resuming).
   */
  locked(): boolean {
    return this.#held;
  }

  /**
   * Takes the lock if it is free, synchronously.
   * @returns `true` if it was taken, `false` if it is held.
   */
  tryAcquire(): boolean {
    return !this.#held && (this.#held = true);
  }

  /**
   * Releases the lock: hands it to the first waiter, or frees it. Any caller may release.
   * @throws Error `asyncutils.locks.Lock: lock is not acquired` when it is not held.
   */
  release(): void {
    if (!this.#held) throw new Error(`${qualname(this)}: lock is not acquired`);
    const w = this.#q.shift();
    if (w) grant(w, true);
    else this.#held = false;
  }

  /** @internal */
  protected _wait(opts: LockAcquireOptions | undefined): Promise<true> {
    return wait(this.#q, opts);
  }

  /**
   * Rejects every pending acquire with `reason` and removes it; the holder keeps the lock.
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many waiters were rejected.
   */
  override cancelWaiters(reason: unknown = cancelled(this)): number {
    return rejectAll(this.#q, reason);
  }
}
