// `jsonToArgstr(path, opts?)`: a configuration file as the shortest equivalent `asyncutils` command line.
import { jsonToArgv } from './jsonToArgv.js';
import type { ConfigFileRef } from './loadf.js';
import { shellJoin } from './shellJoin.js';
import { typeName } from './typeName.js';

/**
 * Returns {@link jsonToArgv} of a configuration file as one command-line string.
 *
 * @remarks
 * The default `join` quotes for a POSIX shell (Python's `shlex.join`): an empty argument becomes `''`, an argument
 * of only `[A-Za-z0-9_@%+=:,./-]` stays as is, any other is wrapped in single quotes (each `'` written `'"'"'`); the
 * arguments are joined by single spaces.
 *
 * @param path - the configuration file, as for {@link loadf}.
 * @param opts - `strict` (default `true`) as for {@link jsonToArgv}; `join`: turns the arguments into the string.
 * @returns the command line, e.g. `-ql 'a b.log'`.
 * @throws as {@link jsonToArgv}; {@link TypeError} for a `join` that is not a function or does not return a string.
 * @example
 * ```ts
 * import { jsonToArgstr } from '@asyncutils/tools';
 *
 * // cfg.json: {"load_all": true, "V": 2, "max_memory_errors": 5}
 * jsonToArgstr('cfg.json'); // '-pVVm 5'
 * jsonToArgstr('cfg.json', { join: (argv) => argv.join(' ') });
 * ```
 */
export function jsonToArgstr(
  path: ConfigFileRef,
  opts?: { readonly strict?: boolean; readonly join?: (argv: string[]) => string },
): string {
  const api = 'asyncutils.tools.jsonToArgstr';
  const join: unknown = opts?.join ?? shellJoin;
  if (typeof join !== 'function') throw new TypeError(`${api}: join must be a function, not ${typeName(join)}`);
  const argv = jsonToArgv(path, opts?.strict === undefined ? undefined : { strict: opts.strict });
  const text: unknown = (join as (argv: string[]) => unknown)(argv);
  if (typeof text !== 'string') throw new TypeError(`${api}: join must return a string, not ${typeName(text)}`);
  return text;
}
