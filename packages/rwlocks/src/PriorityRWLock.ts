// `PriorityRWLock` (abstract: one queue ordered by a rank) and the two classes `PriorityRWLock.lock` and
// `createPriorityRWLock` choose between. They share this module for the reason given in RWLock.ts.
import { RWLOCK_DEFAULT_PREFER_WRITERS } from '@asyncutils/context';
import { checkFinite } from './options.js';
import { ORDERED } from './engine.js';
import { QueuedRWLock, type RWLock } from './RWLock.js';
import type { AgingRWLockAcquireOptions, PriorityRWLockAcquireOptions, RWLockedFunction, RWLockHandle } from './types.js';

/**
 * Base class of the priority-ordered readers–writer locks: one queue of readers and writers sorted by a
 * rank computed from each request's `priority` (lower first, default `0`), its kind and its arrival.
 *
 * @remarks
 * The port of Python's `PriorityRWLock`. Head rule: after every arrival, release or removal, the head of
 * the queue enters while it is compatible (a reader: no writer holds; a writer: nobody holds). So a
 * request enters at once only when nothing ranked before it waits, consecutive readers at the head enter
 * together, and a better-ranked reader overtakes a waiting writer.
 *
 * The class is abstract: use {@link createPriorityRWLock}, {@link FairPriorityRWLock},
 * {@link WritePreferredPriorityRWLock} or {@link AgingRWLock}, or subclass it and implement `rank`.
 * `new PriorityRWLock()` throws `TypeError`.
 *
 * @example
 * ```ts
 * import { PriorityRWLock } from '@asyncutils/rwlocks';
 *
 * // Custom ranking: readers first at equal priority, then arrival.
 * class ReadersFirstPriorityRWLock extends PriorityRWLock {
 *   protected rank(priority: number, isWriter: boolean, arrival: number): readonly number[] {
 *     return [priority, isWriter ? 1 : 0, arrival];
 *   }
 * }
 * const lock = new ReadersFirstPriorityRWLock();
 * await lock.runWriting(async () => {}, { priority: -1 });
 * ```
 */
export abstract class PriorityRWLock extends QueuedRWLock {
  /**
   * For subclasses only.
   *
   * @throws TypeError `asyncutils.rwlocks.PriorityRWLock: abstract class; use createPriorityRWLock()`
   * for `new PriorityRWLock()` (reachable only through a cast).
   */
  constructor() {
    if (new.target === PriorityRWLock) throw new TypeError('asyncutils.rwlocks.PriorityRWLock: abstract class; use createPriorityRWLock()');
    super('PriorityRWLock', ORDERED);
  }

  /**
   * Waits for shared access under the head rule.
   *
   * @param opts - `priority` (finite, lower first; default `0`), `signal`, `timeout` (ms).
   * @returns A promise of a read handle. Rejects with `signal.reason` on abort, a `DOMException` named
   * `TimeoutError` on expiry, `RangeError` for a non-finite `priority` or a negative / `NaN` `timeout`.
   */
  override reading(opts?: PriorityRWLockAcquireOptions): Promise<RWLockHandle> {
    return super.reading(opts);
  }

  /**
   * Waits for exclusive access under the head rule.
   *
   * @param opts - `priority` (finite, lower first; default `0`), `signal`, `timeout` (ms).
   * @returns A promise of a write handle; rejects as `reading` does.
   */
  override writing(opts?: PriorityRWLockAcquireOptions): Promise<RWLockHandle> {
    return super.writing(opts);
  }

  /**
   * Shared access if a read request of this priority would enter at once, without queuing.
   *
   * @param opts - `priority` (default `0`).
   * @returns A read handle, or `null`.
   * @throws RangeError / TypeError for a bad `priority`.
   */
  override tryReading(opts?: { priority?: number | undefined }): RWLockHandle | null {
    return this._tryWith(false, opts, 'tryReading');
  }

