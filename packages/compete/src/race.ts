// Internal: the race engine shared by firstCompleted, raceWithCallback and multiWinnerRaceWithCallback —
// start the inputs, watch their settlements, decide (first settlement, all settled, timeout or abort), then
// abort, await and report the losers.
import { arm, type TimerTarget } from './timer.js';
import { fail, isThenable, show } from './validate.js';

/**
 * One contender of a race: a promise (already running, cannot be cancelled) or a function that starts
 * cancellable work. A function is called once, when the race starts, with an `AbortSignal` of its own; it is
 * aborted when the input loses, and its return value (a thenable is adopted) or throw is its outcome.
 *
 * @typeParam T - The value the input fulfils with.
 *
 * @example
 * ```ts
 * import { firstCompleted, type RaceInput } from '@asyncutils/compete';
 *
 * const fromCache: RaceInput<string> = readCache(); // a promise: abandoned if it loses
 * const fromNetwork: RaceInput<string> = (signal) => fetch(url, { signal }).then((r) => r.text()); // aborted if it loses
 * const text = await firstCompleted([fromCache, fromNetwork]);
 * ```
 */
export type RaceInput<T> = PromiseLike<T> | ((signal: AbortSignal) => T | PromiseLike<T>);

function noop(): void {}

/** Settlement states of an input. */
const PENDING = 0;
const FULFILLED = 1;
const REJECTED = 2;
/** A promise input given up on: its outcome is the abort reason, its later settlement is ignored. */
const ABANDONED = 3;

/** How a race was decided. */
export const BY_SETTLEMENT = 1;
/** The `timeout` elapsed first. */
export const BY_TIMEOUT = 2;
/** The caller's `signal` aborted first. */
export const BY_ABORT = 3;

/**
 * Materialises and checks the inputs of a race: an iterable of functions and thenables, at least one.
 *
 * @param api - The qualified API (`asyncutils.compete.<python_name>`).
 * @param inputs - What the caller passed.
 * @returns The inputs as an array.
 * @throws TypeError when `inputs` is not iterable, is empty, or holds something else than a function or a thenable.
 *
 * @example
 * ```ts
 * raceInputs('asyncutils.compete.first_completed', [Promise.resolve(1)]);
 * ```
 */
export function raceInputs(api: string, inputs: unknown): unknown[] {
  if (typeof inputs === 'string' || Object(inputs) !== inputs || typeof (inputs as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    fail(api, 'inputs must be an iterable of promises and functions', inputs);
  }
  const list = Array.isArray(inputs) ? inputs.slice() : [...(inputs as Iterable<unknown>)];
  if (list.length === 0) throw new TypeError(`${api}: pass in at least one coroutine`);
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (typeof x !== 'function' && !isThenable(x)) throw new TypeError(`${api}: input ${i} is not a promise or a function, got ${show(x)}`);
  }
  return list;
}

/**
 * A running race over a list of checked inputs. Construct it right after the start event (it calls the function
 * inputs), `await race.decided(...)`, read the outcome, raise the end event, then `await race.cleanup(...)`.
 *
 * @example
 * ```ts
 * const race = new Race(api, list, false);
 * await race.decided(timeout, signal);
 * if (race.how === BY_SETTLEMENT) console.log(race.state[race.first], race.value[race.first]);
 * await race.cleanup(loser);
 * ```
 */
export class Race implements TimerTarget {
  /** Per input: 0 pending, 1 fulfilled, 2 rejected, 3 abandoned. */
  readonly state: number[];
  /** Per input: the value, the rejection reason, or (abandoned) the abort reason. */
  readonly value: unknown[];
  /** Per input: the controller of a function input, `undefined` for a promise input. */
  private readonly ctrl: (AbortController | undefined)[];
  /** The input whose settlement was observed first, -1 before. */
  first = -1;
  /** How the race was decided: 0 not yet, else {@link BY_SETTLEMENT}, {@link BY_TIMEOUT}, {@link BY_ABORT}. */
  how = 0;
  /** The abort reason of the caller's signal, when decided {@link BY_ABORT}. */
  reason: unknown;
  /** The inputs still pending when the race was decided, in input order (set by `decided`). */
  private losers: number[] = [];
  /** The reason given to the losers. */
  private lost: DOMException | undefined;
  /** Unsettled inputs while racing; unsettled function losers while cleaning up. */
  private left: number;
  private cleaning = false;
  private wake: (() => void) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  private signal: AbortSignal | undefined;
  private readonly api: string;
  private readonly all: boolean;

