// The built package (dist/, built by `pnpm build`, which turbo runs before `test`): the CJS and ESM builds
// in one process, tree-shaking (check 15), the universal entry and the manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { builtPath, builtUrl, type ConstantsModule, packageDir, runNode } from './support/harness.js';

/** Removes string literals, so words inside messages are not mistaken for identifiers. */
const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

/** Bundles `import { <names> } from '@asyncutils/constants'` (resolved to dist/ through the manifest) for the browser. */
async function bundleImport(names: string, from = '@asyncutils/constants'): Promise<{ text: string; inputs: readonly string[] }> {
  return bundle({ contents: `import { ${names} } from '${from}';\nconsole.log(${names});`, resolveDir: packageDir, minify: false });
}

describe('the built package', () => {
  it('the ESM and CJS builds loaded in one process share RAISE and NO_COALESCE and accept each other’s sentinels', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const require = createRequire(pathToFileURL(${JSON.stringify(join(packageDir, 'package.json'))}));
      const esm = await import('@asyncutils/constants');
      const cjs = require('@asyncutils/constants');
      class FromCjs extends cjs.SentinelBase {}
      const s = new FromCjs('X', { module: 'app' });
      console.log(JSON.stringify({
        resolved: [require.resolve('@asyncutils/constants'), import.meta.resolve('@asyncutils/constants')].map((p) => p.slice(p.lastIndexOf('/') + 1)),
        twoCopies: esm.SentinelBase !== cjs.SentinelBase,
        raise: esm.RAISE === cjs.RAISE,
        noCoalesce: esm.NO_COALESCE === cjs.NO_COALESCE,
        crossInstanceof: [esm.RAISE instanceof cjs.SentinelBase, cjs.RAISE instanceof esm.SentinelBase, s instanceof esm.SentinelBase],
        names: [esm.SentinelBase.name, cjs.SentinelBase.name, esm.RAISE.constructor.name],
        strings: [String(cjs.RAISE), JSON.stringify(esm.NO_COALESCE), String(s)],
        executors: [esm.POSSIBLE_EXECUTORS.length, cjs.EXECUTORS_FROZENSET.size, esm.RECIPROCAL_E === cjs.RECIPROCAL_E],
      }));
    `);
    expect(result).toEqual({
      resolved: ['index.cjs', 'index.js'],
      twoCopies: true,
      raise: true,
      noCoalesce: true,
      crossInstanceof: [true, true, true],
      names: ['SentinelBase', 'SentinelBase', 'InternalSentinel'],
      strings: ['asyncutils.constants.RAISE', '"asyncutils.constants.NO_COALESCE"', 'app.X'],
      executors: [15, 15, true],
    });
  });

  it('two ESM copies (distinct module URLs) of dist/index.js share the sentinels', () => {
    const url = builtUrl('index.js');
    const result = runNode(`
      const a = await import(${JSON.stringify(`${url}?copy=a`)});
      const b = await import(${JSON.stringify(`${url}?copy=b`)});
      console.log(JSON.stringify([a.SentinelBase !== b.SentinelBase, a.RAISE === b.RAISE, b.NO_COALESCE instanceof a.SentinelBase]));
    `);
    expect(result).toEqual([true, true, true]);
  });

  it('check 15: a bundle of `import { RECIPROCAL_E }` holds neither SentinelBase code nor the executor names', async () => {
    const { text, inputs } = await bundleImport('RECIPROCAL_E');
    expect(inputs.some((input) => input.endsWith('dist/index.js'))).toBe(true);
    expect(text).toContain('0.36787944117144233');
    for (const absent of ['SentinelBase', 'Sentinel', 'cannot instantiate', 'globalThis', 'thread', 'deadpool', 'FrozenSet', 'class ']) {
      expect(text).not.toContain(absent);
    }
  });

  it('check 15: the same holds when bundling the TypeScript sources', async () => {
    const { text } = await bundleImport('RECIPROCAL_E', './src/index.ts');
    for (const absent of ['SentinelBase', 'globalThis', 'deadpool', 'class ']) expect(text).not.toContain(absent);
  });

  it('a bundle that uses neither sentinel drops them; one that uses only the executor names drops the sentinel code', async () => {
    const base = await bundleImport('SentinelBase');
    expect(base.text).toContain('cannot instantiate');
    expect(base.text).not.toContain('@asyncutils/constants\\"'); // no record key
    expect(base.text).not.toContain('Symbol.for("@asyncutils/constants")');
    expect(base.text).not.toContain('InternalSentinel');
    expect(base.text).not.toContain('deadpool');

    const executors = await bundleImport('POSSIBLE_EXECUTORS');
    expect(executors.text).toContain('deadpool');
    expect(executors.text).not.toContain('Sentinel');
    expect(executors.text).not.toContain('FrozenSet');

    const raise = await bundleImport('RAISE');
    expect(raise.text).toContain('Symbol.for("@asyncutils/constants")');
    expect(raise.text).not.toContain('deadpool');
  });

  it('universal: the main entry (ESM and CJS) has no node: specifier, no require or import, and no Node global', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(builtPath(file), 'utf8');
      expect(code, file).not.toContain('node:');
      expect(code, file).not.toMatch(/\brequire\s*\(/);
      expect(code, file).not.toMatch(/^\s*import\b|\bimport\s*\(/m);
      expect(stripStrings(code), file).not.toMatch(/(?<![\w$.])(process|Buffer|global|setImmediate|__dirname|__filename)(?![\w$])/);
    }
  });

  it('universal: the CJS build works in a vm context without Node globals', () => {
    const module = { exports: {} };
    vm.runInNewContext(readFileSync(builtPath('index.cjs'), 'utf8'), { module, exports: module.exports });
    const api = module.exports as ConstantsModule;
    expect(String(api.RAISE)).toBe('asyncutils.constants.RAISE');
    expect(api.EXECUTORS_FROZENSET.size).toBe(15);
    class T extends api.SentinelBase {}
    expect(new T('a', { module: 'm' }).name).toBe('m.a');
  });

  it('check 15: the manifest is universal, side-effect free and has no dependencies', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.asyncutilsTooling.runtime).toBe('universal');
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('peerDependencies');
    expect(manifest.exports).toEqual({
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './version': {
        import: { types: './dist/version.d.ts', default: './dist/version.js' },
        require: { types: './dist/version.d.cts', default: './dist/version.cjs' },
      },
      './package.json': './package.json',
    });
    for (const file of ['index.d.ts', 'index.d.cts', 'version.d.ts', 'version.d.cts']) builtPath(file);
  });
});
