// `Future<T>`: asyncio's settable, cancellable, awaitable result, over a lazily created Promise.
import { audit, objectId, typeName } from '@asyncutils/audit';
import { InvalidStateError } from '@asyncutils/exceptions';
import { CALLBACKS, EAGER, UNIQUE, defineFutureClass, featuresOf, nameOf, scheduleEvent, type FutureHasInstance } from './features.js';

/**
 * The state of a future: `'pending'` until it settles, then `'fulfilled'` (a result), `'rejected'` (an exception)
 * or `'cancelled'` (a cancellation reason). A settled future never changes state again.
 *
 * @example
 * ```ts
 * import { Future, type FutureState } from '@asyncutils/futures';
 *
 * const fut = new Future<number>();
 * const before: FutureState = fut.state; // 'pending'
 * fut.setResult(1);
 * fut.state; // 'fulfilled'
 * ```
 */
export type FutureState = 'pending' | 'fulfilled' | 'rejected' | 'cancelled';

/**
 * A context runner for a callback (the port of Python's `context=` argument): it is called with a function that
 * invokes the callback, and must call it and return its result, e.g. Node's `AsyncLocalStorage.snapshot()`.
 *
 * @example
 * ```ts
 * import { AsyncLocalStorage } from 'node:async_hooks';
 * import type { FutureCallbackContext } from '@asyncutils/futures';
 *
 * const context: FutureCallbackContext = AsyncLocalStorage.snapshot();
 * ```
 */
export type FutureCallbackContext = <R>(fn: () => R) => R;

/**
 * Options of the `add*Callback` methods.
 *
 * @example
 * ```ts
 * import { AsyncLocalStorage } from 'node:async_hooks';
 * import { Future, type FutureCallbackOptions } from '@asyncutils/futures';
 *
 * const store = new AsyncLocalStorage<string>();
 * const fut = new Future<number>();
 * const options: FutureCallbackOptions = store.run('request-1', () => ({ context: AsyncLocalStorage.snapshot() }));
 * fut.addDoneCallback(() => console.log(store.getStore()), options); // logs 'request-1'
 * fut.setResult(1);
 * ```
 */
export interface FutureCallbackOptions {
  /**
   * Runs the callback: `context(() => fn(future))`.
   * @default undefined (the callback is called directly)
   */
  context?: FutureCallbackContext | undefined;
}

/** @internal The state codes: pending, then fulfilled, rejected or cancelled. */
export const PENDING = 0;
/** @internal */
export const FULFILLED = 1;
/** @internal */
export const REJECTED = 2;
/** @internal */
export const CANCELLED = 3;
/** @internal A settled state code. */
export type SettledCode = typeof FULFILLED | typeof REJECTED | typeof CANCELLED;
const STATES: readonly FutureState[] = ['pending', 'fulfilled', 'rejected', 'cancelled'];

/** @internal Callback kinds, in scheduling order of a non-eager future: async, done, no-arg async, no-arg. */
export const ASYNC_CB = 0;
/** @internal */
export const DONE_CB = 1;
/** @internal */
export const NOARGS_ASYNC_CB = 2;
/** @internal */
export const NOARGS_CB = 3;
/** @internal A callback kind. */
export type CallbackKind = typeof ASYNC_CB | typeof DONE_CB | typeof NOARGS_ASYNC_CB | typeof NOARGS_CB;

/** @internal Access to a future's private state for the other classes of this package. */
export interface FutureInternals {
  /** Settles a pending future (the caller checked it is pending): state, promise, event, callbacks. */
  settle(future: Future<unknown>, state: SettledCode, value: unknown): void;
  /** Registers (or, on a done future, schedules) a callback of `kind`; `api` names the method for errors. */
  add(future: Future<unknown>, kind: CallbackKind, fn: unknown, options: unknown, api: string): void;
  /** Unregisters every registration of `fn` of `kind`; returns how many. */
  remove(future: Future<unknown>, kind: CallbackKind, fn: unknown, api: string): number;
}

/** @internal Set by `Future`'s static block (the only code that can reach its private fields). */
export let futureInternals: FutureInternals;

/** The order in which one microtask runs the groups of a non-eager future. */
const ALL_GROUPS: readonly CallbackKind[] = [ASYNC_CB, DONE_CB, NOARGS_ASYNC_CB, NOARGS_CB];
/** Eager futures: the groups invoked synchronously at settlement … */
const EAGER_SYNC_GROUPS: readonly CallbackKind[] = [ASYNC_CB, NOARGS_ASYNC_CB];
/** … and the groups run in the microtask after it. */
const EAGER_LATER_GROUPS: readonly CallbackKind[] = [DONE_CB, NOARGS_CB];

