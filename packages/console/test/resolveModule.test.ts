import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPaths, defaultPaths, isNotFound, notFoundError, requireFrom } from '../src/resolveModule.js';
import { packageFixture } from './support/session.js';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));

function fakePackage(root: string, name: string, body: string, manifest: Record<string, unknown> = {}): void {
  const dir = join(root, 'node_modules', ...name.split('/'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, main: 'index.cjs', ...manifest }));
  writeFileSync(join(dir, 'index.cjs'), body);
}

describe('requireFrom', () => {
  it('uses the first base that has the package; later bases are fallbacks', () => {
    const first = mkdtempSync(join(tmpdir(), 'asyncutils-resolve-a-'));
    const second = mkdtempSync(join(tmpdir(), 'asyncutils-resolve-b-'));
    fakePackage(first, '@asyncutils/queues', 'module.exports = "first";');
    fakePackage(second, '@asyncutils/queues', 'module.exports = "second";');
    fakePackage(second, '@asyncutils/locks', 'module.exports = "locks from second";');
    expect(requireFrom([first, second], '@asyncutils/queues', 'api')).toBe('first');
    expect(requireFrom([second, first], '@asyncutils/queues', 'api')).toBe('second');
    expect(requireFrom([first, second], '@asyncutils/locks', 'api')).toBe('locks from second');
  });

  it('looks in the node_modules of a base and of its ancestors, never in NODE_PATH', () => {
    const root = packageFixture();
    const nested = join(root, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    expect(requireFrom([nested], '@asyncutils/locks', 'api')).toHaveProperty('Lock');
    // The test runner's NODE_PATH reaches the workspace packages; the lookup must not.
    expect(() => requireFrom([root], '@asyncutils/context', 'api')).toThrow(
      expect.objectContaining({ code: 'MODULE_NOT_FOUND', message: `api: cannot find module '@asyncutils/context' from ${root}` }),
    );
  });

  it('built-in modules and relative paths resolve too', () => {
    const root = mkdtempSync(join(tmpdir(), 'asyncutils-resolve-c-'));
    writeFileSync(join(root, 'local.cjs'), 'module.exports = 7;');
    expect(requireFrom([root], 'path', 'api')).toBe(requireFrom([root], 'node:path', 'api'));
    expect(requireFrom([root], './local.cjs', 'api')).toBe(7);
    expect(() => requireFrom([root], './missing.cjs', 'api')).toThrow(expect.objectContaining({ code: 'MODULE_NOT_FOUND' }));
    expect(() => requireFrom([root], '@scope', 'api')).toThrow(expect.objectContaining({ code: 'MODULE_NOT_FOUND' }));
  });

  it('a package that is there but broken throws its own error, not "not found"', () => {
    const root = mkdtempSync(join(tmpdir(), 'asyncutils-resolve-d-'));
    fakePackage(root, '@asyncutils/iters', '', { main: 'missing.cjs', exports: { '.': './missing.cjs' } });
    fakePackage(root, '@asyncutils/misc', 'throw new EvalError("bad install")');
    expect(() => requireFrom([root], '@asyncutils/iters', 'api')).toThrow();
    expect(() => requireFrom([root], '@asyncutils/iters', 'api')).not.toThrow(/cannot find module '@asyncutils\/iters' from/);
    expect(() => requireFrom([root], '@asyncutils/misc', 'api')).toThrow(EvalError);
  });

  it('isNotFound recognises only the not-found error of that specifier', () => {
    const error = notFoundError('x', ['/a', '/b'], 'api');
    expect(error.message).toBe("api: cannot find module 'x' from /a, /b");
    expect(isNotFound(error, 'x')).toBe(true);
    expect(isNotFound(error, 'y')).toBe(false);
    expect(isNotFound(Object.assign(new Error('other'), { code: 'MODULE_NOT_FOUND' }), 'x')).toBe(false);
  });
});

describe('defaultPaths', () => {
  it('is the working directory, then this package, then the asyncutils umbrella when resolvable', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'asyncutils-cwd-'));
    const plain = defaultPaths(cwd);
    expect(plain.slice(0, 2)).toEqual([cwd, srcDir]);
    // Without an umbrella next to the working directory, only this package's location may find one.
    if (plain.length === 3) expect(JSON.parse(readFileSync(join(plain[2] as string, 'package.json'), 'utf8')).name).toBe('asyncutils');
    else expect(plain).toHaveLength(2);
    fakePackage(cwd, 'asyncutils', 'module.exports = {};');
    expect(defaultPaths(cwd)).toEqual([cwd, srcDir, realpathSync(join(cwd, 'node_modules', 'asyncutils'))]);
    expect(defaultPaths()[0]).toBe(process.cwd());
  });
});

describe('checkPaths', () => {
  it('returns absolute paths and rejects anything but a non-empty array of non-empty strings', () => {
    expect(checkPaths(['a', '/b'], 'api')).toEqual([resolve('a'), '/b']);
    expect(() => checkPaths('a', 'api')).toThrow(TypeError);
    expect(() => checkPaths([], 'api')).toThrow(new RangeError('api: paths must name at least one directory'));
    expect(() => checkPaths([1], 'api')).toThrow('api: paths must hold non-empty strings, not number');
  });
});
