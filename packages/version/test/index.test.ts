import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const NODE_GLOBAL = /(?<![\w$.])(process|Buffer|__dirname|__filename|require|global|setImmediate|clearImmediate)(?![\w$])/;
const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

describe('@asyncutils/version public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'VersionDelta',
      'VersionInfo',
      'dispatchNormalizer',
      'normalize',
      'normalizeAllowUnimplemented',
      'registerNormalizer',
      'unregisterNormalizer',
    ]);
  });

  it('check 20: universal, side-effect free, no node: import; JSON.stringify gives the string', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      sideEffects: unknown;
      asyncutilsTooling: { runtime: string };
    };
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.asyncutilsTooling.runtime).toBe('universal');
    expect(JSON.stringify({ v: new api.VersionInfo(1, 2, 3) })).toBe('{"v":"1.2.3"}');

    const { text, inputs } = await bundle({
      contents: "import * as m from './src/index.ts'; globalThis.out = JSON.stringify({ v: new m.VersionInfo(1, 2, 3) });",
      resolveDir: packageDir,
      platform: 'browser',
      format: 'iife',
    });
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(stripStrings(text)).not.toMatch(NODE_GLOBAL);
    const context: { out?: string } = {};
    runInNewContext(text, context);
    expect(context.out).toBe('{"v":"1.2.3"}');
  });

  it('tree-shaking: importing normalize alone leaves VersionInfo, VersionDelta and the hash code out', async () => {
    const { text } = await bundle({
      contents: "import { normalize } from './src/index.ts'; console.log(normalize('1.2'));",
      resolveDir: packageDir,
    });
    expect(text).not.toContain('cannot subclass');
    expect(text).not.toContain('unshelve');
    expect(text).toContain('asyncutils.version.normalize');
  });
});
