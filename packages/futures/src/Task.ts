// `Task<T>`: a future settled by running work, with cooperative cancellation through an AbortSignal.
import { typeName } from '@asyncutils/audit';
import { defineFutureClass, nameOf, type FutureHasInstance } from './features.js';
import { CANCELLED, FULFILLED, Future, REJECTED, cancelledReason, futureInternals, isThenable, reportCallbackError } from './Future.js';

/**
 * What a {@link Task} runs: a thenable, adopted at once, or a function called with the task's `AbortSignal`
 * whose return value (a thenable is adopted) settles the task.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { Task, type TaskWork } from '@asyncutils/futures';
 *
 * const work: TaskWork<Response> = (signal) => fetch('https://example.com', { signal });
 * const task = new Task(work);
 * ```
 */
export type TaskWork<T> = PromiseLike<T> | ((signal: AbortSignal) => T | PromiseLike<T>);

/**
 * Options of the {@link Task} constructor (asyncio's `Task(name=, eager_start=)`, plus an outer signal).
 *
 * @example
 * ```ts
 * import { Task, type TaskOptions } from '@asyncutils/futures';
 *
 * const controller = new AbortController();
 * const options: TaskOptions = { name: 'poll', eager: true, signal: controller.signal };
 * const task = new Task(() => 1, options);
 * ```
 */
export interface TaskOptions {
  /**
   * The task's name.
   * @default `Task-<n>`, `n` a package-wide counter from 1
   */
  name?: string | undefined;
  /**
   * Call a work function synchronously inside the constructor (asyncio's `eager_start`), instead of in a microtask.
   * @default false
   */
  eager?: boolean | undefined;
  /**
   * Cancels the task when aborted: already aborted → the task is cancelled with its reason at construction
   * (a work function is never called); a later abort → `task.cancel(signal.reason)`. The listener is removed when
   * the task settles.
   * @default undefined
   */
  signal?: AbortSignal | undefined;
}

/** The package-wide counter of default task names. */
let taskCounter = 0;

/**
 * A future settled by running work (asyncio's `Task`): a work function receives the task's `AbortSignal`, and its
 * return value, or the outcome of a returned thenable, settles the task; thenable work is adopted.
 *
 * @remarks
 * - A work function starts in a microtask, or inside the constructor with `eager: true`.
 * - `cancel()` before the work starts (or of thenable work) cancels the task at once. While a work function runs,
 *   it aborts {@link Task.signal} and the task stays pending until the work settles: a rejection with that very
 *   reason cancels it, another rejection rejects it, a result fulfils it (the work chose to finish).
 * - `setResult` and `setException` throw: the work settles the task.
 * - Audit-hook errors raised while the task settles itself go to {@link Future.onCallbackError}.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { Task } from '@asyncutils/futures';
 *
 * const task = new Task(async (signal) => {
 *   const response = await fetch('https://example.com', { signal });
 *   return response.status;
 * });
 * setTimeout(() => task.cancel(), 5000); // aborts the fetch
 * console.log(await task);
 * ```
 */
export class Task<T> extends Future<T> {
  // Features (bits of features.ts): TASK.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'Task', 1);

  /** The name, or the number of the default name `Task-<n>`. */
  #name: string | number;
  #controller: AbortController | undefined = undefined;
  /** A work function was called and its outcome is not applied yet. */
  #running = false;
  /** `cancel()` aborted the running work with `#reason`. */
  #cancelling = false;
  #reason: unknown = undefined;
  #outer: AbortSignal | undefined = undefined;
  #onOuterAbort: (() => void) | undefined = undefined;

