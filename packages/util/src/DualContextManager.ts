// `DualContextManager`: the one-shot resource made by `dualcontextmanager` factories, usable with `using`,
// `await using` or a callback.
import { checkFunction } from './validate.js';

const API = 'asyncutils.util.dualcontextmanager';

/** What a manager may be built on: a one-yield generator or any (async) iterable. */
export type DualContextSource<T> = Iterable<T> | AsyncIterable<T>;

/** An iterator as used here: `throw` and `return` are optional. */
type AnyIterator<T> = Iterator<T> | AsyncIterator<T>;

const NONE = 0;
const SYNC = 1;
const ASYNC = 2;

/**
 * The one-shot resource made by a {@link dualcontextmanager} factory: it wraps a generator that yields
 * exactly once and runs the code before the `yield` on entry and the code after it on exit.
 *
 * @remarks
 * Enter it once, synchronously (`enter()`, `run(fn)`, `using`) or asynchronously (`enterAsync()`,
 * `runAsync(fn)`, `await using`), then exit it in the same mode:
 *
 * - `using cm = dc(args).enter()` / `await using cm = await dc(args).enterAsync()` — `cm.value` is the
 *   yielded item; the end of the block resumes the generator. A `using` block cannot see the block's
 *   error, so disposal always exits without one (the generator's `finally` runs, its `catch` does not).
 * - `run(fn)` / `runAsync(fn)` — pass the callback's error into the generator (`generator.throw(err)`),
 *   which may suppress it by catching it and returning: the call then returns `undefined`.
 * - `exit(error?)` / `exitAsync(error?)` — the explicit protocol (Python's `__exit__`): `true` means the
 *   error was suppressed.
 *
 * Entering twice, exiting in the other mode, or exiting without entering throws `Error`; see the methods.
 * A sync generator may be entered both ways (unless the manager is `strict`); an async generator only
 * asynchronously.
 *
 * @typeParam T - The type of the yielded item.
 *
 * @example
 * ```ts
 * import { dualcontextmanager } from '@asyncutils/util';
 *
 * const opened = dualcontextmanager(function* (name: string) {
 *   console.log('open', name);
 *   try {
 *     yield name.toUpperCase();
 *   } finally {
 *     console.log('close', name);
 *   }
 * });
 * {
 *   using cm = opened('a').enter();
 *   cm.value; // 'A'
 * } // logs 'close a'
 * opened('b').run((v) => v.length); // 1
 * ```
 */
export class DualContextManager<T> implements Disposable, AsyncDisposable {
  #source: DualContextSource<T>;
  readonly #strict: boolean;
  #it: AnyIterator<T> | undefined;
  #mode: typeof NONE | typeof SYNC | typeof ASYNC = NONE;
  #hasValue = false;
  #value: T | undefined;
  #exited = false;

  /**
   * @param source - What the generator function returned: a sync or async iterable yielding once.
   * @param strict - Whether a sync source may only be entered synchronously.
   * @internal
   */
  constructor(source: DualContextSource<T>, strict: boolean) {
    this.#source = source;
    this.#strict = strict;
  }

  /**
   * Whether this manager only allows the entry mode matching its generator (a sync generator cannot be
   * entered asynchronously).
   */
  get strict(): boolean {
    return this.#strict;
  }

