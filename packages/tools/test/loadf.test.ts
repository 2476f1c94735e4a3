import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadf, toPathOrFd } from '../src/loadf.js';
import { tempDir } from './support/files.js';

const tmp = tempDir();

describe('loadf', () => {
  it('check 1: parses TOML by extension (upstream test)', () => {
    const p = join(tmp.dir, 'test.toml');
    writeFileSync(p, '[sec1]\nkey1 = "value"\n"key 2" = [{a = true, b = [42]}]\n');
    expect(loadf(p)).toEqual({ sec1: { key1: 'value', 'key 2': [{ a: true, b: [42] }] } });
  });

  it('check 2: an extension with a path is a TypeError; an empty extension a RangeError', () => {
    const p = tmp.file('test.toml', 'a = 1\n');
    expect(() => loadf(p, 'ini')).toThrow(new TypeError('asyncutils.tools.loadf: did not expect extension'));
    expect(() => loadf(p, '')).toThrow(/did not expect extension/);
    const fd = openSync(p, 'r');
    try {
      expect(() => loadf(fd, '')).toThrow(new RangeError('asyncutils.tools.loadf: empty extension'));
    } finally {
      closeSync(fd);
    }
  });

  it('check 2: a file descriptor is read as JSON unless ext says otherwise', () => {
    const json = openSync(tmp.file('cfg.json', '{"quiet": true, "V": 2}'), 'r');
    const toml = openSync(tmp.file('cfg.txt', 'quiet = true\n'), 'r');
    try {
      expect(loadf(json)).toEqual({ quiet: true, V: 2 });
      expect(loadf(toml, 'toml')).toEqual({ quiet: true });
    } finally {
      closeSync(json);
      closeSync(toml);
    }
  });

  it('check 2: file: URLs and UTF-8 Buffer paths work', () => {
    const p = tmp.file('x.json', '{"load_all": true}');
    expect(loadf(new URL(pathToFileURL(p).href))).toEqual({ load_all: true });
    expect(loadf(Buffer.from(p, 'utf8'))).toEqual({ load_all: true });
    const unicode = tmp.file('ünï cödé.json', '{"seed": 1}');
    expect(loadf(Buffer.from(unicode))).toEqual({ seed: 1 });
  });

  it('extracts the asyncutils table of pyproject.toml and package.json, as readConfigFile does', () => {
    const py = join(tmp.dir, 'pyproject.toml');
    writeFileSync(py, '[project]\nname = "x"\n[tool.asyncutils]\nquiet = true\n');
    expect(loadf(py)).toEqual({ quiet: true });
  });

  it('names the path of a file it cannot read, with the fs error code', () => {
    const missing = join(tmp.dir, 'missing.json');
    let error: unknown;
    try {
      loadf(missing);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(missing);
    expect((error as { code?: unknown }).code).toBe('ENOENT');
  });

  it('passes on parse errors and unsupported formats from readConfigFile', () => {
    expect(() => loadf(tmp.file('bad.toml', 'quiet = \n'))).toThrow(SyntaxError);
    expect(() => loadf(tmp.file('cfg.ini', '[a]\nb=1\n'))).toThrow(/ini-like/);
    expect(() => loadf(tmp.file('list.json', '[1]'))).toThrow(TypeError);
  });

  it('rejects other path types, empty paths, non-file URLs, bad descriptors and non-UTF-8 bytes', () => {
    expect(() => loadf(null as unknown as string)).toThrow(new TypeError('asyncutils.tools.loadf: expected a path (string, URL or Buffer) or a file descriptor, got null'));
    expect(() => loadf({} as unknown as string)).toThrow(/got Object/);
    expect(() => loadf('')).toThrow(new RangeError('asyncutils.tools.loadf: empty path'));
    expect(() => loadf(new URL('https://e.com/x.json'))).toThrow(/file: protocol, not https:/);
    expect(() => loadf(-1)).toThrow(RangeError);
    expect(() => loadf(1.5)).toThrow(/non-negative integer, not 1.5/);
    expect(() => loadf(Buffer.from([0xff, 0xfe]))).toThrow(new RangeError('asyncutils.tools.loadf: a Buffer path must be UTF-8'));
    expect(() => loadf(3, 5 as unknown as string)).toThrow(new TypeError('asyncutils.tools.loadf: ext must be a string, not number'));
  });

  it('toPathOrFd names the calling API', () => {
    expect(() => toPathOrFd('asyncutils.tools.argvToJson', true)).toThrow(/^asyncutils\.tools\.argvToJson: /);
    expect(toPathOrFd('x', 7)).toBe(7);
  });
});
