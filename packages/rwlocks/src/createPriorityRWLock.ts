// `createPriorityRWLock`: the port of calling Python's `PriorityRWLock(prefer_writers)`.
import { preferWriters } from './createRWLock.js';
import { FairPriorityRWLock, WritePreferredPriorityRWLock } from './PriorityRWLock.js';
import type { RWLockCreateOptions } from './types.js';

/**
 * Creates a writers-first priority lock.
 *
 * @param opts - `{ preferWriters: true }`.
 * @returns A new {@link WritePreferredPriorityRWLock}.
 *
 * @example
 * ```ts
 * const lock = createPriorityRWLock({ preferWriters: true }); // WritePreferredPriorityRWLock
 * ```
 */
export function createPriorityRWLock(opts: { preferWriters: true }): WritePreferredPriorityRWLock;
/**
 * Creates a fair priority lock.
 *
 * @param opts - `{ preferWriters: false }`.
 * @returns A new {@link FairPriorityRWLock}.
 *
 * @example
 * ```ts
 * const lock = createPriorityRWLock({ preferWriters: false }); // FairPriorityRWLock
 * ```
 */
export function createPriorityRWLock(opts: { preferWriters: false }): FairPriorityRWLock;
/**
 * Creates a priority readers–writer lock: a {@link WritePreferredPriorityRWLock} when `preferWriters` is
 * `true`, else a {@link FairPriorityRWLock}.
 *
 * @remarks
 * The port of calling Python's `PriorityRWLock(prefer_writers)`. `preferWriters` defaults to the
 * contextual constant `RWLOCK_DEFAULT_PREFER_WRITERS` (`true`), read at each call.
 *
 * @param opts - {@link RWLockCreateOptions}.
 * @returns A new, unlocked lock.
 * @throws TypeError when `preferWriters` is neither a boolean nor `undefined`, or `opts` is not an object.
 *
 * @example
 * ```ts
 * import { createPriorityRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = createPriorityRWLock();
 * await using _w = await lock.writing({ priority: -1 }); // goes before priority 0 requests
 * ```
 */
export function createPriorityRWLock(opts?: RWLockCreateOptions): WritePreferredPriorityRWLock | FairPriorityRWLock;
export function createPriorityRWLock(opts?: RWLockCreateOptions): WritePreferredPriorityRWLock | FairPriorityRWLock {
  return preferWriters('asyncutils.rwlocks.createPriorityRWLock', opts) ? new WritePreferredPriorityRWLock() : new FairPriorityRWLock();
}
