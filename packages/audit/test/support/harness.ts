// Shared test plumbing: isolated realms (`node:vm`) and child Node processes for the behaviours that are
// realm-global and permanent (frozen hooks, an incompatible state), a source bundle built with esbuild (through @asyncutils/tooling/bundle),
// and paths to the built files in dist/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';

/** The module shape of `@asyncutils/audit`'s main entry. */
export type AuditModule = typeof import('../../src/index.js');

/** Absolute path of packages/audit. */
export const packageDir: string = fileURLToPath(new URL('../..', import.meta.url));

let sourceBundle: Promise<string> | undefined;

/** src/index.ts bundled into one CommonJS script, as tsup would build it (cached for the test file). */
export function bundleSource(): Promise<string> {
  sourceBundle ??= bundle({ entry: join(packageDir, 'src/index.ts'), format: 'cjs', platform: 'neutral', minify: false }).then((r) => r.text);
  return sourceBundle;
}

/** A fresh realm: its own `globalThis` with the JavaScript built-ins only (no Node globals). */
export function newRealm(): vm.Context {
  return vm.createContext({});
}

/** Evaluates a CommonJS script in `realm` as a new module instance (one more copy of the package). */
export function loadCopy(code: string, realm: vm.Context): AuditModule {
  const module = { exports: {} };
  const wrapper = vm.runInContext(`(function (module, exports) {\n${code}\n})`, realm) as (
    module: { exports: object },
    exports: object,
  ) => void;
  wrapper(module, module.exports);
  return module.exports as AuditModule;
}

/** Evaluates `code` in `realm` and returns its completion value. */
export function evalIn<T>(realm: vm.Context, code: string): T {
  return vm.runInContext(code, realm) as T;
}

/** The path of a built file, failing clearly when the package has not been built. */
export function builtPath(file: string): string {
  const path = join(packageDir, 'dist', file);
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`pnpm build\` in packages/audit first`);
  return path;
}

/** The file URL of a built file, for `import()` in a child process. */
export function builtUrl(file: string): string {
  return pathToFileURL(builtPath(file)).href;
}

/**
 * Runs `code` as an ES module in a new Node process (cwd: packages/audit) and parses the JSON it prints
 * last. The child's uncaught errors fail the call with its stderr.
 */
export function runNode(code: string, flags: string[] = []): unknown {
  const stdout = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', code], {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const last = stdout.trim().split('\n').at(-1);
  if (last === undefined || last === '') throw new Error('the child process printed nothing');
  return JSON.parse(last);
}

/** The value `fn` throws; fails when it returns normally. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
