// The evaluation engine of the console: Node's own REPL evaluator (top-level `await`, declarations that
// persist), run one chunk at a time, each inside its own domain so that what it throws — at once, as a
// rejection, or later from a callback it started — reaches the console instead of Node's REPL printer.
import domain from 'node:domain';
import repl, { type REPLServer } from 'node:repl';
import type { Context } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { isInterruption } from './errorKinds.js';

/** Node's REPL evaluator signature. */
export type ReplEval = (
  this: REPLServer,
  code: string,
  context: Context,
  file: string,
  cb: (error: Error | null, result?: unknown) => void,
) => void;

/** A REPL server and its unwrapped default evaluator. */
export interface ReplHandle {
  readonly server: REPLServer;
  readonly rawEval: ReplEval;
}

/** The settings of {@link createRepl}. */
export interface ReplSettings {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly terminal: boolean;
  readonly prompt: string;
  readonly useColors: boolean;
  readonly preview: boolean;
}

/** How one evaluation ended. */
export type Outcome =
  | { readonly kind: 'value'; readonly value: unknown; readonly printed: boolean }
  | { readonly kind: 'recoverable'; readonly error: repl.Recoverable }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'abandoned' };

/** What the console does with errors; both are called synchronously and must not throw. */
export interface EvaluatorHost {
  /** The evaluation in progress threw (synchronously, by rejecting, or from a callback it started). */
  failed(error: unknown): void;
  /** Code started by an evaluation that already ended threw. */
  background(error: unknown): void;
}

type State = 'queued' | 'running' | 'settling' | 'done' | 'abandoned';

class Evaluation {
  state: State = 'queued';
  /** The synchronous part ran and Node's REPL now awaits the promise of the chunk. */
  awaiting = false;
  /** A `SIGINT` was sent to unblock Node's REPL; its `ERR_SCRIPT_EXECUTION_INTERRUPTED` is expected. */
  expectInterrupt = false;
  /** The process `SIGINT` listener installed while the chunk awaits, if any. */
  onSigint: (() => void) | null = null;
  readonly controller: AbortController = new AbortController();

  constructor(
    readonly handle: ReplHandle,
    readonly code: string,
    readonly file: string,
    readonly onDone: (outcome: Outcome) => void,
  ) {}
}

/** The options Node's REPL accepts beyond its typings: its error domain. */
type ReplStartOptions = repl.ReplOptions & { readonly domain: domain.Domain };

/**
 * Starts a `node:repl` server (own context, `breakEvalOnSigint` on the main thread) whose default evaluator
 * is kept unbound from the REPL's domain, and routes the chunks of typed lines to `onLine`. Other callers
 * of `server.eval` (tab completion) reach the default evaluator directly.
 */
export function createRepl(
  settings: ReplSettings,
  onLine: (code: string, file: string, cb: (error?: Error | null, result?: unknown) => void) => void,
): ReplHandle {
  const replDomain = domain.create();
  // Node binds its evaluator to this domain; leaving it unbound lets each evaluation run in its own domain.
  Object.defineProperty(replDomain, 'bind', { value: <F>(fn: F): F => fn, configurable: true, writable: true });
  const options: ReplStartOptions = {
    input: settings.input,
    output: settings.output,
    terminal: settings.terminal,
    prompt: settings.prompt,
    useColors: settings.useColors,
    preview: settings.preview,
    useGlobal: false,
    ignoreUndefined: false,
    breakEvalOnSigint: isMainThread,
    domain: replDomain,
  };
  const server = repl.start(options);
  const rawEval = server.eval as ReplEval;
  let fromLine = false;
  server.prependListener('line', () => {
    fromLine = true;
  });
  server.on('line', () => {
    fromLine = false;
  });
  (server as { eval: ReplEval }).eval = function evaluate(this: REPLServer, code, context, file, cb) {
    if (!fromLine) {
      rawEval.call(this, code, context, file, cb);
      return;
    }
    fromLine = false;
    onLine(code, file, cb as (error?: Error | null, result?: unknown) => void);
  };
  return { server, rawEval };
}

/**
 * Runs evaluations one at a time (later ones wait in a queue), classifies how each ends, and abandons the
 * pending one on request.
 */
export class Evaluator {
  readonly #host: EvaluatorHost;
  #pending: Evaluation | null = null;
  readonly #queue: Evaluation[] = [];
  #scheduled = false;
  /** Called (from a later macrotask) when the last evaluation ended and none is queued. */
  onIdle: (() => void) | null = null;

  constructor(host: EvaluatorHost) {
    this.#host = host;
  }

  /** Whether an evaluation is in progress or queued. */
  get busy(): boolean {
    return this.#pending !== null || this.#queue.length > 0;
  }

  /** The abort signal of the evaluation in progress, if any. */
  get signal(): AbortSignal | null {
    return this.#pending?.controller.signal ?? null;
  }

