import { audit, auditEventTable } from '@asyncutils/audit';
import { formatAuditEvents } from './formatAuditEvents.js';
import { parseCliArgv } from './parseCliArgv.js';

/**
 * The smallest stream `run` writes to: anything with a `write(chunk: string)` method, such as
 * `process.stdout`, a `Writable`, or an in-memory fake in tests.
 *
 * @example
 * ```ts
 * let out = '';
 * const sink: CliWritable = { write: (chunk) => (out += chunk) };
 * ```
 */
export interface CliWritable {
  write(chunk: string): unknown;
}

/**
 * Options of {@link run}: where its output goes. Later releases add the input stream, the
 * environment and the working directory of the interactive console.
 *
 * @example
 * ```ts
 * import { run, type CliRunOptions } from '@asyncutils/cli';
 *
 * let text = '';
 * const opts: CliRunOptions = { stdout: { write: (chunk: string) => (text += chunk) } };
 * await run(['--version'], opts); // text === 'asyncutils v0.1.0\n'
 * ```
 */
export interface CliRunOptions {
  /** Receives help, version and event listings. Default: `process.stdout`. */
  readonly stdout?: CliWritable;
  /** Receives the usage and `asyncutils: error: …` of a usage error. Default: `process.stderr`. */
  readonly stderr?: CliWritable;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] === 'function';
}

/**
 * Runs the `asyncutils` command (what the `asyncutils` and `autils` bins do) and resolves its exit
 * code; it never calls `process.exit`.
 *
 * 1. Raises the audit event `asyncutils.cli.run` with no arguments, before anything else (even
 *    before `argv` is checked, and for `--help` and `--version` too); a hook that throws makes
 *    `run` reject with that error, and nothing is written.
 * 2. `argv` omitted: `process.argv.slice(2)`.
 * 3. Parses it with {@link parseCliArgv}: help or version (or no arguments, which prints the main
 *    help) → the text on `stdout`, resolves 0; `events` → the event listing on `stdout`,
 *    resolves 0 (also when nothing matches); a usage error → the usage and
 *    `asyncutils: error: <message>` on `stderr`, resolves 2.
 *
 * @param argv - the arguments without the program name (any iterable of strings except a string).
 * @param opts - the output streams ({@link CliRunOptions}).
 * @returns a promise of the exit code: 0 or 2.
 * @throws {TypeError} (as a rejection) `asyncutils.cli.run: argv must be a non-string iterable`
 * when `argv` is a string or not iterable, and `asyncutils.cli.run: argv must yield only strings`.
 * Also rejects with whatever an audit hook throws for `asyncutils.cli.run`.
 * @example
 * ```ts
 * import { run } from '@asyncutils/cli';
 *
 * process.exitCode = await run(['events', '--grep', 'queues']);
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
  switch (result.kind) {
    case 'help':
    case 'version':
      stdout.write(result.text);
      return 0;
    case 'events':
      stdout.write(formatAuditEvents(auditEventTable, result));
      return 0;
    default:
      (opts.stderr ?? process.stderr).write(`${result.usage}asyncutils: error: ${result.message}\n`);
      return 2;
  }
}
