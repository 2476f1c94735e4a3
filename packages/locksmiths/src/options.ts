// The option and callback types of `LocksmithBase`: `force` and `host` options, host tasks and handlers.

/**
 * Options of {@link LocksmithBase.force}.
 *
 * @example
 * ```ts
 * import { LocksmithBase, type LocksmithForceOptions } from '@asyncutils/locksmiths';
 *
 * const opts: LocksmithForceOptions = { info: 'shutting down', purgeWaiters: false };
 * await new LocksmithBase().force(lock, opts);
 * ```
 */
export type LocksmithForceOptions = {
  /**
   * What the owner receives as the request's `info` when it is asked to release the lock. When the key is
   * absent, `getInfo(lock)` supplies it (a key present with the value `undefined` counts as given).
   * @default `await getInfo(lock)`
   */
  info?: unknown;
  /**
   * Whether to reject the lock's waiters (through `purgeWaiters`, which calls `lock.cancelWaiters`) before
   * the forced release, so that the release frees the lock instead of handing it to the next waiter.
   * @default true
   */
  purgeWaiters?: boolean;
};

/**
 * Options of {@link LocksmithBase.host}. Each timeout is in milliseconds; `null` or `Infinity` means no
 * limit; an absent (or `undefined`) slot takes its value from the context constant
 * `LOCKSMITH_BASE_DEFAULT_TIMEOUTS` (`[1000, 100, null]` unless overridden), read at the call.
 *
 * @example
 * ```ts
 * import { LocksmithBase, type LocksmithHostOptions } from '@asyncutils/locksmiths';
 *
 * const opts: LocksmithHostOptions = { timeout2: 500, timeout3: 2_000, signal: AbortSignal.timeout(5_000) };
 * await new LocksmithBase().host(async (signal) => flush(signal), lock, opts);
 * ```
 */
export type LocksmithHostOptions = {
  /**
   * How long to wait for the force to finish, in ms.
   * @default `LOCKSMITH_BASE_DEFAULT_TIMEOUTS[0]` (1000 ms)
   */
  timeout1?: number | null;
  /**
   * How long to wait, once the force finished, for the lock to be granted, in ms.
   * @default `LOCKSMITH_BASE_DEFAULT_TIMEOUTS[1]` (100 ms)
   */
  timeout2?: number | null;
  /**
   * How long the task may run while the lock is held, in ms; at expiry the task's signal aborts.
   * @default `LOCKSMITH_BASE_DEFAULT_TIMEOUTS[2]` (no limit)
   */
  timeout3?: number | null;
  /**
   * When not `null`/`undefined`, the lock's owner is set to it (`patchOwner`) once the lock is held, and the
   * final release passes it to `release(owner)`.
   * @default undefined
   */
  owner?: unknown;
  /**
   * Aborting it rejects `host` with `signal.reason`: before the lock is held the pending acquire is
   * withdrawn; while the task runs the task's signal aborts too and the lock is released.
   * @default undefined
   */
  signal?: AbortSignal;
};

/**
 * What {@link LocksmithBase.host} runs while holding the lock: a function (called only once the lock is
 * held, with a signal that aborts at `timeout3` or on the host's signal) or an already started thenable.
 *
 * @typeParam T - The task's result.
 *
 * @example
 * ```ts
 * import type { LocksmithHostTask } from '@asyncutils/locksmiths';
 *
 * const task: LocksmithHostTask<number> = async (signal) => {
 *   signal.throwIfAborted();
 *   return 42;
 * };
 * ```
 */
export type LocksmithHostTask<T> = PromiseLike<T> | ((signal: AbortSignal) => T | PromiseLike<T>);

/**
 * A per-lock-class handler, registered with {@link LocksmithBase.registerHandler}: called with the lock when
 * its plain release threw; a returned promise is awaited; a throw or rejection counts as a failure.
 *
 * @typeParam L - The lock type it handles.
 *
 * @example
 * ```ts
 * import { LocksmithBase, type LocksmithHandler } from '@asyncutils/locksmiths';
 *
 * const resetMyLock: LocksmithHandler<MyLock> = (lock) => lock.reset();
 * LocksmithBase.registerHandler(resetMyLock)(MyLock);
 * ```
 */
export type LocksmithHandler<L> = (lock: L) => unknown;
