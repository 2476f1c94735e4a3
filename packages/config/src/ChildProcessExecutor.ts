// `ChildProcessExecutor`: an executor running tasks in forked Node processes.
import { fork } from 'node:child_process';
import { Executor, type ExecutorOptions, type ExecutorSubmitOptions, type ExecutorTask } from './Executor.js';
import { WorkerPool, type PoolWorker, type PoolWorkerEvents } from './pool.js';
import { childWorkerSource } from './workerSource.js';

/** Forks one worker process (`node -e <worker source>`, advanced serialization, output inherited). */
function spawnChild(events: PoolWorkerEvents): PoolWorker {
  const child = fork('--', [], {
    execArgv: ['-e', childWorkerSource],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.on('message', events.message);
  child.on('error', events.error);
  child.on('exit', events.exit);
  return {
    send: (message) => {
      child.send(message, (error) => {
        if (error) events.error(error);
      });
    },
    ref: () => {
      child.ref();
      child.channel?.ref();
    },
    unref: () => {
      child.unref();
      child.channel?.unref();
    },
    close: () => {
      if (child.connected) child.disconnect();
      else child.kill();
    },
  };
}

/**
 * An executor whose workers are Node processes started with `child_process.fork` (advanced
 * serialization): the counterpart of Python's `ProcessPoolExecutor`.
 *
 * @remarks
 * Same pool behaviour as `WorkerThreadExecutor` (FIFO queue, workers on demand up to `maxWorkers`, idle
 * workers unreferenced and retired after `idleTimeout` ms); each task runs in a separate process, so a
 * crash or `process.exit` in a task only fails that task. A worker exits when its IPC channel closes.
 *
 * @example
 * ```ts
 * import { ChildProcessExecutor } from '@asyncutils/config';
 *
 * await using pool = new ChildProcessExecutor({ maxWorkers: 1 });
 * await pool.submit(() => process.pid); // the worker's pid, not this one
 * ```
 */
export class ChildProcessExecutor extends Executor {
  readonly #pool: WorkerPool;

  /**
   * @param opts - `maxWorkers` (default `os.availableParallelism()`), `idleTimeout` (ms, default `10_000`).
   * @throws TypeError/RangeError for bad options.
   */
  constructor(opts?: ExecutorOptions) {
    super(opts);
    this.#pool = new WorkerPool(`asyncutils.config.${new.target.name || 'ChildProcessExecutor'}`, spawnChild, this.maxWorkers, this.idleTimeout);
  }

  /**
   * Queues `task(...args)` for a worker process.
   *
   * @param task - A self-contained function or `{ module, export? }`.
   * @param args - The arguments (structured-cloned).
   * @param opts - `signal`, `timeout` (ms).
   * @returns The task's result (structured-cloned).
   * @throws TypeError for a native or bound function or a bad task; rejects as
   * `WorkerThreadExecutor#submit` does.
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
