// `Executor`: the base class of the executors (PEP 3148 shape); `new Executor()` builds the configured one.
import { availableParallelism } from 'node:os';
import { armTimer, checkWaitOptions, timeoutError } from './waitOptions.js';

/**
 * Options of an executor's constructor.
 *
 * @example
 * ```ts
 * import { WorkerThreadExecutor, type ExecutorOptions } from '@asyncutils/config';
 *
 * const small: ExecutorOptions = { maxWorkers: 2, idleTimeout: 1_000 };
 * await using pool = new WorkerThreadExecutor(small);
 * ```
 */
export interface ExecutorOptions {
  /**
   * Most workers running at once (a positive integer).
   * @default `os.availableParallelism()`
   */
  readonly maxWorkers?: number;
  /**
   * Milliseconds an idle worker waits for work before it exits (`Infinity`: never). Idle workers never
   * keep the process alive.
   * @default `10_000` ms
   */
  readonly idleTimeout?: number;
}

/**
 * Options of `submit` and `map`.
 *
 * @example
 * ```ts
 * import { createExecutor, type ExecutorSubmitOptions } from '@asyncutils/config';
 *
 * const opts: ExecutorSubmitOptions = { timeout: 5_000, signal: AbortSignal.timeout(10_000) };
 * await createExecutor('app.report').submit((n: number) => n * 2, [21], opts); // 42
 * ```
 */
export interface ExecutorSubmitOptions {
  /** Aborting rejects with `signal.reason`; a task not started yet is removed from the queue. */
  readonly signal?: AbortSignal;
  /**
   * Milliseconds before the call rejects with a `TimeoutError` `DOMException` (`Infinity`: none). The
   * work itself is not interrupted once started; its result is discarded.
   */
  readonly timeout?: number;
}

/**
 * What an executor runs: a self-contained function, or a function exported by a module.
 *
 * @remarks
 * A function is sent to the worker as its source text (`Function.prototype.toString`): it sees no closure
 * variables and no `this`, only its arguments and the worker's globals (`process.getBuiltinModule` gives
 * Node modules; `import()` works). Native and bound functions cannot be sent. A module task
 * (`{ module, export }`) is imported in the worker: an absolute path, a `file:` URL, a path starting with
 * `./` or `../` (relative to the working directory) or a package name. Arguments and results are
 * structured-cloned; a thrown error is re-created in the caller with its name, message and stack.
 *
 * @example
 * ```ts
 * import type { ExecutorTask } from '@asyncutils/config';
 *
 * const square: ExecutorTask<[number], number> = function square(x: number) {
 *   return x * x;
 * };
 * const hash: ExecutorTask<[string], string> = { module: new URL('./hash.mjs', import.meta.url), export: 'sha256' };
 * ```
 */
export type ExecutorTask<A extends unknown[], R> =
  | ((...args: A) => R)
  | {
      /** The module: a path, a `file:` URL or a package name. */
      readonly module: string | URL;
      /**
       * The exported function's name.
       * @default `'default'`
       */
      readonly export?: string;
    };

/**
 * An executor class, as `registerExecutor` accepts it: a subclass of `Executor` constructed with
 * `ExecutorOptions`.
 *
 * @example
 * ```ts
 * import { registerExecutor, WorkerThreadExecutor, type ExecutorClass } from '@asyncutils/config';
 *
 * const Small: ExecutorClass = class extends WorkerThreadExecutor {
 *   constructor(opts?: ExecutorOptions) {
 *     super({ ...opts, maxWorkers: 1 });
 *   }
 * };
 * registerExecutor('small', Small);
 * ```
 */
export type ExecutorClass = new (opts?: ExecutorOptions) => Executor;

const brand = Symbol.for('asyncutils.config.Executor');

/**
 * How `new Executor()` builds the configured executor; set by the resolver module.
 * @internal
 */
