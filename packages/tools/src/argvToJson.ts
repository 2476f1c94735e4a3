// `argvToJson(argv, path, opts?)`: `asyncutils` command-line arguments as a configuration file.
import { parseCliArgv } from '@asyncutils/cli';
import { writeFileSync } from 'node:fs';
import { toPathOrFd, type ConfigFileRef } from './loadf.js';
import { typeName } from './typeName.js';

/** The order of the keys in a written file: the order of format.json5 (other keys follow). */
const KEY_ORDER = [
  'logging_to', 'no_log', 'V', 'Q', 'executor', 'quiet', 'basic_repl', 'max_memory_errors', 'debug', 'load_all', 'seed', 'pdb',
];

/**
 * Does the work of {@link argvToJson} for `api` (which names the public function in error messages).
 *
 * @param api - the qualified name of the calling API.
 * @param argv - the arguments.
 * @param path - the file to write.
 * @param dump - the serializer.
 * @example
 * ```ts
 * writeArgvAsJson('asyncutils.tools.argvToJson', ['-q'], 'cfg.json', JSON.stringify);
 * ```
 */
export function writeArgvAsJson(api: string, argv: readonly string[], path: ConfigFileRef, dump: unknown): void {
  if (!Array.isArray(argv) || !argv.every((arg) => typeof arg === 'string')) {
    throw new TypeError(`${api}: argv must be an array of strings, not ${typeName(argv)}`);
  }
  const target = toPathOrFd(api, path);
  const serialize = dump ?? JSON.stringify;
  if (typeof serialize !== 'function') throw new TypeError(`${api}: dump must be a function, not ${typeName(serialize)}`);
  const result = parseCliArgv(argv);
  switch (result.kind) {
    case 'error':
      throw new RangeError(`${api}: ${result.message}`);
    case 'help':
    case 'version':
      throw new RangeError(`${api}: argv asks for help or the version`);
    case 'repl': {
      // Options that act at run time instead of setting a flag (the CLI's --eval and --audit) have no config key.
      const extra = Object.keys(result).find((key) => key !== 'kind' && key !== 'overrides');
      if (extra !== undefined) throw new TypeError(`${api}: the --${extra} option has no config equivalent`);
      const given = new Map(Object.entries(result.overrides).map(([key, value]) => [key === 'log_to' ? 'logging_to' : key, value]));
      const config: Record<string, unknown> = {};
      for (const key of [...KEY_ORDER, ...given.keys()]) if (given.has(key) && !Object.hasOwn(config, key)) config[key] = given.get(key);
      const text: unknown = (serialize as (value: unknown) => unknown)(config);
      if (typeof text !== 'string') throw new TypeError(`${api}: dump must return a string, not ${typeName(text)}`);
      writeFileSync(target, text, 'utf8');
      return;
    }
    default:
      throw new TypeError(`${api}: the ${result.kind} subcommand has no config equivalent`);
  }
}

/**
 * Parses `asyncutils` command-line arguments with the command's own grammar (`parseCliArgv` of `@asyncutils/cli`)
 * and writes the configuration they set as a file, the inverse of {@link jsonToArgv}.
 *
 * @remarks
 * The file holds only the options given, under their configuration keys and in the order of {@link getCfgJsonFormat}
 * (`-pVVm 5` → `{"V":2,"max_memory_errors":5,"load_all":true}`; `-l x.log` → `logging_to`, `-n` →
 * `logging_to: "NULL"`), so
 * loading it gives the same flags as the arguments, and {@link jsonToArgv} of it gives equivalent arguments. Python's
 * `argv_to_json` dumped argparse's whole namespace (`log_to`, `command`), which is not a configuration file.
 *
 * @param argv - the arguments, without the program name.
 * @param path - where to write (created or replaced, UTF-8): a path (string, `file:` URL, Buffer) or an open file
 * descriptor.
 * @param opts - `dump`: turns the configuration object into the file text.
 * @default opts.dump `JSON.stringify`
 * @throws {RangeError} `asyncutils.tools.argvToJson: <parser message>` for arguments the command rejects (e.g.
 * `argument -m/--max-memory_errors: invalid int value: 'x'`); `… argv asks for help or the version` for
 * `-h`/`--help`/`-v`/`--version`. Nothing is written then.
 * @throws {TypeError} `asyncutils.tools.argvToJson: the bug subcommand has no config equivalent` (likewise
 * `events`); `… the --eval option has no config equivalent` for an option that acts at run time (`--eval`,
 * `--audit`); for an `argv` that is not an array of strings, a `dump` that is not a function or does not return a
 * string, a `path` of another type.
 * @example
 * ```ts
 * import { argvToJson } from '@asyncutils/tools';
 *
 * argvToJson(['-pVVm', '5'], 'cfg.json'); // cfg.json: {"V":2,"max_memory_errors":5,"load_all":true}
 * argvToJson(['-q', '-e', 'process'], 'cfg.json', { dump: (v) => JSON.stringify(v, null, 2) });
 * ```
 */
export function argvToJson(argv: readonly string[], path: ConfigFileRef, opts?: { readonly dump?: (value: unknown) => string }): void {
  writeArgvAsJson('asyncutils.tools.argvToJson', argv, path, opts?.dump);
}
