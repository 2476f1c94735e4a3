// `AgingRWLock`: a priority lock whose default priority grows with each owner's unsuccessful attempts.
import { AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR, AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR } from '@asyncutils/context';
import type { Outcome } from './engine.js';
import { checkFinite, checkOptions } from './options.js';
import { PriorityRWLock } from './PriorityRWLock.js';
import type { AgingRWLockAcquireOptions, AgingRWLockOptions, RWLockHandle } from './types.js';

/** Attempt bookkeeping of one kind (reads or writes). */
interface Tally {
  /** Attempts per owner since the owner's last grant. */
  readonly owners: Map<unknown, number>;
  /** Anonymous attempts still pending. */
  anonymous: number;
}

/**
 * Priority readers–writer lock that ages requests: an attempt's default priority is a factor times the
 * number of attempts its owner has made since it last got access, so owners that gave up (abort or
 * timeout) rank better on their next try.
 *
 * @remarks
 * Ordered by `(priority, arrival)` under the head rule of {@link PriorityRWLock}. Pass `owner` (any value
 * except `undefined`/`null`) to identify a requester across attempts (Python used the current task): its
 * read (write) counter `n` grows by one when an attempt starts, the default priority is `rf × n`
 * (`wf × n`), the counter is deleted when the owner gets access, and kept when the attempt is aborted or
 * times out. Anonymous attempts have the default priority `rf × 1` (`wf × 1`) and count only while
 * pending. An explicit `priority` is used as given (the counter still moves).
 *
 * With the default factors (`-1`), an owner that gave up once ranks `-2` on its next attempt, ahead of
 * fresh attempts (`-1`). Counters of owners that never come back stay until the lock is dropped, so use
 * owners from a bounded set.
 *
 * @example
 * ```ts
 * import { AgingRWLock, type RWLockHandle } from '@asyncutils/rwlocks';
 *
 * const lock = new AgingRWLock();
 * const me = 'worker-1';
 * let handle: RWLockHandle | undefined;
 * while (!handle) {
 *   // each failed attempt makes the next one rank better (-1, -2, -3, …)
 *   handle = await lock.writing({ owner: me, timeout: 50 }).catch(() => undefined);
 * }
 * handle.release();
 * ```
 */
export class AgingRWLock extends PriorityRWLock {
  readonly #rf: number;
  readonly #wf: number;
  readonly #reads: Tally = { owners: new Map(), anonymous: 0 };
  readonly #writes: Tally = { owners: new Map(), anonymous: 0 };

  /**
   * Creates an unlocked lock.
   *
   * @param opts - `rf` / `wf`: the read / write priority factors, finite numbers (defaults: the contextual
   * constants `AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR` / `…_WRITE_…`, `-1`, read now).
   * @throws RangeError for a non-finite factor; TypeError for a non-number factor or non-object `opts`.
   */
  constructor(opts?: AgingRWLockOptions) {
    super();
    this._apiName = 'AgingRWLock';
    checkOptions('asyncutils.rwlocks.AgingRWLock', opts);
    const rf = opts?.rf;
    const wf = opts?.wf;
    this.#rf = rf === undefined ? AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR.get() : checkFinite('asyncutils.rwlocks.AgingRWLock', 'rf', rf);
    this.#wf = wf === undefined ? AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR.get() : checkFinite('asyncutils.rwlocks.AgingRWLock', 'wf', wf);
  }

  /**
   * Waits for shared access; see the class remarks for `owner` and the default priority.
   *
   * @param opts - `owner`, `priority`, `signal`, `timeout` (ms).
   * @returns A promise of a read handle; rejects as {@link PriorityRWLock.reading} does.
   */
  override reading(opts?: AgingRWLockAcquireOptions): Promise<RWLockHandle> {
    return super.reading(opts);
  }

  /**
   * Waits for exclusive access; see the class remarks for `owner` and the default priority.
   *
   * @param opts - `owner`, `priority`, `signal`, `timeout` (ms).
   * @returns A promise of a write handle; rejects as {@link PriorityRWLock.writing} does.
   */
  override writing(opts?: AgingRWLockAcquireOptions): Promise<RWLockHandle> {
    return super.writing(opts);
  }

  /**
   * Shared access if a read request would enter at once (default priority: `rf` times the owner's next
   * attempt number), without queuing. Counts nothing when it returns `null`; on success the owner's
   * counter is deleted.
   *
   * @param opts - `owner`, `priority`.
   * @returns A read handle, or `null`.
   */
  override tryReading(opts?: { priority?: number | undefined; owner?: unknown }): RWLockHandle | null {
    return this._tryWith(false, opts, 'tryReading');
  }

  /**
   * Exclusive access if a write request would enter at once, without queuing; as {@link AgingRWLock.tryReading}.
   *
   * @param opts - `owner`, `priority`.
   * @returns A write handle, or `null`.
   */
  override tryWriting(opts?: { priority?: number | undefined; owner?: unknown }): RWLockHandle | null {
    return this._tryWith(true, opts, 'tryWriting');
  }

  /** Unsuccessful read attempts: the owners' counters plus the pending anonymous reads. */
  get currentUnsuccessfulReads(): number {
    return total(this.#reads);
  }

  /** Unsuccessful write attempts: the owners' counters plus the pending anonymous writes. */
  get currentUnsuccessfulWrites(): number {
    return total(this.#writes);
  }

  /**
   * Engine hook: an explicit priority, validated; else the factor times the number this attempt will have.
   *
   * @internal
   */
  protected override _priorityOf(write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): number | undefined {
    if (opts?.priority !== undefined) return super._priorityOf(write, opts, method);
    const owner = opts?.owner;
    const n = owner === undefined || owner === null ? 1 : ((write ? this.#writes : this.#reads).owners.get(owner) ?? 0) + 1;
    return (write ? this.#wf : this.#rf) * n;
  }

  /**
   * Engine hook: counts attempts per owner (anonymous ones while pending).
   *
   * @internal
   */
  protected override _attempted(write: boolean, owner: unknown, outcome: Outcome): void {
    const tally = write ? this.#writes : this.#reads;
    if (owner === undefined || owner === null) tally.anonymous += outcome === 0 ? 1 : -1;
    else if (outcome === 0) tally.owners.set(owner, (tally.owners.get(owner) ?? 0) + 1);
    else if (outcome === 1) tally.owners.delete(owner);
  }

  /** `[priority, arrival]`. */
  protected rank(priority: number, _isWriter: boolean, arrival: number): readonly number[] {
    return [priority, arrival];
  }
}

function total(tally: Tally): number {
  let sum = tally.anonymous;
  for (const n of tally.owners.values()) sum += n;
  return sum;
}