export const executorFactory: { create: ((opts?: ExecutorOptions) => Executor) | undefined } = { create: undefined };

/**
 * Whether `value` is an executor made by any copy of this package.
 * @internal
 */
export function isExecutorLike(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && brand in value;
}

/**
 * Whether `value` is a class extending `Executor` (of any copy of this package), not the base itself.
 * @internal
 */
export function isExecutorSubclass(value: unknown): boolean {
  if (typeof value !== 'function') return false;
  const proto: unknown = (value as { prototype?: unknown }).prototype;
  return typeof proto === 'object' && proto !== null && brand in proto && !Object.hasOwn(proto, brand);
}

/** Validates the constructor options. */
function checkOptions(api: string, opts: unknown): { maxWorkers: number; idleTimeout: number } {
  if (opts === undefined || opts === null) return { maxWorkers: availableParallelism(), idleTimeout: 10_000 };
  if (typeof opts !== 'object') throw new TypeError(`${api}: options must be an object, got ${typeof opts}`);
  const { maxWorkers, idleTimeout } = opts as { maxWorkers?: unknown; idleTimeout?: unknown };
  if (maxWorkers !== undefined && typeof maxWorkers !== 'number') throw new TypeError(`${api}: maxWorkers must be a number, got ${typeof maxWorkers}`);
  if (maxWorkers !== undefined && (!Number.isSafeInteger(maxWorkers) || maxWorkers < 1)) throw new RangeError(`${api}: maxWorkers must be a positive integer, got ${maxWorkers}`);
  if (idleTimeout !== undefined && typeof idleTimeout !== 'number') throw new TypeError(`${api}: idleTimeout must be a number of ms, got ${typeof idleTimeout}`);
  if (idleTimeout !== undefined && (Number.isNaN(idleTimeout) || idleTimeout < 0)) throw new RangeError(`${api}: idleTimeout must be a number of ms >= 0, got ${idleTimeout}`);
  return { maxWorkers: maxWorkers ?? availableParallelism(), idleTimeout: idleTimeout ?? 10_000 };
}

/**
 * The base class of executors, in the shape of Python's `concurrent.futures.Executor` (PEP 3148):
 * `submit`, `map`, `shutdown`, and `await using` for a scoped pool.
 *
 * @remarks
 * `new Executor(opts)` does not make a base instance: it loads the configuration and returns a new
 * instance of the configured implementation (the `executor` flag): `WorkerThreadExecutor` for `thread`,
 * `interpreter` and the Python-only names, `ChildProcessExecutor` for `process`, a class given to
 * `registerExecutor`, or the class a `'<module>#<export>'` name points at. Subclasses construct normally;
 * a custom executor overrides `submit` and `shutdown` (the base versions throw `TypeError`) and inherits
 * `map`.
 *
 * `instanceof Executor` holds for executors made by any copy of this package (ESM and CJS builds).
 *
 * @example
 * ```ts
 * import { Executor } from '@asyncutils/config';
 *
 * await using pool = new Executor({ maxWorkers: 2 }); // the configured implementation
 * const squares: number[] = [];
 * for await (const y of pool.map((x: number) => x * x, [[1, 2, 3]])) squares.push(y);
 * // squares: [1, 4, 9]
 * ```
 */
export class Executor {
  static {
    Object.defineProperty(this.prototype, brand, { value: true });
  }

