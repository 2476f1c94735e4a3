// `jsonToArgv(path, opts?)`: a configuration file as the shortest equivalent `asyncutils` argv.
import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import { loadf, type ConfigFileRef } from './loadf.js';
import { typeName } from './typeName.js';

const API = 'asyncutils.tools.jsonToArgv';

/** The boolean keys with a one-letter flag, in the order their letters are clustered. */
const FLAG_LETTERS = [
  ['quiet', 'q'],
  ['basic_repl', 'b'],
  ['load_all', 'p'],
  ['debug', 'd'],
  ['pdb', 'P'],
] as const;

/** Keys without a command-line equivalent, dropped without complaint. */
const DROPPED = ['context', 'next_config'] as const;

const executors: ReadonlySet<string> = new Set(POSSIBLE_EXECUTORS);

/** An integer from a number or an integer string (decimal, or `0x`/`0o`/`0b`), as the configuration accepts. */
function integer(key: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string') {
    const m = /^\s*([+-]?)(\d+|0[xX][\da-fA-F]+|0[oO][0-7]+|0[bB][01]+)\s*$/.exec(value);
    const n = m ? Number(m[2]) * (m[1] === '-' ? -1 : 1) : Number.NaN;
    if (Number.isSafeInteger(n)) return n;
  }
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw new TypeError(`${API}: key "${key}" in config file should be an integer, not ${typeName(value)}`);
  }
  throw new RangeError(`${API}: key "${key}" in config file should be an integer, not ${JSON.stringify(value)}`);
}

/** `[flag, value]`, or `[flag + value]` when the value starts with `-` (so it is not read as an option). */
function withValue(flag: string, value: string): string[] {
  return value.startsWith('-') ? [flag + value] : [flag, value];
}

/**
 * Reads a configuration file and returns the shortest `asyncutils` command-line arguments that set the same flags,
 * the inverse of {@link argvToJson}.
 *
 * @remarks
 * Keys are read as `@asyncutils/config` documents them (see {@link getCfgJsonFormat}); a key at its default adds
 * nothing:
 * - `executor`: a name of `POSSIBLE_EXECUTORS` → `-e <name>`, any other (a registered name, `<module>#<export>`) →
 *   `-c <name>`;
 * - `max_memory_errors` (an integer or integer string) other than 3 → `-m <n>`; `seed` (not null) → `-s <seed>`;
 * - `logging_to` (or its alias `log_to`): `'NULL'`, or `no_log: true` → `-n`; `'MAKE'` → `-l`; another value than
 *   `'STDERR'` → `-l <file>`;
 * - `quiet`, `basic_repl`, `load_all`, `debug`, `pdb` → `q`, `b`, `p`, `d`, `P`, then `V` repeated `V − Q` times (or
 *   `Q` repeated `Q − V` times), clustered into one `-…` argument that is merged into the first argument when there
 *   is one (`-pVV` and `-m 5` give `-pVVm 5`);
 * - `context` and `next_config` have no command-line form and are dropped.
 *
 * A value starting with `-` is attached to its flag (`-m-1`), so that it is not read as an option.
 *
 * @param path - the configuration file, as for {@link loadf} (a file descriptor is read as JSON).
 * @param opts - `strict` (default `true`): reject keys that are not configuration keys.
 * @returns the arguments, e.g. `['-pVVm', '5']`.
 * @throws {TypeError} `asyncutils.tools.jsonToArgv: unexpected key "command" in config file` when the file has a
 * non-null `command`; `… key "<key>" in config file should be …` for a value of the wrong type (including a
 * `logging_to` file descriptor, which has no command-line form).
 * @throws {RangeError} `asyncutils.tools.jsonToArgv: unknown keys in config file: <k1>, <k2>` (with `strict`);
 * for an integer key that is not an integer, a negative `V`/`Q`, an empty `executor`, and `logging_to` and
 * `log_to` that disagree.
 * @throws whatever {@link loadf} throws for a file that cannot be read or parsed.
 * @example
 * ```ts
 * import { jsonToArgv } from '@asyncutils/tools';
 *
 * // cfg.json: {"load_all": true, "V": 2, "max_memory_errors": 5}
 * jsonToArgv('cfg.json'); // ['-pVVm', '5']
 * // cfg.json: {"executor": "process", "log_to": "run.log", "quiet": true}
 * jsonToArgv('cfg.json'); // ['-qe', 'process', '-l', 'run.log']
 * ```
 */
