import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import type { CliCommandSpec, CliOptionSpec } from './argvGrammar.js';
import { CliUsageError } from './CliUsageError.js';

const helpOption: CliOptionSpec = {
  flags: ['-?', '-h', '--help'],
  dest: 'help',
  action: 'help',
  help: 'print this help message and exit',
};

/**
 * Compiles a `--grep` or `--audit` pattern: a JavaScript regular expression, case-insensitive.
 *
 * @param pattern - the pattern as typed.
 * @returns the compiled expression (flag `i`).
 * @throws {@link CliUsageError} `invalid regular expression: '<pattern>'`.
 * @example
 * ```ts
 * compileGrepPattern('queues').test('asyncutils.queues.SmartQueue.push'); // true
 * ```
 */
export function compileGrepPattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    throw new CliUsageError(`invalid regular expression: '${pattern}'`);
  }
}

/**
 * Converts the value of `-m/--max-memory_errors`: an integer (`/^[+-]?\d+$/`).
 *
 * @param raw - the value as typed.
 * @returns the number.
 * @throws {@link CliUsageError} `invalid int value: '<raw>'`.
 * @example
 * ```ts
 * parseIntArgument('-1'); // -1
 * ```
 */
export function parseIntArgument(raw: string): number {
  if (!/^[+-]?\d+$/.test(raw)) throw new CliUsageError(`invalid int value: '${raw}'`);
  return Number(raw);
}

