// The flags of the configuration: their types, validation (file keys and overrides) and merging.
import { typeName } from '@asyncutils/audit';
import { FaultyConfig } from '@asyncutils/exceptions';
import { executorNameProblem } from './executorRegistry.js';

/**
 * The effective flags of the configuration: the file's values with the `overrides` of `loadConfig`
 * applied (the CLI passes its options there).
 *
 * @remarks
 * Read them through `configFlags` (lazy getters, loading the configuration on first access) or
 * `loadConfig().flags` (a frozen snapshot).
 *
 * @example
 * ```ts
 * import { loadConfig, type ConfigFlags } from '@asyncutils/config';
 *
 * const flags: ConfigFlags = loadConfig().flags;
 * if (!flags.silent) console.log('asyncutils REPL');
 * ```
 */
export interface ConfigFlags {
  /** Where the logger writes: `'NULL'`, `'MEMORY'`, `'STDOUT'`, `'STDERR'`, the path of the log file opened, or a file descriptor. File key `logging_to` (alias `log_to`, or `no_log`). Default `'STDERR'`. */
  readonly loggingTo: string | number;
  /** The executor name (a built-in name of `POSSIBLE_EXECUTORS`, a registered name or `<module>#<export>`). File key `executor`. Default `'thread'`. */
  readonly executor: string;
  /** Verbosity count (more logging). File key `V`. Default `0`. */
  readonly V: number;
  /** Quietness count (less logging). File key `Q`. Default `0`. */
  readonly Q: number;
  /** No banner or exit message in the console. File key `quiet`. Default `false`. */
  readonly silent: boolean;
  /** A plain console (no colours, no preview). File key `basic_repl`. Default `false`. */
  readonly basicRepl: boolean;
  /** Memory errors the console survives; negative: no limit. File key `max_memory_errors`. Default `3`. */
  readonly maxMemoryErrors: number;
  /** Debug mode (the global `debug` is entered at load). File key `debug`. Default `false`. */
  readonly debug: boolean;
  /** Preload every package in the console. File key `load_all`. Default `false`. */
  readonly loadedAll: boolean;
  /** Seed of `seededRandom()`; `null`: unseeded. File key `seed`. Default `null`. */
  readonly seed: string | number | null;
  /** Post-mortem debugging when the console fails. File key `pdb`. Default `false`. */
  readonly pdb: boolean;
  /** The configuration file the flags came from, or `null`. */
  readonly configPath: string | null;
}

/**
 * Flag values that replace the file's (the shape of the file's keys, as the CLI parser produces them).
 *
 * @remarks
 * Every key replaces the file's value, except `V` and `Q`, which are added to the file's counts. `log_to`
 * and `logging_to` are the same key. Values are validated like the file's (integer strings such as
 * `'0x10'` are accepted where integers are).
 *
 * @example
 * ```ts
 * import { loadConfig, type ConfigFlagOverrides } from '@asyncutils/config';
 *
 * const fromArgv: ConfigFlagOverrides = { quiet: true, V: 1, log_to: 'MEMORY' };
 * loadConfig({ overrides: fromArgv });
 * ```
 */
export interface ConfigFlagOverrides {
  /** Log destination (see `ConfigFlags.loggingTo`). */
  readonly logging_to?: string | number;
  /** Same as `logging_to` (the key upstream's loader reads). */
  readonly log_to?: string | number;
  /** `true`: no logging (`logging_to: 'NULL'`). */
  readonly no_log?: boolean;
  /** Verbosity count, added to the file's. */
  readonly V?: number | string;
  /** Quietness count, added to the file's. */
  readonly Q?: number | string;
  /** Executor name. */
  readonly executor?: string;
  /** No banner or exit message. */
  readonly quiet?: boolean;
  /** Plain console. */
  readonly basic_repl?: boolean;
  /** Memory errors the console survives. */
  readonly max_memory_errors?: number | string;
  /** Debug mode. */
  readonly debug?: boolean;
  /** Preload every package. */
  readonly load_all?: boolean;
  /** Seed of `seededRandom()`. */
  readonly seed?: string | number | null;
  /** Post-mortem debugging. */
  readonly pdb?: boolean;
}

