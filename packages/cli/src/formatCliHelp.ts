import type { CliCommandSpec, CliOptionSpec } from './argvGrammar.js';
import { mainCommand } from './cliCommands.js';

/** Lines are at most this long (argparse's default of 80 columns minus 2, plus margin). */
const WIDTH = 79;
/** Column where option and command help starts (argparse's `max_help_position`). */
const HELP_COLUMN = 24;

/** Greedy word wrap; every line starts with `indent`, the first with `first`. */
function wrap(text: string, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => wrap(p, '', '').join('\n'))
    .join('\n\n');
}

function invocation(option: CliOptionSpec): string {
  switch (option.action) {
    case 'value':
      return option.flags.map((f) => `${f} ${option.metavar ?? 'VALUE'}`).join(', ');
    case 'optionalValue':
      return option.flags.map((f) => `${f} [${option.metavar ?? 'VALUE'}]`).join(', ');
    default:
      return option.flags.join(', ');
  }
}

function usageToken(option: CliOptionSpec): string {
  const flag = option.flags[0] ?? '';
  switch (option.action) {
    case 'value':
      return `[${flag} ${option.metavar ?? 'VALUE'}]`;
    case 'optionalValue':
      return `[${flag} [${option.metavar ?? 'VALUE'}]]`;
    default:
      return `[${flag}]`;
  }
}

/** One entry of an option or command list: the name at column 2, its help at {@link HELP_COLUMN}. */
function entry(name: string, help: string): string {
  const head = `  ${name}`;
  const pad = ' '.repeat(HELP_COLUMN);
  if (head.length + 2 <= HELP_COLUMN) return wrap(help, head.padEnd(HELP_COLUMN), pad).join('\n');
  return [head, ...wrap(help, pad, pad)].join('\n');
}

/**
 * The usage line(s) of a command, ending with a newline: `usage: asyncutils [options] {events} ...`
 * for a command with subcommands, else every option but help in brackets
 * (`usage: asyncutils events [-g PATTERN] [--json]`). Long usages wrap under the program name.
 *
 * @param command - the command.
 * @returns the usage text.
 * @example
 * ```ts
 * formatCliUsage(eventsCommand); // 'usage: asyncutils events [-g PATTERN] [--json]\n'
 * ```
 */
export function formatCliUsage(command: CliCommandSpec): string {
  const tokens =
    command.commands.length > 0
      ? ['[options]', `{${command.commands.map((c) => c.name).join(',')}}`, '...']
      : command.options.filter((o) => o.action !== 'help').map(usageToken);
  const head = `usage: ${command.prog}`;
  const indent = ' '.repeat(head.length + 1);
  const lines: string[] = [];
  let line = head;
  for (const token of tokens) {
    if (line.length + 1 + token.length > WIDTH && line !== head) {
      lines.push(line);
      line = indent + token;
    } else {
      line += ` ${token}`;
    }
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

/**
 * The full help of a command: usage, description, options, subcommands and epilog.
 *
 * @param command - the command.
 * @returns plain text (no ANSI escapes), lines at most 79 characters, ending with a newline.
 * @example
 * ```ts
 * formatCommandHelp(eventsCommand).startsWith('usage: asyncutils events'); // true
 * ```
 */
export function formatCommandHelp(command: CliCommandSpec): string {
  const sections = [formatCliUsage(command).trimEnd(), paragraphs(command.description)];
  sections.push(['options:', ...command.options.map((o) => entry(invocation(o), o.help))].join('\n'));
  if (command.commands.length > 0) {
    sections.push(['commands:', ...command.commands.map((c) => entry(c.name, c.summary))].join('\n'));
  }
  if (command.epilog !== undefined) sections.push(paragraphs(command.epilog));
  return `${sections.join('\n\n')}\n`;
}

/**
 * The help text of `asyncutils` (what `asyncutils --help` prints) or of one of its commands
 * (`asyncutils events --help`). Plain text without ANSI escapes, so tools and tests can rely on it.
 *
 * The main help starts with `usage: asyncutils [options] {events} ...`, describes the library,
 * lists the options (`-v, --version`, `-?, -h, --help`) and the commands, and ends with an
 * epilog on `@FILE` arguments, abbreviations and exit codes. The `events` help starts with
 * `usage: asyncutils events [-g PATTERN] [--json]` and lists its options.
 *
 * @param opts - `command`: the subcommand whose help to format; omitted for the main help.
 * @returns the help text, ending with a newline.
 * @throws {RangeError} `asyncutils.cli.formatCliHelp: unknown command '<command>'` for a command
 * that does not exist.
 * @example
 * ```ts
 * import { formatCliHelp } from '@asyncutils/cli';
 *
 * process.stdout.write(formatCliHelp());                       // the main help
 * process.stdout.write(formatCliHelp({ command: 'events' }));  // the help of `asyncutils events`
 * ```
 */
export function formatCliHelp(opts?: { command?: 'events' }): string {
  const name: unknown = opts?.command;
  if (name === undefined) return formatCommandHelp(mainCommand);
  const command = mainCommand.commands.find((c) => c.name === name);
  if (command) return formatCommandHelp(command);
  throw new RangeError(`asyncutils.cli.formatCliHelp: unknown command '${String(name)}'`);
}