  /**
   * Starts the race: calls every function input synchronously, in input order, with its own signal, and
   * watches every input's settlement (already settled inputs are observed in input order).
   *
   * @param api - The qualified API, for the abort reason's message.
   * @param inputs - The checked inputs (see {@link raceInputs}).
   * @param all - Decide when every input settled (else at the first settlement).
   */
  constructor(api: string, inputs: readonly unknown[], all: boolean) {
    const n = inputs.length;
    this.api = api;
    this.all = all;
    this.left = n;
    this.state = new Array<number>(n).fill(PENDING);
    this.value = new Array<unknown>(n);
    this.ctrl = new Array<AbortController | undefined>(n);
    for (let i = 0; i < n; i++) {
      const x = inputs[i];
      let p: Promise<unknown>;
      if (typeof x === 'function') {
        const c = new AbortController();
        this.ctrl[i] = c;
        try {
          p = Promise.resolve((x as (signal: AbortSignal) => unknown)(c.signal));
        } catch (e) {
          p = Promise.reject(e);
        }
      } else {
        p = Promise.resolve(x);
      }
      p.then(
        (v) => this.settle(i, FULFILLED, v),
        (e) => this.settle(i, REJECTED, e),
      );
    }
  }

  /** Records a settlement; decides the race, or counts a loser down while cleaning up. */
  private settle(i: number, s: number, v: unknown): void {
    if (this.state[i] !== PENDING) return;
    this.state[i] = s;
    this.value[i] = v;
    if (this.cleaning) {
      if (--this.left === 0) this.wake?.();
      return;
    }
    this.left--;
    if (this.how !== 0) return;
    if (this.first < 0) this.first = i;
    if (!this.all || this.left === 0) this.decide(BY_SETTLEMENT, undefined);
  }

  /** Decides the race once: stops the timer and the abort listener, wakes the caller. */
  private decide(how: number, reason: unknown): void {
    if (this.how !== 0) return;
    this.how = how;
    this.reason = reason;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this);
    this.wake?.();
  }

  /** The timeout elapsed (called by {@link arm}). */
  onTimer(): void {
    this.decide(BY_TIMEOUT, undefined);
  }

  /** The caller's signal aborted (the race is its own `abort` listener: no closure per race). */
  handleEvent(): void {
    this.decide(BY_ABORT, this.signal?.reason);
  }

  /**
   * Resolves when the race is decided, then fixes its losers: the inputs still pending then. A pending promise
   * input counts as cancelled at once (its outcome is the abort reason); function losers are aborted by
   * {@link cleanup}.
   *
   * @param timeout - Milliseconds until the race is decided {@link BY_TIMEOUT}, or `undefined` for none.
   * @param signal - Decides the race {@link BY_ABORT} when it aborts (at once when already aborted).
   */
  async decided(timeout: number | undefined, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) this.decide(BY_ABORT, signal.reason);
    if (this.how === 0) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        if (signal !== undefined) {
          this.signal = signal;
          signal.addEventListener('abort', this, { once: true });
        }
        if (timeout !== undefined) arm(this, timeout);
      });
      this.wake = undefined;
    }
    const { state, value, ctrl, losers } = this;
    for (let i = 0; i < state.length; i++) {
      if (state[i] !== PENDING) continue;
      losers.push(i);
      this.lost ??= new DOMException(`${this.api}: lost the race`, 'AbortError');
      if (ctrl[i] === undefined) {
        state[i] = ABANDONED;
        value[i] = this.lost;
      }
    }
  }

  /**
   * Loser cleanup: aborts every function loser still pending (input order) with the `lost the race`
   * `AbortError`, awaits their settlement, then calls `loser(outcome)` for each loser in input order and awaits
   * the thenables it returned. Errors from `loser` are ignored.
   *
   * @param loser - The caller's loser callback.
   */
  async cleanup(loser?: (outcome: unknown) => unknown): Promise<void> {
    const { losers, state, ctrl } = this;
    if (losers.length === 0) return;
    this.cleaning = true;
    this.left = 0;
    for (const i of losers) {
      if (state[i] === PENDING) {
        this.left++;
        ctrl[i]?.abort(this.lost);
      }
    }
    if (this.left > 0) await new Promise<void>((resolve) => (this.wake = resolve));
    if (loser === undefined) return;
    const results: Promise<unknown>[] = [];
    for (const i of losers) {
      try {
        const r = loser(this.value[i]);
        // Handled at once: a later rejection must not go unhandled while an earlier one is awaited.
        if (isThenable(r)) results.push(Promise.resolve(r).then(undefined, noop));
      } catch {
        // Errors from `loser` are ignored.
      }
    }
    if (results.length > 0) await Promise.all(results);
  }
}