const noop = (): void => {};

/** @internal Whether `value` is a thenable (reads `value.then`, which may throw). */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

/** @internal Hands a callback's error to the `onCallbackError` of the future's class; the handler's own errors are dropped. */
export function reportCallbackError(error: unknown, future: Future<unknown>): void {
  try {
    const ctor: unknown = future.constructor;
    const own = typeof ctor === 'function' ? (ctor as { onCallbackError?: unknown }).onCallbackError : undefined;
    if (typeof own === 'function') (own as typeof Future.onCallbackError).call(ctor, error, future);
    else Future.onCallbackError(error, future);
  } catch {
    // Errors thrown by the handler itself are ignored.
  }
}

/** Runs one callback (in its context runner, if any); a throw or a rejected returned thenable is reported. */
function invoke(future: Future<unknown>, kind: CallbackKind, fn: (...args: unknown[]) => unknown, context: FutureCallbackContext | undefined): void {
  try {
    const noargs = kind >= NOARGS_ASYNC_CB;
    let result: unknown;
    if (context === undefined) result = noargs ? fn() : fn(future);
    else result = context(noargs ? () => fn() : () => fn(future));
    if (isThenable(result)) result.then(undefined, (error: unknown) => reportCallbackError(error, future));
  } catch (error) {
    reportCallbackError(error, future);
  }
}

/** Runs the callbacks of a taken list (flat `[kind, fn, context]` triples) group by group, in registration order. */
function runGroups(future: Future<unknown>, list: unknown[], groups: readonly CallbackKind[]): void {
  for (const kind of groups) {
    for (let i = 0; i < list.length; i += 3) {
      if (list[i] === kind) invoke(future, kind, list[i + 1] as (...args: unknown[]) => unknown, list[i + 2] as FutureCallbackContext | undefined);
    }
  }
}

/** Whether a taken list holds a callback of one of `groups`. */
function hasGroup(list: unknown[], groups: readonly CallbackKind[]): boolean {
  for (let i = 0; i < list.length; i += 3) if (groups.includes(list[i] as CallbackKind)) return true;
  return false;
}

/** The default cancellation reason: asyncio's `CancelledError` as an `AbortError`. */
export function cancelledReason(future: Future<unknown>): DOMException {
  return new DOMException(`asyncutils.futures.${nameOf(future)}: cancelled`, 'AbortError');
}

/**
 * The default {@link Future.onCallbackError}: logs the error to the console.
 *
 * @param error - What the callback threw or rejected with.
 */
function logCallbackError(error: unknown): void {
  console.error('asyncutils.futures: callback failed', error);
}

/**
 * A settable, cancellable, awaitable result (asyncio's `Future`): someone sets its result, exception or
 * cancellation once; anyone can inspect its state synchronously, register done callbacks or `await` it.
 *
 * @remarks
 * - A future is a thenable: `await fut` gives the result or throws the exception / cancellation reason, and
 *   `Promise.all([fut])`, `Promise.race([fut])` adopt it. {@link Future.promise} is its one `Promise`.
 * - A failed future that nobody observes causes no unhandled-rejection report.
 * - Done callbacks run in a microtask after settlement, in registration order; an error they throw goes to
 *   {@link Future.onCallbackError}.
 * - Variants: {@link Task} runs work; `TimeAware*` add creation order; `AsyncCallbacks*`, `Eager*` and
 *   `UniqueCallbacks*` add more callback kinds. `x instanceof C` holds when `x`'s features include `C`'s.
 * - State violations throw `InvalidStateError` (from `@asyncutils/exceptions`).
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { Future } from '@asyncutils/futures';
 *
 * const fut = new Future<number>();
 * fut.addDoneCallback((f) => console.log('done:', f.result()));
 * setTimeout(() => fut.setResult(42), 10);
 * console.log(await fut); // 42
 * ```
 */
