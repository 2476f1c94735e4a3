// `createRWLock`: the port of calling Python's `RWLock(prefer_writers)`.
import { RWLOCK_DEFAULT_PREFER_WRITERS } from '@asyncutils/context';
import { checkOptions, describe } from './options.js';
import { ReadPreferredRWLock, WritePreferredRWLock } from './RWLock.js';
import type { RWLockCreateOptions } from './types.js';

/**
 * Creates a writer-preferring lock.
 *
 * @param opts - `{ preferWriters: true }`.
 * @returns A new {@link WritePreferredRWLock}.
 *
 * @example
 * ```ts
 * const lock = createRWLock({ preferWriters: true }); // WritePreferredRWLock
 * ```
 */
export function createRWLock(opts: { preferWriters: true }): WritePreferredRWLock;
/**
 * Creates a reader-preferring lock.
 *
 * @param opts - `{ preferWriters: false }`.
 * @returns A new {@link ReadPreferredRWLock}.
 *
 * @example
 * ```ts
 * const lock = createRWLock({ preferWriters: false }); // ReadPreferredRWLock
 * ```
 */
export function createRWLock(opts: { preferWriters: false }): ReadPreferredRWLock;
/**
 * Creates a readers–writer lock: a {@link WritePreferredRWLock} when `preferWriters` is `true`, else a
 * {@link ReadPreferredRWLock}.
 *
 * @remarks
 * The port of calling Python's `RWLock(prefer_writers)` (a TypeScript constructor cannot return another
 * class). `preferWriters` defaults to the contextual constant `RWLOCK_DEFAULT_PREFER_WRITERS` (`true`),
 * read at each call, so `localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, …)` switches the default
 * in a scope.
 *
 * @param opts - {@link RWLockCreateOptions}.
 * @returns A new, unlocked lock.
 * @throws TypeError when `preferWriters` is neither a boolean nor `undefined`, or `opts` is not an object.
 *
 * @example
 * ```ts
 * import { createRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = createRWLock(); // WritePreferredRWLock unless the context says otherwise
 * await lock.runReading(async () => {
 *   // shared access
 * });
 * ```
 */
export function createRWLock(opts?: RWLockCreateOptions): WritePreferredRWLock | ReadPreferredRWLock;
export function createRWLock(opts?: RWLockCreateOptions): WritePreferredRWLock | ReadPreferredRWLock {
  return preferWriters('asyncutils.rwlocks.createRWLock', opts) ? new WritePreferredRWLock() : new ReadPreferredRWLock();
}

/** `opts.preferWriters`, validated, or the contextual default. */
export function preferWriters(api: string, opts: RWLockCreateOptions | undefined): boolean {
  checkOptions(api, opts);
  const value = opts?.preferWriters;
  if (value === undefined) return RWLOCK_DEFAULT_PREFER_WRITERS.get();
  if (typeof value !== 'boolean') throw new TypeError(`${api}: preferWriters must be a boolean, got ${describe(value)}`);
  return value;
}