  /**
   * The item the generator yielded.
   * @throws `Error` `…: context manager was never entered` before a successful entry.
   */
  get value(): T {
    if (!this.#hasValue) throw new Error(`${API}: context manager was never entered`);
    return this.#value as T;
  }

  /**
   * Enters synchronously: runs the generator up to its `yield`.
   * @returns This manager (for `using cm = dc().enter()`).
   * @throws `Error` when already entered (`…: context manager already entered`, or `… already entered
   * asynchronously`) or when the generator finishes without yielding (`…: generator didn't yield`);
   * `TypeError` for an async-only source (`…: cannot enter an async generator synchronously`); whatever
   * the generator throws.
   */
  enter(): this {
    if (this.#mode === ASYNC) throw new Error(`${API}: context manager already entered asynchronously`);
    if (this.#mode === SYNC) throw new Error(`${API}: context manager already entered`);
    const source = this.#source as Partial<Iterable<T>>;
    const iterate = source[Symbol.iterator];
    if (typeof iterate !== 'function') throw new TypeError(`${API}: cannot enter an async generator synchronously`);
    const it = iterate.call(source);
    this.#it = it;
    this.#mode = SYNC;
    const r = it.next();
    if (r.done) {
      this.#exited = true;
      throw new Error(`${API}: generator didn't yield`);
    }
    this.#value = r.value;
    this.#hasValue = true;
    return this;
  }

  /**
   * Enters asynchronously: runs the generator up to its `yield` (awaiting an async generator).
   * @returns A promise of this manager (for `await using cm = await dc().enterAsync()`).
   * @throws (rejects) `Error` when already entered (`…: context manager already entered`, or `… already
   * entered synchronously`) or when the generator finishes without yielding (`…: async generator didn't
   * yield`); `TypeError` when the manager is `strict` and its generator is synchronous (`…: strict manager
   * of a sync generator cannot be entered asynchronously`); whatever the generator throws.
   */
  async enterAsync(): Promise<this> {
    if (this.#mode === SYNC) throw new Error(`${API}: context manager already entered synchronously`);
    if (this.#mode === ASYNC) throw new Error(`${API}: context manager already entered`);
    const source = this.#source as Partial<AsyncIterable<T> & Iterable<T>>;
    const iterateAsync = source[Symbol.asyncIterator];
    let it: AnyIterator<T>;
    if (typeof iterateAsync === 'function') it = iterateAsync.call(source);
    else if (this.#strict) throw new TypeError(`${API}: strict manager of a sync generator cannot be entered asynchronously`);
    else it = (source as Iterable<T>)[Symbol.iterator]();
    this.#it = it;
    this.#mode = ASYNC;
    const r = await it.next();
    if (r.done) {
      this.#exited = true;
      throw new Error(`${API}: async generator didn't yield`);
    }
    this.#value = r.value;
    this.#hasValue = true;
    return this;
  }

  /**
   * Exits a synchronously entered manager (Python's `__exit__`).
   *
   * @remarks
   * Without an argument the generator is resumed: it must finish (else it is closed and `Error` `…:
   * generator didn't stop` is thrown). With an argument, `error` is thrown into the generator at its
   * `yield`: if the generator then finishes, the error is suppressed (`true`); if it rethrows `error`,
   * `false`; if it throws another error, that error propagates; if it yields again, it is closed and
   * `Error` `…: generator didn't stop after throw` is thrown. After the first exit, `exit` returns `false`.
   *
   * @param error - The error raised inside the managed block, if any (`undefined` counts when passed).
   * @returns Whether `error` was suppressed.
   * @throws `Error` when the manager was entered asynchronously (`…: cannot exit async context manager
   * synchronously`) or never entered (`…: context manager was never entered`); see above.
   */
  exit(error?: unknown): boolean;
  exit(...args: unknown[]): boolean {
    if (this.#mode === ASYNC) throw new Error(`${API}: cannot exit async context manager synchronously`);
    if (this.#mode === NONE) throw new Error(`${API}: context manager was never entered`);
    if (this.#exited) return false;
    this.#exited = true;
    const it = this.#it as Iterator<T>;
    if (args.length === 0) {
      if (it.next().done) return false;
      try {
        throw new Error(`${API}: generator didn't stop`);
      } finally {
        it.return?.();
      }
    }
    const error = args[0];
    if (typeof it.throw !== 'function') {
      it.return?.();
      return false;
    }
    let r: IteratorResult<T>;
    try {
      r = it.throw(error);
    } catch (e) {
      if (e === error) return false;
      throw e;
    }
    if (r.done) return true;
    try {
      throw new Error(`${API}: generator didn't stop after throw`);
    } finally {
      it.return?.();
    }
  }

  /**
   * Exits an asynchronously entered manager (Python's `__aexit__`); as {@link DualContextManager.exit},
   * awaiting the generator, with messages saying `async generator`.
   *
   * @param error - The error raised inside the managed block, if any (`undefined` counts when passed).
   * @returns A promise of whether `error` was suppressed.
   * @throws (rejects) `Error` when the manager was entered synchronously (`…: cannot exit sync context
   * manager asynchronously`) or never entered (`…: context manager was never entered`); `Error` `…: async
   * generator didn't stop` / `… didn't stop after throw`; another error thrown by the generator.
   */
  exitAsync(error?: unknown): Promise<boolean>;
  async exitAsync(...args: unknown[]): Promise<boolean> {
    if (this.#mode === SYNC) throw new Error(`${API}: cannot exit sync context manager asynchronously`);
    if (this.#mode === NONE) throw new Error(`${API}: context manager was never entered`);
    if (this.#exited) return false;
    this.#exited = true;
    const it = this.#it as AsyncIterator<T>;
    if (args.length === 0) {
      if ((await it.next()).done) return false;
      try {
        throw new Error(`${API}: async generator didn't stop`);
      } finally {
        await it.return?.();
      }
    }
    const error = args[0];
    if (typeof it.throw !== 'function') {
      await it.return?.();
      return false;
    }
    let r: IteratorResult<T>;
    try {
      r = await it.throw(error);
    } catch (e) {
      if (e === error) return false;
      throw e;
    }
    if (r.done) return true;
    try {
      throw new Error(`${API}: async generator didn't stop after throw`);
    } finally {
      await it.return?.();
    }
  }

  /**
   * Enters synchronously, calls `fn(value)`, and exits: passing `fn`'s error to the generator, which may
   * suppress it.
   *
   * @param fn - The managed code; receives the yielded item.
   * @returns `fn`'s result, or `undefined` when its error was suppressed.
   * @throws `fn`'s error when not suppressed; the errors of {@link DualContextManager.enter} and
   * {@link DualContextManager.exit}; `TypeError` when `fn` is not a function.
   */
  run<R>(fn: (value: T) => R): R | undefined {
    checkFunction('dualcontextmanager', fn, 'fn');
    this.enter();
    let result: R;
    try {
      result = fn(this.#value as T);
    } catch (error) {
      if (this.exit(error)) return undefined;
      throw error;
    }
    this.exit();
    return result;
  }

  /**
   * Enters asynchronously, awaits `fn(value)`, and exits: passing `fn`'s error (or rejection) to the
   * generator, which may suppress it.
   *
   * @param fn - The managed code; receives the yielded item; may return a promise.
   * @returns A promise of `fn`'s awaited result, or of `undefined` when its error was suppressed.
   * @throws (rejects) `fn`'s error when not suppressed; the errors of
   * {@link DualContextManager.enterAsync} and {@link DualContextManager.exitAsync}; `TypeError` when `fn`
   * is not a function.
   */
  async runAsync<R>(fn: (value: T) => R | PromiseLike<R>): Promise<Awaited<R> | undefined> {
    checkFunction('dualcontextmanager', fn, 'fn');
    await this.enterAsync();
    let result: Awaited<R>;
    try {
      result = (await fn(this.#value as T)) as Awaited<R>;
    } catch (error) {
      if (await this.exitAsync(error)) return undefined;
      throw error;
    }
    await this.exitAsync();
    return result;
  }

  /**
   * Exits a synchronously entered manager without an error (the end of a `using` block); does nothing if
   * the manager was never entered or has exited.
   * @throws The errors of {@link DualContextManager.exit}, e.g. for an asynchronously entered manager.
   */
  [Symbol.dispose](): void {
    if (this.#mode === NONE || this.#exited) return;
    this.exit();
  }

  /**
   * Exits without an error in the mode the manager was entered (the end of an `await using` block); does
   * nothing if it was never entered or has exited.
   * @returns A promise settled when the generator finished.
   * @throws (rejects) The errors of {@link DualContextManager.exitAsync} / {@link DualContextManager.exit}.
   */
  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#mode === NONE || this.#exited) return;
    if (this.#mode === SYNC) this.exit();
    else await this.exitAsync();
  }
}
