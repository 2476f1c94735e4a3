// `ConsoleBase`: a configurable async REPL on `node:repl` (the port of Python's `asyncutils.console.ConsoleBase`).
import { sep } from 'node:path';
import type { REPLServer } from 'node:repl';
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Context } from 'node:vm';
import { typeName } from '@asyncutils/audit';
import { configFlags, getLoopAndSet, logger } from '@asyncutils/config';
import { type ConsoleClass, configOf, finalAncestorError, registerRoot, setupClass } from './classConfig.js';
import { isInterruption, isMemoryError } from './errorKinds.js';
import { createRepl, Evaluator, type Outcome, type ReplHandle } from './evaluator.js';
import { ExitRequest, isExitRequest, toConsoleExit } from './exit.js';
import { historyFileFor } from './historyFile.js';
import { LineGate } from './lineGate.js';
import { ownDirs } from './ownLocation.js';
import { checkPaths, defaultPaths, requireFrom } from './resolveModule.js';
import { runStates, type RunState } from './runState.js';
import { terminalStyle } from './terminalStyle.js';
import { formatTraceback } from './traceback.js';
import type { ConsoleExit, ConsoleHook, ConsoleOptions, ConsoleRunOptions, ConsoleSetupOptions, LocalsHandler } from './types.js';

const API = 'asyncutils.console.ConsoleBase';
const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';
const DEFAULT_EXIT_MESSAGE = 'Thank you for using {name}!\nExiting REPL...\n';
const OPTION_KEYS: ReadonlySet<string> = new Set(['module', 'moduleName', 'paths']);
const RUN_OPTION_KEYS: ReadonlySet<string> = new Set([
  'exitMessage',
  'maxMemoryErrors',
  'alwaysRunInteractive',
  'input',
  'output',
  'errorOutput',
  'prompt',
  'terminal',
  'historyFile',
  'signal',
  'onPostMortem',
]);

/** The streams and settings of the run in progress. */
interface Io {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly errorOutput: NodeJS.WritableStream;
  readonly prompt: string;
  readonly terminal: boolean;
  readonly historyFile: string | null;
}

/** The interactive session in progress. */
interface Session {
  readonly handle: ReplHandle;
  gate: LineGate | null;
}

const isTTY = (stream: unknown): boolean => (stream as { isTTY?: unknown } | null)?.isTTY === true;

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

function checkStream(value: unknown, method: 'on' | 'write', key: string): void {
  if (typeof (value as Record<string, unknown> | null)?.[method] !== 'function') {
    throw new TypeError(`${API}.run: ${key} must be a ${method === 'on' ? 'readable' : 'writable'} stream, not ${typeName(value)}`);
  }
}

function checkOption(value: unknown, type: 'string' | 'boolean' | 'function', key: string): void {
  if (value !== undefined && typeof value !== type) {
    throw new TypeError(`${API}.run: ${key} must be a ${type}, not ${typeName(value)}`);
  }
}

/** The hidden frames of tracebacks: this package's directory, as a path and as a file URL. */
const OWN_DIRS: readonly string[] = ownDirs().map((dir) => (dir.endsWith('/') || dir.endsWith(sep) ? dir : `${dir}/`));

/** Reads a stream to its end as UTF-8 text; resolves `null` when `signal` aborts first. */
function readAll(input: NodeJS.ReadableStream, signal: AbortSignal | undefined): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const decoder = new StringDecoder('utf8');
    let text = '';
    const cleanup = (): void => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onData = (chunk: unknown): void => {
      text += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(text + decoder.end());
    };
    const onError = (error: unknown): void => {
      cleanup();
      reject(error);
    };
    const onAbort = (): void => {
      cleanup();
      input.pause();
      resolve(null);
    };
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The memory-error hook every console starts with: a garbage collection when `globalThis.gc` exists
 * (`node --expose-gc`), `MemoryError` on the error output, and a DEBUG log record.
 */
const collectGarbage: ConsoleHook = (console) => {
  (globalThis as { gc?: () => void }).gc?.();
  console.write('MemoryError\n');
  logger.debug('asyncutils.console: emergency garbage collection after MemoryError number %d', console.memoryErrors);
};

