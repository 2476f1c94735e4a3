import { parseArgvGrammar } from './argvGrammar.js';
import { mainCommand } from './cliCommands.js';
import { formatCliUsage, formatCommandHelp } from './formatCliHelp.js';

/**
 * What {@link parseCliArgv} found in argv, the TypeScript counterpart of argparse's namespace:
 * - `help`: print `text` (the main help, or the help of the command after which `-h` came);
 *   also the result of an empty argv until the interactive console arrives;
 * - `version`: print `text` (`asyncutils v<version>\n`);
 * - `error`: print `usage`, then `asyncutils: error: <message>` to stderr and exit 2;
 * - `events`: list the audit events, only those matching `grep` (tested against each event's
 *   name and package; `null`: all), as JSON when `json` is set.
 *
 * @example
 * ```ts
 * import { parseCliArgv, type CliParseResult } from '@asyncutils/cli';
 *
 * const result: CliParseResult = parseCliArgv(['events', '--grep', 'queues']);
 * if (result.kind === 'events') console.log(result.grep?.source); // 'queues'
 * ```
 */
export type CliParseResult =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string; readonly usage: string }
  | { readonly kind: 'events'; readonly grep: RegExp | null; readonly json: boolean };

/**
 * Parses the arguments of the `asyncutils` command (without the program name) with argparse's
 * semantics, without printing anything or exiting.
 *
 * Short flags combine; long options take `--opt value` or `--opt=value` and any unambiguous
 * prefix (`--ver` is `--version`); `--` ends the options; options may repeat (the last value
 * wins); an argument `@path` is replaced by the lines of that file (one argument per line,
 * recursively). The first of `-h`/`-v` in argument order wins; `-h` after `events` asks for the
 * help of `events`. Errors use argparse's wording: `unrecognized arguments: --bogus`,
 * `invalid choice: 'nope' (choose from events)`, `argument -g/--grep: expected one argument`,
 * `argument -g/--grep: invalid regular expression: '['`, `ambiguous option: --x could match …`,
 * `cannot read arguments file '<path>': <code>`.
 *
 * @param argv - the arguments, e.g. `process.argv.slice(2)`.
 * @returns the {@link CliParseResult}. An empty argv gives the main help.
 * @throws {TypeError} `asyncutils.cli.parseCliArgv: argv must be an array of strings`.
 * @example
 * ```ts
 * import { parseCliArgv } from '@asyncutils/cli';
 *
 * parseCliArgv(['--version']);        // { kind: 'version', text: 'asyncutils v0.1.0\n' }
 * parseCliArgv(['events', '--json']); // { kind: 'events', grep: null, json: true }
 * parseCliArgv(['--bogus']);          // { kind: 'error', message: 'unrecognized arguments: --bogus', usage: 'usage: …\n' }
 * ```
 */
export function parseCliArgv(argv: readonly string[]): CliParseResult {
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
    throw new TypeError('asyncutils.cli.parseCliArgv: argv must be an array of strings');
  }
  const result = parseArgvGrammar(mainCommand, argv);
  switch (result.kind) {
    case 'help':
      return { kind: 'help', text: formatCommandHelp(result.command) };
    case 'version':
      return { kind: 'version', text: `asyncutils v${__PKG_VERSION__}\n` };
    case 'error':
      return { kind: 'error', message: result.message, usage: formatCliUsage(result.command) };
    default: {
      if (result.commands[0] !== 'events') return { kind: 'help', text: formatCommandHelp(mainCommand) };
      const { grep, json } = result.values;
      return { kind: 'events', grep: grep instanceof RegExp ? grep : null, json: json === true };
    }
  }
}
