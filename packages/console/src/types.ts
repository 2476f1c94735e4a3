// The option and callback types of the console classes (Python's class keywords, `__init__` and `run`
// keywords, `SystemExit`, the locals handlers and the interrupt / memory-error hooks).
import type { ConsoleBase } from './ConsoleBase.js';

/**
 * Why a console stopped: the port of Python's `SystemExit`. A number is the exit code; a string is a
 * message written to the error output, with exit code 1.
 *
 * @remarks
 * `console.exc` holds one after `exit(code)`, `quit(code)` or `setReturnCode(code)`, and `run()` resolves
 * with `code` (a string code resolves 1). It is a frozen plain object.
 *
 * @example
 * ```ts
 * import { AsyncUtilsConsole, type ConsoleExit } from '@asyncutils/console';
 *
 * const repl = new AsyncUtilsConsole();
 * const code = await repl.run();
 * const why: ConsoleExit | null = repl.exc; // e.g. { code: 3 } after `exit(3)`, null after Ctrl+D
 * ```
 */
export interface ConsoleExit {
  /** The exit code (an integer) or an error message (exit code 1). */
  readonly code: number | string;
}

/**
 * Fills the locals of a console for one module name (Python's `LOCALS_HANDLERS` values).
 *
 * @remarks
 * Called once by the `ConsoleBase` constructor with the locals object (`{ [moduleName]: module, exit,
 * quit, clear }`) and the console being built; it adds or replaces properties (accessors included).
 * Its return value is ignored; a throw makes the constructor throw.
 *
 * @example
 * ```ts
 * import type { LocalsHandler } from '@asyncutils/console';
 *
 * const addAnswer: LocalsHandler = (locals) => {
 *   locals.answer = 42;
 * };
 * ```
 */
export type LocalsHandler = (locals: Record<string, unknown>, console: ConsoleBase) => unknown;

/**
 * An interrupt or memory-error hook: called with the console, in list order, by `interrupt()` or
 * `memoryError()`.
 *
 * @remarks
 * A hook that throws is reported with `showtraceback` and the remaining hooks still run.
 *
 * @example
 * ```ts
 * import type { ConsoleHook } from '@asyncutils/console';
 *
 * const bell: ConsoleHook = (repl) => repl.write('\x07');
 * ```
 */
export type ConsoleHook = (console: ConsoleBase) => unknown;

/**
 * The options of {@link ConsoleBase.setup} (Python's class keywords of `ConsoleBase` subclasses).
 *
 * @remarks
 * Every option has a fixed default (options are not inherited), except the handler map and the hook
 * lists, which extend the parent class's. Unknown keys are a `TypeError`.
 *
 * @example
 * ```ts
 * import { ConsoleBase, type ConsoleSetupOptions } from '@asyncutils/console';
 *
 * const opts: ConsoleSetupOptions = {
 *   version: '1.0.0',
 *   description: 'Try `answer`.',
 *   nativeHandler: (locals) => {
 *     locals.answer = 42;
 *   },
 * };
 * class MyConsole extends ConsoleBase {
 *   static {
 *     ConsoleBase.setup(this, opts);
 *   }
 * }
 * ```
 */
export interface ConsoleSetupOptions {
  /**
   * `NAME`: the module name the console is for, and the `{name}` of the banner.
   * @default the class name lower-cased, with a trailing `console` removed (`MyConsole` → `'my'`)
   */
  readonly name?: string;
  /** `{version}` of the banner. @default `'unknown'` */
  readonly version?: string;
  /** `{description}` of the banner. @default `'Enjoy!'` */
  readonly description?: string;
  /**
   * The banner template. Placeholders are `{name}`, `{version}`, `{description}`, `{platform}`
   * (`process.platform`), `{node}` (`process.versions.node`) and the keys of `vars`; any other
   * `{word}` is a `RangeError`.
   * @default `'{name} REPL (version {version}) running on {platform}\nType ".help" for more information, "clear()" to clear the terminal, and ".exit" or "exit()" to exit.\n{description}\n'`
   */
  readonly template?: string;
  /** Extra placeholders of `template` (string values; they may not redefine the built-in ones). @default `{}` */
  readonly vars?: Readonly<Record<string, string>>;
  /**
   * `true`: `exit()` ends only the console. `false`: when `run()` finishes, `process.exitCode` is set
   * to its code.
   * @default `true`
   */
  readonly defaultLocalExit?: boolean;
  /**
   * Non-null: the class is final, and constructing or configuring a subclass throws a `TypeError` with
   * this message, `%s` replaced by the subclass's name.
   * @default `null`
   */
  readonly disallowSubclassMsg?: string | null;
  /** The locals handler for `name`. @default `null` */
  readonly nativeHandler?: LocalsHandler | null;
  /** Locals handlers for other module names (checked when a console is constructed). @default `{}` */
  readonly otherHandlers?: Readonly<Record<string, LocalsHandler | null>>;
  /** Appended to the inherited interrupt hooks. @default `[]` */
  readonly additionalInterruptHooks?: Iterable<ConsoleHook>;
  /** Appended to the inherited memory-error hooks. @default `[]` */
  readonly additionalMemoryErrorHooks?: Iterable<ConsoleHook>;
}