/**
 * A configurable async REPL built on `node:repl`: top-level `await`, declarations that persist, preloaded
 * locals, interrupt and memory-error hooks, a banner and an exit message, exit codes, and a
 * non-interactive mode for piped input (the port of Python's `asyncutils.console.ConsoleBase`).
 *
 * @remarks
 * Configure a subclass with {@link ConsoleBase.setup} in a `static {}` block, and override
 * {@link ConsoleBase.beforeRun} (calling `super.beforeRun` first): like Python's abstract method, a class
 * that does not override it cannot be constructed. `run()` resolves the exit code; see
 * {@link ConsoleRunOptions}.
 *
 * Each evaluation runs with Node's own REPL evaluator in the console's `vm` context, so `await` works at
 * the top level and `const`/`let`/`class`/`function` declarations persist. While an evaluation runs, the
 * global `signal` is its `AbortSignal`: Ctrl+C (or `refresh()`) aborts it, so evaluated code can pass it
 * on (`await fetch(url, { signal })`) to really cancel what it started.
 *
 * @example
 * ```ts
 * import { ConsoleBase } from '@asyncutils/console';
 *
 * class MathConsole extends ConsoleBase {
 *   static {
 *     ConsoleBase.setup(this, {
 *       version: '1.0.0',
 *       nativeHandler: (locals) => {
 *         locals.square = (x: number) => x * x;
 *       },
 *     });
 *   }
 *   override beforeRun(maxMemoryErrors: number | undefined): void {
 *     super.beforeRun(maxMemoryErrors);
 *   }
 * }
 *
 * // `math` is `Math`; `square(await Promise.resolve(7))` prints 49.
 * process.exitCode = await new MathConsole({ module: Math }).run();
 * ```
 */
export abstract class ConsoleBase {
  /**
   * What `runcode` resolves with when the evaluation failed (its error was reported) or was abandoned.
   *
   * @example
   * ```ts
   * if ((await repl.runcode('throw 1')) === ConsoleBase.STATEMENT_FAILED) console.error('failed');
   * ```
   */
  static readonly STATEMENT_FAILED: unique symbol = Symbol('asyncutils.console.STATEMENT_FAILED');

  /**
   * Whether REPLs may use colours and the inline preview (Python's `CAN_USE_PYREPL`): `false` when the
   * `basicRepl` flag of `@asyncutils/config` is set.
   *
   * @example
   * ```ts
   * ConsoleBase.CAN_USE_TERMINAL_REPL; // true unless `basic_repl = true` in the configuration
   * ```
   */
  static get CAN_USE_TERMINAL_REPL(): boolean {
    return !configFlags.basicRepl;
  }

  /**
   * The module name this class is for (its `name` option): the default `moduleName` and the `{name}` of
   * the banner and exit message.
   *
   * @example
   * ```ts
   * class MyConsole extends ConsoleBase {}
   * MyConsole.NAME; // 'my'
   * ```
   */
  static get NAME(): string {
    return configOf(this).name;
  }

  /**
   * The banner: the class's template with its placeholders substituted.
   *
   * @example
   * ```ts
   * AsyncUtilsConsole.BANNER.startsWith('asyncutils REPL (version '); // true
   * ```
   */
  static get BANNER(): string {
    return configOf(this).banner;
  }

  /**
   * The locals handlers by module name: this class's entries over its ancestors' (a copy).
   *
   * @example
   * ```ts
   * typeof AsyncUtilsConsole.LOCALS_HANDLERS.get('asyncutils'); // 'function'
   * ```
   */
  static get LOCALS_HANDLERS(): ReadonlyMap<string, LocalsHandler | null> {
    return new Map(configOf(this).handlers);
  }

  /**
   * The interrupt hooks, inherited ones first (frozen).
   *
   * @example
   * ```ts
   * MyConsole.interruptHooks.length; // 0 unless configured
   * ```
   */
  static get interruptHooks(): readonly ConsoleHook[] {
    return configOf(this).interruptHooks;
  }

  /**
   * The memory-error hooks, inherited ones first (frozen); the first is the base hook (garbage
   * collection when available, `MemoryError` on the error output, a DEBUG record).
   *
   * @example
   * ```ts
   * ConsoleBase.memoryErrorHooks.length; // 1
   * ```
   */
  static get memoryErrorHooks(): readonly ConsoleHook[] {
    return configOf(this).memoryErrorHooks;
  }

