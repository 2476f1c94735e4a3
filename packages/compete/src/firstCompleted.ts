// `firstCompleted`: the outcome of the first input to settle; the losers are aborted and awaited.
import { audit } from '@asyncutils/audit';
import { wrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';
import { BY_ABORT, BY_SETTLEMENT, Race, raceInputs, type RaceInput } from './race.js';
import { checkFlag, checkOptions, checkSignal, checkTimeout } from './validate.js';

const API = 'asyncutils.compete.first_completed';

/**
 * Options of {@link firstCompleted}.
 *
 * @example
 * ```ts
 * import { firstCompleted, type FirstCompletedOptions } from '@asyncutils/compete';
 *
 * const opts: FirstCompletedOptions = { retExc: true, timeout: 1_000, signal: AbortSignal.timeout(5_000) };
 * const v = await firstCompleted([mirrorA, mirrorB], opts);
 * ```
 */
export interface FirstCompletedOptions {
  /**
   * When the winner rejects, resolve `wrapExc(reason)` (an `ExceptionWrapper` from `@asyncutils/exceptions`)
   * instead of rejecting.
   *
   * @default false
   */
  readonly retExc?: boolean | undefined;
  /**
   * Milliseconds to wait for a settlement; then every input loses and the call rejects with a `DOMException`
   * named `TimeoutError`. `undefined`, `null` or `Infinity`: no limit.
   *
   * @default undefined (no limit)
   */
  readonly timeout?: number | null | undefined;
  /** Aborts the whole race: every pending input loses and the call rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Races `inputs` and settles like the first of them to settle (Python's `first_completed`); every other input
 * still pending then is cancelled.
 *
 * @remarks
 * A function input is called at once (in input order) with an `AbortSignal` of its own; a promise input is
 * already running. The winner is the first input whose settlement is observed (inputs already settled are
 * observed in input order, as with `Promise.race`). The losers are cleaned up before the call settles: each
 * function loser's signal is aborted with a `DOMException` named `AbortError` (`…: lost the race`) and the call
 * waits until it settled (so nothing keeps running); a pending promise loser is abandoned and its later
 * rejection is handled. Audit events `asyncutils.compete.first_completed/start` (before any input is called)
 * and `/end` (once, when the race is decided, before the cleanup), both `[ntasks]`; a throwing `/end` hook's
 * error becomes the outcome, and the losers are still cleaned up.
 *
 * @typeParam T - The inputs' value type.
 * @param inputs - The contenders: promises and functions `(signal) => value | promise`, at least one.
 * @param opts - {@link FirstCompletedOptions}.
 * @returns The winner's value; with `retExc`, a rejected winner's reason wrapped by `wrapExc`.
 * @throws (rejects) TypeError `asyncutils.compete.first_completed: pass in at least one coroutine` for no inputs,
 * TypeError for an input that is neither a promise nor a function or for bad options, RangeError for a `NaN` or
 * negative `timeout`; the winner's rejection reason (without `retExc`); a `DOMException` `TimeoutError` when
 * `timeout` elapsed; `signal.reason` when `signal` aborts (at once, without any event, when already aborted).
 *
 * @example
 * ```ts
 * import { firstCompleted } from '@asyncutils/compete';
 *
 * const sleep = <T>(ms: number, v: T) => (signal: AbortSignal) =>
 *   new Promise<T>((resolve, reject) => {
 *     const t = setTimeout(resolve, ms, v);
 *     signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
 *   });
 *
 * await firstCompleted([sleep(100, 'slow'), sleep(10, 'fast')]); // 'fast'; the slow sleep was aborted
 * await firstCompleted([sleep(100, 'slow')], { timeout: 50 }); // rejects: DOMException TimeoutError
 * ```
 */
export function firstCompleted<T>(inputs: Iterable<RaceInput<T>>, opts: FirstCompletedOptions & { readonly retExc: true }): Promise<T | ExceptionWrapper>;
export function firstCompleted<T>(inputs: Iterable<RaceInput<T>>, opts?: FirstCompletedOptions & { readonly retExc?: false | undefined }): Promise<T>;
export function firstCompleted<T>(inputs: Iterable<RaceInput<T>>, opts?: FirstCompletedOptions): Promise<T | ExceptionWrapper>;
export async function firstCompleted<T>(inputs: Iterable<RaceInput<T>>, opts?: FirstCompletedOptions): Promise<T | ExceptionWrapper> {
  const list = raceInputs(API, inputs);
  const o = checkOptions(API, opts);
  const retExc = checkFlag(API, 'retExc', o.retExc, false);
  const timeout = checkTimeout(API, o.timeout);
  const signal = checkSignal(API, o.signal);
  if (signal?.aborted) throw signal.reason;
  const n = list.length;
  audit('asyncutils.compete.first_completed/start', n);
  const race = new Race(API, list, false);
  await race.decided(timeout, signal);
  let ok = false;
  let out: unknown;
  if (race.how === BY_SETTLEMENT) {
    const i = race.first;
    out = race.value[i];
    ok = race.state[i] === 1;
    if (!ok && retExc) {
      try {
        out = wrapExc(out);
        ok = true;
      } catch (e) {
        out = e;
      }
    }
  } else {
    out = race.how === BY_ABORT ? race.reason : new DOMException(`${API}: timed out after ${timeout} ms`, 'TimeoutError');
  }
  try {
    audit('asyncutils.compete.first_completed/end', n);
  } catch (e) {
    ok = false;
    out = e;
  }
  await race.cleanup();
  if (!ok) throw out;
  return out as T | ExceptionWrapper;
}
