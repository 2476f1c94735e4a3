// `semaphore`: a `Semaphore`, a `BoundedSemaphore` or a `Lock`, by boundedness and size (Python's `semaphore`).
import { SEMAPHORE_DEFAULT_VALUE } from '@asyncutils/context';
import { BoundedSemaphore, Lock, Semaphore } from '@asyncutils/locks';
import { checkBoolean, describe, QUAL } from './validate.js';

/**
 * Creates a bounded semaphore of 1 — which is a `Lock`.
 *
 * @param bounded - `true`.
 * @param workers - `1`.
 * @returns A new `Lock`.
 *
 * @example
 * ```ts
 * import { semaphore } from '@asyncutils/util';
 *
 * const mutex = semaphore(true, 1); // a Lock
 * ```
 */
export function semaphore(bounded: true, workers: 1): Lock;
/**
 * Creates a bounded semaphore: a `Lock` when `workers` is 1, else a `BoundedSemaphore`.
 *
 * @param bounded - `true`.
 * @param workers - The number of permits, an integer `>= 0`.
 * @defaultValue `workers`: `SEMAPHORE_DEFAULT_VALUE` (1), read at each call
 * @returns A new `Lock` or `BoundedSemaphore`.
 *
 * @example
 * ```ts
 * import { semaphore } from '@asyncutils/util';
 *
 * const pool = semaphore(true, 4); // a BoundedSemaphore of 4
 * ```
 */
export function semaphore(bounded: true, workers?: number): Lock | BoundedSemaphore;
/**
 * Creates an unbounded `Semaphore`.
 *
 * @param bounded - `false` (the default).
 * @param workers - The initial number of permits, an integer `>= 0`.
 * @defaultValue `workers`: `SEMAPHORE_DEFAULT_VALUE` (1), read at each call
 * @returns A new `Semaphore`.
 *
 * @example
 * ```ts
 * import { semaphore } from '@asyncutils/util';
 *
 * const gate = semaphore(false, 3);
 * ```
 */
export function semaphore(bounded?: false, workers?: number): Semaphore;
/**
 * Creates a semaphore: `bounded && workers === 1` → a `Lock`; `bounded` → a `BoundedSemaphore(workers)`;
 * otherwise a `Semaphore(workers)`.
 *
 * @remarks
 * `workers` defaults to the contextual constant `SEMAPHORE_DEFAULT_VALUE` of `@asyncutils/context`, read at
 * each call (so `localContext({ SEMAPHORE_DEFAULT_VALUE: 4 }, () => semaphore())` makes a semaphore of 4).
 *
 * @param bounded - Whether releasing beyond the initial value is an error.
 * @param workers - The number of permits, an integer `>= 0`.
 * @defaultValue `bounded`: `false`; `workers`: `SEMAPHORE_DEFAULT_VALUE` (1)
 * @returns The new lock or semaphore.
 * @throws `TypeError` when `bounded` is not a boolean or `workers` not a number; `RangeError` when
 * `workers` is not an integer `>= 0`.
 *
 * @example
 * ```ts
 * import { semaphore } from '@asyncutils/util';
 *
 * const limiter = semaphore(true, 2);
 * await limiter.acquire();
 * limiter.release();
 * ```
 */
export function semaphore(bounded?: boolean, workers?: number): Lock | Semaphore;
export function semaphore(bounded: boolean = false, workers?: number): Lock | Semaphore {
  checkBoolean('semaphore', bounded, 'bounded');
  const n: unknown = workers === undefined ? SEMAPHORE_DEFAULT_VALUE.get() : workers;
  if (typeof n !== 'number') throw new TypeError(`${QUAL}semaphore: workers must be a number, got ${describe(n)}`);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${QUAL}semaphore: workers must be an integer >= 0, got ${n}`);
  if (!bounded) return new Semaphore(n);
  return n === 1 ? new Lock() : new BoundedSemaphore(n);
}
