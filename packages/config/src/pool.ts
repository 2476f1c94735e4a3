// Internal: the worker pool behind `WorkerThreadExecutor` and `ChildProcessExecutor` — a FIFO queue of
// tasks, up to `maxWorkers` workers spawned on demand, idle workers unreferenced and retired after
// `idleTimeout`.
import { functionName } from '@asyncutils/audit';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExecutorSubmitOptions } from './Executor.js';
import { armTimer, checkWaitOptions, timeoutError, type Timer } from './waitOptions.js';

/** A task as sent to a worker. */
export interface TaskMessage {
  readonly id: number;
  readonly fn?: string;
  readonly module?: string;
  readonly export?: string;
  readonly args: readonly unknown[];
}

/** An error as a worker describes it. */
export interface SerializedError {
  readonly name?: string;
  readonly message?: string;
  readonly stack?: string;
  readonly code?: string | number;
  readonly dom?: boolean;
  readonly isThrown?: boolean;
  readonly thrown?: unknown;
}

/** What the pool does with a worker. */
export interface PoolWorker {
  send(message: TaskMessage): void;
  ref(): void;
  unref(): void;
  close(): void;
}

/** What a worker reports to the pool. */
export interface PoolWorkerEvents {
  message(reply: unknown): void;
  error(error: unknown): void;
  exit(code: number | null): void;
}

/** Starts one worker. */
export type SpawnWorker = (events: PoolWorkerEvents) => PoolWorker;

const QUEUED = 0;
const RUNNING = 1;
const SETTLED = 2;

interface Job {
  readonly msg: TaskMessage;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
  state: typeof QUEUED | typeof RUNNING | typeof SETTLED;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  timer: Timer | undefined;
}

interface Slot {
  worker: PoolWorker | undefined;
  job: Job | undefined;
  idle: Timer | undefined;
  closing: boolean;
}

/** Error constructors re-created by name. */
const errorClasses: Readonly<Record<string, new (message?: string) => Error>> = {
  Error,
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
};

/**
 * Re-creates in this thread an error a worker threw: same class for the built-in errors and
 * `DOMException`s (else an `Error` with that `name`), same message, the worker's stack and `code`.
 * A thrown non-error value is returned as cloned.
 * @internal
 */
export function reviveError(e: SerializedError): unknown {
  if (e.isThrown === true) return e.thrown;
  const name = e.name ?? 'Error';
  const message = e.message ?? '';
  let error: Error;
  if (e.dom === true) error = new DOMException(message, name);
  else {
    const Ctor = Object.hasOwn(errorClasses, name) ? (errorClasses[name] as new (message?: string) => Error) : Error;
    error = new Ctor(message);
    if (error.name !== name) Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true });
  }
  if (e.stack !== undefined) Object.defineProperty(error, 'stack', { value: e.stack, writable: true, configurable: true });
  if (e.code !== undefined) Object.defineProperty(error, 'code', { value: e.code, writable: true, configurable: true, enumerable: true });
  return error;
}

/** A module specifier as the worker imports it. */
function moduleHref(api: string, module: unknown): string {
  if (module instanceof URL) return module.href;
  if (typeof module !== 'string' || module === '') throw new TypeError(`${api}: a module task needs module, a non-empty string or URL`);
  if (isAbsolute(module)) return pathToFileURL(module).href;
  if (module.startsWith('./') || module.startsWith('../')) return pathToFileURL(resolve(module)).href;
  return module;
}

/**
 * Validates a task and its arguments and makes the message sent to a worker.
 *
 * @throws TypeError for a native or bound function, a task that is neither a function nor
 * `{ module, export? }`, or `args` that is not an array.
 * @internal
 */
export function toTaskMessage(api: string, id: number, task: unknown, args: unknown): TaskMessage {
  if (!Array.isArray(args)) throw new TypeError(`${api}: args must be an array`);
  if (typeof task === 'function') {
    const fn = Function.prototype.toString.call(task);
    if (/\{\s*\[native code\]\s*\}\s*$/.test(fn)) throw new TypeError(`${api}: ${functionName(task)} is a native or bound function, which cannot be sent to a worker`);
    return { id, fn, args };
  }
  if (typeof task === 'object' && task !== null && 'module' in task) {
    const { module, export: name = 'default' } = task as { module: unknown; export?: unknown };
    if (typeof name !== 'string' || name === '') throw new TypeError(`${api}: a module task's export must be a non-empty string`);
    return { id, module: moduleHref(api, module), export: name, args };
  }
  throw new TypeError(`${api}: a task must be a function or { module, export? }`);
}

/**
 * A FIFO pool of workers.
 * @internal
 */
export class WorkerPool {
  readonly #api: string;
  readonly #spawn: SpawnWorker;
  readonly #maxWorkers: number;
  readonly #idleTimeout: number;
  readonly #queue = new Set<Job>();
  readonly #slots: Slot[] = [];
  #nextId = 1;
  #closed: Promise<void> | undefined;
  #resolveClosed: (() => void) | undefined;

  constructor(api: string, spawn: SpawnWorker, maxWorkers: number, idleTimeout: number) {
    this.#api = api;
    this.#spawn = spawn;
    this.#maxWorkers = maxWorkers;
    this.#idleTimeout = idleTimeout;
  }

