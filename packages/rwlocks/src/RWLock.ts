// The readers–writer lock family's root: the abstract `RWLock`, the internal base of the library classes,
// and the two classes `RWLock.lock` (and `createRWLock`) choose between.
//
// `ReadPreferredRWLock` and `WritePreferredRWLock` live here rather than in files of their own because
// `RWLock.lock` constructs them: a module of their own would import this one (for `extends`) while this
// one imports it (for `lock`), and such a cycle breaks class evaluation in whichever order it is entered.
import { RWLOCK_DEFAULT_PREFER_WRITERS } from '@asyncutils/context';
import { Core, type Outcome, type Policy, READ_PREFERRED, WRITE_PREFERRED } from './engine.js';
import { wrapLocked } from './lockedFunction.js';
import { describe } from './options.js';
import type { AgingRWLockAcquireOptions, RWLockAcquireOptions, RWLockedFunction, RWLockHandle } from './types.js';

/**
 * Base class of every readers–writer lock: shared access through `reading()`, exclusive access through
 * `writing()`, with predicates, callback forms and function wrappers built on those two.
 *
 * @remarks
 * The port of Python's `RWLock`. The class is abstract: create a lock with {@link createRWLock}, a
 * concrete class (`new FairRWLock()`), or `RWLock.lock(fn)`. `new RWLock()` throws `TypeError`.
 *
 * A custom subclass implements `reading` and `writing` (each resolving an {@link RWLockHandle}) and keeps
 * `_readers` (the number of readers holding) and `_writing` (whether a writer holds) current; it then
 * gets `isReading`, `isWriting`, `locked`, `runReading`, `runWriting`, `reader` and `writer` for free.
 *
 * Choosing a policy:
 * - {@link WritePreferredRWLock} (the default): readers wait while a writer waits; readers may starve.
 * - {@link ReadPreferredRWLock}: readers enter whenever no writer holds; writers may starve.
 * - {@link FairRWLock}: one queue in arrival order; nobody starves.
 * - {@link FairPriorityRWLock}, {@link WritePreferredPriorityRWLock}, {@link AgingRWLock}: one queue
 *   ordered by a priority.
 *
 * @example
 * ```ts
 * import { RWLock, createRWLock } from '@asyncutils/rwlocks';
 *
 * const lock: RWLock = createRWLock();
 * {
 *   await using _r = await lock.reading(); // shared with other readers
 *   lock.isReading(); // true
 * }
 * await lock.runWriting(async () => {
 *   lock.isWriting(); // true: no reader or other writer runs now
 * });
 *
 * // Wrap functions as readers / writers of one lock:
 * const cache = new Map<string, string>();
 * const get = RWLock.lock(async (key: string) => cache.get(key));
 * const put = get.writer(async (key: string, value: string) => void cache.set(key, value));
 * ```
 */
export abstract class RWLock {
  /** Number of readers holding the lock (Python `_nr`); subclasses keep it current. */
  protected _readers = 0;
  /** Whether a writer holds the lock (Python `_wa`); subclasses keep it current. */
  protected _writing = false;

  /**
   * For subclasses only.
   *
   * @throws TypeError `asyncutils.rwlocks.RWLock: abstract class; use createRWLock()` for `new RWLock()`
   * (reachable only through a cast).
   */
  constructor() {
    if (new.target === RWLock) throw new TypeError('asyncutils.rwlocks.RWLock: abstract class; use createRWLock()');
  }

  /**
   * Waits for shared access according to the class's policy.
   *
   * @param opts - `signal` and `timeout` (ms); see {@link RWLockAcquireOptions}.
   * @returns A promise of a read handle; release it (or use `await using`) when done.
   */
  abstract reading(opts?: RWLockAcquireOptions): Promise<RWLockHandle>;

  /**
   * Waits for exclusive access according to the class's policy.
   *
   * @param opts - `signal` and `timeout` (ms); see {@link RWLockAcquireOptions}.
   * @returns A promise of a write handle; release it (or use `await using`) when done.
   */
  abstract writing(opts?: RWLockAcquireOptions): Promise<RWLockHandle>;

  /** Whether at least one reader holds the lock (`_readers > 0`). */
  isReading(): boolean {
    return this._readers > 0;
  }

  /** Whether a writer holds the lock (`_writing`). */
  isWriting(): boolean {
    return this._writing;
  }

  /** Whether anyone holds the lock: `false` iff a writer could enter now. */
  locked(): boolean {
    return this._writing || this._readers > 0;
  }