export class Future<T> implements PromiseLike<T> {
  static readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'Future', 0);

  /**
   * Receives every error thrown or rejected by a callback of any future (`(error, future)`), and the audit-hook
   * errors of self-settling tasks. Writable: assign it on `Future` for every future, or on a subclass for the
   * futures of that class. Errors thrown by the handler itself are ignored.
   *
   * @default logs `console.error('asyncutils.futures: callback failed', error)`
   */
  static onCallbackError: (error: unknown, future: Future<unknown>) => void = logCallbackError;

  static {
    futureInternals = {
      settle: (future, state, value) => future.#settle(state, value),
      add: (future, kind, fn, options, api) => future.#add(kind, fn, options, api),
      remove: (future, kind, fn, api) => future.#remove(kind, fn, api),
    };
  }

  #state: number = PENDING;
  #value: unknown = undefined;
  #promise: Promise<T> | undefined = undefined;
  // Typed `unknown`, not `T`: a private field of type `(value: T) => void` would make `Future<T>` invariant.
  #resolve: ((value: unknown) => void) | undefined = undefined;
  #reject: ((reason: unknown) => void) | undefined = undefined;
  /** Registered callbacks as flat `[kind, fn, context]` triples; created on the first registration. */
  #callbacks: unknown[] | undefined = undefined;

  /** The current state (a TypeScript addition: asyncio keeps it private). */
  get state(): FutureState {
    return STATES[this.#state] as FutureState;
  }

  /**
   * The future's one promise, settled at the same moment as the future (created on first access). A rejection
   * of it is never reported as unhandled on its own account; promises derived from it behave as usual.
   */
  get promise(): Promise<T> {
    let promise = this.#promise;
    if (promise === undefined) {
      const state = this.#state;
      if (state === PENDING) {
        promise = new Promise<T>((resolve, reject) => {
          this.#resolve = resolve as (value: unknown) => void;
          this.#reject = reject;
        });
      } else if (state === FULFILLED) {
        promise = Promise.resolve(this.#value as T);
      } else {
        promise = Promise.reject(this.#value);
        promise.then(undefined, noop);
      }
      this.#promise = promise;
    }
    return promise;
  }

  /** Whether the future is settled (fulfilled, rejected or cancelled). */
  done(): boolean {
    return this.#state !== PENDING;
  }

  /** Whether the future was cancelled. */
  cancelled(): boolean {
    return this.#state === CANCELLED;
  }

  /**
   * Subscribes to the outcome, as `promise.then(onFulfilled, onRejected)`: what makes `await fut` work.
   *
   * @param onFulfilled - Called with the result.
   * @param onRejected - Called with the exception or the cancellation reason.
   * @returns A new promise, as `Promise.prototype.then`.
   */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.promise.then(onFulfilled, onRejected);
  }

  /**
   * The result of a fulfilled future.
   *
   * @returns The result.
   * @throws The exception of a rejected future, the reason of a cancelled one.
   * @throws InvalidStateError `result is not set` while pending.
   */
  result(): T {
    const state = this.#state;
    if (state === FULFILLED) return this.#value as T;
    if (state === PENDING) throw new InvalidStateError(`asyncutils.futures.${nameOf(this)}.result: result is not set`);
    throw this.#value;
  }

  /**
   * The exception of a rejected future.
   *
   * @returns The exception, or `undefined` for a fulfilled future.
   * @throws The reason of a cancelled future.
   * @throws InvalidStateError `exception is not set` while pending.
   */
  exception(): unknown {
    const state = this.#state;
    if (state === REJECTED) return this.#value;
    if (state === FULFILLED) return undefined;
    if (state === PENDING) throw new InvalidStateError(`asyncutils.futures.${nameOf(this)}.exception: exception is not set`);
    throw this.#value;
  }

  /**
   * Fulfils the future with `value`, then schedules its callbacks.
   *
   * @param value - The result; must not be a thenable (await it first: a promise cannot resolve to one).
   * @throws InvalidStateError `invalid state` when the future is already settled.
   * @throws TypeError when `value` is a thenable (the future stays pending).
   * @throws Whatever an audit hook throws on the `schedule_callbacks` event (callbacks variants; the future is
   * settled, its callbacks are not scheduled).
   */
  setResult(value: T): void {
    this.#checkPending('setResult');
    if (isThenable(value)) {
      throw new TypeError(`asyncutils.futures.${nameOf(this)}.setResult: the result must not be a thenable (await it first), got ${typeName(value)}`);
    }
    this.#settle(FULFILLED, value);
  }

  /**
   * Rejects the future with `error`, then schedules its callbacks.
   *
   * @param error - The exception (any value).
   * @throws InvalidStateError `invalid state` when the future is already settled.
   * @throws Whatever an audit hook throws on the `schedule_callbacks` event (see {@link Future.setResult}).
   */
  setException(error: unknown): void {
    this.#checkPending('setException');
    this.#settle(REJECTED, error);
  }

  /**
   * Cancels a pending future with `reason`, then schedules its callbacks.
   *
   * @param reason - The cancellation reason, thrown by `result()` and `await`.
   * @default reason: `new DOMException('asyncutils.futures.<Class>: cancelled', 'AbortError')` (also for `undefined`)
   * @returns `true` if the future was pending (it is now cancelled), `false` if it was already settled.
   * @throws Whatever an audit hook throws on the `schedule_callbacks` event (see {@link Future.setResult}).
   */
  cancel(reason?: unknown): boolean {
    if (this.#state !== PENDING) return false;
    this.#settle(CANCELLED, reason === undefined ? cancelledReason(this) : reason);
    return true;
  }

  /**
   * Calls `fn(future)` once the future is settled: in a microtask after settlement, or, when it is already
   * settled, in a later microtask. Duplicates are allowed (except on `UniqueCallbacks*`).
   *
   * @param fn - The callback; a throw or a rejected returned thenable goes to {@link Future.onCallbackError}.
   * @param options - `context`: a runner for the call.
   * @throws TypeError when `fn` or `options.context` is not a function.
   */
  addDoneCallback(fn: (future: this) => unknown, options?: FutureCallbackOptions): void {
    this.#add(DONE_CB, fn, options, 'addDoneCallback');
  }

  /**
   * Unregisters every registration of `fn` as a done callback.
   *
   * @param fn - The callback.
   * @returns How many registrations were removed (`0` or `1` on `UniqueCallbacks*`).
   * @throws TypeError when `fn` is not a function.
   */
  removeDoneCallback(fn: (future: this) => unknown): number {
    return this.#remove(DONE_CB, fn, 'removeDoneCallback');
  }

  /**
   * A description: `asyncutils.futures.<Class>(<state>)`.
   *
   * @returns The description.
   */
  toString(): string {
    return `asyncutils.futures.${nameOf(this)}(${this.state})`;
  }

  #checkPending(api: string): void {
    if (this.#state !== PENDING) throw new InvalidStateError(`asyncutils.futures.${nameOf(this)}.${api}: invalid state (${this.state})`);
  }

  /** Throws the TypeError of method `api` for a bad argument. */
  #typeError(api: string, problem: string, value: unknown): never {
    throw new TypeError(`asyncutils.futures.${nameOf(this)}.${api}: ${problem}, got ${typeName(value)}`);
  }

  #settle(state: SettledCode, value: unknown): void {
    // (1) The state and the promise.
    this.#state = state;
    this.#value = value;
    if (this.#promise !== undefined) {
      if (state === FULFILLED) {
        this.#resolve?.(value);
      } else {
        this.#reject?.(value);
        this.#promise.then(undefined, noop);
      }
      this.#resolve = this.#reject = undefined;
    }
    // (2) The event: a throwing hook leaves the callbacks registered and unscheduled.
    const features = featuresOf(this);
    if (features & CALLBACKS) audit(scheduleEvent(features), objectId(this));
    // (3) Take the callbacks and schedule them.
    const list = this.#callbacks;
    if (list === undefined) return;
    this.#callbacks = undefined;
    if (features & EAGER) {
      runGroups(this, list, EAGER_SYNC_GROUPS);
      if (hasGroup(list, EAGER_LATER_GROUPS)) queueMicrotask(() => runGroups(this, list, EAGER_LATER_GROUPS));
    } else {
      queueMicrotask(() => runGroups(this, list, ALL_GROUPS));
    }
  }

  #add(kind: CallbackKind, fn: unknown, options: unknown, api: string): void {
    if (typeof fn !== 'function') this.#typeError(api, 'the callback must be a function', fn);
    if (options !== undefined && (options === null || typeof options !== 'object')) this.#typeError(api, 'options must be an object', options);
    const context = (options as FutureCallbackOptions | undefined)?.context;
    if (context !== undefined && typeof context !== 'function') this.#typeError(api, 'options.context must be a function', context);
    const features = featuresOf(this);
    if (this.#state === PENDING) {
      const list = (this.#callbacks ??= []);
      if (features & UNIQUE) {
        for (let i = 0; i < list.length; i += 3) {
          if (list[i] === kind && list[i + 1] === fn) {
            list[i + 2] = context;
            return;
          }
        }
      }
      list.push(kind, fn, context);
      return;
    }
    const call = fn as (...args: unknown[]) => unknown;
    if (features & EAGER && (kind === ASYNC_CB || kind === NOARGS_ASYNC_CB)) invoke(this, kind, call, context);
    else queueMicrotask(() => invoke(this, kind, call, context));
  }

  #remove(kind: CallbackKind, fn: unknown, api: string): number {
    if (typeof fn !== 'function') this.#typeError(api, 'the callback must be a function', fn);
    const list = this.#callbacks;
    if (list === undefined) return 0;
    let kept = 0;
    for (let i = 0; i < list.length; i += 3) {
      if (list[i] === kind && list[i + 1] === fn) continue;
      if (kept !== i) {
        list[kept] = list[i];
        list[kept + 1] = list[i + 1];
        list[kept + 2] = list[i + 2];
      }
      kept += 3;
    }
    const removed = (list.length - kept) / 3;
    list.length = kept;
    return removed;
  }
}
