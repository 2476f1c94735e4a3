// `ExecutorRequiredAsyncContextMixin<T>`: an `AsyncContextMixin` whose async forms go through a runner.
import { abstractClassError } from './abstractClass.js';
import { AsyncContextMixin } from './AsyncContextMixin.js';
import type { ContextExitArgs } from './ContextExitArgs.js';
import type { ExecutorRunner } from './ExecutorRunner.js';

/** The default runner: `fn(...args)` on a later macrotask, settling with its result. */
const deferToMacrotask: ExecutorRunner = (fn, ...args) =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(fn(...args) as Awaited<ReturnType<typeof fn>>);
      } catch (error) {
        reject(error);
      }
    }, 0);
  });

/**
 * Abstract base of context managers whose synchronous `enter`/`exit` may be slow: as
 * {@link AsyncContextMixin}, but `enterAsync`/`exitAsync` (and so `await using` and `runAsync`) call them
 * through {@link ExecutorRequiredAsyncContextMixin.runner | runner} instead of inline.
 *
 * @remarks
 * Python runs `__enter__`/`__exit__` in a thread or process executor. JavaScript cannot run a method on
 * shared objects in another thread, so the default runner only *defers* the call to a later macrotask
 * (`setTimeout(…, 0)`), after the caller's current synchronous work and queued microtasks; it does not
 * run in parallel. Override the `runner` getter to offload (to a Worker, a work queue, …). The runner is
 * read once per instance and cached.
 *
 * `enterAsync` skips the runner and resolves `this` when the subclass did not override `enter`.
 *
 * @typeParam T - What `enter()` returns.
 * @throws TypeError `asyncutils.mixins.ExecutorRequiredAsyncContextMixin: cannot instantiate abstract
 * class` when the mixin itself is instantiated (through a cast).
 *
 * @example
 * ```ts
 * import { ExecutorRequiredAsyncContextMixin } from '@asyncutils/mixins';
 *
 * class Journal extends ExecutorRequiredAsyncContextMixin<Journal> {
 *   lines: string[] = [];
 *   exit(): void {
 *     // slow synchronous flush, run on a later macrotask by `exitAsync`
 *     console.log(this.lines.join('\n'));
 *   }
 * }
 *
 * {
 *   await using journal = await new Journal().enterAsync();
 *   journal.lines.push('hello');
 * } // flushed here, after the current task
 * ```
 */
export abstract class ExecutorRequiredAsyncContextMixin<T> extends AsyncContextMixin<T> {
  #runner: ExecutorRunner | undefined;

  constructor() {
    super();
    if (new.target === ExecutorRequiredAsyncContextMixin) throw abstractClassError('ExecutorRequiredAsyncContextMixin');
  }

  /**
   * Runs a function somewhere else and settles with its result; `enterAsync`/`exitAsync` call the sync
   * methods through it. The default schedules the call on a later macrotask (`setTimeout(…, 0)`).
   * Override this getter to offload elsewhere; it is read once per instance.
   */
  get runner(): ExecutorRunner {
    return deferToMacrotask;
  }

  /** The runner, read from `this.runner` the first time and cached for this instance. */
  #getRunner(): ExecutorRunner {
    return (this.#runner ??= this.runner);
  }

  /**
   * Enters the context asynchronously: resolves `this` at once when the subclass did not override
   * `enter` (no runner call), else resolves `enter()`'s value computed through the runner.
   * @returns A promise of `enter()`'s value.
   */
  override enterAsync(): Promise<T> {
    // `enter` as inherited from AsyncContextMixin: not overridden (read here, not at import, to stay tree-shakable).
    if (this.enter === AsyncContextMixin.prototype.enter) return Promise.resolve(this as unknown as T);
    return this.#getRunner()(() => this.enter()) as Promise<T>;
  }

  /**
   * Leaves the context asynchronously: runs `exit(...args)` through the runner and resolves its value.
   * @param args - Nothing for a normal exit; the thrown value when the block threw.
   * @returns A promise of `exit`'s value.
   */
  override exitAsync(...args: ContextExitArgs): Promise<boolean | void> {
    return this.#getRunner()(() => this.exit(...args));
  }
}