  /**
   * Creates the task and starts (or schedules) its work.
   *
   * @param work - A thenable, or a function called with the task's signal.
   * @param options - `name`, `eager`, `signal`.
   * @throws TypeError when `work` is neither a function nor a thenable, or an option has the wrong type.
   */
  constructor(work: TaskWork<T>, options?: TaskOptions) {
    super();
    const isFunction = typeof work === 'function';
    if (!isFunction && !isThenable(work)) this.#fail('work must be a function or a thenable', work);
    if (options !== undefined && (options === null || typeof options !== 'object')) this.#fail('options must be an object', options);
    const { name, eager, signal } = options ?? {};
    if (name !== undefined && typeof name !== 'string') this.#fail('options.name must be a string', name);
    if (eager !== undefined && typeof eager !== 'boolean') this.#fail('options.eager must be a boolean', eager);
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || typeof signal.addEventListener !== 'function')) {
      this.#fail('options.signal must be an AbortSignal', signal);
    }
    // The default name's number is taken now and formatted on first read.
    this.#name = name ?? ++taskCounter;

    if (!isFunction) {
      // Adopt at once; after a cancellation the outcome is ignored (and a rejection thereby handled).
      Promise.resolve(work).then(
        (value) => this.#finish(true, value),
        (error: unknown) => this.#finish(false, error),
      );
    }
    if (signal !== undefined) {
      if (signal.aborted) {
        this.#cancelFromOuter(signal.reason);
      } else {
        const onAbort = (): void => this.#cancelFromOuter(signal.reason);
        this.#outer = signal;
        this.#onOuterAbort = onAbort;
        signal.addEventListener('abort', onAbort, { once: true });
      }
    }
    if (isFunction && !this.done()) {
      if (eager === true) this.#start(work);
      else queueMicrotask(() => this.#start(work));
    }
  }

  /** The task's name: `Task-<n>` unless given (settable; must be a string). */
  get name(): string {
    const name = this.#name;
    return typeof name === 'string' ? name : (this.#name = `Task-${name}`);
  }

  set name(value: string) {
    if (typeof value !== 'string') throw new TypeError(`asyncutils.futures.${nameOf(this)}.name: the name must be a string, got ${typeName(value)}`);
    this.#name = value;
  }

  /** The task's own signal, passed to a work function and aborted by {@link Task.cancel}. */
  get signal(): AbortSignal {
    return (this.#controller ??= new AbortController()).signal;
  }

  /**
   * Requests cancellation.
   *
   * - Settled → `false`.
   * - Work not started yet (it never will be), or thenable work (its later outcome is ignored) → the task is
   *   cancelled now, its signal aborted; `true`.
   * - A running work function → its signal is aborted with `reason`; the task stays pending until the work
   *   settles (rejection with `reason` → cancelled, other rejection → rejected, result → fulfilled); `true`.
   *   A second call while pending changes nothing and returns `true`.
   *
   * @param reason - The cancellation reason.
   * @default reason: `new DOMException('asyncutils.futures.<Class>: cancelled', 'AbortError')` (also for `undefined`)
   * @returns Whether the task was pending.
   * @throws Whatever an audit hook throws on the `schedule_callbacks` event when the task is cancelled now
   * (callbacks variants; the task is cancelled anyway).
   */
  override cancel(reason?: unknown): boolean {
    if (this.done()) return false;
    if (this.#running) {
      if (!this.#cancelling) {
        const why = reason === undefined ? cancelledReason(this) : reason;
        this.#cancelling = true;
        this.#reason = why;
        this.#abort(why);
      }
      return true;
    }
    const why = reason === undefined ? cancelledReason(this) : reason;
    this.#detach();
    try {
      futureInternals.settle(this, CANCELLED, why);
    } finally {
      this.#abort(why);
    }
    return true;
  }

  /**
   * Not supported: the work settles a task.
   *
   * @param _value - Ignored.
   * @throws Error `asyncutils.futures.<Class>.setResult: Task does not support setResult`, always.
   */
  override setResult(_value: T): never {
    throw new Error(`asyncutils.futures.${nameOf(this)}.setResult: Task does not support setResult`);
  }

  /**
   * Not supported: the work settles a task.
   *
   * @param _error - Ignored.
   * @throws Error `asyncutils.futures.<Class>.setException: Task does not support setException`, always.
   */
  override setException(_error: unknown): never {
    throw new Error(`asyncutils.futures.${nameOf(this)}.setException: Task does not support setException`);
  }

  /** Throws the constructor's TypeError for a bad argument. */
  #fail(problem: string, value: unknown): never {
    throw new TypeError(`asyncutils.futures.${nameOf(this)}: ${problem}, got ${typeName(value)}`);
  }

  #start(work: (signal: AbortSignal) => T | PromiseLike<T>): void {
    if (this.done()) return;
    this.#running = true;
    let result: unknown;
    let thenable: boolean;
    try {
      result = work(this.signal);
      thenable = isThenable(result);
    } catch (error) {
      this.#finish(false, error);
      return;
    }
    if (thenable) {
      Promise.resolve(result).then(
        (value) => this.#finish(true, value),
        (error: unknown) => this.#finish(false, error),
      );
    } else {
      this.#finish(true, result);
    }
  }

  /** Applies the work's outcome (ignored once the task is settled); hook errors go to `onCallbackError`. */
  #finish(ok: boolean, value: unknown): void {
    if (this.done()) return;
    this.#running = false;
    this.#detach();
    const state = ok ? FULFILLED : this.#cancelling && Object.is(value, this.#reason) ? CANCELLED : REJECTED;
    try {
      futureInternals.settle(this, state, value);
    } catch (error) {
      reportCallbackError(error, this);
    }
  }

  /** The outer signal aborted: `cancel(reason)`, with a throwing audit hook reported instead of thrown. */
  #cancelFromOuter(reason: unknown): void {
    try {
      this.cancel(reason);
    } catch (error) {
      reportCallbackError(error, this);
    }
  }

  #abort(reason: unknown): void {
    const controller = (this.#controller ??= new AbortController());
    if (!controller.signal.aborted) controller.abort(reason);
  }

  #detach(): void {
    const outer = this.#outer;
    if (outer !== undefined) {
      outer.removeEventListener('abort', this.#onOuterAbort as () => void);
      this.#outer = this.#onOuterAbort = undefined;
    }
  }
}
