import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { arch, release, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig, type LoadConfigOptions } from '@asyncutils/config';
import { InputReader } from './InputReader.js';
import { ISSUE_TRACKER_URL } from './ISSUE_TRACKER_URL.js';
import { openInBrowser } from './openInBrowser.js';
import { pasteToPasteRs } from './pasteToPasteRs.js';

/**
 * The options of `asyncutils bug` (what {@link parseCliArgv} returns in `args`), also accepted by
 * {@link bug} directly, where every field is optional.
 *
 * @example
 * ```ts
 * import { bug, type BugArgs } from '@asyncutils/cli';
 *
 * const args: BugArgs = { title: 'Lock never released', srcUrl: 'https://github.com/me/app/blob/main/a.ts#L3' };
 * await bug(args); // prints the link
 * ```
 */
export interface BugArgs {
  /** The title of the report; `Bug: ` is prefixed unless it starts with it. @default `''` */
  readonly title?: string;
  /** Say more (`-v`); excludes `quiet`. @default false */
  readonly verbose?: boolean;
  /** Say less (`-q`): no notices, terse prompts. @default false */
  readonly quiet?: boolean;
  /** A permalink to the source file concerned; must be a URL with a scheme and a host. @default `''` */
  readonly srcUrl?: string;
  /** A file with the debug logs; `''`: paste them on stdin (with `interactive`); `undefined`: none. */
  readonly logPath?: string;
  /** A file with the stack trace; `''`: paste it on stdin (with `interactive`); `undefined`: none. */
  readonly tracebackPath?: string;
  /** Leave the environment field empty. @default false */
  readonly noPrefillEnv?: boolean;
  /** Fail unless title, source URL, logs and traceback are all given. @default false */
  readonly ensureFilled?: boolean;
  /** Upload logs and traceback of 1024 bytes or more with `paste` and link them. @default false */
  readonly pastebin?: boolean;
  /** With `open`: print the link when the browser could not be opened. @default false */
  readonly printOnFail?: boolean;
  /** Prompt on stdout and read stdin for the missing fields. @default false */
  readonly interactive?: boolean;
  /** Open the link instead of printing it: a browser command, or `null` for the default browser. @default undefined (print) */
  readonly open?: string | null;
}

/** The smallest output stream `bug` writes to. */
interface Writable {
  write(chunk: string): unknown;
}

/**
 * The effects of {@link bug}, injectable (tests, other front ends): uploads, opening the browser,
 * the streams, the environment.
 *
 * @example
 * ```ts
 * import { bug, type BugOptions } from '@asyncutils/cli';
 *
 * const opts: BugOptions = { openUrl: async (url) => (console.log(url), true) };
 * await bug({ title: 'x', open: null }, opts);
 * ```
 */
export interface BugOptions {
  /** Uploads logs or traceback for `pastebin`; resolves the text to put in the link (a paste URL). Default: paste.rs for 1024 bytes or more. */
  readonly paste?: (data: Buffer) => Promise<string | Buffer>;
  /** Opens the link; resolves whether it worked. Default: {@link openInBrowser}. */
  readonly openUrl?: (url: string, browser: string | null) => Promise<boolean>;
  /** Where `interactive` reads answers. Default: `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Where the link and the prompts go. Default: `process.stdout`. */
  readonly stdout?: Writable;
  /** Where notices go. Default: `process.stderr`. */
  readonly stderr?: Writable;
  /** The environment listed in the report (and used to load the configuration). Default: `process.env`. */
  readonly env?: Record<string, string | undefined>;
  /** Where the `asyncutils` package is looked up (and the configuration discovered). Default: `process.cwd()`. */
  readonly cwd?: string;
  /** The issue tracker. @default {@link ISSUE_TRACKER_URL} */
  readonly issueUrl?: string;
}

/** The environment variables listed in a report. */
const ENV_KEYS = ['AUTILSCFGPATH', 'AUTILSTESTMAXFAIL', 'FORCE_COLOR', 'NO_COLOR', 'NODE_REPL_HISTORY', 'TERM'] as const;

const BOOLEAN_FIELDS = ['verbose', 'quiet', 'noPrefillEnv', 'ensureFilled', 'pastebin', 'printOnFail', 'interactive'] as const;

function checkArgs(args: unknown): asserts args is BugArgs {
  if (typeof args !== 'object' || args === null) throw new TypeError('asyncutils.cli.bug: args must be an object');
  const a = args as Record<string, unknown>;
  const fail = (field: string, expected: string): never => {
    throw new TypeError(`asyncutils.cli.bug: ${field} must be ${expected}, not ${a[field] === null ? 'null' : typeof a[field]}`);
  };
  for (const field of BOOLEAN_FIELDS) if (a[field] !== undefined && typeof a[field] !== 'boolean') fail(field, 'a boolean');
  for (const field of ['title', 'srcUrl', 'logPath', 'tracebackPath']) {
    if (a[field] !== undefined && typeof a[field] !== 'string') fail(field, 'a string');
  }
  if (a.open !== undefined && a.open !== null && typeof a.open !== 'string') fail('open', 'a string or null');
  if (a.verbose === true && a.quiet === true) throw new RangeError('asyncutils.cli.bug: verbose and quiet exclude each other');
}

