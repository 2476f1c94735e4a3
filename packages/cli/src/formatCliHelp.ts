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

/**
 * One entry of an option or command list: the name at column 2, its help at {@link HELP_COLUMN}.
 * A `\n` in the help starts a new line (argparse's RawTextHelpFormatter keeps them too).
 */
function entry(name: string, help: string): string {
  const head = `  ${name}`;
  const pad = ' '.repeat(HELP_COLUMN);
  const [first = '', ...rest] = help.split('\n');
  const lines = head.length + 2 <= HELP_COLUMN ? wrap(first, head.padEnd(HELP_COLUMN), pad) : [head, ...wrap(first, pad, pad)];
  for (const line of rest) lines.push(...wrap(line, pad, pad));
  return lines.join('\n');
}

/** Commands with more options than this show `[options]` in their usage instead of each option. */
const MAX_LISTED_OPTIONS = 3;

/**
 * The usage line(s) of a command, ending with a newline: `usage: asyncutils [options] {bug,events} ...`
 * for a command with subcommands; for a leaf command every option but help in brackets
 * (`usage: asyncutils events [-g PATTERN] [--json]`), or `[options]` when it has more than three,
 * then its positionals (`usage: asyncutils bug [options] [title]`). Long usages wrap under the
 * program name.
 *
 * @param command - the command.
 * @returns the usage text.
 * @example
 * ```ts
 * formatCliUsage(eventsCommand); // 'usage: asyncutils events [-g PATTERN] [--json]\n'
 * ```
 */
export function formatCliUsage(command: CliCommandSpec): string {
  const listed = command.options.filter((o) => o.action !== 'help');
  const tokens =
    command.commands.length > 0
      ? ['[options]', `{${command.commands.map((c) => c.name).join(',')}}`, '...']
      : [
          ...(listed.length > MAX_LISTED_OPTIONS ? ['[options]'] : listed.map(usageToken)),
          ...(command.positionals ?? []).map((p) => `[${p.metavar}]`),
        ];
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
 * The full help of a command: usage, description, positionals, the options without a group
 * (`options:`), each option group (`<title>:`, its description, its options), subcommands and epilog.
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
  if (command.positionals?.length) {
    sections.push(['positional arguments:', ...command.positionals.map((p) => entry(p.metavar, p.help))].join('\n'));
  }
  const ungrouped = command.options.filter((o) => o.group === undefined);
  if (ungrouped.length > 0) sections.push(['options:', ...ungrouped.map((o) => entry(invocation(o), o.help))].join('\n'));
  for (const group of command.groups ?? []) {
    const members = command.options.filter((o) => o.group === group.id);
    const head = [`${group.title}:`, ...(group.description === undefined ? [] : wrap(group.description, '  ', '  '))];
    if (group.description !== undefined) head.push('');
    sections.push([...head, ...members.map((o) => entry(invocation(o), o.help))].join('\n'));
  }
  if (command.commands.length > 0) {
    sections.push(['commands:', ...command.commands.map((c) => entry(c.name, c.summary))].join('\n'));
  }
  if (command.epilog !== undefined) sections.push(paragraphs(command.epilog));
  return `${sections.join('\n\n')}\n`;
}

/**
 * The help text of `asyncutils` (what `asyncutils --help` prints) or of one of its commands
 * (`asyncutils bug --help`, `asyncutils events --help`). Plain text without ANSI escapes, so tools
 * and tests can rely on it; lines are at most 79 characters.
 *
 * The main help starts with `usage: asyncutils [options] {bug,events} ...`, describes the library,
 * lists the options in upstream's groups (logging and executor, `verbosity`, `repl`, `testing`,
 * `metadata`) and the commands, and ends with an epilog on `@FILE` arguments, the configuration
 * file (`AUTILSCFGPATH`, discovery) and exit codes. The `bug` help starts with
 * `usage: asyncutils bug [options] [title]`; the `events` help with
 * `usage: asyncutils events [-g PATTERN] [--json]`.
 *
 * @param opts - `command`: the subcommand whose help to format; omitted for the main help.
 * @returns the help text, ending with a newline.
 * @throws {RangeError} `asyncutils.cli.formatCliHelp: unknown command '<command>'` for a command
 * that does not exist.
 * @example
 * ```ts
 * import { formatCliHelp } from '@asyncutils/cli';
 *
 * process.stdout.write(formatCliHelp());                    // the main help
 * process.stdout.write(formatCliHelp({ command: 'bug' }));  // the help of `asyncutils bug`
 * ```
 */
export function formatCliHelp(opts?: { command?: 'bug' | 'events' }): string {
  const name: unknown = opts?.command;
  if (name === undefined) return formatCommandHelp(mainCommand);
  const command = mainCommand.commands.find((c) => c.name === name);
  if (command) return formatCommandHelp(command);
  throw new RangeError(`asyncutils.cli.formatCliHelp: unknown command '${String(name)}'`);
}