const INTEGER_LITERAL = /^[+-]?(?:0(?:_?0)*|[1-9](?:_?\d)*|0[xX](?:_?[\da-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+)$/;

/**
 * Converts the value of `-s/--seed`: an integer literal (decimal, or `0x`/`0o`/`0b` with digits
 * separated by single `_`s, as Python's `int(s, 0)` reads them) becomes a number when it is a safe
 * integer; any other string stays as typed.
 *
 * @param raw - the value as typed.
 * @returns a number or `raw`.
 * @example
 * ```ts
 * parseSeedArgument('0x1f'); // 31
 * parseSeedArgument('abc');  // 'abc'
 * ```
 */
export function parseSeedArgument(raw: string): number | string {
  if (!INTEGER_LITERAL.test(raw)) return raw;
  const negative = raw.startsWith('-');
  const body = raw.replace(/^[+-]/, '').replaceAll('_', '');
  const big = BigInt(body);
  const value = Number(negative ? -big : big);
  return Number.isSafeInteger(value) ? value : raw;
}

function executorChoice(raw: string): string {
  if ((POSSIBLE_EXECUTORS as readonly string[]).includes(raw)) return raw;
  throw new CliUsageError(`invalid choice: '${raw}' (choose from ${POSSIBLE_EXECUTORS.join(', ')})`);
}

/** The executor names that only exist in Python (everything after `interpreter`). */
const PYTHON_ONLY_EXECUTORS = POSSIBLE_EXECUTORS.slice(3);

/**
 * The `events` subcommand: lists the audit event table of `@asyncutils/audit`.
 *
 * @example
 * ```ts
 * eventsCommand.options.map((o) => o.dest); // ['grep', 'json', 'help']
 * ```
 */
export const eventsCommand: CliCommandSpec = {
  name: 'events',
  prog: 'asyncutils events',
  summary: 'list the audit events that the @asyncutils/* packages raise',
  description:
    'List the audit events of the library, from the auditEventTable of @asyncutils/audit, in table order: each ' +
    "event's name with its arguments and their TypeScript types, then what it announces and the package that " +
    'raises it. Hooks installed with addAuditHook receive these events before the action they announce.',
  options: [
    {
      flags: ['-g', '--grep'],
      dest: 'grep',
      action: 'value',
      metavar: 'PATTERN',
      help:
        'show only the events whose name or package matches PATTERN, a JavaScript regular expression ' +
        '(case-insensitive); write --grep=PATTERN when PATTERN starts with - or @',
      convert: compileGrepPattern,
    },
    {
      flags: ['--json'],
      dest: 'json',
      action: 'true',
      help: 'print the selected rows as JSON (an array of { name, package, args, description, seed }) instead of text',
    },
    helpOption,
  ],
  commands: [],
};

/**
 * The `bug` subcommand: builds a pre-filled GitHub bug report link. Its dests start with `bug.`
 * (`bug.title`, `bug.verbose`, …) so they never collide with the main options.
 *
 * @example
 * ```ts
 * bugCommand.positionals?.[0]?.dest; // 'bug.title'
 * ```
 */
export const bugCommand: CliCommandSpec = {
  name: 'bug',
  prog: 'asyncutils bug',
  summary: 'build a pre-filled bug report link for GitHub (printed, or opened with --open)',
  description:
    'Print a link that opens a new GitHub issue for asyncutils, with the template fields pre-filled from ' +
    'this environment: the versions of the CLI, the asyncutils package and Node, the operating system, ' +
    'the effective configuration and the environment variables that affect the library. With --open the ' +
    'link is opened in a browser instead. Nothing is uploaded unless --pastebin is given.',
  epilog:
    'Longer answers (what happened, what you expected, a minimal reproduction) are typed into the issue ' +
    'form itself: a link has a length limit.',
  positionals: [{ dest: 'bug.title', metavar: 'title', help: 'the title of the report (prefixed with "Bug: "); empty when omitted' }],
  options: [
    { flags: ['-v', '--verbose'], dest: 'bug.verbose', action: 'true', exclusiveGroup: 'bug.level', help: 'say more about what happens' },
    { flags: ['-q', '--quiet'], dest: 'bug.quiet', action: 'true', exclusiveGroup: 'bug.level', help: 'say less: no notices, terse prompts' },
    {
      flags: ['-u', '--src-url'],
      dest: 'bug.srcUrl',
      action: 'value',
      metavar: 'URL',
      help: 'a permalink to the source file the bug is about; it must be a URL with a scheme and a host',
    },
    {
      flags: ['-l', '--log-path'],
      dest: 'bug.logPath',
      action: 'optionalValue',
      metavar: 'PATH',
      absentValue: '',
      help: 'a file holding the debug logs to include; without PATH and with --interactive, paste them on standard input',
    },
    {
      flags: ['-t', '--traceback-path'],
      dest: 'bug.tracebackPath',
      action: 'optionalValue',
      metavar: 'PATH',
      absentValue: '',
      help: 'a file holding the stack trace to include; without PATH and with --interactive, paste it on standard input',
    },
    {
      flags: ['-n', '--no-prefill-env'],
      dest: 'bug.noPrefillEnv',
      action: 'true',
      help: 'leave the environment field empty instead of listing the variables that affect asyncutils',
    },
    {
      flags: ['-e', '--ensure-filled'],
      dest: 'bug.ensureFilled',
      action: 'true',
      help: 'fail unless the title, source URL, logs and traceback are all given',
    },
    {
      flags: ['-P', '--pastebin'],
      dest: 'bug.pastebin',
      action: 'true',
      help: 'upload logs and traceback of 1024 bytes or more to paste.rs (public!) and put the paste links in the report',
    },
    {
      flags: ['-p', '--print-on-fail'],
      dest: 'bug.printOnFail',
      action: 'true',
      help: 'with --open: when no browser could be started, print the link (the exit status is still 1)',
    },
    {
      flags: ['-i', '--interactive'],
      dest: 'bug.interactive',
      action: 'true',
      help: 'ask on the terminal for the title and source URL when they were not given, and for logs and traceback given as -l/-t without PATH',
    },
    {
      flags: ['-o', '--open'],
      dest: 'bug.open',
      action: 'optionalValue',
      metavar: 'BROWSER',
      absentValue: null,
      help: 'open the link in BROWSER (a command), or without BROWSER in $BROWSER or the default browser, instead of printing it',
    },
    helpOption,
  ],
  commands: [],
};

const executorFlags: CliOptionSpec[] = POSSIBLE_EXECUTORS.map((name) => ({
  flags: [`--${name.replaceAll('_', '-')}`],
  dest: 'executor',
  action: 'const',
  constValue: name,
  exclusiveGroup: 'executor',
  help: `same as -e ${name}`,
}));

/**
 * The main `asyncutils` command: its options (in upstream's groups) and subcommands.
 *
 * @example
 * ```ts
 * mainCommand.commands.map((c) => c.name); // ['bug', 'events']
 * ```
 */
export const mainCommand: CliCommandSpec = {
  name: 'asyncutils',
  prog: 'asyncutils',
  summary: 'the asyncutils command-line interface',
  description:
    'asyncutils for TypeScript: asyncio-grade concurrency building blocks (smart queues, locks, rate limiters, ' +
    'circuit breakers, event buses, racing helpers, async iterator tools) published as the @asyncutils/* ' +
    'packages, with a typed audit trail: every package raises the events of one table before the actions they ' +
    'announce.\n\n' +
    'Without a command, asyncutils starts an interactive console (a Node REPL with top-level await) in which ' +
    'every installed @asyncutils package is a global; with piped input it runs that input as one script. ' +
    "'asyncutils bug' builds a pre-filled bug report; 'asyncutils events' lists the audit events.",
  epilog:
    'An argument @FILE is replaced by the lines of FILE, one argument per line (FILE may contain @OTHER ' +
    'arguments too). Long options may be abbreviated to any unambiguous prefix, and -- ends the options.\n\n' +
    'The options above override the configuration file. Its path is taken from the AUTILSCFGPATH ' +
    'environment variable; when that is unset, asyncutils looks in the working directory and then in each ' +
    'parent for asyncutils.config.toml, the "asyncutils" key of package.json, or the [tool.asyncutils] table ' +
    'of pyproject.toml, and uses the nearest. getCfgJsonFormat() of @asyncutils/tools describes every key.\n\n' +
    "Run 'asyncutils bug -h' and 'asyncutils events -h' for the options of the commands. Exit status: 0 on " +
    'success, 2 on a usage error, otherwise the exit code of the console (exit(n)).',
  groups: [
    { id: 'verbosity', title: 'verbosity', description: 'How much the library logs.' },
    { id: 'repl', title: 'repl', description: 'How the console (the REPL) behaves.' },
    { id: 'testing', title: 'testing', description: 'Options that make testing and debugging the library easier.' },
    { id: 'metadata', title: 'metadata', description: 'Information about this installation of asyncutils.' },
  ],
  options: [
    {
      flags: ['-l', '--log-to'],
      dest: 'log_to',
      action: 'optionalValue',
      metavar: 'FILE',
      absentValue: 'MAKE',
      exclusiveGroup: 'log',
      help:
        'Where the library logger writes. FILE is a path, or a file descriptor when it is an integer, or one ' +
        'of these names:\n' +
        'MAKE (also when FILE is omitted): a new file asyncutils_log<n>.log in the working directory, with ' +
        'the first n from 1 to 4096 that is free; old ones are never rotated or removed;\n' +
        'NULL: nowhere (same as --no-log);\n' +
        'MEMORY: kept in memory until getPastLogs() of @asyncutils/config returns and clears it;\n' +
        'STDOUT: standard output;\n' +
        'STDERR: standard error, the default and the fallback when a file cannot be opened.',
    },
    {
      flags: ['-n', '--no-log'],
      dest: 'log_to',
      action: 'const',
      constValue: 'NULL',
      exclusiveGroup: 'log',
      help: 'Turn logging off (the logger still exists, it just drops every record). Same as --log-to NULL.',
    },
    {
      flags: ['-e', '--executor'],
      dest: 'executor',
      action: 'value',
      metavar: 'ETYP',
      convert: executorChoice,
      exclusiveGroup: 'executor',
      help:
        'The executor that runs work off the main thread when the library needs one. ETYP is one of:\n' +
        'thread: a pool of worker threads (the default);\n' +
        'process: a pool of child processes (fork);\n' +
        'interpreter: worker threads as well (each is its own V8 isolate);\n' +
        `${PYTHON_ONLY_EXECUTORS.join(', ')}: executors of Python libraries, accepted so that one ` +
        'configuration serves both; they fall back to worker threads with a notice.',
    },
    {
      flags: ['-c', '--custom-executor'],
      dest: 'executor',
      action: 'value',
      metavar: 'ETYP',
      exclusiveGroup: 'executor',
      help:
        'Use an executor of your own: the name it was given with registerExecutor() of @asyncutils/config, ' +
        'or <module>#<export>, which loads the export of that module (resolved from the working directory).',
    },
    ...executorFlags,
    { flags: ['-Q'], dest: 'Q', action: 'count', group: 'verbosity', help: 'Log less. Repeat for even less; adds to the Q of the configuration file.' },
    { flags: ['-V'], dest: 'V', action: 'count', group: 'verbosity', help: 'Log more. Repeat for even more; adds to the V of the configuration file.' },
    { flags: ['-q', '--quiet'], dest: 'quiet', action: 'true', group: 'repl', help: 'Print neither the banner nor the exit message of the console.' },
    {
      flags: ['-b', '--basic-repl'],
      dest: 'basic_repl',
      action: 'true',
      group: 'repl',
      help: 'Turn off the colours and the preview of the console; try it when the terminal shows garbage.',
    },
    {
      flags: ['-m', '--max-memory_errors'],
      dest: 'max_memory_errors',
      action: 'value',
      metavar: 'M',
      convert: parseIntArgument,
      group: 'repl',
      help:
        'The console stops at the (M+1)-th memory error (a failed allocation) instead of using ever more ' +
        'memory. M defaults to 3; a negative M means no limit.',
    },
    {
      flags: ['--eval'],
      dest: 'eval',
      action: 'value',
      metavar: 'CODE',
      group: 'repl',
      help:
        'Run CODE instead of the console, with every package available as in the console and top-level ' +
        'await, printing nothing else (no banner). Exits 0, or 1 when CODE throws (the error goes to ' +
        'standard error), or n after exit(n). Write --eval=CODE when CODE starts with -.',
    },
    { flags: ['-p', '--load-all'], dest: 'load_all', action: 'true', group: 'testing', help: 'Load every installed package when the console starts, not on first use.' },
    {
      flags: ['-s', '--seed'],
      dest: 'seed',
      action: 'value',
      metavar: 'SEED',
      convert: parseSeedArgument,
      group: 'testing',
      help: 'Seed the random generator the library uses internally; an integer literal (42, 0x2a) is a number, anything else a string.',
    },
    {
      flags: ['-d', '--debug'],
      dest: 'debug',
      action: 'true',
      group: 'testing',
      help:
        'Start in debug mode (the logger at DEBUG level, entered through the global debug object). Unlike -VV, ' +
        'leaving debug mode restores the level the verbosity flags chose. Errors are printed with their stack.',
    },
    {
      flags: ['-P', '--pdb'],
      dest: 'pdb',
      action: 'true',
      group: 'testing',
      help:
        'For developers of the library: when the console exits with a non-zero code or fails itself, open ' +
        'the Node inspector and wait for a debugger (post-mortem).',
    },
    {
      flags: ['--audit'],
      dest: 'audit',
      action: 'optionalValue',
      metavar: 'PATTERN',
      absentValue: '',
      convert: compileGrepPattern,
      group: 'testing',
      help:
        'Print every audit event as it fires, one line on standard error with its name and arguments, ' +
        'before anything else runs; only the events whose name matches PATTERN (a case-insensitive ' +
        'JavaScript regular expression) when it is given. Write --audit=PATTERN before a command.',
    },
    {
      flags: ['-v', '--version'],
      dest: 'version',
      action: 'version',
      group: 'metadata',
      help: `Print the version (asyncutils v${__PKG_VERSION__}) and exit; a quick check that the installation works.`,
    },
    { ...helpOption, group: 'metadata' },
  ],
  commands: [bugCommand, eventsCommand],
};
