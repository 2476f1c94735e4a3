// `readConfigFile(path, ext?)`: one configuration file parsed into a plain object, by extension.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';
import { locateJsonError, positionAt, stripJsonc } from './jsonText.js';
import { requireOptionalPeer } from './optionalPeer.js';
import { configSyntaxError, parserErrorPosition } from './syntaxError.js';

/**
 * A parsed configuration file.
 * @internal
 */
export interface ConfigSource {
  /** The configuration table; `undefined` when a `pyproject.toml` has no `[tool.asyncutils]` table or a `package.json` no `"asyncutils"` key. */
  readonly table: Record<string, unknown> | undefined;
  /** The file's text. */
  readonly text: string;
  /** The format parsed: `json`, `jsonc`, `toml`, `json5`, `hjson`, `yaml` or `xml`. */
  readonly format: string;
  /** Whether the table was taken out of a `pyproject.toml` or `package.json`. */
  readonly embedded: boolean;
}

/**
 * Whether `value` is a plain object (a mapping): not an array, a date or a class instance.
 * @internal
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The parser (and format name) of each extension. */
const formats: Readonly<Record<string, string>> = {
  json: 'json',
  jsonl: 'json',
  jsonc: 'jsonc',
  toml: 'toml',
  json5: 'json5',
  hjson: 'hjson',
  yml: 'yaml',
  yaml: 'yaml',
  xml: 'xml',
};

function parseJson(text: string, file: string, format: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = locateJsonError(text);
    throw configSyntaxError(format, file, positionAt(text, offset === -1 ? 0 : offset), error);
  }
}

type Parser = (text: string) => unknown;

/** A function exported under `name` by a CommonJS module (or its `default`). */
function exported(mod: unknown, name: string): Parser | undefined {
  const m = mod as Record<string, unknown> | null | undefined;
  const direct = m?.[name];
  if (typeof direct === 'function') return direct.bind(m) as Parser;
  const fallback = (m?.default as Record<string, unknown> | undefined)?.[name];
  return typeof fallback === 'function' ? (fallback.bind(m?.default) as Parser) : undefined;
}

/** Parses with an optional peer; its errors become a configuration `SyntaxError`. */
function parseWithPeer(pkg: string, format: string, text: string, file: string, from: readonly string[]): unknown {
  const mod = requireOptionalPeer(pkg, file, from);
  let parse: Parser | undefined;
  if (pkg === 'fast-xml-parser') {
    const XMLParser = (mod as { XMLParser?: unknown } | null)?.XMLParser;
    if (typeof XMLParser === 'function') {
      const parser = new (XMLParser as new () => { parse(text: string): unknown })();
      parse = (t) => unwrapXmlRoot(parser.parse(t));
    }
  } else if (pkg === 'yaml') {
    const yamlParse = exported(mod, 'parse');
    if (yamlParse !== undefined) parse = (t) => (yamlParse as (t: string, o: object) => unknown)(t, { schema: 'core' });
  } else parse = exported(mod, 'parse');
  if (parse === undefined) throw new TypeError(`asyncutils: the installed ${pkg} has no parse function; cannot read ${file}`);
  try {
    return parse(text);
  } catch (error) {
    throw configSyntaxError(format, file, parserErrorPosition(error), error);
  }
}

/** An XML document's single root element (declarations such as `?xml` aside) becomes the table. */
function unwrapXmlRoot(doc: unknown): unknown {
  if (!isPlainObject(doc)) return doc;
  const keys = Object.keys(doc).filter((k) => !k.startsWith('?'));
  return keys.length === 1 ? doc[keys[0] as string] : doc;
}

/** The format name of an extension; throws for `ini` and unknown extensions. */
function formatOf(ext: string): string {
  if (ext === 'ini') throw new Error('asyncutils: cannot parse ini-like format due to type ambiguities; rewrite the configuration in TOML');
  const format = formats[ext];
  if (format === undefined) throw new RangeError(`asyncutils: unsupported configuration file extension '${ext}'`);
  return format;
}

/** The text parsed by format. */
function parseText(format: string, text: string, file: string, from: readonly string[]): unknown {
  switch (format) {
    case 'json':
      return parseJson(text, file, format);
    case 'jsonc':
      return parseJson(stripJsonc(text), file, format);
    case 'toml':
      try {
        return parseToml(text);
      } catch (error) {
        throw configSyntaxError(format, file, parserErrorPosition(error), error);
      }
    case 'xml':
      return parseWithPeer('fast-xml-parser', format, text, file, from);
    default:
      return parseWithPeer(format, format, text, file, from);
  }
}

/** The `tool.asyncutils` table of a parsed `pyproject.toml`, or `undefined`. */
function pyprojectTable(data: unknown): unknown {
  if (!isPlainObject(data)) return data;
  const tool = data.tool;
  return isPlainObject(tool) && Object.hasOwn(tool, 'asyncutils') ? tool.asyncutils : undefined;
}

