// `argstrToJson(argstr, path, opts?)`: an `asyncutils` command line (one string) as a configuration file.
import { writeArgvAsJson } from './argvToJson.js';
import type { ConfigFileRef } from './loadf.js';
import { shellSplit } from './shellSplit.js';
import { typeName } from './typeName.js';

/**
 * Splits a command line into arguments like a POSIX shell, then writes the configuration they set, as
 * {@link argvToJson} does.
 *
 * @remarks
 * The default `split` follows POSIX shell rules without expansions: whitespace separates arguments, single quotes
 * are literal, double quotes allow `\` escapes of `"`, `\`, `$` and `` ` ``, and a backslash outside quotes escapes
 * the next character (Python's `shlex.split`).
 *
 * @param argstr - the command line, without the program name (`'-pVVm 5'`).
 * @param path - where to write, as for {@link argvToJson}.
 * @param opts - `dump` (default `JSON.stringify`) as for {@link argvToJson}; `split`: turns the string into arguments.
 * @throws {RangeError} `asyncutils.tools.argstrToJson: No closing quotation` for an unterminated quote,
 * `… No escaped character` for a trailing backslash; and as {@link argvToJson} (under this function's name).
 * @throws {TypeError} for an `argstr` that is not a string, a `split` that is not a function or does not return an
 * array of strings; and as {@link argvToJson}.
 * @example
 * ```ts
 * import { argstrToJson } from '@asyncutils/tools';
 *
 * argstrToJson('-pVVm 5', 'cfg.json'); // cfg.json: {"V":2,"max_memory_errors":5,"load_all":true}
 * argstrToJson(`-q -l "my logs/run.log"`, 'cfg.json'); // {"logging_to":"my logs/run.log","quiet":true}
 * ```
 */
export function argstrToJson(
  argstr: string,
  path: ConfigFileRef,
  opts?: { readonly dump?: (value: unknown) => string; readonly split?: (s: string) => string[] },
): void {
  const api = 'asyncutils.tools.argstrToJson';
  if (typeof argstr !== 'string') throw new TypeError(`${api}: argstr must be a string, not ${typeName(argstr)}`);
  const split: unknown = opts?.split;
  if (split !== undefined && typeof split !== 'function') {
    throw new TypeError(`${api}: split must be a function, not ${typeName(split)}`);
  }
  const argv = split === undefined ? shellSplit(argstr, api) : (split as (s: string) => unknown)(argstr);
  writeArgvAsJson(api, argv as string[], path, opts?.dump);
}
