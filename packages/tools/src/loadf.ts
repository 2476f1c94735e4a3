// `loadf(path, ext?)`: parse any supported configuration file into an object.
import { readConfigFile } from '@asyncutils/config';
import { fileURLToPath } from 'node:url';
import { typeName } from './typeName.js';

/** A configuration file: a path (string, `file:` URL or UTF-8 bytes) or an open file descriptor. */
export type ConfigFileRef = string | URL | Buffer | number;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks a path argument and returns it as `readConfigFile` takes it: a string path or a file descriptor.
 *
 * @param api - the qualified name of the calling API, for error messages.
 * @param path - the argument.
 * @returns the path as a string, or the descriptor.
 * @throws {TypeError} for another type or a URL that is not `file:`; {@link RangeError} for an empty path, bytes
 * that are not UTF-8, or a descriptor that is not a non-negative integer.
 * @example
 * ```ts
 * toPathOrFd('asyncutils.tools.loadf', new URL('file:///etc/x.json')); // '/etc/x.json'
 * ```
 */
export function toPathOrFd(api: string, path: unknown): string | number {
  if (typeof path === 'number') {
    if (!Number.isSafeInteger(path) || path < 0) {
      throw new RangeError(`${api}: a file descriptor must be a non-negative integer, not ${path}`);
    }
    return path;
  }
  let text: string;
  if (typeof path === 'string') text = path;
  else if (path instanceof URL) {
    if (path.protocol !== 'file:') {
      throw new TypeError(`${api}: a URL path must use the file: protocol, not ${path.protocol} (${path.href})`);
    }
    text = fileURLToPath(path);
  } else if (path instanceof Uint8Array) {
    try {
      text = utf8.decode(path);
    } catch (cause) {
      throw new RangeError(`${api}: a Buffer path must be UTF-8`, { cause });
    }
  } else {
    throw new TypeError(`${api}: expected a path (string, URL or Buffer) or a file descriptor, got ${typeName(path)}`);
  }
  if (text === '') throw new RangeError(`${api}: empty path`);
  return text;
}

/**
 * Reads a configuration file and parses it into a plain object, with the parsers and rules of `readConfigFile` of
 * `@asyncutils/config`: the format comes from the file's extension (`json`, `jsonc`, `toml`, and, with their optional
 * packages installed, `json5`, `hjson`, `yaml`/`yml`, `xml`); a file named `pyproject.toml` gives its
 * `[tool.asyncutils]` table and one named `package.json` its `"asyncutils"` value (`{}` when absent).
 *
 * @remarks
 * An open file descriptor has no name, so its format is `ext` (`'json'` when omitted). Durations stay as written
 * (seconds); only `@asyncutils/config`'s loader converts them.
 *
 * @param path - a path (string, `file:` URL, or a Buffer holding a UTF-8 path) or an open file descriptor.
 * @param ext - the format of a file descriptor (`'json'`, `'toml'`, …); not allowed with a path.
 * @returns the parsed object.
 * @throws {TypeError} `asyncutils.tools.loadf: did not expect extension` when `ext` is given with a path; for a
 * `path` of another type or a URL that is not `file:`; for a top-level value that is not an object (from
 * `readConfigFile`).
 * @throws {RangeError} `asyncutils.tools.loadf: empty extension`; for an empty path, a Buffer that is not UTF-8, a
 * negative or fractional descriptor; an unsupported extension (from `readConfigFile`).
 * @throws {Error} when the file cannot be read (its message names the path, `code` is the fs error code) and
 * `SyntaxError` when it cannot be parsed (from `readConfigFile`).
 * @example
 * ```ts
 * import { openSync } from 'node:fs';
 * import { loadf } from '@asyncutils/tools';
 *
 * loadf('asyncutils.config.toml'); // { quiet: true, context: { … } }
 * loadf(new URL('./pyproject.toml', import.meta.url)); // its [tool.asyncutils] table
 * loadf(openSync('cfg.toml', 'r'), 'toml');
 * ```
 */
export function loadf(path: ConfigFileRef, ext?: string): Record<string, unknown> {
  const api = 'asyncutils.tools.loadf';
  if (typeof path !== 'number' && ext !== undefined) throw new TypeError(`${api}: did not expect extension`);
  if (ext !== undefined && typeof ext !== 'string') throw new TypeError(`${api}: ext must be a string, not ${typeName(ext)}`);
  if (ext === '') throw new RangeError(`${api}: empty extension`);
  const target = toPathOrFd(api, path);
  return readConfigFile(target, typeof target === 'number' ? (ext ?? 'json') : undefined);
}
