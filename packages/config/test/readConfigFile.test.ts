import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPlainObject, readConfigFile, readConfigSource } from '../src/readConfigFile.js';
import { builtUrl, recordEvents, tempDir, thrown } from './support/harness.js';

/** A fake optional parser package installed in `dir`'s node_modules. */
function fakePeer(dir: string, name: string, body: string): Record<string, string> {
  return { [join(dir, 'node_modules', name, 'package.json').slice(dir.length + 1)]: JSON.stringify({ name, main: 'index.js' }), [`node_modules/${name}/index.js`]: body };
}

describe('readConfigFile', () => {
  it('check 17: parses .json, .jsonc (comments, trailing commas) and .toml; refuses .ini, a missing yaml parser and a top-level array', () => {
    const dir = tempDir({
      'a.json': '{"quiet": true, "V": 1}',
      'b.jsonc': '{\n  // comment\n  "quiet": true, /* block */\n  "list": [1, 2,],\n}\n',
      'c.toml': 'quiet = true\nwhen = 1979-05-27T07:32:00Z\n[context.retry]\nretry_default_tries = 5\n',
      'd.ini': '[asyncutils]\nquiet = true\n',
      'e.yaml': 'quiet: true\n',
      'e.hjson': '{ quiet: true }',
      'f.json': '[1, 2]',
      'x/pyproject.toml': '[project]\nname = "x"\n',
    });
    using rec = recordEvents();
    expect(readConfigFile(join(dir, 'a.json'))).toEqual({ quiet: true, V: 1 });
    expect(readConfigFile(join(dir, 'b.jsonc'))).toEqual({ quiet: true, list: [1, 2] });
    const toml = readConfigFile(join(dir, 'c.toml'));
    expect(toml.quiet).toBe(true);
    expect(toml.when).toBeInstanceOf(Date);
    expect(toml.context).toEqual({ retry: { retry_default_tries: 5 } });
    const ini = thrown(() => readConfigFile(join(dir, 'd.ini'))) as Error;
    expect(ini.message).toBe('asyncutils: cannot parse ini-like format due to type ambiguities; rewrite the configuration in TOML');
    // vitest's pnpm shim puts pnpm's hoisted store (which holds yaml) on NODE_PATH: check in a clean process.
    const yaml = spawnSync(process.execPath, ['--input-type=module', '-e', `import { readConfigFile } from ${JSON.stringify(builtUrl('index.js'))};
      try { readConfigFile(${JSON.stringify(join(dir, 'e.yaml'))}); } catch (e) { console.log(JSON.stringify([e.constructor.name, e.message])); }`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    expect(JSON.parse(yaml.stdout)).toEqual(['Error', `asyncutils: yaml must be installed for asyncutils to accept configuration from ${join(dir, 'e.yaml')}`]);
    const hjson = thrown(() => readConfigFile(join(dir, 'e.hjson'))) as Error;
    expect(hjson.message).toBe(`asyncutils: hjson must be installed for asyncutils to accept configuration from ${join(dir, 'e.hjson')}`);
    const array = thrown(() => readConfigFile(join(dir, 'f.json')));
    expect(array).toBeInstanceOf(TypeError);
    expect((array as Error).message).toBe(`asyncutils: incorrect configuration format at ${join(dir, 'f.json')}; top-level structure should be an object/mapping`);
    expect(readConfigFile(join(dir, 'x', 'pyproject.toml'))).toEqual({});
    expect(rec.events).toEqual([]);
  });

  it('reads package.json files by their "asyncutils" key, jsonl as JSON, and a byte-order mark is skipped', () => {
    const dir = tempDir({ 'package.json': { name: 'p', asyncutils: { pdb: true } }, 'q/package.json': { name: 'q' }, 'l.jsonl': '\uFEFF{"V": 2}' });
    expect(readConfigFile(join(dir, 'package.json'))).toEqual({ pdb: true });
    expect(readConfigFile(join(dir, 'q', 'package.json'))).toEqual({});
    expect(readConfigFile(join(dir, 'l.jsonl'))).toEqual({ V: 2 });
  });

  it('takes ext (with or without a dot, any case) over the file name, file: URLs and descriptors', () => {
    const dir = tempDir({ 'conf.txt': 'V = 4\n', 'a.json': '{"Q": 1}' });
    expect(readConfigFile(join(dir, 'conf.txt'), '.TOML')).toEqual({ V: 4 });
    expect(readConfigFile(pathToFileURL(join(dir, 'a.json')))).toEqual({ Q: 1 });
    const fd = openSync(join(dir, 'a.json'), 'r');
    try {
      expect(readConfigFile(fd, 'json')).toEqual({ Q: 1 });
      expect(thrown(() => readConfigFile(fd))).toBeInstanceOf(TypeError);
    } finally {
      closeSync(fd);
    }
  });

  it('refuses unknown extensions (RangeError, before reading), bad paths and bad ext', () => {
    const error = thrown(() => readConfigFile('/nonexistent/config.cfg')) as Error;
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe("asyncutils: unsupported configuration file extension 'cfg'");
    expect(thrown(() => readConfigFile('/nonexistent/Makefile'))).toBeInstanceOf(RangeError);
    expect(thrown(() => readConfigFile(new URL('https://example.com/c.json')))).toBeInstanceOf(TypeError);
    expect(thrown(() => readConfigFile(-1))).toBeInstanceOf(RangeError);
    expect(thrown(() => readConfigFile(null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => readConfigFile('/x.json', 5 as never))).toBeInstanceOf(TypeError);
  });

  it('a missing file is an Error with the fs code; a bad JSON file a SyntaxError with line and column', () => {
    const dir = tempDir({ 'bad.json': '{\n  "a": 1\n  "b": 2\n}' });
    const missing = thrown(() => readConfigFile(join(dir, 'nope.toml'))) as Error & { code?: string };
    expect(missing).toMatchObject({ code: 'ENOENT', message: `asyncutils: cannot read configuration file ${join(dir, 'nope.toml')}` });
    const bad = thrown(() => readConfigFile(join(dir, 'bad.json'))) as SyntaxError;
    expect(bad.message).toMatch(new RegExp(`^asyncutils: invalid JSON in ${join(dir, 'bad.json')} at line 3, column 3: `));
    expect(bad.cause).toBeInstanceOf(SyntaxError);
  });

  it('uses optional parsers installed next to the file: json5, hjson, yaml (core schema) and fast-xml-parser (root unwrapped)', () => {
    const dir = tempDir({
      ...fakePeer('', 'json5', 'exports.parse = (t) => ({ via: "json5", t });'),
      ...fakePeer('', 'hjson', 'module.exports = { default: { parse: (t) => ({ via: "hjson", t }) } };'),
      ...fakePeer('', 'yaml', 'exports.parse = (t, o) => ({ via: "yaml", schema: o.schema });'),
      ...fakePeer('', 'fast-xml-parser', 'exports.XMLParser = class { parse(t) { return { "?xml": "", asyncutils: { via: "xml", t } }; } };'),
      'c.json5': 'j5',
      'c.hjson': 'hj',
      'c.yml': 'y',
      'c.xml': '<asyncutils/>',
    });
    expect(readConfigFile(join(dir, 'c.json5'))).toEqual({ via: 'json5', t: 'j5' });
    expect(readConfigFile(join(dir, 'c.hjson'))).toEqual({ via: 'hjson', t: 'hj' });
    expect(readConfigFile(join(dir, 'c.yml'))).toEqual({ via: 'yaml', schema: 'core' });
    expect(readConfigFile(join(dir, 'c.xml'))).toEqual({ via: 'xml', t: '<asyncutils/>' });
  });

  it("an optional parser's error becomes a SyntaxError with its position; a parser without parse is a TypeError", () => {
    const dir = tempDir({
      ...fakePeer('', 'json5', 'exports.parse = () => { const e = new SyntaxError("JSON5: invalid character"); e.lineNumber = 2; e.columnNumber = 4; throw e; };'),
      ...fakePeer('', 'hjson', 'exports.nothing = 1;'),
      'c.json5': 'x',
      'c.hjson': 'x',
    });
    const error = thrown(() => readConfigFile(join(dir, 'c.json5'))) as SyntaxError;
    expect(error.message).toBe(`asyncutils: invalid JSON5 in ${join(dir, 'c.json5')} at line 2, column 4: JSON5: invalid character`);
    expect(thrown(() => readConfigFile(join(dir, 'c.hjson')))).toBeInstanceOf(TypeError);
  });

  it('readConfigSource reports the format, the text and whether the table was embedded', () => {
    const dir = tempDir({ 'pyproject.toml': '[tool.asyncutils]\nV = 1\n', 'x.toml': 'V = 1\n' });
    expect(readConfigSource(join(dir, 'pyproject.toml'), undefined, 'p')).toMatchObject({ format: 'toml', embedded: true, table: { V: 1 } });
    expect(readConfigSource(join(dir, 'x.toml'), undefined, 'x')).toMatchObject({ format: 'toml', embedded: false, text: 'V = 1\n' });
  });

  it('isPlainObject accepts object literals and null-prototype objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
});