  /**
   * Waits for shared access, runs `fn`, and releases whether `fn` returned, threw or rejected.
   *
   * @param fn - The work to do while reading.
   * @param opts - The options of this lock's `reading` (`signal`, `timeout` in ms; `priority` and `owner`
   * where the class takes them); see {@link RWLockAcquireOptions}.
   * @returns `fn`'s (awaited) result; rejects with `fn`'s error, or with the wait's abort reason or
   * `TimeoutError` (then `fn` does not run).
   * @throws TypeError (as a rejection) when `fn` is not a function.
   */
  async runReading<R>(fn: () => R | PromiseLike<R>, opts?: Parameters<this['reading']>[0]): Promise<Awaited<R>> {
    if (typeof fn !== 'function') throw new TypeError(`asyncutils.rwlocks.RWLock.runReading: fn must be a function, got ${describe(fn)}`);
    const handle = await this.reading(opts as RWLockAcquireOptions | undefined);
    try {
      return await fn();
    } finally {
      handle.release();
    }
  }

  /**
   * Waits for exclusive access, runs `fn`, and releases whether `fn` returned, threw or rejected.
   *
   * @param fn - The work to do while writing.
   * @param opts - The options of this lock's `writing` (`signal`, `timeout` in ms; `priority` and `owner`
   * where the class takes them); see {@link RWLockAcquireOptions}.
   * @returns `fn`'s (awaited) result; rejects with `fn`'s error, or with the wait's abort reason or
   * `TimeoutError` (then `fn` does not run).
   * @throws TypeError (as a rejection) when `fn` is not a function.
   */
  async runWriting<R>(fn: () => R | PromiseLike<R>, opts?: Parameters<this['writing']>[0]): Promise<Awaited<R>> {
    if (typeof fn !== 'function') throw new TypeError(`asyncutils.rwlocks.RWLock.runWriting: fn must be a function, got ${describe(fn)}`);
    const handle = await this.writing(opts as RWLockAcquireOptions | undefined);
    try {
      return await fn();
    } finally {
      handle.release();
    }
  }

  /**
   * Wraps `fn` as a reader of this lock: every call runs `fn` (with the caller's `this` and arguments)
   * under `reading()` and resolves with its result.
   *
   * @param fn - The function to wrap.
   * @returns The wrapper: `name` is `fn.name`, `lock` is this lock, and its `reader` / `writer` wrap
   * further functions on this lock.
   * @throws TypeError when `fn` is not a function.
   */
  reader<A extends unknown[], R>(fn: (...args: A) => R): RWLockedFunction<A, R> {
    return wrapLocked(this, fn, false, 'asyncutils.rwlocks.RWLock.reader');
  }

  /**
   * Wraps `fn` as a writer of this lock: every call runs `fn` (with the caller's `this` and arguments)
   * under `writing()` and resolves with its result.
   *
   * @param fn - The function to wrap.
   * @returns The wrapper, as for {@link RWLock.reader}.
   * @throws TypeError when `fn` is not a function.
   */
  writer<A extends unknown[], R>(fn: (...args: A) => R): RWLockedFunction<A, R> {
    return wrapLocked(this, fn, true, 'asyncutils.rwlocks.RWLock.writer');
  }

  /**
   * Creates a lock and wraps `fn` as its first reader (Python's classmethod `lock`).
   *
   * @remarks
   * The lock is `createRWLock()` when called on `RWLock` itself (so `RWLOCK_DEFAULT_PREFER_WRITERS`
   * decides), `createPriorityRWLock()` on `PriorityRWLock`, and `new this()` on a concrete class.
   *
   * @param fn - The function to wrap.
   * @returns The wrapper; `wrapper.lock` is the new lock.
   * @throws TypeError when `fn` is not a function.
   */
  static lock<A extends unknown[], R>(fn: (...args: A) => R): RWLockedFunction<A, R> {
    const lock =
      this === RWLock
        ? RWLOCK_DEFAULT_PREFER_WRITERS.get()
          ? new WritePreferredRWLock()
          : new ReadPreferredRWLock()
        : new (this as unknown as new () => RWLock)();
    return lock.reader(fn);
  }
}

/**
 * Internal base of every library class: forwards to its queueing engine (`Core`, engine.ts) and holds
 * the engine's hooks. Not exported from the package.
 */
