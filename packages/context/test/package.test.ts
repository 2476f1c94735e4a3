// The built package (dist/, built by `pnpm build`, which turbo runs before `test`): the universal main
// entry (check 24), the Node-only `/node` subpath (check 16), and the manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { type ContextModule, builtPath, packageDir, runNode } from './support/harness.js';

/** Removes string literals, so words inside messages are not mistaken for identifiers. */
const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

describe('the built package', () => {
  it('check 24: the main entry (ESM and CJS) has no node: specifier, no require( and no bare process identifier', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(builtPath(file), 'utf8');
      expect(code, file).not.toContain('node:');
      expect(code, file).not.toMatch(/\brequire\s*\(/);
      expect(code, file).not.toMatch(/^\s*import\b|\bimport\s*\(/m);
      expect(stripStrings(code), file).not.toMatch(/(?<![\w$.])(process|Buffer|global|setImmediate|__dirname|__filename)(?![\w$])/);
    }
  });

  it('check 24: an esbuild browser bundle of the main entry succeeds without externals', async () => {
    const { inputs, text } = await bundle({ entry: builtPath('index.js'), platform: 'browser', minify: true });
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
    expect(text).not.toContain('node:');
  });

  it('check 24: in a vm context without process: contextScopeKind() is "sync" and localContext works synchronously', () => {
    const module = { exports: {} };
    const context = vm.createContext({ module, exports: module.exports });
    vm.runInContext(readFileSync(builtPath('index.cjs'), 'utf8'), context);
    const api = module.exports as ContextModule;
    expect(vm.runInContext('typeof process', context)).toBe('undefined');
    expect(api.contextScopeKind()).toBe('sync');
    expect(api.localContext({ RETRY_DEFAULT_TRIES: 2 }, () => [api.RETRY_DEFAULT_TRIES.get(), api.getcontext().RETRY_DEFAULT_TRIES])).toEqual([2, 2]);
    expect(api.RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('check 16: both subpaths resolve through import and require; the ESM and CJS copies share one state', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const require = createRequire(pathToFileURL(${JSON.stringify(join(packageDir, 'package.json'))}));
      const esm = await import('@asyncutils/context');
      const cjs = require('@asyncutils/context');
      const esmNode = await import('@asyncutils/context/node');
      const cjsNode = require('@asyncutils/context/node');
      const out = {
        resolved: [require.resolve('@asyncutils/context'), require.resolve('@asyncutils/context/node'),
          import.meta.resolve('@asyncutils/context'), import.meta.resolve('@asyncutils/context/node')]
          .map((p) => p.slice(p.lastIndexOf('/') + 1)),
        twoCopies: esm.localContext !== cjs.localContext,
        nodeExports: [Object.keys(esmNode), Object.keys(cjsNode)],
        mainHasUse: 'useAsyncLocalStorage' in esm,
      };
      esm.setContextScopeProvider('sync');
      cjsNode.useAsyncLocalStorage();
      out.kind = esm.contextScopeKind();
      out.scoped = await esm.localContext({ RETRY_DEFAULT_TRIES: 5 }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return cjs.RETRY_DEFAULT_TRIES.get();
      });
      out.brand = cjs.getcontext() instanceof esm.Context;
      console.log(JSON.stringify(out));
    `);
    expect(result).toEqual({
      resolved: ['index.cjs', 'node.cjs', 'index.js', 'node.js'],
      twoCopies: true,
      nodeExports: [['useAsyncLocalStorage'], ['useAsyncLocalStorage']],
      mainHasUse: false,
      kind: 'async-local-storage',
      scoped: 5,
      brand: true,
    });
  });

  it('the shared ./version entry reports this package’s version', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      const esm = await import('@asyncutils/context/version');
      const cjs = createRequire(import.meta.url)('@asyncutils/context/version');
      console.log(JSON.stringify([esm.version, cjs.version]));
    `);
    expect(result).toEqual([manifest.version, manifest.version]);
  });

  it('the /node entry is the only file importing node:async_hooks', () => {
    expect(readFileSync(builtPath('node.js'), 'utf8')).toMatch(/from "node:async_hooks"/);
    expect(readFileSync(builtPath('node.cjs'), 'utf8')).toMatch(/require\("node:async_hooks"\)/);
  });

  it('the manifest exports "." and "./node" in the same dual shape, with typesVersions for node10, and no dependencies', () => {
    const entry = (base: string): unknown => ({
      import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
      require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
    });
    expect(manifest.exports).toEqual({ '.': entry('index'), './node': entry('node'), './version': entry('version'), './package.json': './package.json' });
    expect(manifest.typesVersions).toEqual({ '*': { node: ['./dist/node.d.cts'], version: ['./dist/version.d.cts'] } });
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.asyncutilsTooling.runtime).toBe('universal');
    expect(manifest).not.toHaveProperty('dependencies');
    for (const file of ['index.d.ts', 'index.d.cts', 'node.d.ts', 'node.d.cts', 'version.d.ts', 'version.d.cts']) builtPath(file);
  });
});