export function jsonToArgv(path: ConfigFileRef, opts?: { readonly strict?: boolean }): string[] {
  const strict: unknown = opts?.strict ?? true;
  if (typeof strict !== 'boolean') throw new TypeError(`${API}: strict must be a boolean, not ${typeName(strict)}`);
  const rest = new Map(Object.entries(loadf(path)));
  const take = (key: string): unknown => {
    const value = rest.get(key);
    rest.delete(key);
    return value;
  };
  const bool = (key: string): boolean => {
    const value = take(key);
    if (value === undefined) return false;
    if (typeof value !== 'boolean') throw new TypeError(`${API}: key "${key}" in config file should be a boolean, not ${typeName(value)}`);
    return value;
  };
  const argv: string[] = [];

  const command = take('command');
  if (command !== undefined && command !== null) throw new TypeError(`${API}: unexpected key "command" in config file`);

  const executor = take('executor');
  if (executor !== undefined && executor !== 'thread') {
    if (typeof executor !== 'string') throw new TypeError(`${API}: key "executor" in config file should be a string, not ${typeName(executor)}`);
    if (executor === '') throw new RangeError(`${API}: key "executor" in config file should not be empty`);
    argv.push(...withValue(executors.has(executor) ? '-e' : '-c', executor));
  }

  const maxMemoryErrors = take('max_memory_errors');
  if (maxMemoryErrors !== undefined) {
    const n = integer('max_memory_errors', maxMemoryErrors);
    if (n !== 3) argv.push(...withValue('-m', String(n)));
  }

  const seed = take('seed');
  if (seed !== undefined && seed !== null) {
    if (typeof seed !== 'string' && !(typeof seed === 'number' && Number.isFinite(seed))) {
      throw new TypeError(`${API}: key "seed" in config file should be a string, a finite number or null, not ${typeName(seed)}`);
    }
    argv.push(...withValue('-s', String(seed)));
  }

  const loggingTo = take('logging_to');
  const logTo = take('log_to');
  if (loggingTo !== undefined && logTo !== undefined && loggingTo !== logTo) {
    throw new RangeError(`${API}: keys "logging_to" and "log_to" in config file disagree`);
  }
  const logging = loggingTo ?? logTo ?? 'STDERR';
  if (typeof logging !== 'string') {
    const key = loggingTo === undefined ? 'log_to' : 'logging_to';
    throw new TypeError(
      `${API}: key "${key}" in config file should be a file path or NULL, MAKE, MEMORY, STDOUT or STDERR ` +
        `(a file descriptor has no command-line form), not ${typeName(logging)}`,
    );
  }
  if (bool('no_log') || logging === 'NULL') argv.push('-n');
  else if (logging === 'MAKE') argv.push('-l');
  else if (logging !== 'STDERR') argv.push(...withValue('-l', logging));

  let letters = '';
  for (const [key, letter] of FLAG_LETTERS) if (bool(key)) letters += letter;
  const V = take('V');
  const Q = take('Q');
  const count = (key: string, value: unknown): number => {
    if (value === undefined) return 0;
    const n = integer(key, value);
    if (n < 0) throw new RangeError(`${API}: key "${key}" in config file should not be negative, not ${n}`);
    return n;
  };
  const verbosity = count('V', V) - count('Q', Q);
  letters += verbosity < 0 ? 'Q'.repeat(-verbosity) : 'V'.repeat(verbosity);
  if (letters) {
    const first = argv[0];
    if (first === undefined) argv.push(`-${letters}`);
    else argv[0] = `-${letters}${first.slice(1)}`;
  }

  for (const key of DROPPED) rest.delete(key);
  if (strict && rest.size > 0) throw new RangeError(`${API}: unknown keys in config file: ${[...rest.keys()].join(', ')}`);
  return argv;
}