  /** Brand check: any object made by a subclass of `Executor` of any copy of this package. */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === Executor && typeof value === 'object' && isExecutorLike(value);
  }

  #maxWorkers = 1;
  #idleTimeout = 10_000;

  /**
   * @param opts - Pool options (validated by every subclass through `super(opts)`).
   * @throws TypeError/RangeError for bad options; `FaultyConfig` when the configured `<module>#<export>`
   * executor cannot be loaded (base constructor only).
   */
  constructor(opts?: ExecutorOptions) {
    if (new.target === Executor) {
      const create = executorFactory.create;
      /* v8 ignore next */
      if (create === undefined) throw new Error('asyncutils.config.Executor: the executor resolver is not loaded');
      return create(opts);
    }
    const checked = checkOptions(`asyncutils.config.${new.target.name || 'Executor'}`, opts);
    this.#maxWorkers = checked.maxWorkers;
    this.#idleTimeout = checked.idleTimeout;
  }

  /** The most workers running at once, as constructed. */
  get maxWorkers(): number {
    return this.#maxWorkers;
  }

  /** Milliseconds an idle worker waits before it exits, as constructed. */
  get idleTimeout(): number {
    return this.#idleTimeout;
  }

  /**
   * Queues `task(...args)` for a worker (tasks start in submission order).
   *
   * @param task - A self-contained function or a module export (see {@link ExecutorTask}).
   * @param args - The arguments (structured-cloned).
   * @param opts - `signal` and `timeout` (ms).
   * @returns The task's result.
   * @throws TypeError here in the base class (`must be implemented by a subclass`).
   */
  submit<A extends unknown[], R>(task: ExecutorTask<A, R>, args?: A, opts?: ExecutorSubmitOptions): Promise<Awaited<R>>;
  submit(): Promise<never> {
    throw new TypeError(`asyncutils.config.${this.constructor.name}.submit must be implemented by a subclass`);
  }

  /**
   * Stops accepting work.
   *
   * @param opts - `wait` (default `true`): resolve once running tasks have finished and the workers have
   * exited; `cancelFutures` (default `false`): reject the queued tasks with `Error` `cancelled`.
   * @throws TypeError here in the base class (`must be implemented by a subclass`).
   */
  shutdown(opts?: { readonly wait?: boolean; readonly cancelFutures?: boolean }): Promise<void>;
  shutdown(): Promise<void> {
    throw new TypeError(`asyncutils.config.${this.constructor.name}.shutdown must be implemented by a subclass`);
  }

  /**
   * Runs `task(a[i], b[i], …)` for every index of the shortest of `iterables`, all submitted at once, and
   * yields the results in input order.
   *
   * @remarks
   * `timeout` is one deadline for the whole map; on it, or on `signal`, the remaining tasks are cancelled
   * and the generator throws. Ending the loop early (`break`, `return()`) cancels the tasks not started.
   *
   * @param task - The task.
   * @param iterables - One iterable per argument position.
   * @param opts - `signal` and `timeout` (ms, overall).
   */
  async *map<A extends unknown[], R>(task: ExecutorTask<A, R>, iterables: Iterable<unknown>[], opts?: ExecutorSubmitOptions): AsyncGenerator<Awaited<R>, void, undefined> {
    const api = `asyncutils.config.${this.constructor.name}.map`;
    const { signal, timeout } = checkWaitOptions(api, opts);
    if (!Array.isArray(iterables)) throw new TypeError(`${api}: iterables must be an array of iterables`);
    if (signal?.aborted) throw signal.reason;
    const iterators = iterables.map((it) => (it as Iterable<unknown>)[Symbol.iterator]());
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeout === Infinity ? undefined : armTimer(timeout, () => controller.abort(timeoutError(api, timeout)));
    const pending: Promise<Awaited<R>>[] = [];
    try {
      rows: while (iterators.length > 0) {
        const row: unknown[] = [];
        for (const it of iterators) {
          const next = it.next();
          if (next.done === true) break rows;
          row.push(next.value);
        }
        const p = this.submit(task, row as A, { signal: controller.signal });
        p.catch(() => {});
        pending.push(p);
      }
      for (const p of pending) yield await p;
    } finally {
      timer?.clear();
      signal?.removeEventListener('abort', onAbort);
      if (!controller.signal.aborted) controller.abort(new DOMException(`${api}: cancelled`, 'AbortError'));
    }
  }

  /** `shutdown()`: waits for running tasks and the workers' exit. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.shutdown();
  }
}