/**
 * Reads and parses one configuration file (no events, no side effects).
 *
 * @param file - What to read: a path (relative to the process's working directory) or a descriptor.
 * @param ext - The extension to parse by; default: the file name's last extension.
 * @param display - How messages name the file.
 * @param cwd - The working directory, searched for optional parsers after the file's directory.
 * @internal
 */
export function readConfigSource(file: string | number, ext: string | undefined, display: string, cwd: string = process.cwd()): ConfigSource {
  const name = typeof file === 'string' ? basename(file) : '';
  const extension = (ext ?? extname(name)).replace(/^\./, '').toLowerCase();
  const format = formatOf(extension);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const failure = new Error(`asyncutils: cannot read configuration file ${display}`, { cause: error });
    const code = (error as { code?: unknown }).code;
    if (code !== undefined) Object.defineProperty(failure, 'code', { value: code, writable: true, configurable: true, enumerable: true });
    throw failure;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const from = typeof file === 'string' ? [dirname(resolve(file)), cwd] : [cwd];
  const data = parseText(format, text, display, from);
  let table: unknown = data;
  let embedded = false;
  if (name === 'pyproject.toml') {
    table = pyprojectTable(data);
    embedded = true;
  } else if (name === 'package.json') {
    table = isPlainObject(data) && Object.hasOwn(data, 'asyncutils') ? data.asyncutils : undefined;
    embedded = true;
  }
  if (table !== undefined && !isPlainObject(table)) {
    throw new TypeError(`asyncutils: incorrect configuration format at ${display}; top-level structure should be an object/mapping`);
  }
  return { table, text, format, embedded };
}

/**
 * Reads one configuration file synchronously and parses it by extension into a plain object. Raises no
 * audit event, changes nothing (the loader, `loadConfig`, does that).
 *
 * @remarks
 * Formats by extension (or by `ext`): `json`/`jsonl` (`JSON.parse`), `jsonc` (JSON with comments and
 * trailing commas, built in), `toml` (`smol-toml`; dates become `Date`s), and, when the application has
 * installed the parser, `json5` (`json5`), `hjson` (`hjson`), `yml`/`yaml` (`yaml`, core schema) and
 * `xml` (`fast-xml-parser`, the single root element unwrapped). A file named `pyproject.toml` yields its
 * `[tool.asyncutils]` table and one named `package.json` its `"asyncutils"` value (`{}` when absent).
 *
 * @param path - The file: a path, a `file:` URL, or an open file descriptor (then `ext` is required).
 * @param ext - The format's extension (`'toml'`, `'.json'`, …); default: the file name's last extension.
 * @returns The configuration table.
 * @throws Error `asyncutils: cannot read configuration file <path>` (with the fs error's `code` and as
 * `cause`); SyntaxError naming the file, line and column for a file that does not parse; TypeError when the
 * top level is not an object, for a descriptor without `ext`, or a non-`file:` URL; RangeError for an
 * unsupported extension; Error for `.ini` files and when the optional parser is not installed
 * (`asyncutils: yaml must be installed for asyncutils to accept configuration from <path>`).
 *
 * @example
 * ```ts
 * import { readConfigFile } from '@asyncutils/config';
 *
 * const table = readConfigFile('./asyncutils.config.toml'); // { quiet: true, V: 1, … }
 * const fromPyproject = readConfigFile('./pyproject.toml'); // its [tool.asyncutils] table, or {}
 * const fromFd = readConfigFile(3, 'json');
 * ```
 */
export function readConfigFile(path: string | URL | number, ext?: string): Record<string, unknown> {
  const api = 'asyncutils.config.readConfigFile';
  if (ext !== undefined && typeof ext !== 'string') throw new TypeError(`${api}: ext must be a string, got ${typeof ext}`);
  let file: string | number;
  let display: string;
  if (typeof path === 'number') {
    if (!Number.isSafeInteger(path) || path < 0) throw new RangeError(`${api}: a file descriptor must be an integer >= 0, got ${path}`);
    if (ext === undefined) throw new TypeError(`${api}: reading file descriptor ${path} needs ext (the format's extension)`);
    file = path;
    display = `file descriptor ${path}`;
  } else if (path instanceof URL) {
    if (path.protocol !== 'file:') throw new TypeError(`${api}: only file: URLs can be read, got ${path.protocol} URL`);
    file = display = fileURLToPath(path);
  } else if (typeof path === 'string') {
    file = display = path;
  } else {
    throw new TypeError(`${api}: path must be a string, a file: URL or a file descriptor, got ${path === null ? 'null' : typeof path}`);
  }
  return readConfigSource(file, ext, display).table ?? {};
}
