// `raceWithCallback`: the first input to settle wins; `winner` and `loser` callbacks are told about it.
import { audit } from '@asyncutils/audit';
import { BY_ABORT, BY_SETTLEMENT, Race, raceInputs, type RaceInput } from './race.js';
import { checkCallback, checkOptions, checkSignal, checkTimeout, isThenable } from './validate.js';

const API = 'asyncutils.compete.race_with_callback';

/**
 * Options of {@link raceWithCallback}.
 *
 * @typeParam T - The inputs' value type.
 *
 * @example
 * ```ts
 * import { raceWithCallback, type RaceWithCallbackOptions } from '@asyncutils/compete';
 *
 * const opts: RaceWithCallbackOptions<Response> = {
 *   winner: (res) => log('served by', res.url),
 *   loser: (outcome) => log('gave up on', outcome),
 *   timeout: 2_000,
 * };
 * const res = await raceWithCallback([fetchFromA, fetchFromB], opts); // undefined after 2 s
 * ```
 */
export interface RaceWithCallbackOptions<T> {
  /**
   * Called with the winner's value (only when the winner fulfilled), before the losers are cleaned up; a
   * returned thenable is awaited, and a throw or rejection rejects the call (after the cleanup).
   */
  readonly winner?: ((value: T) => unknown) | undefined;
  /**
   * Called once per loser, in input order, after every function loser settled, with its outcome: the value or
   * rejection reason of a function loser (usually the abort reason), the abort reason for a promise loser.
   * Returned thenables are awaited; errors are ignored.
   */
  readonly loser?: ((outcome: unknown) => unknown) | undefined;
  /**
   * Milliseconds to wait for a settlement; then every input loses and the call resolves `undefined`.
   * `undefined`, `null` or `Infinity`: no limit.
   *
   * @default undefined (no limit)
   */
  readonly timeout?: number | null | undefined;
  /** Aborts the whole race (until it is decided): every pending input loses and the call rejects with `signal.reason`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Races `inputs`; the first to settle wins (Python's `race_with_callback`): `winner(value)` is called and awaited,
 * every input still pending is cancelled and reported to `loser(outcome)`, then the call resolves the value.
 *
 * @remarks
 * Inputs and loser cleanup as in `firstCompleted`: function inputs are called at once with an `AbortSignal`
 * each, and aborted (`AbortError` `…: lost the race`) and awaited when they lose; promise inputs are abandoned.
 * The losers are those pending when the race is decided; inputs that had already settled are neither winners
 * nor losers. `timeout` and `signal` cover the race until it is decided, not the `winner` callback. Audit events
 * `asyncutils.compete.race_with_callback/start` (before any input is called) and `/end` (once, after the `winner`
 * callback, before the cleanup), both `[ntasks]`; a throwing `/end` hook's error becomes the outcome.
 *
 * @typeParam T - The inputs' value type.
 * @param inputs - The contenders: promises and functions `(signal) => value | promise`, at least one.
 * @param opts - {@link RaceWithCallbackOptions}.
 * @returns The winner's value, or `undefined` when `timeout` elapsed first.
 * @throws (rejects) TypeError `asyncutils.compete.race_with_callback: pass in at least one coroutine` for no
 * inputs, TypeError for a bad input or option, RangeError for a `NaN` or negative `timeout`; the winner's rejection
 * reason (`winner` is not called); what `winner` throws; `signal.reason` when `signal` aborts.
 *
 * @example
 * ```ts
 * import { raceWithCallback } from '@asyncutils/compete';
 *
 * const sleep = <T>(ms: number, v: T) => (signal: AbortSignal) =>
 *   new Promise<T>((resolve, reject) => {
 *     const t = setTimeout(resolve, ms, v);
 *     signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
 *   });
 *
 * const v = await raceWithCallback([sleep(10, 1), sleep(200, 2)], {
 *   winner: (value) => console.log('won:', value), // won: 1
 *   loser: (outcome) => console.log('lost:', outcome), // lost: DOMException [AbortError] … lost the race
 * }); // 1
 * ```
 */
export async function raceWithCallback<T>(inputs: Iterable<RaceInput<T>>, opts?: RaceWithCallbackOptions<T>): Promise<T | undefined> {
  const list = raceInputs(API, inputs);
  const o = checkOptions(API, opts);
  const winner = checkCallback(API, 'winner', o.winner);
  const loser = checkCallback(API, 'loser', o.loser);
  const timeout = checkTimeout(API, o.timeout);
  const signal = checkSignal(API, o.signal);
  if (signal?.aborted) throw signal.reason;
  const n = list.length;
  audit('asyncutils.compete.race_with_callback/start', n);
  const race = new Race(API, list, false);
  await race.decided(timeout, signal);
  let ok = true;
  let out: unknown;
  if (race.how === BY_SETTLEMENT) {
    const i = race.first;
    out = race.value[i];
    if (race.state[i] !== 1) ok = false;
    else if (winner !== undefined) {
      try {
        const r = winner(out as T);
        if (isThenable(r)) await r;
      } catch (e) {
        ok = false;
        out = e;
      }
    }
  } else if (race.how === BY_ABORT) {
    ok = false;
    out = race.reason;
  }
  try {
    audit('asyncutils.compete.race_with_callback/end', n);
  } catch (e) {
    ok = false;
    out = e;
  }
  await race.cleanup(loser);
  if (!ok) throw out;
  return out as T | undefined;
}