/**
 * The version of the `asyncutils` package installed for `cwd`, or `null`: only the `node_modules` folders of
 * `cwd` and its ancestors count (not `NODE_PATH` or global folders, where pnpm, for one, exposes packages that
 * the project never installed).
 */
function umbrellaVersion(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'asyncutils', 'package.json');
    if (existsSync(manifest)) {
      try {
        const version: unknown = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
        return typeof version === 'string' ? version : null;
      } catch {
        return null;
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

const missing = (field: string): RangeError => new RangeError(`asyncutils.cli.bug: ${field} is missing`);

const EMPTY: Buffer = Buffer.alloc(0);

/** What the report holds before the link is built. */
interface Fields {
  title: string;
  srcUrl: string;
  logs: Buffer;
  traceback: Buffer;
}

async function readInteractively(args: BugArgs, lv: number, stdin: NodeJS.ReadableStream, stdout: Writable): Promise<Fields> {
  const pick = (verbose: string, normal: string, quiet: string): string => (lv === 1 ? verbose : lv === 0 ? normal : quiet);
  const reader = new InputReader(stdin);
  let prompted = false;
  const ask = (prompt: string): Promise<string> => {
    prompted = true;
    stdout.write(prompt);
    return reader.readLine();
  };
  const slurp = (prompt: string): Promise<Buffer> => {
    prompted = true;
    stdout.write(prompt);
    return reader.readAll();
  };
  const { ensureFilled = false } = args;
  try {
    let { title = '', srcUrl = '' } = args;
    if (title === '') title = await ask(pick('Bug report title: ', 'Title: ', 'title='));
    if (ensureFilled && title === '') throw missing('title');
    if (srcUrl === '') srcUrl = await ask(pick('Paste the source file permalink: ', 'Source URL: ', 'link='));
    if (ensureFilled && srcUrl === '') throw missing('source URL');
    let logs: Buffer = EMPTY;
    if (args.logPath === '') logs = await slurp(pick('Paste the debug logs (not the file path): ', 'Logs (debug level): ', 'logs='));
    else if (args.logPath !== undefined) logs = await readFile(args.logPath);
    if (ensureFilled && (args.logPath === undefined || (args.logPath === '' && logs.length === 0))) throw missing('log');
    let traceback: Buffer = EMPTY;
    if (args.tracebackPath === '') {
      traceback = await slurp(pick('Paste the traceback (not the file path): ', 'Traceback: ', 'tb='));
      if (traceback.length > 0 && !/\n\s+at /.test(traceback.toString('utf8'))) {
        throw new RangeError('asyncutils.cli.bug: malformed traceback');
      }
    } else if (args.tracebackPath !== undefined) {
      traceback = await readFile(args.tracebackPath);
    }
    if (ensureFilled && (args.tracebackPath === undefined || (args.tracebackPath === '' && traceback.length === 0))) throw missing('traceback');
    if (!prompted && lv === 1) stdout.write('All fields have already been filled by command-line arguments despite --interactive.\n');
    return { title, srcUrl, logs, traceback };
  } finally {
    reader.close();
  }
}

async function readFromArguments(args: BugArgs): Promise<Fields> {
  const { title = '', srcUrl = '', logPath, tracebackPath } = args;
  if (args.ensureFilled === true) {
    const errors: RangeError[] = [];
    if (title === '') errors.push(new RangeError('title is missing'));
    if (srcUrl === '') errors.push(new RangeError('source URL is missing'));
    if (!logPath) errors.push(new RangeError('log path not passed'));
    if (!tracebackPath) errors.push(new RangeError('traceback path not passed'));
    if (errors.length > 0) {
      throw new AggregateError(errors, 'asyncutils.cli.bug: one or more required fields are empty and --ensure-filled was passed');
    }
  }
  return {
    title,
    srcUrl,
    logs: logPath ? await readFile(logPath) : EMPTY,
    traceback: tracebackPath ? await readFile(tracebackPath) : EMPTY,
  };
}

function checkSourceUrl(srcUrl: string): void {
  if (srcUrl === '') return;
  let ok = false;
  try {
    const url = new URL(srcUrl);
    ok = url.protocol.length > 1 && url.host !== '';
  } catch {
    ok = false;
  }
  if (!ok) throw new RangeError(`asyncutils.cli.bug: invalid source link '${srcUrl}'`);
}

/**
 * Builds the GitHub link of a new bug report with the fields pre-filled from this environment, then
 * prints it or opens it in a browser (`asyncutils bug`). Nothing is uploaded unless `pastebin` is set.
 *
 * 1. The `asyncutils` package version for `cwd` (`Not installed` when absent, with a notice on
 *    `stderr` unless `quiet`).
 * 2. With `interactive`: prompts on `stdout` and reads `stdin` for a missing title and source URL
 *    (one line each) and for logs/traceback given as `''` (to the end of the input); a pasted
 *    traceback must hold a stack frame line (`\n    at …`). Otherwise the files at `logPath` and
 *    `tracebackPath` are read. With `ensureFilled`, empty fields reject.
 * 3. The title gets the prefix `Bug: `; a source URL must have a scheme and a host.
 * 4. The link: `<issueUrl>/new?template=bug.yaml&title=…&auv=…&pkv=…&nodev=…&os=…&link=…&logs=…&tb=…&cfg=…&env=…`
 *    (`auv` this CLI's version, `nodev` `Node <version> on <platform>`, `os` type, release and
 *    architecture, `cfg` the rendered configuration of `loadConfig()`, `env` the variables
 *    `AUTILSCFGPATH`, `AUTILSTESTMAXFAIL`, `FORCE_COLOR`, `NO_COLOR`, `NODE_REPL_HISTORY`, `TERM` as
 *    `KEY=value` lines unless `noPrefillEnv`); with `pastebin`, logs and traceback go through `paste`.
 * 5. `open` undefined: prints the link and resolves 0. Otherwise `openUrl(link, open)`: true → 0;
 *    false → 1, and with `printOnFail` a notice on `stderr` (unless `quiet`) and the link on `stdout`.
 *
 * @param args - the {@link BugArgs}.
 * @param opts - the {@link BugOptions}.
 * @returns a promise of the exit code (0 or 1).
 * @throws {TypeError} (as a rejection) for args of the wrong type; {@link RangeError} for `verbose`
 * with `quiet`, `<field> is missing` (interactive with `ensureFilled`), `malformed traceback`,
 * `invalid source link '<url>'`; `AggregateError` of one `RangeError` per empty field
 * (non-interactive with `ensureFilled`, in the order title, source URL, log path, traceback path);
 * file-system errors reading the paths; the errors of `paste` and of loading the configuration.
 * @example
 * ```ts
 * import { bug } from '@asyncutils/cli';
 *
 * await bug({ title: 'Semaphore leaks a permit on abort' });
 * // https://github.com/…/issues/new?template=bug.yaml&title=Bug%3A%20Semaphore%20leaks…
 * ```
 */
export async function bug(args: BugArgs, opts: BugOptions = {}): Promise<number> {
  checkArgs(args);
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const issueUrl = opts.issueUrl ?? ISSUE_TRACKER_URL;
  if (typeof issueUrl !== 'string' || issueUrl === '') throw new TypeError('asyncutils.cli.bug: issueUrl must be a non-empty string');
  const lv = args.verbose === true ? 1 : args.quiet === true ? -1 : 0;

  let pkv = umbrellaVersion(cwd);
  if (pkv === null) {
    pkv = 'Not installed';
    if (lv > -1) {
      stderr.write('asyncutils package not installed\n');
      if (lv === 1) stderr.write("Falling back to filling package version field with 'Not installed'\n");
    }
  }

  const fields = args.interactive === true ? await readInteractively(args, lv, opts.stdin ?? process.stdin, stdout) : await readFromArguments(args);
  const title = fields.title.startsWith('Bug: ') ? fields.title : `Bug: ${fields.title}`;
  checkSourceUrl(fields.srcUrl);

  const paste = opts.paste ?? pasteToPasteRs;
  const render = async (bytes: Buffer): Promise<string> => {
    if (args.pastebin !== true) return bytes.toString('utf8');
    const pasted: unknown = await paste(bytes);
    if (typeof pasted === 'string') return pasted;
    if (pasted instanceof Uint8Array) return Buffer.from(pasted).toString('utf8');
    throw new TypeError(`asyncutils.cli.bug: paste must resolve a string or a Buffer, not ${typeof pasted}`);
  };
  const configOptions: LoadConfigOptions = {
    ...(opts.env === undefined ? {} : { env: opts.env }),
    ...(opts.cwd === undefined ? {} : { cwd: opts.cwd }),
  };
  const params: [string, string][] = [
    ['template', 'bug.yaml'],
    ['title', title],
    ['auv', `asyncutils v${__PKG_VERSION__}`],
    ['pkv', pkv],
    ['nodev', `Node ${process.version} on ${process.platform}`],
    ['os', `${osType()} ${release()} ${arch()}`],
    ['link', fields.srcUrl],
    ['logs', await render(fields.logs)],
    ['tb', await render(fields.traceback)],
    ['cfg', loadConfig(configOptions).rendered],
    ['env', args.noPrefillEnv === true ? '' : ENV_KEYS.map((key) => `${key}=${env[key] ?? ''}`).join('\n')],
  ];
  const url = `${issueUrl.replace(/\/+$/, '')}/new?${params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;

  if (args.open === undefined) {
    stdout.write(`${url}\n`);
    return 0;
  }
  const where = args.open ?? 'default browser';
  if (lv === 1) stdout.write(`Attempting to open link in ${where}\n`);
  if (await (opts.openUrl ?? openInBrowser)(url, args.open)) return 0;
  if (args.printOnFail === true) {
    if (lv > -1) stderr.write(lv === 1 ? `Failed to open link in ${where}; printing link to console instead\n` : 'Could not open issue; link below\n');
    stdout.write(`${url}\n`);
  }
  return 1;
}