  /** Evaluates `code` with `handle`'s evaluator in its context; `onDone` gets the outcome exactly once. */
  evaluate(handle: ReplHandle, code: string, file: string, onDone: (outcome: Outcome) => void): void {
    const evaluation = new Evaluation(handle, code, file, onDone);
    // Node's REPL calls back from its own events (a line, keys replayed after an `await`): starting at once
    // keeps Ctrl+C and key buffering in step with it. Queued evaluations start from a later macrotask.
    if (this.#pending === null && this.#queue.length === 0) this.#start(evaluation);
    else this.#queue.push(evaluation);
  }

  /**
   * Stops waiting for the evaluation in progress: aborts its signal with `reason`, ends it as `abandoned`
   * and unblocks Node's REPL. Returns whether there was one.
   */
  refresh(reason: unknown): boolean {
    const evaluation = this.#pending;
    if (evaluation === null || evaluation.state !== 'running') return false;
    evaluation.controller.abort(reason);
    const { server } = evaluation.handle;
    // Node's REPL waits for the promise of an awaiting chunk, buffering keys; its SIGINT handler ends that wait.
    const unblock = evaluation.awaiting && (server as { breakEvalOnSigint?: boolean }).breakEvalOnSigint === true;
    if (unblock) evaluation.expectInterrupt = true;
    this.#settle(evaluation, { kind: 'abandoned' });
    if (unblock) server.emit('SIGINT');
    return true;
  }

  /** Abandons the evaluation in progress and every queued one. */
  abandonAll(reason: unknown): void {
    this.refresh(reason);
    for (const evaluation of this.#queue.splice(0)) {
      evaluation.controller.abort(reason);
      this.#settle(evaluation, { kind: 'abandoned' });
    }
  }

  #start(evaluation: Evaluation): void {
    this.#pending = evaluation;
    evaluation.state = 'running';
    const { server, rawEval } = evaluation.handle;
    const context = server.context;
    try {
      Object.defineProperty(context, 'signal', {
        value: evaluation.controller.signal,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    } catch {
      // The user declared a non-configurable `signal` (`var signal`): theirs wins.
    }
    const scope = domain.create();
    scope.on('error', (error: unknown) => this.#domainError(evaluation, error));
    scope.run(() => {
      try {
        rawEval.call(server, evaluation.code, context, evaluation.file, (...args: [Error | null, unknown?]) =>
          this.#callback(evaluation, args),
        );
      } catch (error) {
        this.#domainError(evaluation, error);
      }
    });
    if (evaluation.state === 'running') {
      evaluation.awaiting = true;
      // Node's REPL catches SIGINT itself only while synchronous code runs (its watchdog) and as Ctrl+C on a
      // terminal: while the chunk awaits, a SIGINT sent to the process interrupts it too, instead of ending
      // the process. (Added only now: the watchdog resets the process's SIGINT handling when it stops.)
      if ((server as { breakEvalOnSigint?: boolean }).breakEvalOnSigint === true) {
        evaluation.onSigint = () => server.emit('SIGINT');
        process.on('SIGINT', evaluation.onSigint);
      }
    }
  }

  #callback(evaluation: Evaluation, args: [Error | null, unknown?]): void {
    if (evaluation.state !== 'running') return;
    const [error, value] = args;
    if (error !== null && error !== undefined) {
      if (error instanceof repl.Recoverable) this.#settle(evaluation, { kind: 'recoverable', error });
      else this.#fail(evaluation, error);
    } else {
      this.#settle(evaluation, { kind: 'value', value, printed: args.length >= 2 });
    }
  }

  #domainError(evaluation: Evaluation, error: unknown): void {
    if (evaluation.state === 'running') {
      this.#fail(evaluation, error);
    } else if (evaluation.expectInterrupt && isInterruption(error)) {
      evaluation.expectInterrupt = false;
    } else {
      this.#host.background(error);
    }
  }

  #fail(evaluation: Evaluation, error: unknown): void {
    evaluation.state = 'settling';
    if (isInterruption(error)) {
      evaluation.controller.abort(new DOMException('asyncutils.console: the evaluation was interrupted', 'AbortError'));
    }
    try {
      this.#host.failed(error);
    } finally {
      this.#settle(evaluation, { kind: 'failed', error });
    }
  }

  #settle(evaluation: Evaluation, outcome: Outcome): void {
    if (evaluation.state === 'done' || evaluation.state === 'abandoned') return;
    evaluation.state = outcome.kind === 'abandoned' ? 'abandoned' : 'done';
    if (this.#pending === evaluation) this.#pending = null;
    if (evaluation.onSigint !== null) {
      process.removeListener('SIGINT', evaluation.onSigint);
      evaluation.onSigint = null;
    }
    try {
      evaluation.onDone(outcome);
    } finally {
      this.#schedule();
    }
  }

  /** Starts the next queued evaluation, or reports idleness, after Node's REPL has finished its own bookkeeping. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      if (this.#pending !== null) return;
      const next = this.#queue.shift();
      if (next !== undefined) this.#start(next);
      else this.onIdle?.();
    });
  }
}
