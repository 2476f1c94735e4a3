// `AsyncUtilsConsole`: the REPL behind the `asyncutils` command, with every installed `@asyncutils/*`
// package as a lazily loaded global (the port of Python's `asyncutils.console.AsyncUtilsConsole`).
import { audit, objectId } from '@asyncutils/audit';
import { configFlags, logger } from '@asyncutils/config';
import { ConsoleBase } from './ConsoleBase.js';
import { installPackageGlobals, notInstalledError } from './packageGlobals.js';
import { postMortem } from './postMortem.js';
import { isNotFound } from './resolveModule.js';
import { runStates } from './runState.js';
import type { ConsoleOptions, ConsoleRunOptions } from './types.js';

const API = 'asyncutils.console.AsyncUtilsConsole';
/** The process-wide slot holding the running `AsyncUtilsConsole` (read by `@asyncutils/signals`). */
const RUNNING_SLOT: unique symbol = Symbol.for('asyncutils.console.running');
const slots = globalThis as unknown as { [RUNNING_SLOT]?: unknown };

const notInstalled = new WeakSet<object>();
const loadAllOf = new WeakMap<object, () => number>();

function loadPackage(console: ConsoleBase, name: string): unknown {
  const specifier = `@asyncutils/${name}`;
  logger.debug('asyncutils.console: loading %s', specifier);
  try {
    return console.requireModule(specifier);
  } catch (error) {
    if (!isNotFound(error, specifier)) throw error;
    const missing = notInstalledError(name);
    notInstalled.add(missing);
    throw missing;
  }
}

/** A stand-in module, replaced by the lazy `asyncutils` namespace (the umbrella package is never required). */
const NAMESPACE_PLACEHOLDER: object = Object.freeze({});

/**
 * The asyncutils REPL (the `asyncutils` command): an async Node REPL where every installed
 * `@asyncutils/*` package is a lazily loaded global. Final: it cannot be subclassed (subclass
 * {@link ConsoleBase} instead), and only one runs at a time in a process.
 *
 * @remarks
 * Its locals: `asyncutils` (one lazy getter per package: the first access `require`s
 * `@asyncutils/<name>`; a package that is not installed throws `Error` `… is not installed (npm i
 * @asyncutils/<name>)`), the same getters as bare globals (`queues`, `locks`, …) except names that would
 * shadow a Node built-in module or a REPL global (`console`, `constants`, `events`, `util`: use
 * `asyncutils.util`), `__version__`, `loadAll()`, `exit()`, `quit()`, `clear()`, and during each
 * evaluation `signal`, aborted by Ctrl+C.
 *
 * `run()` raises the audit event `asyncutils.console.AsyncUtilsConsole.run` `[objectId(console)]` first.
 * The flags of `@asyncutils/config` apply: `silent` (no banner or exit message), `basicRepl` (no colours
 * or preview), `maxMemoryErrors`, `loadedAll` (`loadAll()` before the first prompt) and `pdb` (the
 * post-mortem handler after a non-zero exit).
 *
 * @example
 * ```ts
 * import { AsyncUtilsConsole } from '@asyncutils/console';
 *
 * // Interactive on a terminal; piped input (`echo 'console.log(1)' | node repl.js`) runs once.
 * process.exitCode = await new AsyncUtilsConsole().run();
 * ```
 */
export class AsyncUtilsConsole extends ConsoleBase {
  static {
    ConsoleBase.setup(this, {
      name: 'asyncutils',
      version: __PKG_VERSION__,
      description:
        'asyncutils is a multi-purpose and efficient asynchronous utilities library.\nYou can use await at the top level instead of wrapping code in an async function.\nEvery installed @asyncutils package is available as a global.',
      defaultLocalExit: true,
      disallowSubclassMsg: 'cannot subclass %s; subclass asyncutils.console.ConsoleBase instead',
      nativeHandler: (locals, console) => {
        installPackageGlobals(
          locals,
          (name) => loadPackage(console, name),
          (error) => typeof error === 'object' && error !== null && notInstalled.has(error),
          __PKG_VERSION__,
        );
        loadAllOf.set(console, locals.loadAll as () => number);
      },
    });
  }

  /**
   * The default post-mortem handler (Python's `pdb.post_mortem`): writes the reason, opens the
   * inspector on `127.0.0.1` (a free port) unless it is open, writes its URL and blocks until a
   * debugger attaches, then stops at a `debugger` statement with `reason` in scope.
   *
   * @param reason - The `ConsoleExit` or error that ended the session.
   * @param errorOutput - Where to write. @default process.stderr
   *
   * @example
   * ```ts
   * import { AsyncUtilsConsole } from '@asyncutils/console';
   *
   * await AsyncUtilsConsole.postMortem(new Error('crash')); // attach with chrome://inspect
   * ```
   */
  static async postMortem(reason: unknown, errorOutput: NodeJS.WritableStream = process.stderr): Promise<void> {
    postMortem(reason, errorOutput);
  }

  #tamperReported = false;