/**
 * The validated flag keys of one source (absent keys stay absent).
 * @internal
 */
export interface FlagValues {
  logTo?: string | number;
  noLog?: boolean;
  V?: number;
  Q?: number;
  executor?: string;
  quiet?: boolean;
  basicRepl?: boolean;
  maxMemoryErrors?: number;
  debug?: boolean;
  loadAll?: boolean;
  seed?: string | number | null;
  pdb?: boolean;
}

/**
 * Every flag, file and overrides merged; `logTo` is the destination to open (`'NULL'` under `no_log`).
 * @internal
 */
export type MergedFlags = Required<Omit<FlagValues, 'noLog'>>;

/**
 * The `path` that `FaultyConfig` names for a bad override.
 * @internal
 */
export const OVERRIDES_SOURCE = 'loadConfig overrides';

const booleanKeys: Readonly<Record<string, 'noLog' | 'quiet' | 'basicRepl' | 'debug' | 'loadAll' | 'pdb'>> = {
  no_log: 'noLog',
  quiet: 'quiet',
  basic_repl: 'basicRepl',
  debug: 'debug',
  load_all: 'loadAll',
  pdb: 'pdb',
};

/** Python's `int(text, 0)`: optional sign, `0x`/`0o`/`0b` prefixes, underscores between digits. */
const intLiteral = /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?\d)*)$/;

/**
 * The integer an integer literal string means (Python's `int(text, 0)`), or `undefined` for anything
 * else or an integer beyond `Number.MAX_SAFE_INTEGER`.
 * @internal
 */
export function parseIntLiteral(text: string): number | undefined {
  const t = text.trim();
  if (!intLiteral.test(t)) return undefined;
  const negative = t.startsWith('-');
  const digits = t.replace(/^[+-]/, '').replaceAll('_', '');
  const magnitude = /^0[0-9]/.test(digits) || digits === '0' ? 0 : Number(digits);
  const value = negative ? -magnitude : magnitude;
  return Number.isSafeInteger(value) ? value + 0 : undefined;
}

/**
 * The logger level of the verbosity counts: `10 * min(max(3 - V + Q, 1), 5)`.
 * @internal
 */
export function verbosityLevel(V: number, Q: number): number {
  return 10 * Math.min(Math.max(3 - V + Q, 1), 5);
}

/** Validates one source's flag keys. */
class FlagReader {
  readonly values: FlagValues = {};

  constructor(private readonly path: string) {}

  private faulty(key: string, value: unknown, expected: string, shown = typeName(value)): never {
    throw new FaultyConfig(key, shown, expected, this.path);
  }

  private integer(key: string, value: unknown, min: number): number {
    const expected = min === 0 ? 'a non-negative integer (or integer string)' : 'an integer (or integer string)';
    const n = typeof value === 'string' ? parseIntLiteral(value) : typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
    if (n === undefined) return this.faulty(key, value, expected, typeof value === 'string' ? `string '${value}'` : typeName(value));
    if (n < min) return this.faulty(key, value, expected, `${typeName(value)} ${String(value)}`);
    return n;
  }

