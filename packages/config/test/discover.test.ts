import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFlags } from '../src/configFlags.js';
import { candidateFiles, discover } from '../src/discover.js';
import { loadConfig } from '../src/loadConfig.js';
import { recordEvents, tempDir, thrown, vetoOn } from './support/harness.js';

describe('discovery', () => {
  it('check 8: walks up from cwd to a pyproject.toml with [tool.asyncutils]', () => {
    const root = tempDir({ 'a/pyproject.toml': '[tool.asyncutils]\nquiet = true\n' });
    const cwd = join(root, 'a', 'b');
    mkdirSync(cwd);
    using rec = recordEvents();
    const loaded = loadConfig({ env: {}, cwd });
    expect(rec.events).toEqual([
      ['asyncutils/recurse_dirs', [cwd]],
      ['asyncutils/try_config', [1]],
      ['asyncutils/read_config', [join(root, 'a', 'pyproject.toml')]],
    ]);
    expect(configFlags.silent).toBe(true);
    expect(loaded).toMatchObject({ mode: 'discovered', path: join(root, 'a', 'pyproject.toml'), format: 'json', rendered: '```json\n{"quiet":true}\n```' });
  });

  it('check 9: a pyproject.toml without the table and a package.json without "asyncutils" are tried and skipped', () => {
    const root = tempDir({
      'pyproject.toml': '[tool.asyncutils]\nbasic_repl = true\n',
      'x/pyproject.toml': '[tool.black]\nline-length = 99\n',
      'x/y/package.json': { name: 'app', version: '1.0.0' },
    });
    const cwd = join(root, 'x', 'y');
    using rec = recordEvents();
    const loaded = loadConfig({ env: {}, cwd });
    expect(rec.events).toEqual([
      ['asyncutils/recurse_dirs', [cwd]],
      ['asyncutils/try_config', [0]],
      ['asyncutils/try_config', [1]],
      ['asyncutils/try_config', [2]],
      ['asyncutils/read_config', [join(root, 'pyproject.toml')]],
    ]);
    expect(loaded.flags.basicRepl).toBe(true);
  });

  it('check 10: asyncutils.config.toml beats package.json beats pyproject.toml; the nearest directory wins', () => {
    const root = tempDir({
      'pyproject.toml': '[tool.asyncutils]\nQ = 2\n',
      'app/asyncutils.config.toml': 'V = 1\n',
      'app/package.json': { name: 'app', asyncutils: { V: 2 } },
      'app/pyproject.toml': '[tool.asyncutils]\nV = 3\n',
    });
    using rec = recordEvents();
    const loaded = loadConfig({ env: {}, cwd: join(root, 'app') });
    expect(loaded.path).toBe(join(root, 'app', 'asyncutils.config.toml'));
    expect(loaded.flags.V).toBe(1);
    expect(rec.events.filter(([e]) => e === 'asyncutils/try_config')).toEqual([['asyncutils/try_config', [0]]]);

    const root2 = tempDir({ 'pyproject.toml': '[tool.asyncutils]\npdb = false\n', 'pkg/package.json': { asyncutils: { pdb: true } } });
    const loaded2 = loadConfig({ env: {}, cwd: join(root2, 'pkg'), reload: true });
    expect(loaded2.path).toBe(join(root2, 'pkg', 'package.json'));
    expect(configFlags.pdb).toBe(true);
  });

  it('check 11: malformed TOML in a discovered file is a SyntaxError with the absolute path, a line number and a cause', () => {
    const root = tempDir({ 'asyncutils.config.toml': 'V = 1\nquiet = \n' });
    const error = thrown(() => loadConfig({ env: {}, cwd: root })) as SyntaxError;
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toContain(join(root, 'asyncutils.config.toml'));
    expect(error.message).toMatch(/at line 2, column \d+/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('a package.json whose "asyncutils" is not an object is a TypeError; a broken one is a SyntaxError', () => {
    const root = tempDir({ 'package.json': { asyncutils: 'yes' } });
    expect(thrown(() => loadConfig({ env: {}, cwd: root }))).toBeInstanceOf(TypeError);
    const root2 = tempDir({ 'package.json': '{"name": "x",}' });
    const error = thrown(() => loadConfig({ env: {}, cwd: root2 })) as Error;
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toBe(`asyncutils: invalid JSON in ${join(root2, 'package.json')} at line 1, column 14: ${(error.cause as Error).message}`);
  });

  it('an empty [tool.asyncutils] table wins (no flags set)', () => {
    const root = tempDir({ 'pyproject.toml': '[tool.asyncutils]\n', 'sub/keep.txt': '' });
    expect(loadConfig({ env: {}, cwd: join(root, 'sub') })).toMatchObject({ mode: 'discovered', table: {} });
  });

  it('directories named like a candidate are not files', () => {
    const root = tempDir({ 'package.json/x': '' });
    using rec = recordEvents();
    expect(discover(root)).toBeUndefined();
    expect(rec.events.filter(([e]) => e === 'asyncutils/try_config')).toEqual([]);
    expect(candidateFiles).toEqual(['asyncutils.config.toml', 'package.json', 'pyproject.toml']);
  });

  it('a hook throwing on recurse_dirs stops before any directory is examined', () => {
    const root = tempDir({ 'asyncutils.config.toml': 'not toml at all' });
    using rec = recordEvents();
    using veto = vetoOn('asyncutils/recurse_dirs');
    expect(thrown(() => loadConfig({ env: {}, cwd: root }))).toBe(veto.error);
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils/recurse_dirs']);
  });

  it('a hook throwing on try_config stops before the file is read', () => {
    const root = tempDir({ 'asyncutils.config.toml': 'not toml at all' });
    writeFileSync(join(root, 'pyproject.toml'), '[tool.asyncutils]\n');
    using veto = vetoOn('asyncutils/try_config');
    expect(thrown(() => loadConfig({ env: {}, cwd: root }))).toBe(veto.error);
  });
});