  /**
   * Builds the locals (see the class remarks); `module` defaults to the lazy `asyncutils` namespace.
   *
   * @param opts - See {@link ConsoleOptions}; `paths` sets where packages are looked up.
   * @throws TypeError when constructing a subclass.
   *
   * @example
   * ```ts
   * const repl = new AsyncUtilsConsole({ paths: [process.cwd()] });
   * ```
   */
  constructor(opts?: ConsoleOptions) {
    const usesNamespace =
      opts === undefined ||
      (typeof opts === 'object' && opts !== null && opts.module === undefined && (opts.moduleName ?? 'asyncutils') === 'asyncutils');
    super(usesNamespace ? { ...opts, module: NAMESPACE_PLACEHOLDER } : opts);
  }

  /**
   * Whether this console is running: also checks that the process-wide slot
   * `globalThis[Symbol.for('asyncutils.console.running')]` holds it. A mismatch writes `User tampered
   * with console-internal state!`, stops a running console with code 1, and gives `false`.
   *
   * @example
   * ```ts
   * repl.isRunning; // true between beforeRun and afterRun
   * ```
   */
  override get isRunning(): boolean {
    const running = super.isRunning;
    const holds = slots[RUNNING_SLOT] === this;
    if (running === holds) return running;
    if (!this.#tamperReported) {
      this.#tamperReported = true;
      this.write('User tampered with console-internal state!\n');
      if (running) this.setReturnCode(1);
    }
    return false;
  }

  /**
   * Raises `asyncutils.console.AsyncUtilsConsole.run` `[objectId(this)]`, then runs as
   * {@link ConsoleBase.run} does.
   *
   * @param opts - See {@link ConsoleRunOptions}.
   * @returns The exit code.
   * @throws What an audit hook throws (nothing is started), `signal.reason` for an aborted signal (before
   * the event), and the errors of {@link ConsoleBase.run}.
   *
   * @example
   * ```ts
   * const code = await new AsyncUtilsConsole().run({ historyFile: null });
   * ```
   */
  override async run(opts?: ConsoleRunOptions): Promise<number> {
    const signal: unknown = (opts as { signal?: unknown } | null | undefined)?.signal;
    if ((signal as AbortSignal | undefined)?.aborted === true) throw (signal as AbortSignal).reason;
    audit('asyncutils.console.AsyncUtilsConsole.run', objectId(this));
    return super.run(opts);
  }

  /**
   * Takes the process-wide running slot, then `super.beforeRun(max ?? configFlags.maxMemoryErrors)`.
   *
   * @param maxMemoryErrors - The memory-error limit of this run.
   * @throws Error `this console is already running`, or `another console is running` when the slot holds
   * another console.
   *
   * @example
   * ```ts
   * // Called by run(); a second console started meanwhile rejects with "another console is running".
   * ```
   */
  override beforeRun(maxMemoryErrors: number | undefined): void {
    const current = slots[RUNNING_SLOT];
    if (super.isRunning || current === this) throw new Error(`${API}.run: this console is already running`);
    if (current !== undefined && current !== null) throw new Error(`${API}.run: another console is running`);
    slots[RUNNING_SLOT] = this;
    try {
      super.beforeRun(maxMemoryErrors === undefined ? configFlags.maxMemoryErrors : maxMemoryErrors);
    } catch (error) {
      delete slots[RUNNING_SLOT];
      throw error;
    }
    this.#tamperReported = false;
  }

  /**
   * Releases the running slot (warning when it held something else), runs the post-mortem handler when
   * the `pdb` flag is set and the exit code is not 0, then `super.afterRun()`.
   *
   * @example
   * ```ts
   * // Called by run() after the session.
   * ```
   */
  override async afterRun(): Promise<void> {
    const previous = slots[RUNNING_SLOT];
    delete slots[RUNNING_SLOT];
    if (previous !== this) this.write('WARNING: user tampered with asyncutils module state\n');
    const state = runStates.get(this);
    if (state !== undefined && state.exitCode !== 0 && configFlags.pdb) {
      const reason = this.exc ?? state.failure;
      const handler = state.onPostMortem ?? ((r: unknown) => AsyncUtilsConsole.postMortem(r, state.errorOutput));
      await handler(reason);
    }
    super.afterRun();
  }

  /**
   * Writes the banner and exit message unless the `silent` flag is set.
   *
   * @param msg - The text.
   *
   * @example
   * ```ts
   * repl.writeSpecial('banner\n'); // nothing with `quiet = true` in the configuration
   * ```
   */
  override writeSpecial(msg: string): void {
    if (!configFlags.silent) super.writeSpecial(msg);
  }

  /**
   * With the `loadedAll` flag: writes `<prompt>loadAll()` and loads every installed package before the
   * first prompt.
   *
   * @param prompt - The prompt of the session.
   */
  protected override interactHook(prompt: string): void {
    if (!configFlags.loadedAll) return;
    this.writeSpecial(`${prompt}loadAll()\n`);
    try {
      loadAllOf.get(this)?.();
    } catch (error) {
      this.showtraceback(error);
    }
  }
}
