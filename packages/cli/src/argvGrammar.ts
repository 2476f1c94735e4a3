import { CliUsageError } from './CliUsageError.js';
import { expandArgumentFiles } from './expandArgumentFiles.js';

/**
 * What an option does when it is given (argparse's `action` plus `nargs`):
 * - `'help'`, `'version'`: stop parsing and ask for the help of the current command / the version;
 * - `'true'`: store `true` (`store_true`);
 * - `'const'`: store the option's `constValue` (`store_const`; several options may share a `dest`);
 * - `'count'`: add 1 per occurrence (`count`);
 * - `'value'`: store the one value that follows (`--opt value`, `--opt=value`, `-ovalue`);
 * - `'optionalValue'`: store the value that follows if there is one, else `absentValue` (`nargs='?'`).
 *
 * @example
 * ```ts
 * const action: CliOptionAction = 'count';
 * ```
 */
export type CliOptionAction = 'help' | 'version' | 'true' | 'const' | 'count' | 'value' | 'optionalValue';

/**
 * One row of a command's option table.
 *
 * @example
 * ```ts
 * const json: CliOptionSpec = { flags: ['--json'], dest: 'json', action: 'true', help: 'print JSON' };
 * ```
 */
export interface CliOptionSpec {
  /** Every spelling, short ones (`-g`) first, then long ones (`--grep`). */
  readonly flags: readonly string[];
  /**
   * Key of the parsed value in {@link CliGrammarResult} `values`. Unique across a command tree, except
   * that options of one exclusive group may share it (`-e`, `-c`, `--thread`… all set `executor`).
   */
  readonly dest: string;
  readonly action: CliOptionAction;
  /** Name of the value in usage and help (`PATTERN`); for `'value'` and `'optionalValue'`. */
  readonly metavar?: string;
  /** The help text: one paragraph, where `\n` starts a new line. */
  readonly help: string;
  /** For `'optionalValue'`: the value stored when no value follows the flag. */
  readonly absentValue?: unknown;
  /** For `'const'`: the value stored. */
  readonly constValue?: unknown;
  /** Converts a value; throws a {@link CliUsageError} with the reason for an invalid one. */
  readonly convert?: (raw: string) => unknown;
  /** Options with the same group name exclude each other (argparse's mutually exclusive group). */
  readonly exclusiveGroup?: string;
  /** The `id` of the {@link CliOptionGroup} of the help it is listed under; none: the `options:` section. */
  readonly group?: string;
}

/**
 * A section of a command's help (argparse's argument group): its title and a one-line description.
 *
 * @example
 * ```ts
 * const verbosity: CliOptionGroup = { id: 'verbosity', title: 'verbosity', description: 'How much to log.' };
 * ```
 */
export interface CliOptionGroup {
  /** What options name in their `group`. */
  readonly id: string;
  /** The heading, printed as `<title>:`. */
  readonly title: string;
  readonly description?: string;
}

/**
 * An optional positional argument of a leaf command (argparse's `nargs='?'`).
 *
 * @example
 * ```ts
 * const title: CliPositionalSpec = { dest: 'title', metavar: 'title', help: 'the title of the report' };
 * ```
 */
export interface CliPositionalSpec {
  /** Key of the value in {@link CliGrammarResult} `values`. */
  readonly dest: string;
  /** Its name in usage and help. */
  readonly metavar: string;
  readonly help: string;
}

/**
 * A command (the main one or a subcommand) with its options and subcommands.
 *
 * @example
 * ```ts
 * const leaf: CliCommandSpec = {
 *   name: 'events', prog: 'asyncutils events', summary: 'list events', description: 'List events.',
 *   options: [], commands: [],
 * };
 * ```
 */
export interface CliCommandSpec {
  /** The word that selects it on the command line (the program name for the main command). */
  readonly name: string;
  /** The program name as shown in usage lines (`asyncutils events`). */
  readonly prog: string;
  /** One line for the parent's list of commands. */
  readonly summary: string;
  /** Paragraphs (separated by blank lines) shown after the usage line. */
  readonly description: string;
  /** Paragraphs shown at the end of the help. */
  readonly epilog?: string;
  readonly options: readonly CliOptionSpec[];
  /** Help sections in order; options without a `group` come first, under `options:`. */
  readonly groups?: readonly CliOptionGroup[];
  /** Optional positionals of a leaf command, filled in order. */
  readonly positionals?: readonly CliPositionalSpec[];
  /** Subcommands; the first positional argument chooses one. */
  readonly commands: readonly CliCommandSpec[];
}

/**
 * What {@link parseArgvGrammar} found. `values` holds only the options that were given.
 *
 * @example
 * ```ts
 * const done: CliGrammarResult = { kind: 'parsed', commands: ['events'], values: { json: true } };
 * ```
 */
