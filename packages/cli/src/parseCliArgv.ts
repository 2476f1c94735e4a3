import type { ConfigFlagOverrides } from '@asyncutils/config';
import { parseArgvGrammar } from './argvGrammar.js';
import type { BugArgs } from './bug.js';
import { mainCommand } from './cliCommands.js';
import { formatCliUsage, formatCommandHelp } from './formatCliHelp.js';

/**
 * What {@link parseCliArgv} found in argv, the TypeScript counterpart of argparse's namespace:
 * - `help`: print `text` (the main help, or the help of the command after which `-h` came);
 * - `version`: print `text` (`asyncutils v<version>\n`);
 * - `error`: print `usage`, then `asyncutils: error: <message>` to stderr and exit 2;
 * - `repl`: start the console (no command), or with `eval` run that code instead; `overrides` holds the
 *   configuration flags that were given, keyed like the configuration file (`log_to`, `V`, …);
 * - `bug`: build a bug report link from `args`, after loading the configuration with `overrides`;
 * - `events`: list the audit events, only those matching `grep` (tested against each event's
 *   name and package; `null`: all), as JSON when `json` is set.
 *
 * `audit` (only present when `--audit` was given) is the pattern of the events to print live
 * (`--audit` without a pattern: an expression matching every name).
 *
 * @example
 * ```ts
 * import { parseCliArgv, type CliParseResult } from '@asyncutils/cli';
 *
 * const result: CliParseResult = parseCliArgv(['-pVV']);
 * if (result.kind === 'repl') console.log(result.overrides); // { load_all: true, V: 2 }
 * ```
 */
export type CliParseResult =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version'; readonly text: string }
  | { readonly kind: 'error'; readonly message: string; readonly usage: string }
  | { readonly kind: 'repl'; readonly overrides: ConfigFlagOverrides; readonly eval?: string; readonly audit?: RegExp }
  | { readonly kind: 'bug'; readonly args: BugArgs; readonly overrides: ConfigFlagOverrides; readonly audit?: RegExp }
  | { readonly kind: 'events'; readonly grep: RegExp | null; readonly json: boolean; readonly audit?: RegExp };

/** The main options that become configuration overrides (their dests are the file keys). */
const OVERRIDE_KEYS = ['log_to', 'executor', 'Q', 'V', 'quiet', 'basic_repl', 'max_memory_errors', 'load_all', 'seed', 'debug', 'pdb'] as const;

function overridesOf(values: Readonly<Record<string, unknown>>): ConfigFlagOverrides {
  const overrides: Record<string, unknown> = {};
  for (const key of OVERRIDE_KEYS) if (key in values) overrides[key] = values[key];
  return overrides as ConfigFlagOverrides;
}

function bugArgsOf(values: Readonly<Record<string, unknown>>): BugArgs {
  const flag = (name: string): boolean => values[`bug.${name}`] === true;
  const args: { -readonly [K in keyof BugArgs]: BugArgs[K] } = {
    title: (values['bug.title'] as string | undefined) ?? '',
    verbose: flag('verbose'),
    quiet: flag('quiet'),
    srcUrl: (values['bug.srcUrl'] as string | undefined) ?? '',
    noPrefillEnv: flag('noPrefillEnv'),
    ensureFilled: flag('ensureFilled'),
    pastebin: flag('pastebin'),
    printOnFail: flag('printOnFail'),
    interactive: flag('interactive'),
  };
  if ('bug.logPath' in values) args.logPath = values['bug.logPath'] as string;
  if ('bug.tracebackPath' in values) args.tracebackPath = values['bug.tracebackPath'] as string;
  if ('bug.open' in values) args.open = values['bug.open'] as string | null;
  return args;
}

/**
 * Parses the arguments of the `asyncutils` command (without the program name) with argparse's
 * semantics, without printing anything or exiting.
 *
 * Short flags combine (`-pVVm 5`, `-m5`); long options take `--opt value` or `--opt=value` and any
 * unambiguous prefix (`--max` is `--max-memory_errors`); `--` ends the options; options may repeat
 * (the last value wins, counts add); an argument `@path` is replaced by the lines of that file (one
 * argument per line, recursively). The first of `-h`/`-v` in argument order wins; `-h` after a
 * command asks for the help of that command. Only the configuration flags that were given appear in
 * `overrides`. Errors use argparse's wording: `unrecognized arguments: --bogus`,
 * `invalid choice: 'nope' (choose from bug, events)`, `argument -m/--max-memory_errors: invalid int
 * value: 'x'`, `argument -e/--executor: invalid choice: 'x' (choose from thread, …)`,
 * `argument -n/--no-log: not allowed with argument -l/--log-to`, `argument -s/--seed: expected one
 * argument`, `ambiguous option: --e could match --executor, …`, `cannot read arguments file
 * '<path>': <code>`, and `argument --eval: not allowed with command 'bug'`.
 *
 * @param argv - the arguments, e.g. `process.argv.slice(2)`.
 * @returns the {@link CliParseResult}; an empty argv gives `{ kind: 'repl', overrides: {} }`.
 * @throws {TypeError} `asyncutils.cli.parseCliArgv: argv must be an array of strings`.
 * @example
 * ```ts
 * import { parseCliArgv } from '@asyncutils/cli';
 *
 * parseCliArgv(['--version']);       // { kind: 'version', text: 'asyncutils v0.1.0\n' }
 * parseCliArgv(['-pVVm', '5']);      // { kind: 'repl', overrides: { load_all: true, V: 2, max_memory_errors: 5 } }
 * parseCliArgv(['bug', 'crash']);    // { kind: 'bug', args: { title: 'crash', … }, overrides: {} }
 * parseCliArgv(['--bogus']);         // { kind: 'error', message: 'unrecognized arguments: --bogus', usage: 'usage: …\n' }
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
      const { values } = result;
      const command = result.commands[0];
      const audit = 'audit' in values ? { audit: values.audit instanceof RegExp ? values.audit : new RegExp('', 'i') } : {};
      if (command !== undefined && 'eval' in values) {
        return { kind: 'error', message: `argument --eval: not allowed with command '${command}'`, usage: formatCliUsage(mainCommand) };
      }
      const overrides = overridesOf(values);
      if (command === 'bug') return { kind: 'bug', args: bugArgsOf(values), overrides, ...audit };
      if (command === 'events') {
        return { kind: 'events', grep: values.grep instanceof RegExp ? values.grep : null, json: values.json === true, ...audit };
      }
      return { kind: 'repl', overrides, ...('eval' in values ? { eval: values.eval as string } : {}), ...audit };
    }
  }
}
