// `multiWinnerRaceWithCallback`: every input that settled within the deadline wins; the rest are cancelled.
import { audit } from '@asyncutils/audit';
import { BY_ABORT, Race, raceInputs, type RaceInput } from './race.js';
import { checkCallback, checkSignal, checkTimeout, fail, isThenable } from './validate.js';

const API = 'asyncutils.compete.multi_winner_race_with_callback';

/**
 * Options of {@link multiWinnerRaceWithCallback}. `timeout` is required: pass `null` to wait for every input.
 *
 * @typeParam T - The inputs' value type.
 *
 * @example
 * ```ts
 * import { multiWinnerRaceWithCallback, type MultiWinnerRaceOptions } from '@asyncutils/compete';
 *
 * const opts: MultiWinnerRaceOptions<number> = { timeout: 100, winner: (v) => console.log('in time:', v) };
 * const values = await multiWinnerRaceWithCallback(probes, opts);
 * ```
 */
export interface MultiWinnerRaceOptions<T> {
  /**
   * Milliseconds to wait; inputs still pending then lose. `null` (or `Infinity`) waits for every input.
   * Required (`undefined` is refused), so that "wait forever" is always written down.
   */
  readonly timeout: number | null;
  /**
   * Called for each winner's value, in input order, all before any returned thenable is awaited; the call
   * resolves the values in the order their `winner` calls completed. A throw or rejection rejects the call (after
   * every `winner` call settled and the losers were cleaned up). Not called when a winner rejected.
   */
  readonly winner?: ((value: T) => unknown) | undefined;
  /**
   * Called once per loser, in input order, after every function loser settled, with its outcome: the value or
   * rejection reason of a function loser (usually the abort reason), the abort reason for a promise loser.
   * Returned thenables are awaited; errors are ignored.
   */
  readonly loser?: ((outcome: unknown) => unknown) | undefined;
  /** Aborts the whole race (until it is decided): every pending input loses and the call rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Waits until every input settled or `timeout` elapsed (Python's `multi_winner_race_with_callback`); the inputs
 * settled by then are the winners, the others are cancelled and reported to `loser`.
 *
 * @remarks
 * Inputs and loser cleanup as in `firstCompleted`: function inputs are called at once with an `AbortSignal`
 * each, and aborted (`AbortError` `…: lost the race`) and awaited when they lose; promise inputs are abandoned.
 * Audit events `asyncutils.compete.multi_winner_race_with_callback/start` (before any input is called) and `/end`
 * (once, after the `winner` callbacks settled or the race failed, before the cleanup), both `[ntasks]`; a throwing
 * `/end` hook's error becomes the outcome, and the losers are still cleaned up.
 *
 * @typeParam T - The inputs' value type.
 * @param inputs - The contenders: promises and functions `(signal) => value | promise`, at least one.
 * @param opts - {@link MultiWinnerRaceOptions}; `timeout` is required.
 * @returns The winners' values: in input order without `winner`, else in the order their `winner` calls completed.
 * @throws (rejects) TypeError `asyncutils.compete.multi_winner_race_with_callback: pass in at least one coroutine`
 * for no inputs, TypeError `…: timeout is required (null waits for all)` when `opts.timeout` is missing, TypeError
 * for a bad input or option, RangeError for a `NaN` or negative `timeout`; the first winner's rejection reason in
 * input order (no `winner` call); the first error of a `winner` call; `signal.reason` when `signal` aborts.
 *
 * @example
 * ```ts
 * import { multiWinnerRaceWithCallback } from '@asyncutils/compete';
 *
 * const sleep = <T>(ms: number, v: T) => (signal: AbortSignal) =>
 *   new Promise<T>((resolve, reject) => {
 *     const t = setTimeout(resolve, ms, v);
 *     signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
 *   });
 *
 * await multiWinnerRaceWithCallback([sleep(10, 1), sleep(200, 2), sleep(10, 3)], { timeout: 100 }); // [1, 3]
 * await multiWinnerRaceWithCallback([sleep(10, 1), sleep(20, 2)], { timeout: null }); // [1, 2] after 20 ms
 * ```
 */
export async function multiWinnerRaceWithCallback<T>(inputs: Iterable<RaceInput<T>>, opts: MultiWinnerRaceOptions<T>): Promise<T[]> {
  const list = raceInputs(API, inputs);
  if (typeof opts !== 'object' || opts === null) fail(API, 'options must be an object with a timeout', opts);
  if (opts.timeout === undefined) throw new TypeError(`${API}: timeout is required (null waits for all)`);
  const timeout = checkTimeout(API, opts.timeout);
  const winner = checkCallback(API, 'winner', opts.winner);
  const loser = checkCallback(API, 'loser', opts.loser);
  const signal = checkSignal(API, opts.signal);
  if (signal?.aborted) throw signal.reason;
  const n = list.length;
  audit('asyncutils.compete.multi_winner_race_with_callback/start', n);
  const race = new Race(API, list, true);
  await race.decided(timeout, signal);
  let ok = true;
  let out: unknown;
  if (race.how === BY_ABORT) {
    ok = false;
    out = race.reason;
  } else {
    const { state, value } = race;
    const values: T[] = [];
    for (let i = 0; i < n && ok; i++) {
      if (state[i] === 1) values.push(value[i] as T);
      else if (state[i] === 2) {
        ok = false;
        out = value[i];
      }
    }
    if (ok && winner !== undefined) {
      const done: T[] = [];
      const pending: Promise<unknown>[] = [];
      let failure: { e: unknown } | undefined;
      for (const v of values) {
        try {
          const r = winner(v);
          if (isThenable(r)) {
            pending.push(
              Promise.resolve(r).then(
                () => void done.push(v),
                (e: unknown) => void (failure ??= { e }),
              ),
            );
          } else done.push(v);
        } catch (e) {
          failure ??= { e };
        }
      }
      if (pending.length > 0) await Promise.all(pending);
      if (failure !== undefined) {
        ok = false;
        out = failure.e;
      } else out = done;
    } else if (ok) out = values;
  }
  try {
    audit('asyncutils.compete.multi_winner_race_with_callback/end', n);
  } catch (e) {
    ok = false;
    out = e;
  }
  await race.cleanup(loser);
  if (!ok) throw out;
  return out as T[];
}
