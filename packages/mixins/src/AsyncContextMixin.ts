// `AsyncContextMixin<T>`: derives async, `using` and callback forms from a sync `enter`/`exit` pair.
import { abstractClassError } from './abstractClass.js';
import type { ContextExitArgs } from './ContextExitArgs.js';

/**
 * Abstract base of context managers: from `enter()` (optional, default returns `this`) and an abstract
 * `exit(...args)`, it derives `enterAsync`/`exitAsync`, `Symbol.dispose`/`Symbol.asyncDispose` (for
 * `using`/`await using`) and the callback forms `run`/`runAsync`.
 *
 * @remarks
 * The port of Python's `AsyncContextMixin` (`__enter__`/`__exit__` → `__aenter__`/`__aexit__`).
 * `exit()` means a normal exit and `exit(error)` that the block threw `error`; returning `true`
 * suppresses the error, which only `run`/`runAsync` honour: a `using` block cannot see its error, so
 * `Symbol.dispose` always calls `exit()` with no argument.
 *
 * A subclass whose `enter` returns the instance names itself as `T`
 * (`class ResourceGuard extends AsyncContextMixin<ResourceGuard>`); one returning something else
 * overrides `enter`.
 *
 * @typeParam T - What `enter()` returns.
 * @throws TypeError `asyncutils.mixins.AsyncContextMixin: cannot instantiate abstract class` when the
 * mixin itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { AsyncContextMixin, type ContextExitArgs } from '@asyncutils/mixins';
 *
 * class Span extends AsyncContextMixin<Span> {
 *   start = 0;
 *   override enter(): Span { this.start = Date.now(); return this; }
 *   exit(...args: ContextExitArgs): void {
 *     console.log(args.length ? 'failed' : 'ok', Date.now() - this.start, 'ms');
 *   }
 * }
 *
 * const span = new Span();
 * {
 *   using _ = span.enter();
 *   // … timed work …
 * } // exit() here
 * await span.runAsync(async () => fetch('https://example.com'));
 * ```
 */
export abstract class AsyncContextMixin<T> {
  constructor() {
    if (new.target === AsyncContextMixin) throw abstractClassError('AsyncContextMixin');
  }

  /**
   * Enters the context (Python `__enter__`). The default returns `this`; override it to do work on
   * entry or to return something else.
   * @returns The value the block works with.
   */
  enter(): T {
    return this as unknown as T;
  }

  /**
   * Leaves the context (Python `__exit__`).
   * @param args - Nothing for a normal exit; the thrown value when the block threw.
   * @returns `true` to suppress the thrown value (honoured by `run`/`runAsync` only).
   */
  abstract exit(...args: ContextExitArgs): boolean | void;

  /**
   * Enters the context asynchronously (Python `__aenter__`): resolves `enter()`'s value; an `enter()`
   * throw becomes a rejection.
   * @returns A promise of `enter()`'s value.
   */
  async enterAsync(): Promise<T> {
    return this.enter();
  }

  /**
   * Leaves the context asynchronously (Python `__aexit__`): resolves `exit(...args)`'s value; an `exit`
   * throw becomes a rejection.
   * @param args - Nothing for a normal exit; the thrown value when the block threw.
   * @returns A promise of `exit`'s value.
   */
  async exitAsync(...args: ContextExitArgs): Promise<boolean | void> {
    return this.exit(...args);
  }

  /** Calls `exit()` with no argument: the end of a `using` block, which cannot see the block's error. */
  [Symbol.dispose](): void {
    this.exit();
  }

  /** Awaits `exitAsync()` with no argument: the end of an `await using` block. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.exitAsync();
  }

  /**
   * Runs `fn` inside the context: `enter()`, `fn(value)`, then `exit()`. When `fn` throws `e`, calls
   * `exit(e)`: if it returns `true` the error is suppressed and `run` returns `undefined`, else `e` is
   * rethrown (an `exit` throw replaces `e`). Meant for synchronous `fn`; see {@link runAsync}.
   * @param fn - The block; receives `enter()`'s value.
   * @returns `fn`'s result, or `undefined` when `exit` suppressed its error.
   * @throws Whatever `enter`, `fn` (unless suppressed) or `exit` throws.
   */
  run<R>(fn: (value: T) => R): R | undefined {
    const value = this.enter();
    let result: R;
    try {
      result = fn(value);
    } catch (error) {
      if (this.exit(error) === true) return undefined;
      throw error;
    }
    this.exit();
    return result;
  }

  /**
   * Runs `fn` inside the context asynchronously: `await enterAsync()`, `await fn(value)`, then
   * `await exitAsync()`. When `fn` throws or rejects with `e`, awaits `exitAsync(e)`: if it resolves
   * `true` the error is suppressed and the promise resolves `undefined`, else it rejects with `e` (an
   * `exit` failure replaces `e`).
   * @param fn - The block; receives `enter()`'s value; may be async.
   * @returns A promise of `fn`'s result, or of `undefined` when `exit` suppressed its error.
   */
  async runAsync<R>(fn: (value: T) => R | PromiseLike<R>): Promise<Awaited<R> | undefined> {
    const value = await this.enterAsync();
    let result: Awaited<R>;
    try {
      result = await fn(value);
    } catch (error) {
      if ((await this.exitAsync(error)) === true) return undefined;
      throw error;
    }
    await this.exitAsync();
    return result;
  }
}
