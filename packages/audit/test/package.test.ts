// The built package (dist/, built by `pnpm build`, which turbo runs before `test`): the universal main
// entry (check 20) and the package shape, dual builds and subpaths (check 22).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { type AuditModule, builtPath, packageDir, runNode } from './support/harness.js';

/** Removes string literals, so words inside messages are not mistaken for identifiers. */
const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

/** Exercises a loaded copy of the main entry and reports what it saw (plain data, comparable across realms). */
function exercise(api: AuditModule): unknown {
  const seen: string[] = [];
  const off = api.addAuditHook((event, args) => void seen.push(`${event}(${args.join(',')})`));
  api.audit('asyncutils.buckets.TokenBucket', 2, 5);
  const o = {};
  const result = {
    seen,
    has: api.hasAuditHooks(),
    sameId: api.objectId(o) === api.objectId(o) && api.objectId(o) > 0,
    typeName: api.typeName(new Map()),
    functionName: api.functionName(function f() {}),
    rows: api.auditEventTable.length,
    removed: off(),
  };
  return { ...result, hasAfter: api.hasAuditHooks() };
}

const expectedExercise = {
  seen: ['asyncutils.buckets.TokenBucket(2,5)'],
  has: true,
  sameId: true,
  typeName: 'Map',
  functionName: 'f',
  rows: 85,
  removed: true,
  hasAfter: false,
};

describe('the built package', () => {
  it('check 20: the main entry (ESM and CJS) has no node: specifier, no require or import, and no Node global', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(builtPath(file), 'utf8');
      expect(code, file).not.toContain('node:');
      expect(code, file).not.toMatch(/\brequire\s*\(/);
      expect(code, file).not.toMatch(/^\s*import\b|\bimport\s*\(/m);
      expect(stripStrings(code), file).not.toMatch(/(?<![\w$.])(process|Buffer|global|setImmediate|__dirname|__filename)(?![\w$])/);
    }
  });

  it('check 20: the CJS build loads and works in a vm context without Node globals', () => {
    const module = { exports: {} };
    vm.runInNewContext(readFileSync(builtPath('index.cjs'), 'utf8'), { module, exports: module.exports });
    expect(exercise(module.exports as AuditModule)).toEqual(expectedExercise);
  });

  it('check 20: the ESM build loads and works in a vm context without Node globals', () => {
    const result = runNode(
      `
      import vm from 'node:vm';
      import { readFileSync } from 'node:fs';
      const context = vm.createContext({});
      const mod = new vm.SourceTextModule(readFileSync(${JSON.stringify(builtPath('index.js'))}, 'utf8'), { context });
      await mod.link(() => { throw new Error('the universal entry imports nothing'); });
      await mod.evaluate();
      const api = mod.namespace;
      const globals = vm.runInContext('[typeof process, typeof Buffer, typeof require]', context);
      const exercise = ${exercise.toString()};
      console.log(JSON.stringify({ globals, result: exercise(api) }));
    `,
      ['--experimental-vm-modules', '--no-warnings'],
    );
    expect(result).toEqual({ globals: ['undefined', 'undefined', 'undefined'], result: expectedExercise });
  });

  it('check 22: both subpaths resolve through import and require, and the CJS and ESM copies share one state', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      import { pathToFileURL } from 'node:url';
      const require = createRequire(pathToFileURL(${JSON.stringify(join(packageDir, 'package.json'))}));
      const esm = await import('@asyncutils/audit');
      const cjs = require('@asyncutils/audit');
      const esmDc = await import('@asyncutils/audit/diagnostics-channel');
      const cjsDc = require('@asyncutils/audit/diagnostics-channel');
      const out = {
        resolved: [require.resolve('@asyncutils/audit'), require.resolve('@asyncutils/audit/diagnostics-channel'),
          import.meta.resolve('@asyncutils/audit'), import.meta.resolve('@asyncutils/audit/diagnostics-channel')]
          .map((p) => p.slice(p.lastIndexOf('/') + 1)),
        twoCopies: esm.audit !== cjs.audit,
        bridges: [typeof esmDc.forwardToDiagnosticsChannel, typeof cjsDc.forwardToDiagnosticsChannel],
      };
      const seen = [];
      const offEsm = esm.addAuditHook((event) => { seen.push('esm hook ' + event); });
      const offCjs = cjs.addAuditHook((event) => { seen.push('cjs hook ' + event); });
      cjs.audit('asyncutils.cli.run');
      esm.audit('asyncutils.iters.aforever');
      out.seen = seen;
      out.hasHooks = [esm.hasAuditHooks(), cjs.hasAuditHooks()];
      const o = {};
      out.sameIds = esm.objectId(o) === cjs.objectId(o);
      cjs.freezeAuditHooks();
      try { offEsm(); out.frozen = false; } catch (error) { out.frozen = /frozen/.test(error.message); }
      try { offCjs(); } catch {}
      console.log(JSON.stringify(out));
    `);
    expect(result).toEqual({
      resolved: ['index.cjs', 'diagnostics-channel.cjs', 'index.js', 'diagnostics-channel.js'],
      twoCopies: true,
      bridges: ['function', 'function'],
      seen: ['esm hook asyncutils.cli.run', 'cjs hook asyncutils.cli.run', 'esm hook asyncutils.iters.aforever', 'cjs hook asyncutils.iters.aforever'],
      hasHooks: [true, true],
      sameIds: true,
      frozen: true,
    });
  });

  it('check 22: the manifest exports ".", "./diagnostics-channel" and "./version" in the same dual shape, with typesVersions for node10', () => {
    const entry = (base: string): unknown => ({
      import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
      require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
    });
    expect(manifest.exports).toEqual({
      '.': entry('index'),
      './diagnostics-channel': entry('diagnostics-channel'),
      './version': entry('version'),
      './package.json': './package.json',
    });
    expect(manifest.typesVersions).toEqual({
      '*': { 'diagnostics-channel': ['./dist/diagnostics-channel.d.cts'], version: ['./dist/version.d.cts'] },
    });
    expect(manifest.sideEffects).toBe(false);
    expect(manifest).not.toHaveProperty('dependencies');
    for (const file of ['index.d.ts', 'index.d.cts', 'diagnostics-channel.d.ts', 'diagnostics-channel.d.cts', 'version.d.ts', 'version.d.cts']) builtPath(file);
  });
  // publint --strict and attw on the packed tarball run in the `check` task (asyncutils-check).
});
