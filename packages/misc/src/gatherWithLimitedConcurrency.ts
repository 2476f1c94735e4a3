// `gatherWithLimitedConcurrency(n, jobs, opts)`: the results of many jobs, at most `n` running at once.
import { GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT } from '@asyncutils/context';
import { checkWait, fail, isThenable, noop } from './validate.js';
import { Wait } from './Wait.js';

/**
 * One job of {@link gatherWithLimitedConcurrency}: a function (called with no argument when a slot is free;
 * a thenable result is awaited in the slot), a thenable (already running; awaited in a slot), or a plain
 * value (its own result at once).
 *
 * @typeParam T - The job's result.
 *
 * @example
 * ```ts
 * import type { LimitedGatherJob } from '@asyncutils/misc';
 *
 * const jobs: LimitedGatherJob<Response>[] = urls.map((url) => () => fetch(url));
 * ```
 */
export type LimitedGatherJob<T> = (() => T | PromiseLike<T>) | PromiseLike<T> | T;

/**
 * Options of {@link gatherWithLimitedConcurrency}.
 *
 * @example
 * ```ts
 * import { gatherWithLimitedConcurrency, type GatherWithLimitedConcurrencyOptions } from '@asyncutils/misc';
 *
 * const opts: GatherWithLimitedConcurrencyOptions = { retExc: true, signal: AbortSignal.timeout(10_000) };
 * const outcomes = await gatherWithLimitedConcurrency(4, jobs, opts);
 * ```
 */
export interface GatherWithLimitedConcurrencyOptions {
  /**
   * Place a failed job's reason at its index instead of rejecting (Python `ret_exc`,
   * `asyncio.gather(return_exceptions=True)`).
   * @default false
   */
  retExc?: boolean | undefined;
  /** Aborting it rejects the call with its reason and starts no further job. */
  signal?: AbortSignal | undefined;
  /**
   * Rejects the call with a `DOMException` named `TimeoutError` after this many ms, starting no further
   * job; `Infinity` for none. (A TypeScript addition.)
   * @default Infinity
   */
  timeout?: number | undefined;
}

const API = 'asyncutils.misc.gather_with_limited_concurrency';

/**
 * Runs `jobs` with at most `n` in flight and resolves their results in input order.
 *
 * @remarks
 * The port of Python's `asyncutils.misc.gather_with_limited_concurrency`. Jobs are taken in order; a job
 * holds one of the `n` slots from its start until it settles. A function job is called with no argument
 * when a slot is free (so it starts lazily), a thenable is already running and is awaited in a slot, and
 * any other value is its own result at once.
 *
 * On the first failure (in time), without `retExc`, the call rejects with it and no further function job
 * is called; jobs already running go on, their outcomes ignored (never an unhandled rejection). With
 * `retExc: true` the call never rejects because of a job: a failure's reason takes its index. Aborting
 * `signal`, or the `timeout`, rejects the call and starts nothing new.
 *
 * @typeParam T - The jobs' result type (give it explicitly for mixed jobs).
 * @param n - Most jobs in flight: an integer `>= 1` or `Infinity`.
 * @default n `GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT` from `@asyncutils/context` (`8`), read per call.
 * @param jobs - The jobs (read once, at the call).
 * @param opts - {@link GatherWithLimitedConcurrencyOptions}.
 * @returns A promise of the results, in input order.
 * @throws Never synchronously. Rejects with `RangeError` (bad `n` or `timeout`), `TypeError` (non-number
 * `n`, non-iterable `jobs`, bad options), a job's failure, the signal's reason, or a `TimeoutError`.
 *
 * @example
 * ```ts
 * import { gatherWithLimitedConcurrency } from '@asyncutils/misc';
 *
 * const pages = await gatherWithLimitedConcurrency(
 *   3,
 *   urls.map((url) => () => fetch(url).then((r) => r.text())), // at most 3 requests at a time
 * );
 * ```
 */
export function gatherWithLimitedConcurrency<T>(
  n: number | null | undefined,
  jobs: Iterable<LimitedGatherJob<T>>,
  opts: GatherWithLimitedConcurrencyOptions & { retExc: true },
): Promise<unknown[]>;
/**
 * Runs `jobs` with at most `n` in flight and resolves their results in input order (see the other
 * overload; this one rejects on the first failure unless `retExc` is `true`).
 * @param n - Most jobs in flight: an integer `>= 1` or `Infinity`; `null`/`undefined` for the default.
 * @param jobs - The jobs.
 * @param opts - {@link GatherWithLimitedConcurrencyOptions}.
 * @returns A promise of the results, in input order.
 *
 * @example
 * ```ts
 * const sizes: number[] = await gatherWithLimitedConcurrency(null, files.map((f) => () => stat(f)));
 * ```
 */
export function gatherWithLimitedConcurrency<T>(
  n: number | null | undefined,
  jobs: Iterable<LimitedGatherJob<T>>,
  opts?: GatherWithLimitedConcurrencyOptions,
): Promise<T[]>;
export function gatherWithLimitedConcurrency<T>(
  n: number | null | undefined,
  jobs: Iterable<LimitedGatherJob<T>>,
  opts?: GatherWithLimitedConcurrencyOptions,
): Promise<unknown[]> {
  let list: unknown[];
  let limit: number;
  try {
    if (typeof (jobs as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] != 'function') fail(API, 'jobs must be an iterable', jobs);
    list = Array.from(jobs);
    // A promise that is already running might reject before its turn (or after the call was refused):
    // mark it handled now.
    for (const job of list) if (job instanceof Promise) job.then(undefined, noop);
    limit = n ?? GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT.get();
    if (typeof limit != 'number') fail(API, 'n must be a number', limit);
    if (!(limit >= 1 && (Number.isInteger(limit) || limit === Infinity))) fail(API, 'n must be an integer >= 1 or Infinity', limit, RangeError);
    checkWait(API, opts);
  } catch (error) {
    return Promise.reject(error);
  }
  const count = list.length;
  const results: unknown[] = new Array<unknown>(count);
  const retExc = opts?.retExc === true;
  let next = 0;
  let active = 0;
  let left = count;
  // Settles the call; stops everything (listener, timer, further starts).
  const wait = new Wait<unknown[]>(API, opts, () => (next = count));
  const settle = (i: number, ok: boolean, v: unknown): boolean => {
    if (wait.done) return false;
    if (!ok && !retExc) {
      next = count;
      wait.reject(v);
      return false;
    }
    results[i] = v;
    if (--left === 0) wait.resolve(results);
    return true;
  };
  const pump = (): void => {
    while (!wait.done && next < count && active < limit) {
      const i = next++;
      const job = list[i];
      let outcome: unknown = job;
      if (typeof job == 'function') {
        try {
          outcome = (job as () => unknown)();
        } catch (error) {
          settle(i, false, error);
          continue;
        }
      }
      if (!isThenable(outcome)) {
        settle(i, true, outcome);
        continue;
      }
      active++;
      Promise.resolve(outcome).then(
        (v) => {
          active--;
          if (settle(i, true, v)) pump();
        },
        (error: unknown) => {
          active--;
          if (settle(i, false, error)) pump();
        },
      );
    }
  };
  if (count === 0) wait.resolve(results);
  else pump();
  return wait.promise;
}
