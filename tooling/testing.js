// `@asyncutils/tooling/testing`: the test plumbing every package shares — more copies of a package
// (a source bundle evaluated in this realm or a new `node:vm` realm), child Node processes, and the
// built files in dist/. Types in testing.d.ts.
import { execFileSync } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { vi } from 'vitest';
import { bundle } from './bundle.js';

/** @param {URL | string} packageUrl */
export function packageTestKit(packageUrl) {
  const packageDir = fileURLToPath(packageUrl);
  const name = packageDir.replace(/\/+$/, '').split('/').pop();
  /** @type {Map<string, Promise<string>>} */
  const bundles = new Map();

  return Object.freeze({
    packageDir,
    bundleSource({ entry = 'index', minify = false, platform = 'neutral' } = {}) {
      const key = `${entry}|${minify}|${platform}`;
      let text = bundles.get(key);
      if (text === undefined) {
        text = bundle({ entry: join(packageDir, `src/${entry}.ts`), format: 'cjs', platform, minify }).then((r) => r.text);
        bundles.set(key, text);
      }
      return text;
    },
    newRealm(globals = {}) {
      return vm.createContext({ ...globals });
    },
    loadCopy(code, realm, require) {
      const module = { exports: {} };
      const source = `(function (module, exports, require) {\n${code}\n})`;
      const wrapper = realm === undefined ? vm.runInThisContext(source) : vm.runInContext(source, realm);
      wrapper(module, module.exports, require);
      return module.exports;
    },
    evalIn(realm, code) {
      return vm.runInContext(code, realm);
    },
    builtPath(file) {
      const path = join(packageDir, 'dist', file);
      if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`pnpm build\` in packages/${name} first`);
      return path;
    },
    builtUrl(file) {
      const path = join(packageDir, 'dist', file);
      if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`pnpm build\` in packages/${name} first`);
      return pathToFileURL(path).href;
    },
    runNode(code, flags = []) {
      const stdout = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', code], {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const last = stdout.trim().split('\n').at(-1);
      if (last === undefined || last === '') throw new Error('the child process printed nothing');
      return JSON.parse(last);
    },
    thrown(fn) {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error('expected the call to throw');
    },
  });
}

/**
 * Follows a promise without awaiting it: `state`, `value` and `reason` change when its reaction runs
 * (after `flush()`), and its rejection counts as handled.
 * @template T
 * @param {Promise<T>} promise
 */
export function track(promise) {
  /** @type {import('./testing.d.ts').Tracked<T>} */
  const t = { promise, state: 'pending', value: undefined, reason: undefined, settlements: 0 };
  promise.then(
    (value) => {
      t.state = 'fulfilled';
      t.value = value;
      t.settlements++;
    },
    (reason) => {
      t.state = 'rejected';
      t.reason = reason;
      t.settlements++;
    },
  );
  return t;
}

/** Lets every queued promise reaction (and the reactions they queue, `rounds` levels deep) run. */
export async function flush(rounds = 20) {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** The rejection reason of `p`; fails when it fulfils. */
export async function rejection(p) {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Whether `e` is a DOMException with this name (`'TimeoutError'`, `'AbortError'`, …). */
export function isDomError(e, name) {
  return e instanceof DOMException && e.name === name;
}

/** A promise with its settle functions. */
export function deferred() {
  /** @type {(value: unknown) => void} */
  let resolve = () => {};
  /** @type {(reason: unknown) => void} */
  let reject = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** How many abort listeners `signal` has now. */
export function abortListeners(signal) {
  return getEventListeners(signal, 'abort').length;
}

/** An AbortController whose signal counts listener additions and removals; `live()` is the current count. */
export function countedController() {
  const controller = new AbortController();
  const signal = controller.signal;
  const add = vi.spyOn(signal, 'addEventListener');
  const remove = vi.spyOn(signal, 'removeEventListener');
  return {
    controller,
    signal,
    added: () => add.mock.calls.length,
    removed: () => remove.mock.calls.length,
    live: () => abortListeners(signal),
  };
}
