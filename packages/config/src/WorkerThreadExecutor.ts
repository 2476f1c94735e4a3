// `WorkerThreadExecutor`: an executor running tasks on `node:worker_threads` workers.
import { Worker } from 'node:worker_threads';
import { Executor, type ExecutorOptions, type ExecutorSubmitOptions, type ExecutorTask } from './Executor.js';
import { WorkerPool, type PoolWorker, type PoolWorkerEvents } from './pool.js';
import { threadWorkerSource } from './workerSource.js';

/** A module specifier or path naming this package's `register` entry. */
const registerEntry = /(?:@asyncutils\/config\/register|[\\/]config[\\/](?:dist|src)[\\/]register(?:\.c?js|\.ts)?)$/;

/**
 * The Node options a pool thread inherits: the process's, minus `--import`/`--require` of
 * `@asyncutils/config/register` (a worker loading the configuration again would, among other things,
 * create another `MAKE` log file).
 * @internal
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if ((arg === '--import' || arg === '--require' || arg === '-r') && registerEntry.test(execArgv[i + 1] ?? '')) {
      i++;
      continue;
    }
    const joined = /^(?:--import|--require|-r)=(.*)$/.exec(arg);
    if (joined !== null && registerEntry.test(joined[1] as string)) continue;
    kept.push(arg);
  }
  return kept;
}

/** Starts one worker thread. */
function spawnThread(events: PoolWorkerEvents): PoolWorker {
  const worker = new Worker(threadWorkerSource, { eval: true, execArgv: workerExecArgv() });
  worker.on('message', events.message);
  worker.on('error', events.error);
  worker.on('exit', events.exit);
  return {
    send: (message) => worker.postMessage(message),
    ref: () => worker.ref(),
    unref: () => worker.unref(),
    close: () => {
      worker.terminate().catch(() => {});
    },
  };
}

/**
 * An executor whose workers are `node:worker_threads` threads: the counterpart of Python's
 * `ThreadPoolExecutor` and `InterpreterPoolExecutor` (a worker is an isolate, the nearest thing to both).
 *
 * @remarks
 * Workers start on demand, up to `maxWorkers`; a task waits in a FIFO queue while all are busy. A worker
 * idle for `idleTimeout` ms exits, and idle workers never keep the process alive. Functions are sent as
 * source text (see {@link ExecutorTask}); values are structured-cloned.
 *
 * @example
 * ```ts
 * import { WorkerThreadExecutor } from '@asyncutils/config';
 *
 * await using pool = new WorkerThreadExecutor({ maxWorkers: 2 });
 * await pool.submit(function fib(n: number): number {
 *   return n < 2 ? n : fib(n - 1) + fib(n - 2);
 * }, [25]); // 75025
 * ```
 */
export class WorkerThreadExecutor extends Executor {
  readonly #pool: WorkerPool;

  /**
   * @param opts - `maxWorkers` (default `os.availableParallelism()`), `idleTimeout` (ms, default `10_000`).
   * @throws TypeError/RangeError for bad options.
   */
  constructor(opts?: ExecutorOptions) {
    super(opts);
    this.#pool = new WorkerPool(`asyncutils.config.${new.target.name || 'WorkerThreadExecutor'}`, spawnThread, this.maxWorkers, this.idleTimeout);
  }

  /**
   * Queues `task(...args)` for a worker thread.
   *
   * @param task - A self-contained function or `{ module, export? }`.
   * @param args - The arguments (structured-cloned).
   * @param opts - `signal`, `timeout` (ms).
   * @returns The task's result (structured-cloned).
   * @throws TypeError for a native or bound function or a bad task; rejects with `Error` `… cannot
   * schedule new futures after shutdown`, `signal.reason`, a `TimeoutError` `DOMException`, or the error the
   * task threw (re-created).
   */
  override submit<A extends unknown[], R>(task: ExecutorTask<A, R>, args?: A, opts?: ExecutorSubmitOptions): Promise<Awaited<R>> {
    return this.#pool.submit(task, args, opts) as Promise<Awaited<R>>;
  }

  /**
   * Stops accepting tasks; idempotent.
   *
   * @param opts - `wait` (default `true`): resolve after running and queued tasks finish and the workers
   * exit; `cancelFutures` (default `false`): reject queued tasks with `Error` `cancelled`.
   */
  override shutdown(opts?: { readonly wait?: boolean; readonly cancelFutures?: boolean }): Promise<void> {
    return this.#pool.shutdown(opts?.wait ?? true, opts?.cancelFutures ?? false);
  }
}