  /** Workers alive (for tests and diagnostics). */
  get size(): number {
    return this.#slots.length;
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.#queue.size;
  }

  submit(task: unknown, args: unknown, opts: ExecutorSubmitOptions | undefined): Promise<unknown> {
    const api = `${this.#api}.submit`;
    const { signal, timeout } = checkWaitOptions(api, opts);
    const msg = toTaskMessage(api, this.#nextId++, task, args ?? []);
    if (this.#closed !== undefined) return Promise.reject(new Error(`${api}: cannot schedule new futures after shutdown`));
    if (signal?.aborted === true) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const job: Job = { msg, resolve, reject, state: QUEUED, signal, onAbort: undefined, timer: undefined };
      if (signal !== undefined) {
        job.onAbort = () => this.#cancel(job, signal.reason);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      if (timeout !== Infinity) job.timer = armTimer(timeout, () => this.#cancel(job, timeoutError(api, timeout)));
      this.#queue.add(job);
      this.#dispatch();
    });
  }

  shutdown(wait: boolean, cancelFutures: boolean): Promise<void> {
    if (cancelFutures) {
      for (const job of [...this.#queue]) {
        this.#queue.delete(job);
        this.#settle(job, false, new Error(`${this.#api}.shutdown: cancelled`));
      }
    }
    if (this.#closed === undefined) {
      this.#closed = new Promise((resolve) => {
        this.#resolveClosed = resolve;
      });
      for (const slot of [...this.#slots]) if (slot.job === undefined) this.#close(slot, true);
    }
    this.#checkDrained();
    return wait ? this.#closed : Promise.resolve();
  }

  #settle(job: Job, ok: boolean, value: unknown): void {
    if (job.state === SETTLED) return;
    job.state = SETTLED;
    job.timer?.clear();
    if (job.onAbort !== undefined) job.signal?.removeEventListener('abort', job.onAbort);
    job.timer = job.onAbort = job.signal = undefined;
    if (ok) job.resolve(value);
    else job.reject(value);
  }

  #cancel(job: Job, reason: unknown): void {
    if (job.state === QUEUED) this.#queue.delete(job);
    this.#settle(job, false, reason);
    this.#checkDrained();
  }

  #dispatch(): void {
    while (this.#queue.size > 0) {
      let slot = this.#slots.find((s) => s.job === undefined && !s.closing);
      if (slot === undefined) {
        if (this.#slots.length >= this.#maxWorkers) return;
        slot = this.#start();
      }
      const job = this.#queue.values().next().value as Job;
      this.#queue.delete(job);
      job.state = RUNNING;
      slot.job = job;
      slot.idle?.clear();
      slot.idle = undefined;
      const worker = slot.worker as PoolWorker;
      worker.ref();
      try {
        worker.send(job.msg);
      } catch (error) {
        slot.job = undefined;
        this.#settle(job, false, error);
        this.#rest(slot);
      }
    }
  }

  #start(): Slot {
    const slot: Slot = { worker: undefined, job: undefined, idle: undefined, closing: false };
    this.#slots.push(slot);
    slot.worker = this.#spawn({
      message: (reply) => this.#onReply(slot, reply),
      error: (error) => this.#onError(slot, error),
      exit: (code) => this.#onExit(slot, code),
    });
    return slot;
  }

  #onReply(slot: Slot, reply: unknown): void {
    const job = slot.job;
    const r = reply as { id?: unknown; ok?: unknown; value?: unknown; error?: SerializedError };
    if (job === undefined || r.id !== job.msg.id) return;
    slot.job = undefined;
    this.#settle(job, r.ok === true, r.ok === true ? r.value : reviveError(r.error ?? {}));
    this.#rest(slot);
  }

  #onError(slot: Slot, error: unknown): void {
    const job = slot.job;
    slot.job = undefined;
    if (job !== undefined) this.#settle(job, false, error);
    this.#close(slot);
  }

  #onExit(slot: Slot, code: number | null): void {
    const index = this.#slots.indexOf(slot);
    if (index !== -1) this.#slots.splice(index, 1);
    slot.idle?.clear();
    const job = slot.job;
    slot.job = undefined;
    if (job !== undefined) this.#settle(job, false, new Error(`${this.#api}: worker exited unexpectedly with code ${code}`));
    this.#dispatch();
    this.#checkDrained();
  }

  /** A worker with nothing to do: given the next task, or retired (now after shutdown, else when idle too long). */
  #rest(slot: Slot): void {
    this.#dispatch();
    if (slot.job !== undefined || slot.closing) return;
    if (this.#closed !== undefined) {
      this.#close(slot, true);
      return;
    }
    slot.worker?.unref();
    if (this.#idleTimeout !== Infinity) {
      slot.idle = armTimer(this.#idleTimeout, () => this.#close(slot), true);
    }
  }

  /** Retires a worker; after shutdown (`awaited`) it is referenced until it exits, so `shutdown()` can wait. */
  #close(slot: Slot, awaited = false): void {
    if (slot.closing) return;
    slot.closing = true;
    slot.idle?.clear();
    slot.idle = undefined;
    if (awaited) slot.worker?.ref();
    slot.worker?.close();
  }

  #checkDrained(): void {
    if (this.#closed !== undefined && this.#queue.size === 0 && this.#slots.length === 0) this.#resolveClosed?.();
  }
}
