import { PassThrough } from 'node:stream';
import { addAuditHook, audit, auditEventTable } from '@asyncutils/audit';
import { configFlags, loadConfig } from '@asyncutils/config';
import { AsyncUtilsConsole } from '@asyncutils/console';
import { createAuditTracer } from './auditTracer.js';
import { bug } from './bug.js';
import { formatAuditEvents } from './formatAuditEvents.js';
import { parseCliArgv } from './parseCliArgv.js';

/**
 * Options of {@link run}: the streams and the environment of the command. Every field defaults to the
 * process's own (`process.stdin`, `process.stdout`, `process.stderr`, `process.env`,
 * `process.cwd()`).
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { run, type CliRunOptions } from '@asyncutils/cli';
 *
 * const stdin = new PassThrough();
 * stdin.end('console.log(6 * 7)\n');
 * const opts: CliRunOptions = { stdin, env: { ...process.env, AUTILSCFGPATH: './ci.asyncutils.json' } };
 * process.exitCode = await run(['-q'], opts); // prints 42
 * ```
 */
export interface CliRunOptions {
  /** The console's input (a TTY: interactive; anything else: read to the end and run as one script), and `bug -i`'s answers. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Help, version, event listings, bug links and the console's output. */
  readonly stdout?: NodeJS.WritableStream;
  /** Usage errors, `--audit` lines, the console's banner, errors and exit message. */
  readonly stderr?: NodeJS.WritableStream;
  /** The environment the configuration is found from (`AUTILSCFGPATH`); `next_config` may change it. */
  readonly env?: Record<string, string | undefined>;
  /** Where configuration discovery starts. */
  readonly cwd?: string;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] === 'function';
}

/** A byte stream holding `code` and then ending, not a TTY: the console runs it non-interactively. */
function scriptInput(code: string): NodeJS.ReadableStream {
  const input = new PassThrough();
  input.end(code);
  return input;
}

/**
 * Runs the `asyncutils` command (what the `asyncutils` and `autils` bins do) and resolves its exit
 * code; it never calls `process.exit`.
 *
 * 1. Raises the audit event `asyncutils.cli.run` with no arguments, before anything else (even
 *    before `argv` is checked, and for `--help` and `--version` too); a hook that throws makes
 *    `run` reject with that error, and nothing is written.
 * 2. `argv` omitted: `process.argv.slice(2)`.
 * 3. Parses it with {@link parseCliArgv}: help or version → the text on `stdout`, resolves 0; a
 *    usage error → the usage and `asyncutils: error: <message>` on `stderr`, resolves 2.
 * 4. `--audit [PATTERN]`: adds an audit hook printing every matching event live on `stderr`
 *    (removed when `run` settles), before anything below runs.
 * 5. `events` → the event listing on `stdout`, resolves 0.
 * 6. `bug` → `loadConfig({ overrides, env, cwd })`, then resolves what {@link bug} resolves.
 * 7. Otherwise `loadConfig({ overrides, env, cwd })` (the flags override the file; `FaultyConfig`
 *    rejects), then `new AsyncUtilsConsole().run({ input: stdin, output: stdout, errorOutput: stderr })`
 *    and resolves its exit code. With `--eval CODE` the console runs CODE instead of reading
 *    `stdin`, with `quiet` forced (no banner, no exit message). If the console fails and the `pdb`
 *    flag is set, `AsyncUtilsConsole.postMortem(error, stderr)` runs and `run` resolves 1; otherwise `run`
 *    rejects with the error.
 *
 * @param argv - the arguments without the program name (any iterable of strings except a string).
 * @param opts - the streams and environment ({@link CliRunOptions}).
 * @returns a promise of the exit code: 0, 2 for a usage error, 1 for a failed `bug` or `--eval`,
 * or the code the console exited with (`exit(n)`).
 * @throws {TypeError} (as a rejection) `asyncutils.cli.run: argv must be a non-string iterable`
 * when `argv` is a string or not iterable, and `asyncutils.cli.run: argv must yield only strings`.
 * Also rejects with whatever an audit hook throws for `asyncutils.cli.run`, the configuration's
 * errors (`FaultyConfig`, `SyntaxError`, …), and the errors of `bug` and of the console.
 * @example
 * ```ts
 * import { run } from '@asyncutils/cli';
 *
 * process.exitCode = await run(['--eval', 'console.log(await Promise.resolve(42))']);
 * ```
 */
export async function run(argv?: Iterable<string>, opts: CliRunOptions = {}): Promise<number> {
  audit('asyncutils.cli.run');
  if (argv !== undefined && (typeof argv === 'string' || argv instanceof String || !isIterable(argv))) {
    throw new TypeError('asyncutils.cli.run: argv must be a non-string iterable');
  }
  const args: unknown[] = argv === undefined ? process.argv.slice(2) : Array.from(argv);
  if (!args.every((arg): arg is string => typeof arg === 'string')) {
    throw new TypeError('asyncutils.cli.run: argv must yield only strings');
  }
  const result = parseCliArgv(args);
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  switch (result.kind) {
    case 'help':
    case 'version':
      stdout.write(result.text);
      return 0;
    case 'error':
      stderr.write(`${result.usage}asyncutils: error: ${result.message}\n`);
      return 2;
    default:
      break;
  }
  const stopTracing = result.audit === undefined ? null : addAuditHook(createAuditTracer(result.audit, stderr));
  try {
    if (result.kind === 'events') {
      stdout.write(formatAuditEvents(auditEventTable, result));
      return 0;
    }
    const env = opts.env ?? process.env;
    const cwd = opts.cwd ?? process.cwd();
    const script = result.kind === 'repl' ? result.eval : undefined;
    loadConfig({ overrides: script === undefined ? result.overrides : { ...result.overrides, quiet: true }, env, cwd });
    const stdin = opts.stdin ?? process.stdin;
    if (result.kind === 'bug') return await bug(result.args, { stdin, stdout, stderr, env, cwd });
    try {
      return await new AsyncUtilsConsole().run({ input: script === undefined ? stdin : scriptInput(script), output: stdout, errorOutput: stderr });
    } catch (error) {
      if (!configFlags.pdb) throw error;
      await AsyncUtilsConsole.postMortem(error, stderr);
      return 1;
    }
  } finally {
    stopTracing?.();
  }
}
