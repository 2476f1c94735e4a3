import type { CliCommandSpec, CliOptionSpec } from './argvGrammar.js';
import { CliUsageError } from './CliUsageError.js';

const helpOption: CliOptionSpec = {
  flags: ['-?', '-h', '--help'],
  dest: 'help',
  action: 'help',
  help: 'show this help message and exit',
};

/**
 * Compiles a `--grep` pattern: a JavaScript regular expression, case-insensitive.
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
 * The main `asyncutils` command: its options and subcommands. The later console release adds
 * its flags to this table.
 *
 * @example
 * ```ts
 * mainCommand.commands.map((c) => c.name); // ['events']
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
    'Run without arguments, asyncutils prints this help; the interactive console arrives in a later release.',
  epilog:
    'An argument @FILE is replaced by the lines of FILE, one argument per line (FILE may contain @OTHER ' +
    'arguments too). Long options may be abbreviated to any unambiguous prefix, and -- ends the options. Run ' +
    "'asyncutils events -h' for the options of events. Exit status: 0 on success, 2 on a usage error.",
  options: [
    {
      flags: ['-v', '--version'],
      dest: 'version',
      action: 'version',
      help: `print the version (asyncutils v${__PKG_VERSION__}) and exit`,
    },
    helpOption,
  ],
  commands: [eventsCommand],
};