  read(key: string, value: unknown): boolean {
    const v = this.values;
    switch (key) {
      case 'logging_to':
      case 'log_to': {
        let dest: string | number;
        if (typeof value === 'string') dest = value;
        else if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) dest = value;
        else return this.faulty(key, value, 'a path, NULL, MAKE, MEMORY, STDOUT, STDERR or a file descriptor');
        if (v.logTo !== undefined && v.logTo !== dest) {
          return this.faulty(key, value, `the same destination as the other of logging_to and log_to (${String(v.logTo)})`, `${typeName(value)} ${String(value)}`);
        }
        v.logTo = dest;
        return true;
      }
      case 'V':
      case 'Q':
        v[key] = this.integer(key, value, 0);
        return true;
      case 'max_memory_errors':
        v.maxMemoryErrors = this.integer(key, value, Number.MIN_SAFE_INTEGER);
        return true;
      case 'executor': {
        if (typeof value !== 'string') return this.faulty(key, value, 'a string');
        const expected = executorNameProblem(value);
        if (expected !== undefined) return this.faulty(key, value, expected, value);
        v.executor = value;
        return true;
      }
      case 'seed':
        v.seed = this.seed(value);
        return true;
      default: {
        const field = Object.hasOwn(booleanKeys, key) ? booleanKeys[key] : undefined;
        if (field === undefined) return false;
        if (typeof value !== 'boolean') return this.faulty(key, value, 'boolean');
        v[field] = value;
        return true;
      }
    }
  }

  private seed(value: unknown): string | number | null {
    if (value === null) return null;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      return this.faulty('seed', value, 'a string, a finite number or null', `number ${value}`);
    }
    if (typeof value !== 'string') return this.faulty('seed', value, 'a string, a finite number or null');
    const n = parseIntLiteral(value);
    if (n !== undefined) return n;
    const bytes = /^b(['"])([\s\S]*)\1$/.exec(value);
    return bytes === null ? value : (bytes[2] as string);
  }
}

/**
 * Validates the flag keys of a configuration table. `next_config` and `context` are left to the loader;
 * any other unknown key is reported through `unknown` and ignored.
 *
 * @throws FaultyConfig for a value of the wrong type or form (naming `path`).
 * @internal
 */
export function readFileFlags(table: Readonly<Record<string, unknown>>, path: string, unknown: (key: string) => void): FlagValues {
  const reader = new FlagReader(path);
  for (const key of Object.keys(table)) {
    if (key === 'next_config' || key === 'context') continue;
    if (!reader.read(key, table[key])) unknown(key);
  }
  return reader.values;
}

/**
 * Validates `loadConfig`'s `overrides`.
 *
 * @throws TypeError when `overrides` is not a plain object; RangeError for an unknown key; FaultyConfig for
 * a bad value.
 * @internal
 */
export function readOverrides(overrides: unknown): FlagValues {
  const api = 'asyncutils.config.loadConfig';
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new TypeError(`${api}: overrides must be an object of configuration keys, got ${typeName(overrides)}`);
  }
  const reader = new FlagReader(OVERRIDES_SOURCE);
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!reader.read(key, value)) throw new RangeError(`${api}: unknown override '${key}'`);
  }
  return reader.values;
}

/**
 * The file's flags with the overrides applied (`V` and `Q` added, every other key replaced) over the
 * defaults.
 * @internal
 */
export function mergeFlags(file: FlagValues, overrides: FlagValues): MergedFlags {
  const noLog = overrides.noLog ?? (overrides.logTo !== undefined ? false : (file.noLog ?? false));
  const pick = <K extends keyof FlagValues>(key: K, fallback: NonNullable<FlagValues[K]> | null): FlagValues[K] =>
    overrides[key] !== undefined ? overrides[key] : file[key] !== undefined ? file[key] : (fallback as FlagValues[K]);
  return {
    logTo: noLog ? 'NULL' : (pick('logTo', 'STDERR') as string | number),
    V: (file.V ?? 0) + (overrides.V ?? 0),
    Q: (file.Q ?? 0) + (overrides.Q ?? 0),
    executor: pick('executor', 'thread') as string,
    quiet: pick('quiet', false) as boolean,
    basicRepl: pick('basicRepl', false) as boolean,
    maxMemoryErrors: pick('maxMemoryErrors', 3) as number,
    debug: pick('debug', false) as boolean,
    loadAll: pick('loadAll', false) as boolean,
    seed: pick('seed', null) as string | number | null,
    pdb: pick('pdb', false) as boolean,
  };
}
