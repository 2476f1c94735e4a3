// Internal: the base of the locks with a synchronous `tryAcquire` and `release` (Lock, Semaphore and its
// subclasses, PrioritySemaphore). It gives them allocation-free uncontended `acquire`/`enter`/`runExclusive`
// and the synchronous disposals.
import { LockMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { badOpts, TRUE, VOID } from './waitQueue.js';

/**
 * Whether `value` is a thenable (`?.` also reads `then` off primitives, harmlessly).
 * @internal
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * Runs `fn` on a held lock and releases it: at once when `fn` returns a plain value or throws, when the
 * result settles when it is a thenable (one `then`). A release error replaces the result. Never throws.
 * @internal
 */
export function runHeld<R>(lock: { release(): unknown }, fn: () => R | PromiseLike<R>): Promise<Awaited<R>> {
  let r: unknown;
  let ok = true;
  try {
    r = fn();
    if (isThenable(r)) {
      return Promise.resolve(r).then(
        (v) => (lock.release(), v as Awaited<R>),
        (e: unknown) => {
          lock.release();
          throw e;
        },
      );
    }
  } catch (e) {
    r = e;
    ok = false;
  }
  try {
    lock.release();
  } catch (e) {
    return Promise.reject(e);
  }
  return ok ? Promise.resolve(r as Awaited<R>) : Promise.reject(r);
}

/**
 * A `LockMixin` with a synchronous fast path: subclasses supply `tryAcquire`, a synchronous `release` and
 * the contended wait `_wait`; this class derives `acquire`, `enter` (cached promise when uncontended),
 * `runExclusive` (runs `fn` in the same tick when free) and both disposals.
 * @internal
 */
export abstract class FastLock extends LockMixin {
  #entered: Promise<this> | undefined = undefined;

  /**
   * Takes the lock (a permit) now if it is free and nobody waits.
   * @returns Whether it was taken.
   */
  abstract tryAcquire(): boolean;

  abstract override release(): void;

  /**
   * The contended path of every acquire: the options are valid and the signal is not aborted.
   * @internal
   */
  protected abstract _wait(opts: LockAcquireOptions | undefined): Promise<true>;

  /**
   * Validates the options of `method`: a rejection, or `undefined` when they are fine.
   * @internal
   */
  protected _check(opts: LockAcquireOptions, method: string): Promise<never> | undefined {
    return badOpts(this, method, opts);
  }

  /**
   * Waits until the lock (a permit) is held. Uncontended, it takes it at once and returns a shared
   * pre-resolved promise.
   * @param opts - Abort signal and deadline (ms): `timeout: 0` rejects at once unless free.
   * @returns A promise of `true` once held; rejects with `signal.reason` on abort, a `DOMException` named
   * `TimeoutError` on timeout.
   */
  override acquire(opts?: LockAcquireOptions): Promise<true> {
    if (opts !== undefined) {
      const bad = this._check(opts, 'acquire');
      if (bad !== undefined) return bad;
    }
    return this.tryAcquire() ? TRUE : this._wait(opts);
  }

  /**
   * Acquires and resolves the lock itself, for `using _ = await lock.enter()` (released at the end of the
   * block, synchronously). Uncontended, it returns the same cached promise every time.
   * @param opts - As for `acquire`.
   * @returns A promise of this lock once held.
   */
  override enter(opts?: LockAcquireOptions): Promise<this> {
    if (opts !== undefined) {
      const bad = this._check(opts, 'enter');
      if (bad !== undefined) return bad;
    }
    if (this.tryAcquire()) return (this.#entered ??= Promise.resolve(this));
    return this._wait(opts).then(() => this);
  }

  /**
   * Runs `fn` while holding the lock and releases it after `fn` returns, throws, or (for a promise)
   * settles. When the lock is free, `fn` runs before `runExclusive` returns.
   * @param fn - The critical section; may be async.
   * @param opts - As for `acquire`.
   * @returns A promise of `fn`'s result; rejects with its error (a release error replaces either).
   */
  override runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: LockAcquireOptions): Promise<Awaited<R>> {
    if (opts !== undefined) {
      const bad = this._check(opts, 'runExclusive');
      if (bad !== undefined) return bad;
    }
    if (this.tryAcquire()) return runHeld(this, fn);
    return this._wait(opts).then(() => runHeld(this, fn));
  }

  /** Releases the lock: the end of a `using _ = await lock.enter()` block. */
  [Symbol.dispose](): void {
    this.release();
  }

  /**
   * Releases the lock synchronously: the end of an `await using` block.
   * @returns A shared resolved promise (a rejected one when `release` throws).
   */
  override [Symbol.asyncDispose](): Promise<void> {
    try {
      this.release();
    } catch (e) {
      return Promise.reject(e);
    }
    return VOID;
  }
}
