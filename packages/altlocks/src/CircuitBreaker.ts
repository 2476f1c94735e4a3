// `CircuitBreaker`: a closed / open / half-open breaker for unreliable async functions.
import { audit, functionName, typeName } from '@asyncutils/audit';
import {
  CIRCUIT_BREAKER_DEFAULT_MAX_FAILS,
  CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS,
  CIRCUIT_BREAKER_DEFAULT_RESET,
} from '@asyncutils/context';
import { CircuitBreakerError, CircuitHalfOpen, CircuitOpen, type ErrorType } from '@asyncutils/exceptions';
import { checkFunction, checkNumber, checkOptions, fail, now } from './validate.js';

const API = 'asyncutils.altlocks.CircuitBreaker';

/**
 * The state of a {@link CircuitBreaker}: `'CLOSED'` (calls run), `'OPEN'` (calls are refused) or
 * `'HALF_OPEN'` (a limited number of trial calls decide whether it closes again).
 *
 * @example
 * ```ts
 * import { CircuitBreaker, type CircuitBreakerState } from '@asyncutils/altlocks';
 *
 * const state: CircuitBreakerState = new CircuitBreaker('db').state; // 'CLOSED'
 * ```
 */
export type CircuitBreakerState = 'CLOSED' | 'HALF_OPEN' | 'OPEN';

/**
 * Options of the {@link CircuitBreaker} constructor (and of {@link CircuitBreaker.decorate}).
 *
 * @example
 * ```ts
 * import { CircuitBreaker, type CircuitBreakerOptions } from '@asyncutils/altlocks';
 *
 * const opts: CircuitBreakerOptions = { maxFails: 5, reset: 10_000, isFailure: (e) => (e as { status?: number }).status! >= 500 };
 * const breaker = new CircuitBreaker('payments', opts);
 * ```
 */
export interface CircuitBreakerOptions {
  /**
   * Consecutive expected failures that open the circuit. An integer, minimum 1.
   * @defaultValue `CIRCUIT_BREAKER_DEFAULT_MAX_FAILS` (3), read at construction
   */
  readonly maxFails?: number;
  /**
   * How long, in milliseconds, the circuit stays open before the next call is let through as a probe.
   * Finite, minimum 0.
   * @defaultValue `CIRCUIT_BREAKER_DEFAULT_RESET` (30 000 ms), read at construction
   */
  readonly reset?: number;
  /**
   * The error classes (or `ErrorMatcher`s) that count as failures, matched with `instanceof`. Any other
   * thrown value is *unexpected*: it is not counted and the call rejects with a `CircuitBreakerError`.
   * @defaultValue every thrown value counts
   */
  readonly exc?: ErrorType | readonly ErrorType[];
  /** Decides which thrown values count as failures; replaces `exc` when given. */
  readonly isFailure?: (err: unknown) => boolean;
  /**
   * Trial calls admitted while half-open, besides the probe (the first call after `reset`). An integer,
   * minimum 0.
   * @defaultValue `CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS` (5), read at construction
   */
  readonly maxHalfOpenCalls?: number;
}

/**
 * Options of {@link CircuitBreaker.wrap} (Python `__call__` keyword arguments).
 *
 * @typeParam D - The type of `default`.
 *
 * @example
 * ```ts
 * import { CircuitBreaker, type CircuitBreakerWrapOptions } from '@asyncutils/altlocks';
 *
 * const opts: CircuitBreakerWrapOptions<null> = { default: null, timer: () => Date.now() };
 * const getUser = new CircuitBreaker('users').wrap(async (id: number) => ({ id }), opts);
 * ```
 */
export interface CircuitBreakerWrapOptions<D = never> {
  /**
   * The clock used to time the open state, in milliseconds.
   * @defaultValue `() => performance.now()`
   */
  readonly timer?: () => number;
  /**
   * When present (even `undefined`), an expected failure resolves this value instead of rejecting. Never
   * replaces a `CircuitOpen`/`CircuitHalfOpen` refusal or an unexpected error.
   */
  readonly default?: D;
}

/**
 * A function wrapped by a {@link CircuitBreaker}: it returns a promise and carries its breaker.
 *
 * @typeParam A - The parameters.
 * @typeParam R - What the promise resolves.
 *
 * @example
 * ```ts
 * import { CircuitBreaker, type CircuitBreakerWrapped } from '@asyncutils/altlocks';
 *
 * const ping: CircuitBreakerWrapped<[string], number> = CircuitBreaker.decorate(async (host: string) => host.length);
 * ping.breaker.state; // 'CLOSED'
 * ```
 */