  /**
   * Exclusive access if a write request of this priority would enter at once, without queuing.
   *
   * @param opts - `priority` (default `0`).
   * @returns A write handle, or `null`.
   * @throws RangeError / TypeError for a bad `priority`.
   */
  override tryWriting(opts?: { priority?: number | undefined }): RWLockHandle | null {
    return this._tryWith(true, opts, 'tryWriting');
  }

  /**
   * The sort key of a request, compared lexicographically (lower first).
   *
   * @param priority - The request's priority (finite).
   * @param isWriter - Whether it asks for exclusive access.
   * @param arrival - A per-lock counter, increasing with every request.
   */
  protected abstract rank(priority: number, isWriter: boolean, arrival: number): readonly number[];

  /**
   * Engine hook: `opts.priority`, validated; `0` when absent.
   *
   * @internal
   */
  protected override _priorityOf(_write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): number | undefined {
    const priority = opts?.priority;
    return priority === undefined ? 0 : checkFinite(`asyncutils.rwlocks.${this._apiName}.${method}`, 'priority', priority);
  }

  /**
   * Creates a lock and wraps `fn` as its first reader: `createPriorityRWLock()` when called on
   * `PriorityRWLock` itself, `new this()` on a concrete class.
   *
   * @param fn - The function to wrap.
   * @returns The wrapper; `wrapper.lock` is the new lock.
   * @throws TypeError when `fn` is not a function.
   */
  static override lock<A extends unknown[], R>(fn: (...args: A) => R): RWLockedFunction<A, R> {
    const lock: RWLock =
      this === PriorityRWLock
        ? RWLOCK_DEFAULT_PREFER_WRITERS.get()
          ? new WritePreferredPriorityRWLock()
          : new FairPriorityRWLock()
        : new (this as unknown as new () => RWLock)();
    return lock.reader(fn);
  }
}

/**
 * Priority readers–writer lock ordered by `(priority, arrival)`: at equal priority, first come first
 * served, whether reader or writer.
 *
 * @remarks
 * Upstream's docstring says writers win ties, its code orders by arrival; this port follows the name
 * and the code. What `createPriorityRWLock({ preferWriters: false })` returns.
 *
 * @example
 * ```ts
 * import { FairPriorityRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = new FairPriorityRWLock();
 * const w = await lock.writing();
 * const low = lock.reading({ priority: 1 });
 * const high = lock.writing({ priority: 0 });
 * w.release(); // `high` enters first, then `low`
 * (await high).release();
 * (await low).release();
 * ```
 */
export class FairPriorityRWLock extends PriorityRWLock {
  /** Creates an unlocked lock. */
  constructor() {
    super();
    this._apiName = 'FairPriorityRWLock';
  }

  /** `[priority, arrival]`. */
  protected rank(priority: number, _isWriter: boolean, arrival: number): readonly number[] {
    return [priority, arrival];
  }
}

/**
 * Priority readers–writer lock ordered by `(writers first, priority, arrival)`: every waiting writer,
 * whatever its priority, goes before every waiting reader.
 *
 * @remarks
 * So a reader that arrives while a writer waits always waits, as with {@link WritePreferredRWLock}.
 * Upstream's code put readers first at equal priority; this port follows the name and docstring. What
 * `createPriorityRWLock()` returns by default.
 *
 * @example
 * ```ts
 * import { WritePreferredPriorityRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = new WritePreferredPriorityRWLock();
 * const w = await lock.writing();
 * const r = lock.reading({ priority: -100 });
 * const w2 = lock.writing({ priority: 100 });
 * w.release(); // w2 enters first: writers go before readers
 * (await w2).release();
 * (await r).release();
 * ```
 */
export class WritePreferredPriorityRWLock extends PriorityRWLock {
  /** Creates an unlocked lock. */
  constructor() {
    super();
    this._apiName = 'WritePreferredPriorityRWLock';
  }

  /** `[isWriter ? 0 : 1, priority, arrival]`. */
  protected rank(priority: number, isWriter: boolean, arrival: number): readonly number[] {
    return [isWriter ? 0 : 1, priority, arrival];
  }
}
