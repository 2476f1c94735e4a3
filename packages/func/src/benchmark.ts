// `benchmark`: min/max/total/avg of repeated timed runs, after optional warmup runs.
import { audit, functionName } from '@asyncutils/audit';
import { BENCHMARK_DEFAULT_SEQUENTIAL, BENCHMARK_DEFAULT_TIMES, BENCHMARK_DEFAULT_WARMUP } from '@asyncutils/context';
import { clockOf } from './measure.js';
import { bool, count, func, optionsObject } from './validate.js';

const API = 'asyncutils.func.benchmark';

/**
 * Options of {@link benchmark}.
 *
 * @example
 * ```ts
 * import { benchmark, type BenchmarkOptions } from '@asyncutils/func';
 *
 * const opts: BenchmarkOptions = { sequential: true };
 * ```
 */
export interface BenchmarkOptions {
  /**
   * Run one call at a time; otherwise all calls of a phase (warmup, then measured) start together and are
   * awaited together.
   * @defaultValue `BENCHMARK_DEFAULT_SEQUENTIAL` (`false`), read per call
   */
  sequential?: boolean;
  /**
   * The clock, in milliseconds (an extension of the Python API, for deterministic tests).
   * @defaultValue `() => performance.now()`
   */
  timer?: () => number;
}

/**
 * The frozen result of {@link benchmark} (Python's `BenchmarkResult` named tuple); times in milliseconds.
 *
 * @example
 * ```ts
 * import { benchmark, type BenchmarkResult } from '@asyncutils/func';
 *
 * const r: BenchmarkResult = await benchmark(() => fetch('/'), 5);
 * console.log(`avg ${r.avg.toFixed(1)} ms over ${r.iterations} calls`);
 * ```
 */
export interface BenchmarkResult {
  /** The fastest measured call. */
  readonly min: number;
  /** The slowest measured call. */
  readonly max: number;
  /** The sum of the measured calls. */
  readonly total: number;
  /** `total / times`. */
  readonly avg: number;
  /** Every call made: `times + warmup`. */
  readonly iterations: number;
}

/**
 * Calls `f` repeatedly and summarises the timings (Python `benchmark`).
 *
 * @remarks
 * Order: validate, raise the audit event `asyncutils.func.benchmark` with `[functionName(f), times + warmup]`
 * (a throwing hook rejects before any call), make `warmup` unmeasured calls, then `times` measured calls. Each
 * measured call is timed from the call to the settlement of its result. Any error rejects.
 *
 * @param f - The function to benchmark (called without arguments; its result is awaited).
 * @param times - Measured calls: an integer `>= 1`.
 * @param warmup - Unmeasured calls made first: an integer `>= 0`.
 * @param opts - `sequential` and `timer`: see {@link BenchmarkOptions}.
 * @defaultValue `times`: `BENCHMARK_DEFAULT_TIMES` (3); `warmup`: `BENCHMARK_DEFAULT_WARMUP` (0), read per call
 * @returns The frozen {@link BenchmarkResult}.
 * @throws (as rejections) `TypeError` for a non-function or wrongly typed argument; `RangeError` for counts
 * out of range; a vetoing audit hook's error; any error of `f`.
 *
 * @example
 * ```ts
 * import { benchmark } from '@asyncutils/func';
 *
 * const r = await benchmark(() => crypto.subtle.digest('SHA-256', new Uint8Array(1 << 20)), 10, 2, { sequential: true });
 * console.log(r.min, r.avg, r.max, r.iterations); // … 12
 * ```
 */
export async function benchmark(f: () => unknown, times?: number, warmup?: number, opts?: BenchmarkOptions): Promise<BenchmarkResult> {
  func(API, 'f', f);
  const n = count(API, 'times', times ?? BENCHMARK_DEFAULT_TIMES.get(), 1);
  const w = count(API, 'warmup', warmup ?? BENCHMARK_DEFAULT_WARMUP.get(), 0);
  const sequential = bool(API, 'sequential', optionsObject(API, opts)?.sequential) ?? BENCHMARK_DEFAULT_SEQUENTIAL.get();
  const clock = clockOf(API, opts);
  audit('asyncutils.func.benchmark', functionName(f), n + w);
  const timed = async (): Promise<number> => {
    const t0 = clock();
    await f();
    return clock() - t0;
  };
  let t: number[];
  if (sequential) {
    for (let i = 0; i < w; i++) await f();
    t = [];
    for (let i = 0; i < n; i++) t.push(await timed());
  } else {
    // Every call of a phase starts before any is awaited; Promise.all handles each rejection.
    // (an async arrow turns a synchronous throw into a rejection, so no started call goes unhandled).
    const call = async (): Promise<unknown> => await f();
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < w; i++) calls.push(call());
    await Promise.all(calls);
    const runs: Promise<number>[] = [];
    for (let i = 0; i < n; i++) runs.push(timed());
    t = await Promise.all(runs);
  }
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  for (const x of t) {
    if (x < min) min = x;
    if (x > max) max = x;
    total += x;
  }
  return Object.freeze({ min, max, total, avg: total / n, iterations: n + w });
}