export type CircuitBreakerWrapped<A extends unknown[], R> = ((...args: A) => Promise<R>) & { readonly breaker: CircuitBreaker };

/** The number of the next breaker named after an anonymous function (`#1`, `#2`, …). */
let anonymous = 0;

/**
 * A circuit breaker for unreliable async functions: after `maxFails` consecutive expected failures it
 * *opens* and refuses calls with `CircuitOpen`; `reset` ms later the next call runs as a *probe* and the
 * breaker is *half-open*: up to `maxHalfOpenCalls` more trial calls run, the rest are refused with
 * `CircuitHalfOpen`; a successful probe or trial *closes* it again.
 *
 * @remarks
 * Functions are put under the breaker with {@link CircuitBreaker.wrap} (Python `__call__`); several
 * wrapped functions share one breaker's counters. {@link CircuitBreaker.decorate} makes a breaker for one
 * function (Python `CircuitBreaker(f)`). The state is stored, not recomputed: an `OPEN` breaker stays
 * `OPEN` until a call arrives after `reset` ms.
 *
 * Rules of a wrapped call:
 * - admission is synchronous, and a refused call never runs `fn`;
 * - a success resets `fails` (failures are consecutive) and closes a half-open breaker;
 * - an expected failure (matched by `exc`/`isFailure`) adds one to `fails`; at `maxFails` the circuit opens;
 * - an unexpected error is not counted; the call rejects with a `CircuitBreakerError` whose `cause` is it;
 * - a half-open breaker whose trial budget is used up, with no probe or trial still running and no success,
 *   opens again (so it cannot stay half-open forever);
 * - each state change starts a new generation: a late outcome of a call admitted before it changes nothing.
 *
 * In the `CLOSED` state a call costs `fn`'s own call plus one `await` of its result: no closure, array or
 * options object is allocated per call.
 *
 * Audit events: `asyncutils.altlocks.CircuitBreaker` `[name, max_fails]` in the constructor and
 * `asyncutils.altlocks.CircuitBreaker.__call__` `[name, fname]` in `wrap`, each before the object exists.
 *
 * @example
 * ```ts
 * import { CircuitBreaker, CircuitOpen } from '@asyncutils/altlocks';
 *
 * const breaker = new CircuitBreaker('inventory', { maxFails: 3, reset: 5_000 });
 * const fetchStock = breaker.wrap(async (sku: string) => {
 *   const res = await fetch(`/stock/${sku}`);
 *   if (!res.ok) throw new Error(`HTTP ${res.status}`);
 *   return (await res.json()) as number;
 * });
 * try {
 *   console.log(await fetchStock('A-1'));
 * } catch (err) {
 *   if (err instanceof CircuitOpen) console.log('inventory is down, try later');
 * }
 * ```
 */
export class CircuitBreaker {
  /**
   * The states, as Python's `CircuitBreaker.State` (string values here).
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * new CircuitBreaker('x').state === CircuitBreaker.State.CLOSED; // true
   * ```
   */
  static readonly State: Readonly<{ CLOSED: 'CLOSED'; HALF_OPEN: 'HALF_OPEN'; OPEN: 'OPEN' }> = /* @__PURE__ */ Object.freeze({
    CLOSED: 'CLOSED',
    HALF_OPEN: 'HALF_OPEN',
    OPEN: 'OPEN',
  });

  readonly #name: string;
  readonly #maxFails: number;
  readonly #reset: number;
  readonly #maxHalfOpen: number;
  /** `undefined`: every thrown value is an expected failure. */
  readonly #isFailure: ((err: unknown) => boolean) | undefined;
  #state: CircuitBreakerState = 'CLOSED';
  #fails = 0;
  /** Bumped at every state change; outcomes of calls admitted in another generation are ignored. */
  #gen = 0;
  #openedAt = 0;
  /** Trials admitted in the current half-open generation (the probe excluded). */
  #trials = 0;
  /** Probe and trials of the current half-open generation still running. */
  #running = 0;