export type CliGrammarResult =
  | { readonly kind: 'help'; readonly command: CliCommandSpec }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string; readonly command: CliCommandSpec }
  | { readonly kind: 'parsed'; readonly commands: readonly string[]; readonly values: Readonly<Record<string, unknown>> };

/**
 * The argparse name of an option in messages: its flags joined by `/` (`-g/--grep`).
 *
 * @param option - the option.
 * @returns the joined flags.
 * @example
 * ```ts
 * optionLabel({ flags: ['-g', '--grep'], dest: 'grep', action: 'value', help: '' }); // '-g/--grep'
 * ```
 */
export function optionLabel(option: CliOptionSpec): string {
  return option.flags.join('/');
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** A recognised option occurrence: the option and a value attached to its flag. */
interface OptionMatch {
  readonly option: CliOptionSpec;
  /** Text attached to the flag: after `=` (`sep` `'='`) or the rest of a short cluster (`sep` `''`). */
  readonly explicit: string | null;
  readonly sep: '=' | '' | null;
}

type Classified = OptionMatch | 'positional' | 'unknown';

function findFlag(command: CliCommandSpec, flag: string): CliOptionSpec | undefined {
  return command.options.find((o) => o.flags.includes(flag));
}

/** argparse's `_parse_optional`: is `arg` an option of `command`, an unknown option, or a positional? */
function classify(command: CliCommandSpec, arg: string): Classified {
  if (!arg.startsWith('-') || arg === '-') return 'positional';
  const exact = findFlag(command, arg);
  if (exact) return { option: exact, explicit: null, sep: null };
  const eq = arg.indexOf('=');
  if (eq > 0) {
    const flag = arg.slice(0, eq);
    const option = findFlag(command, flag);
    if (option) return { option, explicit: arg.slice(eq + 1), sep: '=' };
  }
  if (arg.startsWith('--')) {
    const prefix = eq > 0 ? arg.slice(0, eq) : arg;
    const matches: { option: CliOptionSpec; flag: string }[] = [];
    for (const option of command.options) {
      for (const flag of option.flags) if (flag.startsWith('--') && flag.startsWith(prefix)) matches.push({ option, flag });
    }
    if (matches.length > 1) {
      throw new CliUsageError(`ambiguous option: ${arg} could match ${matches.map((m) => m.flag).join(', ')}`);
    }
    const [only] = matches;
    if (only) return { option: only.option, explicit: eq > 0 ? arg.slice(eq + 1) : null, sep: eq > 0 ? '=' : null };
  } else {
    const option = findFlag(command, arg.slice(0, 2));
    if (option) return { option, explicit: arg.slice(2), sep: '' };
  }
  if (NEGATIVE_NUMBER.test(arg) || arg.includes(' ')) return 'positional';
  return 'unknown';
}

/** Mutable state of one parse. */
interface ParseState {
  command: CliCommandSpec;
  readonly commands: string[];
  readonly values: Record<string, unknown>;
  readonly groups: Map<string, CliOptionSpec>;
  readonly unrecognized: string[];
  /** How many positionals of the current command are filled. */
  positionals: number;
}

type Stop = { readonly kind: 'help'; readonly command: CliCommandSpec } | { readonly kind: 'version' };

function takesValue(option: CliOptionSpec): boolean {
  return option.action === 'value' || option.action === 'optionalValue';
}

/** argparse's `take_action`: checks exclusion, converts, stores. Returns a stop for help/version. */
function apply(state: ParseState, option: CliOptionSpec, raw: string | undefined): Stop | null {
  const label = optionLabel(option);
  if (option.exclusiveGroup !== undefined) {
    const other = state.groups.get(option.exclusiveGroup);
    if (other && other !== option) throw new CliUsageError(`argument ${label}: not allowed with argument ${optionLabel(other)}`);
    state.groups.set(option.exclusiveGroup, option);
  }
  switch (option.action) {
    case 'help':
      return { kind: 'help', command: state.command };
    case 'version':
      return { kind: 'version' };
    case 'true':
      state.values[option.dest] = true;
      return null;
    case 'const':
      state.values[option.dest] = option.constValue;
      return null;
    case 'count':
      state.values[option.dest] = ((state.values[option.dest] as number | undefined) ?? 0) + 1;
      return null;
    default:
      if (raw === undefined) {
        state.values[option.dest] = option.absentValue;
        return null;
      }
      try {
        state.values[option.dest] = option.convert ? option.convert(raw) : raw;
      } catch (error) {
        if (error instanceof CliUsageError) throw new CliUsageError(`argument ${label}: ${error.message}`);
        throw error;
      }
      return null;
  }
}

/**
 * argparse's `consume_optional` for the option found at `args[index]`. Returns the index of the last
 * argument consumed and a stop when help or version was asked.
 */
function consumeOption(state: ParseState, args: readonly string[], index: number, found: OptionMatch): { next: number; stop: Stop | null } {
  let { option, explicit, sep } = found;
  for (;;) {
    if (explicit !== null && !takesValue(option)) {
      if (sep === '=' || explicit.startsWith('-')) {
        throw new CliUsageError(`argument ${optionLabel(option)}: ignored explicit argument '${explicit}'`);
      }
      // A short flag without a value in a cluster: the next character is another short flag.
      const stop = apply(state, option, undefined);
      if (stop) return { next: index, stop };
      const nextOption = findFlag(state.command, `-${explicit[0]}`);
      if (!nextOption) {
        state.unrecognized.push(`-${explicit}`);
        return { next: index, stop: null };
      }
      option = nextOption;
      const rest = explicit.slice(1);
      if (rest === '') [explicit, sep] = [null, null];
      else if (rest.startsWith('=')) [explicit, sep] = [rest.slice(1), '='];
      else [explicit, sep] = [rest, ''];
      continue;
    }
    if (explicit !== null) return { next: index, stop: apply(state, option, explicit) };
    if (!takesValue(option)) return { next: index, stop: apply(state, option, undefined) };
    const following = args[index + 1];
    if (following !== undefined && following !== '--' && classify(state.command, following) === 'positional') {
      return { next: index + 1, stop: apply(state, option, following) };
    }
    if (option.action === 'value') throw new CliUsageError(`argument ${optionLabel(option)}: expected one argument`);
    return { next: index, stop: apply(state, option, undefined) };
  }
}

/**
 * Parses argv against a command tree with argparse's semantics: `@file` arguments are expanded
 * first (see {@link expandArgumentFiles}); short flags combine (`-jh`, `-gqueues`, `-g=queues`);
 * long options take `--opt value` or `--opt=value` and any unambiguous prefix; `--` ends the
 * options (a subcommand parses its own options again); options may repeat (last value wins,
 * counts add); the first positional chooses a subcommand, whose options follow it; in a leaf
 * command positionals fill its `positionals` in order. Help and
 * version stop the parse at once, in argument order. Unknown options and extra positionals are
 * collected and reported together at the end (`unrecognized arguments: …`).
 *
 * @param root - the main command.
 * @param argv - the arguments (not including the program name).
 * @returns `help` (with the command whose help was asked), `version`, `error` (with the message
 * and the innermost command reached, whose usage goes with it) or `parsed`.
 * @throws whatever a `convert` function throws other than {@link CliUsageError}.
 * @example
 * ```ts
 * const result = parseArgvGrammar(mainCommand, ['events', '--json']);
 * // { kind: 'parsed', commands: ['events'], values: { json: true } }
 * ```
 */
export function parseArgvGrammar(root: CliCommandSpec, argv: readonly string[]): CliGrammarResult {
  const state: ParseState = { command: root, commands: [], values: {}, groups: new Map(), unrecognized: [], positionals: 0 };
  let optionsEnded = false;
  try {
    const args = expandArgumentFiles(argv);
    for (let index = 0; index < args.length; index++) {
      const arg = args[index] as string;
      if (!optionsEnded && arg === '--') {
        optionsEnded = true;
        continue;
      }
      const found = optionsEnded ? 'positional' : classify(state.command, arg);
      if (found === 'unknown') {
        state.unrecognized.push(arg);
      } else if (found === 'positional') {
        if (state.command.commands.length === 0) {
          const positional = state.command.positionals?.[state.positionals];
          if (positional) {
            state.values[positional.dest] = arg;
            state.positionals++;
          } else {
            state.unrecognized.push(arg);
          }
          continue;
        }
        const sub = state.command.commands.find((c) => c.name === arg);
        if (!sub) throw new CliUsageError(`invalid choice: '${arg}' (choose from ${state.command.commands.map((c) => c.name).join(', ')})`);
        state.command = sub;
        state.commands.push(arg);
        state.positionals = 0;
        optionsEnded = false;
      } else {
        const { next, stop } = consumeOption(state, args, index, found);
        if (stop) return stop;
        index = next;
      }
    }
  } catch (error) {
    if (error instanceof CliUsageError) return { kind: 'error', message: error.message, command: state.command };
    throw error;
  }
  if (state.unrecognized.length > 0) {
    return { kind: 'error', message: `unrecognized arguments: ${state.unrecognized.join(' ')}`, command: state.command };
  }
  return { kind: 'parsed', commands: state.commands, values: state.values };
}