  /**
   * `true`: `exit()` ends only the console; `false`: `run()` also sets `process.exitCode`.
   *
   * @example
   * ```ts
   * AsyncUtilsConsole.defaultLocalExit; // true
   * ```
   */
  static get defaultLocalExit(): boolean {
    return configOf(this).defaultLocalExit;
  }

  /**
   * Configures a subclass (Python's class keywords); call it once, from the class's `static {}` block. A
   * class that never calls it inherits its parent's configuration with its own default name.
   *
   * @param cls - The subclass.
   * @param opts - See {@link ConsoleSetupOptions}.
   * @throws TypeError when `cls` is not a subclass of `ConsoleBase`, extends a final class (with that
   * class's message), was configured already, or an option has the wrong type or is unknown.
   * @throws RangeError when the template has an unknown `{placeholder}`.
   *
   * @example
   * ```ts
   * class ToolConsole extends ConsoleBase {
   *   static {
   *     ConsoleBase.setup(this, { name: 'tool', version: '2.1.0', template: '{name} {version} ({extra})\n', vars: { extra: 'beta' } });
   *   }
   *   override beforeRun(max: number | undefined): void {
   *     super.beforeRun(max);
   *   }
   * }
   * ToolConsole.BANNER; // 'tool 2.1.0 (beta)\n'
   * ```
   */
  static setup(cls: ConsoleClass, opts?: ConsoleSetupOptions): void {
    setupClass(cls, opts);
  }

  static {
    registerRoot(this, [collectGarbage]);
  }

  readonly #locals: Record<string, unknown>;
  readonly #paths: readonly string[] | null;
  readonly #evaluator: Evaluator;
  #exc: ConsoleExit | null = null;
  #memoryErrors = 0;
  #maxMemoryErrors = 3;
  #running = false;
  #io: Io | null = null;
  #handle: ReplHandle | null = null;
  #session: Session | null = null;
  #closing = false;
  #lastFailure: unknown = undefined;