  /**
   * Creates a closed breaker.
   *
   * @param name - The breaker's name, used in messages and in the audit events.
   * @param opts - See {@link CircuitBreakerOptions}; defaults are read from the context now.
   * @throws TypeError when `name` is not a string, an option has the wrong type, or `exc` holds something
   * that cannot stand on the right of `instanceof`.
   * @throws RangeError when `maxFails`, `reset` or `maxHalfOpenCalls` is out of range.
   * @throws Whatever an audit hook throws for `asyncutils.altlocks.CircuitBreaker` (no breaker is made).
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * const breaker = new CircuitBreaker('search', { maxFails: 2, exc: [TypeError, RangeError] });
   * ```
   */
  constructor(name: string, opts?: CircuitBreakerOptions) {
    if (typeof name !== 'string') fail(API, 'name must be a string', name);
    const { maxFails, reset, maxHalfOpenCalls, exc, isFailure } = checkOptions(API, opts);
    const mf = checkNumber(API, 'maxFails', maxFails ?? CIRCUIT_BREAKER_DEFAULT_MAX_FAILS.get(), true, 1);
    this.#reset = checkNumber(API, 'reset', reset ?? CIRCUIT_BREAKER_DEFAULT_RESET.get(), false, 0);
    this.#maxHalfOpen = checkNumber(API, 'maxHalfOpenCalls', maxHalfOpenCalls ?? CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS.get(), true, 0);
    let matches = checkFunction<((err: unknown) => boolean) | undefined>(API, 'isFailure', isFailure, undefined);
    if (exc !== undefined) {
      const types: readonly unknown[] = [exc].flat();
      // Anything with a `Symbol.hasInstance` method may stand on the right of `instanceof` (classes inherit one).
      for (const t of types) if (typeof (t as { [Symbol.hasInstance]?: unknown } | null)?.[Symbol.hasInstance] !== 'function') fail(API, 'exc must be an error class or an array of them', t);
      matches ??= (err) => types.some((t) => err instanceof (t as ErrorType));
    }
    audit('asyncutils.altlocks.CircuitBreaker', name, mf);
    this.#name = name;
    this.#maxFails = mf;
    this.#isFailure = matches;
  }

  /**
   * Makes a breaker for `fn` and wraps `fn` with it (Python `CircuitBreaker(f, ...)`). The breaker is named
   * after `fn.name`, or `#1`, `#2`, … for anonymous functions. Raises the constructor's event, then the
   * `wrap` event.
   *
   * @param fn - The function to protect.
   * @param opts - Constructor and wrap options together.
   * @returns The wrapped function; its `breaker` is the new breaker.
   * @throws TypeError when `fn` is not a function; otherwise as the constructor and {@link CircuitBreaker.wrap}.
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * const fetchUser = CircuitBreaker.decorate(async function fetchUser(id: number) {
   *   return { id };
   * }, { maxFails: 2, default: null });
   * fetchUser.breaker.name; // 'fetchUser'
   * ```
   */
  static decorate<A extends unknown[], R, D = never>(
    fn: (...args: A) => R | PromiseLike<R>,
    opts?: CircuitBreakerOptions & CircuitBreakerWrapOptions<D>,
  ): CircuitBreakerWrapped<A, Awaited<R> | D> {
    if (typeof fn !== 'function') fail(`${API}.decorate`, 'expected a function', fn);
    const name = functionName(fn);
    return new CircuitBreaker(name === '<anonymous>' ? `#${++anonymous}` : name, opts).wrap(fn, opts);
  }

