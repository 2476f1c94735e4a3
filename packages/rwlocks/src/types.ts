// The public types of @asyncutils/rwlocks: handles, option bags and the locked-function shape.
import type { RWLock } from './RWLock.js';

/**
 * What `reading()` / `writing()` (and `tryReading()` / `tryWriting()`) hand back: proof of shared
 * (`'read'`) or exclusive (`'write'`) access, released once.
 *
 * @remarks
 * The first `release()` (or disposal through `using` / `await using`) gives the access back and lets the
 * lock grant waiting requests at once; later calls do nothing and `released` stays `true`. A handle that
 * is never released keeps the lock held forever, so prefer `using`, `runReading` / `runWriting`, or the
 * `reader` / `writer` wrappers.
 *
 * @example
 * ```ts
 * import { createRWLock, type RWLockHandle } from '@asyncutils/rwlocks';
 *
 * const lock = createRWLock();
 * {
 *   await using h: RWLockHandle = await lock.writing();
 *   h.mode; // 'write'
 * } // released here
 * ```
 */
export interface RWLockHandle {
  /** `'read'` for shared access, `'write'` for exclusive access. */
  readonly mode: 'read' | 'write';
  /** `true` once `release()` (or a disposer) has run. */
  readonly released: boolean;
  /** Gives the access back; does nothing when already released. */
  release(): void;
  /** `release()`, for `using`. */
  [Symbol.dispose](): void;
  /** `release()`, for `await using`; the promise is already resolved. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Options of every waiting acquisition (`reading`, `writing`, `runReading`, `runWriting`).
 *
 * @example
 * ```ts
 * import { FairRWLock, type RWLockAcquireOptions } from '@asyncutils/rwlocks';
 *
 * const opts: RWLockAcquireOptions = { signal: AbortSignal.timeout(1_000), timeout: 250 };
 * await using _h = await new FairRWLock().reading(opts);
 * ```
 */
export interface RWLockAcquireOptions {
  /**
   * Gives up waiting when aborted: the promise rejects with `signal.reason` and the request leaves the
   * queue at once. An already-aborted signal rejects without queuing. Has no effect once access was granted.
   */
  signal?: AbortSignal | undefined;
  /**
   * Longest wait in milliseconds; on expiry the promise rejects with a `DOMException` named
   * `'TimeoutError'`. `0` means "do not wait"; `NaN` or a negative number rejects with `RangeError`.
   *
   * @default `Infinity` (no time limit)
   */
  timeout?: number | undefined;
}

/**
 * Options of the acquisitions of a {@link PriorityRWLock}: those of {@link RWLockAcquireOptions} plus a
 * priority (lower goes first).
 *
 * @example
 * ```ts
 * import { createPriorityRWLock, type PriorityRWLockAcquireOptions } from '@asyncutils/rwlocks';
 *
 * const urgent: PriorityRWLockAcquireOptions = { priority: -10, timeout: 5_000 };
 * await using _h = await createPriorityRWLock().writing(urgent);
 * ```
 */
export interface PriorityRWLockAcquireOptions extends RWLockAcquireOptions {
  /**
   * A finite number; requests with a lower priority are served first.
   *
   * @default `0` (for `AgingRWLock`: the factor times the owner's attempt count)
   */
  priority?: number | undefined;
}

/**
 * Options of the acquisitions of an {@link AgingRWLock}: those of {@link PriorityRWLockAcquireOptions}
 * plus the owner whose attempts are counted.
 *
 * @example
 * ```ts
 * import { AgingRWLock, type AgingRWLockAcquireOptions } from '@asyncutils/rwlocks';
 *
 * const worker = {};
 * const opts: AgingRWLockAcquireOptions = { owner: worker, timeout: 100 };
 * await using _h = await new AgingRWLock().writing(opts);
 * ```
 */
export interface AgingRWLockAcquireOptions extends PriorityRWLockAcquireOptions {
  /**
   * Any value that identifies the requester across attempts (a task object, an id string). `undefined`
   * or `null` means anonymous: the attempt counts only while it is pending.
   *
   * @default `undefined`
   */
  owner?: unknown;
}

/**
 * Options of {@link createRWLock} and {@link createPriorityRWLock}.
 *
 * @example
 * ```ts
 * import { createRWLock, type RWLockCreateOptions } from '@asyncutils/rwlocks';
 *
 * const opts: RWLockCreateOptions = { preferWriters: false };
 * const lock = createRWLock(opts); // a ReadPreferredRWLock
 * ```
 */
export interface RWLockCreateOptions {
  /**
   * `true` for the writer-preferring class, `false` for the other one.
   *
   * @default the contextual constant `RWLOCK_DEFAULT_PREFER_WRITERS` (`true`), read per call
   */
  preferWriters?: boolean | undefined;
}

/**
 * Options of the {@link AgingRWLock} constructor: the factors that turn attempt counts into priorities.
 *
 * @example
 * ```ts
 * import { AgingRWLock, type AgingRWLockOptions } from '@asyncutils/rwlocks';
 *
 * const opts: AgingRWLockOptions = { rf: -1, wf: -2 }; // writers age twice as fast
 * const lock = new AgingRWLock(opts);
 * ```
 */
export interface AgingRWLockOptions {
  /**
   * Read priority factor: a read attempt's default priority is `rf × attempts`. A finite number.
   *
   * @default the contextual constant `AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR` (`-1`), read at construction
   */
  rf?: number | undefined;
  /**
   * Write priority factor: a write attempt's default priority is `wf × attempts`. A finite number.
   *
   * @default the contextual constant `AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR` (`-1`), read at construction
   */
  wf?: number | undefined;
}

/**
 * A function wrapped by `lock.reader(fn)` / `lock.writer(fn)`: each call waits for read (write) access,
 * runs `fn` with the caller's `this` and arguments, releases, and resolves with `fn`'s result.
 *
 * @remarks
 * The port of Python's `RWLockRV`. `name` is `fn.name`; `lock` is the lock; `reader` / `writer` wrap
 * further functions on the same lock, so a family of getters and setters can be declared from one
 * wrapper.
 *
 * @example
 * ```ts
 * import { RWLock, type RWLockedFunction } from '@asyncutils/rwlocks';
 *
 * const store = new Map<string, number>();
 * const get: RWLockedFunction<[key: string], number | undefined> = RWLock.lock(async (key: string) => store.get(key));
 * const set = get.writer(async (key: string, value: number) => void store.set(key, value));
 * await set('a', 1);
 * await get('a'); // 1
 * ```
 */
export type RWLockedFunction<A extends unknown[], R> = ((...args: A) => Promise<Awaited<R>>) & {
  /** The lock every call goes through. */
  readonly lock: RWLock;
  /** Wraps `fn` as a reader of the same lock. */
  reader<A2 extends unknown[], R2>(fn: (...args: A2) => R2): RWLockedFunction<A2, R2>;
  /** Wraps `fn` as a writer of the same lock. */
  writer<A2 extends unknown[], R2>(fn: (...args: A2) => R2): RWLockedFunction<A2, R2>;
};