  /**
   * Builds the console's locals: `{ [moduleName]: module, exit, quit, clear }`, then runs the locals
   * handler registered for `moduleName`.
   *
   * @param opts - See {@link ConsoleOptions}.
   * @throws TypeError when a class between `ConsoleBase` and this one is final, when the class does not
   * override `beforeRun`, when an option has the wrong type, or when the handler for `moduleName` is
   * neither a function nor `null`.
   * @throws Whatever the `asyncutils/get_loop_and_set` audit hook throws, and the error of loading
   * `moduleName` when `module` is not given.
   */
  constructor(opts?: ConsoleOptions) {
    const cls = new.target;
    const finalError = finalAncestorError(cls);
    if (finalError !== null) throw finalError;
    if (cls === ConsoleBase) throw new TypeError(`${API}: ConsoleBase is abstract; construct a subclass`);
    if ((this as ConsoleBase).beforeRun === ConsoleBase.prototype.beforeRun) {
      throw new TypeError(`${API}: ${cls.name} must override beforeRun (and call super.beforeRun first)`);
    }
    if (opts === undefined) opts = {};
    else if (typeof opts !== 'object' || opts === null) throw new TypeError(`${API}: options must be an object, not ${typeName(opts)}`);
    for (const key of Object.keys(opts)) {
      if (!OPTION_KEYS.has(key)) throw new TypeError(`${API}: unknown option ${JSON.stringify(key)}`);
    }
    getLoopAndSet();
    this.#paths = opts.paths === undefined ? null : checkPaths(opts.paths, API);
    this.#evaluator = new Evaluator({
      failed: (error) => this.#failed(error),
      background: (error) => this.#background(error),
    });
    const moduleName: unknown = opts.moduleName ?? configOf(cls).name;
    if (typeof moduleName !== 'string') throw new TypeError(`${API}: moduleName must be a string, not ${typeName(moduleName)}`);
    const module: unknown = opts.module === undefined ? this.requireModule(moduleName) : opts.module;
    if ((typeof module !== 'object' && typeof module !== 'function') || module === null) {
      throw new TypeError(`${API}: module must be an object, not ${typeName(module)}`);
    }
    const exit = (code?: number | string | null): never => {
      const request = toConsoleExit(code, 'exit');
      this.setReturnCode(request.code);
      throw new ExitRequest(request.code);
    };
    const quit = (code?: number | string | null): never => exit(code);
    const clear = (): void => {
      const output = this.#io?.output ?? process.stdout;
      if (isTTY(output)) output.write(CLEAR_SCREEN);
    };
    Object.defineProperty(exit, 'name', { value: 'exit' });
    Object.defineProperty(quit, 'name', { value: 'quit' });
    const locals: Record<string, unknown> = { [moduleName]: module, exit, quit, clear };
    this.#locals = locals;
    const handler: unknown = configOf(cls).handlers.get(moduleName);
    if (typeof handler === 'function') (handler as LocalsHandler)(locals, this);
    else if (handler !== null && handler !== undefined) {
      throw new TypeError(`${API}: locals handler for module '${moduleName}' should be callable, not ${typeName(handler)}`);
    }
  }

  /**
   * The console's globals: the locals object before the first session, the REPL's context (a `vm`
   * context holding the same properties plus what the user defined) once a session started.
   *
   * @example
   * ```ts
   * typeof new AsyncUtilsConsole().context.exit; // 'function'
   * ```
   */
  get context(): Record<string, unknown> {
    return this.#handle === null ? this.#locals : (this.#handle.server.context as Record<string, unknown>);
  }

  /**
   * Why the console stopped (`exit(code)`, `setReturnCode`), or `null`.
   *
   * @example
   * ```ts
   * await repl.run(); // after `exit(3)`
   * repl.exc; // { code: 3 }
   * ```
   */
  get exc(): ConsoleExit | null {
    return this.#exc;
  }

  /**
   * How many memory errors the current (or last) run counted.
   *
   * @example
   * ```ts
   * repl.memoryErrors; // 0
   * ```
   */
  get memoryErrors(): number {
    return this.#memoryErrors;
  }

  /**
   * Whether the console is between `beforeRun` and `afterRun`.
   *
   * @example
   * ```ts
   * const done = repl.run();
   * repl.isRunning; // true
   * ```
   */
  get isRunning(): boolean {
    return this.#running;
  }

  /**
   * Requires a module from the console's `paths` (see {@link ConsoleOptions.paths}), in order.
   *
   * @param specifier - A package name or path, as for `require`.
   * @returns The module's exports.
   * @throws Error with `code` `'MODULE_NOT_FOUND'` when no base resolves it; the module's own error when
   * it fails to load.
   *
   * @example
   * ```ts
   * const queues = repl.requireModule('@asyncutils/queues');
   * ```
   */
  requireModule(specifier: string): unknown {
    if (typeof specifier !== 'string') throw new TypeError(`${API}.requireModule: specifier must be a string, not ${typeName(specifier)}`);
    return requireFrom(this.#paths ?? defaultPaths(), specifier, `${API}.requireModule`);
  }

  /**
   * Runs the console and resolves its exit code.
   *
   * @remarks
   * 1. (`AsyncUtilsConsole`) the `asyncutils.console.AsyncUtilsConsole.run` audit event.
   * 2. `beforeRun(opts.maxMemoryErrors)`.
   * 3. When `alwaysRunInteractive` or the input is a TTY: {@link ConsoleBase.interact}, until Ctrl+D, `.exit`,
   *    `exit()` or an abort.
   * 4. Otherwise: the banner, then the whole input evaluated once with {@link ConsoleBase.runcode}.
   * 5. `afterRun()`; what it throws is written as `<type> occurred in afterRun of <console>: <message>`.
   * 6. The exit message.
   * 7. The code: `exc.code` when it is a number; 1 for a string code (the string is written to the error
   *    output) or a failed piped input; else 0. With `defaultLocalExit` false, also `process.exitCode`.
   *
   * @param opts - See {@link ConsoleRunOptions}.
   * @returns The exit code.
   * @throws Error `this console is already running`; `TypeError`/`RangeError` for bad options (nothing is
   * started); what `beforeRun` throws; `signal.reason` when the signal aborts.
   *
   * @example
   * ```ts
   * import { AsyncUtilsConsole } from '@asyncutils/console';
   *
   * process.exitCode = await new AsyncUtilsConsole().run();
   * ```
   */
  async run(opts?: ConsoleRunOptions): Promise<number> {
    if (opts === undefined) opts = {};
    else if (typeof opts !== 'object' || opts === null) throw new TypeError(`${API}.run: options must be an object, not ${typeName(opts)}`);
    const signal = opts.signal;
    if (signal !== undefined && (typeof signal !== 'object' || signal === null || typeof signal.addEventListener !== 'function')) {
      throw new TypeError(`${API}.run: signal must be an AbortSignal, not ${typeName(signal)}`);
    }
    signal?.throwIfAborted();
    if (this.#running) throw new Error(`${API}.run: this console is already running`);
    const io = this.#checkRunOptions(opts);
    const exitMessage = opts.exitMessage ?? DEFAULT_EXIT_MESSAGE;
    this.beforeRun(opts.maxMemoryErrors);

    this.#exc = null;
    this.#memoryErrors = 0;
    this.#closing = false;
    this.#lastFailure = undefined;
    this.#io = io;
    const state: RunState = { exitCode: null, failure: undefined, onPostMortem: opts.onPostMortem, errorOutput: io.errorOutput };
    runStates.set(this, state);
    const onAbort = (): void => this.#closeSession();
    signal?.addEventListener('abort', onAbort, { once: true });
    // beforeRun itself may have aborted it.
    if (signal?.aborted === true) this.#closeSession();
    let failed = false;
    let sessionError: unknown;
    let threw = false;
    try {
      if (opts.alwaysRunInteractive === true || isTTY(io.input)) {
        await this.interact({ prompt: io.prompt });
      } else {
        failed = await this.#runPiped(io, signal);
        if (failed) state.failure = this.#lastFailure;
      }
    } catch (error) {
      threw = true;
      sessionError = error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }

    const exc: ConsoleExit | null = this.exc;
    const code = exc === null ? (failed || threw ? 1 : 0) : typeof exc.code === 'number' ? exc.code : 1;
    state.exitCode = code;
    try {
      await this.afterRun();
    } catch (error) {
      this.write(`${typeName(error)} occurred in afterRun of ${String(this)}: ${messageOf(error)}\n`);
    }
    this.#running = false;
    runStates.delete(this);
    const cls = this.constructor as typeof ConsoleBase;
    this.writeSpecial(exitMessage.replaceAll('{name}', cls.NAME));
    if (signal?.aborted === true) throw signal.reason;
    if (threw) throw sessionError;
    if (exc !== null && typeof exc.code === 'string') this.write(exc.code.endsWith('\n') ? exc.code : `${exc.code}\n`);
    if (!cls.defaultLocalExit) process.exitCode = code;
    return code;
  }

  /**
   * The interactive session (used by `run`): writes the banner and the import line, then runs a
   * `node:repl` server on the run's streams until it closes.
   *
   * @param opts - `banner` (default: the class's `BANNER`) and `prompt` (default `'> '`).
   *
   * @example
   * ```ts
   * await repl.interact({ banner: 'hi\n', prompt: 'js> ' }); // on process.stdin / stdout outside `run`
   * ```
   */
  async interact(opts: { readonly banner?: string; readonly prompt?: string } = {}): Promise<void> {
    if (typeof opts !== 'object' || opts === null) throw new TypeError(`${API}.interact: options must be an object, not ${typeName(opts)}`);
    if (opts.banner !== undefined && typeof opts.banner !== 'string') {
      throw new TypeError(`${API}.interact: banner must be a string, not ${typeName(opts.banner)}`);
    }
    if (opts.prompt !== undefined && typeof opts.prompt !== 'string') {
      throw new TypeError(`${API}.interact: prompt must be a string, not ${typeName(opts.prompt)}`);
    }
    const io = this.#io ?? this.#checkRunOptions({});
    this.#io = io;
    // Outside `run`, a previous session's exit must not close this one at once.
    if (!this.#running) this.#closing = false;
    const prompt = opts.prompt ?? '> ';
    const cls = this.constructor as typeof ConsoleBase;
    this.writeSpecial(opts.banner ?? cls.BANNER);
    this.writeSpecial(`${prompt}import * as ${cls.NAME} from '${cls.NAME}'\n`);
    this.interactHook(prompt);

    const style = terminalStyle(ConsoleBase.CAN_USE_TERMINAL_REPL, isTTY(io.output), io.terminal, process.env);
    const handle: ReplHandle = createRepl(
      {
        input: io.terminal ? io.input : new PassThrough(),
        output: io.output,
        terminal: io.terminal,
        prompt,
        useColors: style.useColors,
        preview: style.preview,
      },
      (code, file, cb) => this.#lineEval(handle, code, file, cb),
    );
    const { server } = handle;
    this.#handle = handle;
    this.#copyLocals(server.context);
    server.on('reset', (context: Context) => this.#copyLocals(context));
    const session: Session = { handle, gate: null };
    this.#session = session;
    const exited = new Promise<void>((resolve) => server.once('exit', resolve));
    server.once('close', () => session.gate?.close());
    try {
      if (this.#closing) {
        server.close();
      } else {
        if (io.terminal && io.historyFile !== null) await this.#setupHistory(server, io.historyFile);
        if (!io.terminal) {
          session.gate = new LineGate(
            io.input,
            (line) => server.emit('line', line),
            () => server.close(),
            () => this.#evaluator.busy,
          );
          this.#evaluator.onIdle = () => session.gate?.pump();
        }
      }
      await exited;
    } finally {
      session.gate?.close();
      this.#evaluator.onIdle = null;
      this.#session = null;
    }
  }

  /**
   * Evaluates a chunk of code with Node's REPL evaluator in this console's context: top-level `await`
   * works, and `const`/`let`/`class`/`function` declarations persist.
   *
   * @remarks
   * An error is written with `showtraceback` and resolves {@link ConsoleBase.STATEMENT_FAILED}. Exit requests
   * (`exit()`), memory errors and interruptions are handled (`setReturnCode`, `memoryError()`,
   * `interrupt()`) without a traceback, and also resolve `STATEMENT_FAILED`, as does an evaluation that
   * `refresh()` abandoned.
   *
   * @param code - The code.
   * @returns Its completion value, or `STATEMENT_FAILED`.
   *
   * @example
   * ```ts
   * await repl.runcode('const a = await Promise.resolve(20)');
   * await repl.runcode('a + 22'); // 42
   * ```
   */
  runcode(code: string): Promise<unknown> {
    if (typeof code !== 'string') return Promise.reject(new TypeError(`${API}.runcode: code must be a string, not ${typeName(code)}`));
    const handle = this.#evaluatorHandle();
    return new Promise((resolve) => {
      this.#evaluator.evaluate(handle, code, '<stdin>', (outcome) => {
        if (outcome.kind === 'value') resolve(outcome.value);
        else {
          if (outcome.kind === 'recoverable') this.#failed(outcome.error.err);
          resolve(ConsoleBase.STATEMENT_FAILED);
        }
      });
    });
  }

  /**
   * Writes `Uncaught ` and the error's stack (`util.inspect` for a non-error) to the error output, without
   * the frames of `node:repl`, `node:vm`, `node:domain` and this package.
   *
   * @param err - What was thrown.
   *
   * @example
   * ```ts
   * repl.showtraceback(new Error('boom')); // "Uncaught Error: boom\n    at …"
   * ```
   */
  showtraceback(err: unknown): void {
    this.write(formatTraceback(err, OWN_DIRS));
  }

  /**
   * Prepares a run; subclasses override it and call `super.beforeRun(maxMemoryErrors)` first. The base
   * stores the memory-error limit and marks the console running.
   *
   * @param maxMemoryErrors - The limit of memory errors (an integer; negative: no limit). @default 3
   * @throws TypeError / RangeError for a limit that is not an integer.
   *
   * @example
   * ```ts
   * override beforeRun(max: number | undefined): void {
   *   super.beforeRun(max ?? 10);
   *   this.write('starting\n');
   * }
   * ```
   */
  beforeRun(maxMemoryErrors: number | undefined): void {
    if (maxMemoryErrors !== undefined) {
      if (typeof maxMemoryErrors !== 'number') {
        throw new TypeError(`${API}.beforeRun: maxMemoryErrors must be an integer, not ${typeName(maxMemoryErrors)}`);
      }
      if (!Number.isInteger(maxMemoryErrors)) throw new RangeError(`${API}.beforeRun: maxMemoryErrors must be an integer, not ${maxMemoryErrors}`);
    }
    this.#maxMemoryErrors = maxMemoryErrors ?? 3;
    this.#running = true;
  }

  /**
   * Ends a run (called by `run` whatever happened; it should not throw). The base marks the console as
   * not running.
   *
   * @example
   * ```ts
   * override afterRun(): void {
   *   this.write('bye\n');
   *   super.afterRun();
   * }
   * ```
   */
  afterRun(): void | Promise<void> {
    this.#running = false;
  }

  /**
   * Writes to the error output of the current run (`process.stderr` outside a run).
   *
   * @param msg - The text.
   *
   * @example
   * ```ts
   * repl.write('note\n');
   * ```
   */
  write(msg: string): void {
    (this.#io?.errorOutput ?? process.stderr).write(String(msg));
  }

  /**
   * Writes the banner, the import line and the exit message; the base calls `write`.
   *
   * @param msg - The text.
   *
   * @example
   * ```ts
   * override writeSpecial(msg: string): void {
   *   if (!quiet) super.writeSpecial(msg);
   * }
   * ```
   */
  writeSpecial(msg: string): void {
    this.write(msg);
  }

  /**
   * Handles Ctrl+C (final: do not override): writes `\nInterrupted\n`, runs the class's interrupt hooks
   * in order (a throwing hook is reported and the rest still run), then `refresh()`.
   *
   * @example
   * ```ts
   * repl.interrupt(); // as if Ctrl+C was pressed during the pending evaluation
   * ```
   */
  interrupt(): void {
    this.write('\nInterrupted\n');
    this.#runHooks((this.constructor as typeof ConsoleBase).interruptHooks);
    this.refresh();
  }

  /**
   * Handles a memory error (final: do not override): at the limit, stops the console with `ERROR:
   * Exceeded MemoryError threshold: <max>`; otherwise counts it, runs the memory-error hooks and
   * `refresh()`.
   *
   * @example
   * ```ts
   * repl.memoryError();
   * repl.memoryErrors; // 1
   * ```
   */
  memoryError(): void {
    if (this.#memoryErrors === this.#maxMemoryErrors) {
      this.setReturnCode(`ERROR: Exceeded MemoryError threshold: ${this.#maxMemoryErrors}\n`);
      return;
    }
    this.#memoryErrors += 1;
    this.#runHooks((this.constructor as typeof ConsoleBase).memoryErrorHooks);
    this.refresh();
  }

  /**
   * Stops waiting for the pending evaluation: the prompt returns at once, its `signal` aborts, and its
   * later result or rejection is discarded. No-op when idle.
   *
   * @example
   * ```ts
   * setTimeout(() => repl.refresh(), 1000); // give up on a slow `await`
   * ```
   */
  refresh(): void {
    this.#evaluator.refresh(new DOMException('asyncutils.console: the evaluation was abandoned', 'AbortError'));
  }

  /**
   * Records why the console stops and closes the REPL; the pending evaluation is abandoned.
   *
   * @param e - An integer exit code, a message (exit code 1) or a {@link ConsoleExit}.
   * @throws TypeError / RangeError for anything else (nothing changes).
   *
   * @example
   * ```ts
   * repl.setReturnCode(2); // run() resolves 2
   * ```
   */
  setReturnCode(e: number | string | ConsoleExit): void {
    this.#exc = toConsoleExit(e, `${API}.setReturnCode`, true);
    this.#closeSession();
  }

  /**
   * `<NAME> console (localExit: <defaultLocalExit>)`.
   *
   * @example
   * ```ts
   * String(new AsyncUtilsConsole()); // 'asyncutils console (localExit: true)'
   * ```
   */
  toString(): string {
    const cls = this.constructor as typeof ConsoleBase;
    return `${cls.NAME} console (localExit: ${cls.defaultLocalExit})`;
  }

  /**
   * Called by `interact` after the banner and the import line, before the REPL starts; the base does
   * nothing.
   *
   * @param prompt - The prompt of the session.
   */
  protected interactHook(prompt: string): void {
    void prompt;
  }

  #checkRunOptions(opts: ConsoleRunOptions): Io {
    for (const key of Object.keys(opts)) {
      if (!RUN_OPTION_KEYS.has(key)) throw new TypeError(`${API}.run: unknown option ${JSON.stringify(key)}`);
    }
    const input = opts.input === undefined ? process.stdin : opts.input;
    const output = opts.output === undefined ? process.stdout : opts.output;
    const errorOutput = opts.errorOutput === undefined ? process.stderr : opts.errorOutput;
    checkStream(input, 'on', 'input');
    checkStream(output, 'write', 'output');
    checkStream(errorOutput, 'write', 'errorOutput');
    checkOption(opts.exitMessage, 'string', 'exitMessage');
    checkOption(opts.prompt, 'string', 'prompt');
    checkOption(opts.terminal, 'boolean', 'terminal');
    checkOption(opts.alwaysRunInteractive, 'boolean', 'alwaysRunInteractive');
    checkOption(opts.onPostMortem, 'function', 'onPostMortem');
    const terminal = opts.terminal ?? isTTY(output);
    return {
      input,
      output,
      errorOutput,
      prompt: opts.prompt ?? '> ',
      terminal,
      historyFile: historyFileFor(opts.historyFile, process.env, `${API}.run`),
    };
  }

  async #runPiped(io: Io, signal: AbortSignal | undefined): Promise<boolean> {
    this.writeSpecial((this.constructor as typeof ConsoleBase).BANNER);
    const code = await readAll(io.input, signal);
    if (code === null || this.#closing) return false;
    this.#handle = this.#newHiddenRepl(io.output);
    const result = await this.runcode(code);
    this.#handle.server.close();
    return result === ConsoleBase.STATEMENT_FAILED && this.#exc === null && !(signal?.aborted ?? false);
  }

  /** A REPL that only evaluates (no input, no prompt): the evaluator of `runcode` outside a session. */
  #newHiddenRepl(output: NodeJS.WritableStream): ReplHandle {
    const handle = createRepl(
      { input: new PassThrough(), output, terminal: false, prompt: '', useColors: false, preview: false },
      () => undefined,
    );
    this.#copyLocals(handle.server.context);
    handle.server.on('reset', (context: Context) => this.#copyLocals(context));
    return handle;
  }

  #evaluatorHandle(): ReplHandle {
    this.#handle ??= this.#newHiddenRepl(this.#io?.output ?? process.stdout);
    return this.#handle;
  }

  #copyLocals(context: Context): void {
    Object.defineProperties(context, Object.getOwnPropertyDescriptors(this.#locals));
  }

  #setupHistory(server: REPLServer, file: string): Promise<void> {
    return new Promise((resolve) => {
      server.setupHistory(file, (error) => {
        if (error !== null) this.write(`asyncutils.console: history file ${file} is not usable (${messageOf(error)}); history is off\n`);
        resolve();
      });
    });
  }

  #lineEval(handle: ReplHandle, code: string, file: string, cb: (error?: Error | null, result?: unknown) => void): void {
    if (this.#closing) return;
    if (this.#running && !this.isRunning) return;
    this.#evaluator.evaluate(handle, code, file, (outcome: Outcome) => {
      if (this.#closing) return;
      switch (outcome.kind) {
        case 'value':
          if (outcome.printed) cb(null, outcome.value);
          else cb(null);
          break;
        case 'recoverable':
          cb(outcome.error);
          break;
        default:
          cb();
      }
    });
  }

  #failed(error: unknown): void {
    if (isExitRequest(error)) return;
    if (isInterruption(error)) {
      this.interrupt();
      return;
    }
    if (isMemoryError(error)) {
      this.memoryError();
      return;
    }
    this.#lastFailure = error;
    const server = this.#handle?.server as (REPLServer & { underscoreErrAssigned?: boolean; lastError: unknown }) | undefined;
    if (server !== undefined && server.underscoreErrAssigned !== true) server.lastError = error;
    this.showtraceback(error);
  }

  #background(error: unknown): void {
    if (isExitRequest(error) || isInterruption(error)) return;
    if (isMemoryError(error)) this.memoryError();
    else this.showtraceback(error);
    const session = this.#session;
    if (session !== null && !this.#closing && !this.#evaluator.busy) session.handle.server.displayPrompt(true);
  }

  #runHooks(hooks: readonly ConsoleHook[]): void {
    for (const hook of hooks) {
      try {
        hook(this);
      } catch (error) {
        this.showtraceback(error);
      }
    }
  }

  #closeSession(): void {
    this.#closing = true;
    this.#evaluator.abandonAll(new DOMException('asyncutils.console: the console is closing', 'AbortError'));
    const session = this.#session;
    if (session !== null) {
      session.gate?.close();
      session.handle.server.close();
    }
  }
}
