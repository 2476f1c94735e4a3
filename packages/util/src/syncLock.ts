// `syncLock` and `syncLockFromBinder`: decorators running a function while holding a given lock.
import type { AsyncLockLike } from '@asyncutils/mixins';
import { acquireWithin, isLockLike, notLockLike } from './lockLike.js';
import { checkFunction, checkOptions, checkSignal, checkTimeout, copyName, isThenable } from './validate.js';

/**
 * Options of {@link syncLock} and {@link syncLockFromBinder}.
 *
 * @example
 * ```ts
 * import type { SyncLockOptions } from '@asyncutils/util';
 *
 * const opts: SyncLockOptions = { timeout: 5_000 };
 * ```
 */
export interface SyncLockOptions {
  /**
   * How long each call waits for the lock, in milliseconds, before rejecting with a `DOMException` named
   * `TimeoutError` (the function is then not called). It limits the wait, never how long the lock is
   * held. `Infinity` means no deadline; `NaN` or a negative number is a `RangeError`.
   * @default undefined (wait forever)
   */
  readonly timeout?: number;
  /**
   * Aborting it makes every call still waiting for the lock (and every later call) reject with
   * `signal.reason` without calling the function; a call already holding the lock is not interrupted.
   * @default undefined (no signal)
   */
  readonly signal?: AbortSignal;
}

/** Validates the options; returns them with a checked timeout. */
function checkSyncLockOptions(api: string, opts: SyncLockOptions | undefined): void {
  checkOptions(api, opts);
  checkTimeout(api, opts?.timeout);
  checkSignal(api, opts?.signal);
}

/** One call: acquire within the deadline, call `f`, await a thenable result, release if still locked. */
async function callLocked<R>(api: string, lock: AsyncLockLike, opts: SyncLockOptions | undefined, call: () => R): Promise<Awaited<R>> {
  await acquireWithin(api, lock, opts?.timeout, opts?.signal);
  try {
    const result = call();
    return (isThenable(result) ? await result : result) as Awaited<R>;
  } finally {
    if (lock.locked()) {
      const r = lock.release();
      if (isThenable(r)) await r;
    }
  }
}

/**
 * Returns a decorator that makes a function run while holding `lock`: each call of the decorated function
 * acquires `lock` (waiting at most `opts.timeout` ms), calls the function, awaits a thenable result, and
 * then releases `lock` if it is still held.
 *
 * @remarks
 * Python's `sync_lock` returns a blocking function; here the decorated function is async (it has to wait
 * for the lock). The lock is acquired with `lock.acquire({ signal })`; with a `timeout`, the signal fires
 * at expiry and the call rejects with a `DOMException` named `TimeoutError` without calling the function —
 * also when the lock ignores the signal, in which case a grant arriving later is released at once. The
 * decorated function is named like the original and forwards `this`.
 *
 * @param lock - Any object with `acquire`, `release` and `locked` methods (every lock of the library).
 * @param opts - `timeout` (ms) and `signal`; see {@link SyncLockOptions}.
 * @returns The decorator: `f => async (...args) => …`.
 * @throws `TypeError` `asyncutils.util.sync_lock: acquire, release and locked methods are required` when
 * `lock` is not lock-like; `RangeError`/`TypeError` for a bad `timeout`; the decorator throws `TypeError`
 * when given a non-function.
 *
 * @example
 * ```ts
 * import { Lock } from '@asyncutils/locks';
 * import { syncLock } from '@asyncutils/util';
 *
 * const lock = new Lock();
 * const save = syncLock(lock, { timeout: 1_000 })((doc: string) => `saved ${doc}`);
 * await save('a'); // 'saved a'; rejects with TimeoutError if the lock stays busy for 1 s
 * ```
 */
export function syncLock(lock: AsyncLockLike, opts?: SyncLockOptions): <A extends unknown[], R>(f: (...args: A) => R) => (...args: A) => Promise<Awaited<R>> {
  if (!isLockLike(lock)) throw notLockLike('sync_lock');
  checkSyncLockOptions('sync_lock', opts);
  const options = opts === undefined ? undefined : { timeout: opts.timeout, signal: opts.signal };
  return <A extends unknown[], R>(f: (...args: A) => R): ((...args: A) => Promise<Awaited<R>>) => {
    checkFunction('sync_lock', f, 'f');
    const wrapper = function (this: unknown, ...args: A): Promise<Awaited<R>> {
      return callLocked('sync_lock', lock, options, () => f.apply(this, args));
    };
    return copyName(wrapper, f);
  };
}

/**
 * Returns a decorator for methods that run while holding a lock obtained from the instance: each call does
 * `lock = binder(this)`, then behaves as {@link syncLock}`(lock, opts)`.
 *
 * @remarks
 * The lock is looked up on every call, so each instance uses its own. A `binder` result without
 * `acquire`, `release` and `locked` methods makes that call reject with `TypeError`
 * `asyncutils.util.sync_lock_from_binder: acquire, release and locked methods are required`.
 *
 * @param binder - Receives the `this` of the call and returns its lock.
 * @param opts - `timeout` (ms) and `signal`; see {@link SyncLockOptions}.
 * @returns The decorator: `method => async function (...args) { … }`.
 * @throws `TypeError` when `binder` is not a function; `RangeError`/`TypeError` for a bad `timeout`.
 *
 * @example
 * ```ts
 * import { Lock } from '@asyncutils/locks';
 * import { syncLockFromBinder } from '@asyncutils/util';
 *
 * const locked = syncLockFromBinder((self: Account) => self.lock);
 * class Account {
 *   lock = new Lock();
 *   balance = 0;
 *   deposit = locked(function (this: Account, n: number) { return (this.balance += n); });
 * }
 * await new Account().deposit(5); // 5
 * ```
 */
export function syncLockFromBinder<S>(
  binder: (self: S) => AsyncLockLike,
  opts?: SyncLockOptions,
): <A extends unknown[], R>(f: (this: S, ...args: A) => R) => (this: S, ...args: A) => Promise<Awaited<R>> {
  checkFunction('sync_lock_from_binder', binder, 'binder');
  checkSyncLockOptions('sync_lock_from_binder', opts);
  const options = opts === undefined ? undefined : { timeout: opts.timeout, signal: opts.signal };
  return <A extends unknown[], R>(f: (this: S, ...args: A) => R): ((this: S, ...args: A) => Promise<Awaited<R>>) => {
    checkFunction('sync_lock_from_binder', f, 'f');
    const wrapper = async function (this: S, ...args: A): Promise<Awaited<R>> {
      const lock: unknown = binder(this);
      if (!isLockLike(lock)) throw notLockLike('sync_lock_from_binder');
      return callLocked('sync_lock_from_binder', lock, options, () => f.apply(this, args));
    };
    return copyName(wrapper, f);
  };
}
