// The built package (dist/, built by `pnpm build`, which turbo runs before `test`): the universal entry, the ESM
// and CJS builds loaded together, minified names, and tree-shaking (checks 1, 27 and the brand requirement).
import { readFileSync } from 'node:fs';
import { bundle } from '@asyncutils/tooling/bundle';
import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { classNames, classSamples } from './support/classes.js';
import { builtPath, bundleSource, type ExceptionsModule, loadCopy, newRealm, packageDir, runNode } from './support/harness.js';

/** Removes string literals, so words inside messages are not mistaken for identifiers. */
const stripStrings = (code: string): string => code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

/**
 * Runs in a child process with the ESM build (`esm`) and the CJS build (`cjs`) of the package: for every class,
 * an instance from one build is `instanceof` the class of the other, and a plain Error of the same name is not.
 * Self-contained (serialized with `toString`).
 */
function crossCheck(esm: Record<string, unknown>, cjs: Record<string, unknown>, names: readonly string[]): unknown {
  const f = function f(): number {
    return 1;
  };
  const e = new Error('e');
  const args: Record<string, unknown[]> = {
    StateCorrupted: ['a', 'b'],
    Critical: [e],
    VersionNormalizerMissing: [1],
    VersionNormalizerTypeError: [f, 1],
    VersionNormalizerFault: [f, 1, e],
    VersionCorrupted: [{}],
    BusPublishingError: [{ name: 'b' }, f],
    MoreThanOne: [(async function* () {})(), 'm'],
    RateLimitExceeded: [f, [], { calls: 1, period: 1, excess: 1 }],
    LockForceRequest: [{}, f, {}, 'i'],
    PasswordRetrievalError: ['p'],
    GetPasswordRetrievalError: ['p'],
    PutPasswordRetrievalError: ['p'],
    ForbiddenOperation: ['x'],
    PasswordError: [null, 1],
    WrongPassword: [{}, 1],
    WrongPasswordType: [null, 1, Number, String],
    GetPasswordMissing: [],
    PutPasswordMissing: [],
    FaultyConfig: ['k', 'w', 'e'],
  };
  type Ctor = new (...a: unknown[]) => Error;
  const failures: string[] = [];
  for (const name of names) {
    if (name === 'PasswordMissing') continue;
    const E = esm[name] as Ctor;
    const C = cjs[name] as Ctor;
    if (E === C) failures.push(`${name}: one copy`);
    const fromEsm = new E(...(args[name] ?? ['m']));
    const fromCjs = new C(...(args[name] ?? ['m']));
    if (!(fromEsm instanceof C) || !(fromCjs instanceof E)) failures.push(`${name}: not instanceof across builds`);
    if (fromEsm.name !== name || fromCjs.name !== name) failures.push(`${name}: name`);
    if (Object.assign(new Error('x'), { name }) instanceof E || Object.assign(new Error('x'), { name }) instanceof C) {
      failures.push(`${name}: a plain Error of that name matches`);
    }
  }
  const q = {};
  const virtual = [
    new (esm.WrongPassword as Ctor)(q, 1) instanceof (cjs.PasswordError as Ctor),
    new (cjs.WrongPasswordType as Ctor)(null, 1, Number, String) instanceof (esm.PasswordQueueError as Ctor),
    new (esm.VersionValueError as Ctor)('m') instanceof (cjs.VersionError as Ctor),
    new (cjs.QueueEmpty as Ctor)() instanceof (esm.PasswordQueueError as Ctor),
    new (cjs.QueueEmpty as Ctor)() instanceof (esm.QueueFull as Ctor),
  ];
  const unwrap = (esm.unwrapExc as (w: unknown) => unknown)((cjs.wrapExc as (x: unknown) => unknown)(e)) === e;
  const typical = [new (cjs.Deadlock as Ctor)() instanceof (esm.TypicalError as Ctor), new (cjs.QueueFull as Ctor)() instanceof (esm.TypicalError as Ctor)];
  return { failures, virtual, unwrap, typical };
}

describe('the built package', () => {
  it('check 27: the main entry (ESM and CJS) imports only @asyncutils/audit and uses no Node global', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(builtPath(file), 'utf8');
      expect(code, file).not.toContain('node:');
      const specifiers = [...code.matchAll(/\bfrom\s*"([^"]+)"|\brequire\("([^"]+)"\)|\bimport\s*\(\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      expect(new Set(specifiers), file).toEqual(new Set(['@asyncutils/audit']));
      expect(stripStrings(code.replace(/\brequire\("@asyncutils\/audit"\)/g, '')), file).not.toMatch(
        /(?<![\w$.])(process|Buffer|global|setImmediate|__dirname|__filename|require)(?![\w$])/,
      );
    }
  });

  it('check 27: the manifest says sideEffects: false and depends on @asyncutils/audit only', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.dependencies)).toEqual(['@asyncutils/audit']);
    expect(manifest.asyncutilsTooling.runtime).toBe('universal');
  });

  it('check 27: a bundle importing one class carries neither IgnoreErrors, unnest nor the other classes', async () => {
    for (const from of ['@asyncutils/exceptions', './src/index.ts']) {
      const { text, bytes } = await bundle({
        contents: `import { QueueEmpty } from '${from}'; console.log(new QueueEmpty('x'));`,
        resolveDir: packageDir,
        minify: true,
      });
      expect(text, from).toContain('"QueueEmpty"');
      for (const absent of ['IgnoreErrors', 'unnest', 'raise_exc', 'ExceptionWrapper', 'QueueFull', 'Deadlock', 'asyncutils.audit']) {
        expect(text, `${from}: ${absent}`).not.toContain(absent);
      }
      expect(bytes, from).toBeLessThan(1500);
    }
  });

  it('brand: the ESM and CJS builds loaded in one process are two copies whose classes recognise each other', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      const esm = await import(${JSON.stringify(builtPath('index.js'))});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(builtPath('index.cjs'))});
      const crossCheck = ${crossCheck.toString()};
      console.log(JSON.stringify(crossCheck(esm, cjs, ${JSON.stringify(classNames)})));
    `);
    expect(result).toEqual({ failures: [], virtual: [true, true, true, false, false], unwrap: true, typical: [false, true] });
  });

  it('the "./version" subpath gives the package version through import and require', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      const esm = await import(${JSON.stringify(builtPath('version.js'))});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(builtPath('version.cjs'))});
      console.log(JSON.stringify([esm.version, cjs.version]));
    `);
    expect(result).toEqual([manifest.version, manifest.version]);
    expect(manifest.typesVersions).toEqual({ '*': { version: ['./dist/version.d.cts'] } });
  });

  it('check 1: a minified build keeps every class name, prototype name and message prefix', async () => {
    const minified = await bundleSource(true);
    const copy: ExceptionsModule = loadCopy(minified, newRealm());
    for (const sample of classSamples(copy)) {
      const cls = copy[sample.name as keyof ExceptionsModule] as unknown as { name: string; prototype: { name: string } };
      expect(cls.name).toBe(sample.name);
      expect(cls.prototype.name).toBe(sample.name);
      const err = sample.make();
      expect(err.name).toBe(sample.name);
      expect(String(err).startsWith(`${sample.name}: `)).toBe(true);
    }
    expect(copy.ignoreNoncritical.toString()).toBe('IgnoreErrors(AnyError).excluding(Critical, StateCorrupted, Deadlock)');
  });
});