/**
 * The options of the console constructors (Python's `__init__` keywords, plus where packages are
 * looked up).
 *
 * @example
 * ```ts
 * import { AsyncUtilsConsole, type ConsoleOptions } from '@asyncutils/console';
 *
 * // Look packages up in ./vendor first, then in the working directory.
 * const opts: ConsoleOptions = { paths: ['./vendor', process.cwd()] };
 * const repl = new AsyncUtilsConsole(opts);
 * ```
 */
export interface ConsoleOptions {
  /** The module object exposed as `moduleName`. @default `requireModule(moduleName)` */
  readonly module?: object;
  /** The global name of `module`, and the key of the locals handler that runs. @default the class's `NAME` */
  readonly moduleName?: string;
  /**
   * Directories that `requireModule` (and so every lazily loaded `@asyncutils/<name>` package) resolves
   * from, in order; the first that finds the module wins.
   * @default the working directory, then this package's own location, then the location of the
   * `asyncutils` umbrella package when one is installed
   */
  readonly paths?: readonly string[];
}

/**
 * The options of `ConsoleBase#run` (Python's `run` keywords, plus the streams, the history file, an
 * abort signal and the post-mortem handler).
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { AsyncUtilsConsole, type ConsoleRunOptions } from '@asyncutils/console';
 *
 * const input = new PassThrough();
 * const opts: ConsoleRunOptions = { input, alwaysRunInteractive: true, historyFile: null };
 * const done = new AsyncUtilsConsole().run(opts);
 * input.end('exit(3)\n');
 * await done; // 3
 * ```
 */
export interface ConsoleRunOptions {
  /** Written when the console stops, `{name}` replaced by `NAME`. @default `'Thank you for using {name}!\nExiting REPL...\n'` */
  readonly exitMessage?: string;
  /**
   * How many memory errors (failed allocations) the session survives; negative: no limit.
   * @default `3` (`AsyncUtilsConsole`: the `maxMemoryErrors` flag of `@asyncutils/config`)
   */
  readonly maxMemoryErrors?: number;
  /** Start the interactive REPL even when `input` is not a TTY. @default `false` */
  readonly alwaysRunInteractive?: boolean;
  /** @default `process.stdin` */
  readonly input?: NodeJS.ReadableStream;
  /** Where results, prompts and `console.log` of evaluated code go. @default `process.stdout` */
  readonly output?: NodeJS.WritableStream;
  /** Where the banner, tracebacks and console messages go. @default `process.stderr` */
  readonly errorOutput?: NodeJS.WritableStream;
  /** @default `'> '` */
  readonly prompt?: string;
  /** Treat the streams as a terminal (line editing, history, Ctrl+C handling). @default `output.isTTY` */
  readonly terminal?: boolean;
  /**
   * The history file of a terminal session; `null` or `''`: no history.
   * @default `process.env.NODE_REPL_HISTORY` when set, else `~/.asyncutils_repl_history`
   */
  readonly historyFile?: string | null;
  /** Aborting it closes the console (the pending evaluation is abandoned), and `run` rejects with its reason. */
  readonly signal?: AbortSignal;
  /**
   * Called by `AsyncUtilsConsole#afterRun` when the `pdb` flag is set and the exit code is not 0, with
   * the `ConsoleExit` (or the error that failed a piped session).
   * @default `AsyncUtilsConsole.postMortem`
   */
  readonly onPostMortem?: (reason: unknown) => void | Promise<void>;
}