  /**
   * Wraps `fn` so that its calls go through this breaker (Python `__call__`). The wrapper forwards `this`
   * and its arguments, always returns a promise, has `fn`'s `name`, and exposes this breaker as `breaker`.
   *
   * @param fn - The function to protect; a synchronous throw counts like a rejection.
   * @param opts - `timer` and `default`, see {@link CircuitBreakerWrapOptions}.
   * @returns The wrapped function.
   * @throws TypeError when `fn` is not a function or `timer` is not a function.
   * @throws Whatever an audit hook throws for `asyncutils.altlocks.CircuitBreaker.__call__` (no wrapper is made).
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * const breaker = new CircuitBreaker('mail', { maxFails: 3 });
   * const send = breaker.wrap(async (to: string) => `sent to ${to}`, { default: 'queued' });
   * await send('ada@example.com'); // 'sent to ada@example.com', or 'queued' after an expected failure
   * ```
   */
  wrap<A extends unknown[], R, D = never>(
    fn: (...args: A) => R | PromiseLike<R>,
    opts?: CircuitBreakerWrapOptions<D>,
  ): CircuitBreakerWrapped<A, Awaited<R> | D> {
    if (typeof fn !== 'function') fail(`${API}.wrap`, 'expected a function', fn);
    const o = checkOptions(`${API}.wrap`, opts);
    const timer = checkFunction(API, 'timer', o.timer, now);
    const hasDefault = 'default' in o;
    const fallback = o.default;
    const fname = functionName(fn);
    audit('asyncutils.altlocks.CircuitBreaker.__call__', this.#name, fname);
    const self = this;
    const wrapped = async function (this: unknown): Promise<unknown> {
      // Admission is synchronous: a refusal rejects before `fn` runs.
      if (self.#state !== 'CLOSED') self.#admit(timer);
      const gen = self.#gen;
      let value: unknown;
      try {
        // `arguments` straight into `apply`: no rest array is allocated.
        // eslint-disable-next-line prefer-rest-params
        value = await (fn as (...args: unknown[]) => unknown).apply(this, arguments as unknown as unknown[]);
      } catch (err) {
        if (!self.#failed(gen, err, timer)) {
          throw new CircuitBreakerError(`${API}: unexpected ${typeName(err)} in ${fname} under breaker '${self.#name}'`, { cause: err });
        }
        if (hasDefault) return fallback;
        throw err;
      }
      // A success of the current generation: a probe or trial closes the circuit; a closed call resets `fails`.
      if (gen === self.#gen) {
        if (self.#state === 'CLOSED') self.#fails = 0;
        else self.#setState('CLOSED');
      }
      return value;
    };
    Object.defineProperties(wrapped, { name: { value: fn.name }, breaker: { value: this, enumerable: true } });
    return wrapped as unknown as CircuitBreakerWrapped<A, Awaited<R> | D>;
  }

  /**
   * The breaker's name.
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * new CircuitBreaker('db').name; // 'db'
   * ```
   */
  get name(): string {
    return this.#name;
  }

  /**
   * Consecutive expected failures counted since the last success or state change.
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * new CircuitBreaker('db').fails; // 0
   * ```
   */
  get fails(): number {
    return this.#fails;
  }

  /**
   * The stored state: `'CLOSED'`, `'OPEN'` or `'HALF_OPEN'`. An open breaker stays `'OPEN'` until a call
   * arrives `reset` ms after it opened.
   *
   * @example
   * ```ts
   * import { CircuitBreaker } from '@asyncutils/altlocks';
   *
   * new CircuitBreaker('db').state; // 'CLOSED'
   * ```
   */
  get state(): CircuitBreakerState {
    return this.#state;
  }

  /** Admits a call while not closed, or throws the refusal. */
  #admit(timer: () => number): void {
    if (this.#state === 'OPEN') {
      if (timer() - this.#openedAt < this.#reset) throw new CircuitOpen(`${API}: circuit ${this.#name} is open`);
      this.#setState('HALF_OPEN');
      this.#trials = this.#running = 0;
    } else if (this.#trials === this.#maxHalfOpen) {
      throw new CircuitHalfOpen(`${API}: breaker ${this.#name} exceeded the maximum of ${this.#maxHalfOpen} calls in the half-open state`);
    } else {
      this.#trials++;
    }
    this.#running++;
  }

  /** Starts a new generation in `state`, with `fails` 0. */
  #setState(state: CircuitBreakerState): void {
    this.#state = state;
    this.#gen++;
    this.#fails = 0;
  }

  /**
   * Records a failed call of generation `gen` (a probe or trial when that generation is half-open); returns
   * whether it was an expected failure.
   */
  #failed(gen: number, err: unknown, timer: () => number): boolean {
    let expected = false;
    try {
      expected = this.#isFailure === undefined || Boolean(this.#isFailure(err));
    } finally {
      // A throwing `isFailure` counts as an unexpected error, and its own error is what the call rejects with.
      if (gen === this.#gen && ((expected && ++this.#fails >= this.#maxFails) || (this.#state !== 'CLOSED' && --this.#running === 0 && this.#trials === this.#maxHalfOpen))) {
        this.#setState('OPEN');
        this.#openedAt = timer();
      }
    }
    return expected;
  }
}