export abstract class QueuedRWLock extends RWLock {
  readonly #core: Core;
  /**
   * Engine hook: the public class name used in messages (`asyncutils.rwlocks.<name>.<method>`).
   *
   * @internal
   */
  protected _apiName: string;

  protected constructor(name: string, policy: Policy) {
    super();
    this._apiName = name;
    this.#core = new Core(this, policy);
  }

  /**
   * Waits for shared access according to the class's policy.
   *
   * @param opts - `signal` and `timeout` (ms); see {@link RWLockAcquireOptions}.
   * @returns A promise of a read handle. Rejects with `signal.reason` on abort, a `DOMException` named
   * `TimeoutError` on expiry (at once for `timeout: 0` when access is not free), `RangeError` /
   * `TypeError` for bad options.
   */
  reading(opts?: RWLockAcquireOptions): Promise<RWLockHandle> {
    return this.#core.request(false, opts, 'reading');
  }

  /**
   * Waits for exclusive access according to the class's policy.
   *
   * @param opts - `signal` and `timeout` (ms); see {@link RWLockAcquireOptions}.
   * @returns A promise of a write handle; rejects as `reading` does.
   */
  writing(opts?: RWLockAcquireOptions): Promise<RWLockHandle> {
    return this.#core.request(true, opts, 'writing');
  }

  /**
   * Shared access if the policy grants it at once, without waiting or queuing.
   *
   * @returns A read handle, or `null` (nothing queued).
   */
  tryReading(): RWLockHandle | null {
    return this.#core.try(false, undefined, 'tryReading');
  }

  /**
   * Exclusive access if the policy grants it at once, without waiting or queuing.
   *
   * @returns A write handle, or `null` (nothing queued).
   */
  tryWriting(): RWLockHandle | null {
    return this.#core.try(true, undefined, 'tryWriting');
  }

  /**
   * Engine hook: `tryReading` / `tryWriting` with options (priority classes).
   *
   * @internal
   */
  protected _tryWith(write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): RWLockHandle | null {
    return this.#core.try(write, opts, method);
  }

  /**
   * Engine hook: the priority of a request, or `undefined` for an unranked lock (the default).
   *
   * @internal
   */
  protected _priorityOf(_write: boolean, _opts: AgingRWLockAcquireOptions | undefined, _method: string): number | undefined {
    return undefined;
  }

  /**
   * Engine hook: called when an attempt starts (0), is granted (1) or is given up (2). Does nothing by default.
   *
   * @internal
   */
  protected _attempted(_write: boolean, _owner: unknown, _outcome: Outcome): void {}
}

/**
 * Readers–writer lock preferring readers: a reader enters whenever no writer holds, even while writers
 * wait.
 *
 * @remarks
 * Writers are served in arrival order once no reader holds. When a writer leaves, every waiting reader
 * enters (together, in arrival order) before the next writer. Writers can starve under a steady stream
 * of readers; prefer it when writes are rare. What `createRWLock({ preferWriters: false })` returns.
 *
 * @example
 * ```ts
 * import { ReadPreferredRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = new ReadPreferredRWLock();
 * const r1 = await lock.reading();
 * const w = lock.writing(); // waits for r1
 * const r2 = await lock.reading(); // enters at once despite the waiting writer
 * r1.release();
 * r2.release(); // now the writer enters
 * (await w).release();
 * ```
 */
export class ReadPreferredRWLock extends QueuedRWLock {
  /** Creates an unlocked lock. */
  constructor() {
    super('ReadPreferredRWLock', READ_PREFERRED);
  }
}

/**
 * Readers–writer lock preferring writers: a reader waits while any writer holds or waits.
 *
 * @remarks
 * Writers are served in arrival order. When a writer leaves, the next writer enters if one waits;
 * otherwise every waiting reader enters together. Readers can starve under a steady stream of writers.
 * What `createRWLock()` returns by default (`RWLOCK_DEFAULT_PREFER_WRITERS` is `true`).
 *
 * @example
 * ```ts
 * import { WritePreferredRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = new WritePreferredRWLock();
 * const r1 = await lock.reading();
 * const w = lock.writing(); // waits for r1
 * const r2 = lock.reading(); // waits behind the writer
 * r1.release(); // the writer enters
 * (await w).release(); // then r2
 * (await r2).release();
 * ```
 */
export class WritePreferredRWLock extends QueuedRWLock {
  /** Creates an unlocked lock. */
  constructor() {
    super('WritePreferredRWLock', WRITE_PREFERRED);
  }
}
