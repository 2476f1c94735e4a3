// One context state per realm, shared by every copy of the package through
// `globalThis[Symbol.for('@asyncutils/context')]`, created at first use. Cases needing a pristine or
// unusual `globalThis` run a copy of the package in a `node:vm` realm.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as A from '../src/index.js';
import { contextState } from '../src/createState.js';
import { type ContextModule, builtPath, builtUrl, bundleSource, evalIn, loadCopy, newRealm, runNode, thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';
import { expectedConstants } from './support/table.js';

const key = Symbol.for('@asyncutils/context');
let code: string;

beforeAll(async () => {
  code = await bundleSource();
});

afterEach(resetContextState);

describe('one state per realm', () => {
  it('check 22: two module instances share scopes, contexts and default overrides', async () => {
    vi.resetModules();
    const B = (await import('../src/index.js')) as ContextModule;
    expect(B.localContext).not.toBe(A.localContext);
    expect(B.Context).not.toBe(A.Context);

    expect(A.localContext({ RETRY_DEFAULT_TRIES: 7 }, () => B.RETRY_DEFAULT_TRIES.get())).toBe(7);
    expect(B.getcontext()).toBeInstanceOf(A.Context);
    expect(A.getcontext()).toBeInstanceOf(B.Context);
    expect(B.getcontext()).toBe(A.getcontext());
    A.setDefaultOverrides({ BENCHMARK_DEFAULT_TIMES: 11 });
    expect(B.BENCHMARK_DEFAULT_TIMES.get()).toBe(11);
    B.setcontext(new A.Context({ RETRY_DEFAULT_TRIES: 2 }));
    expect(A.RETRY_DEFAULT_TRIES.get()).toBe(2);
    expect(new B.Context().equals(new A.Context())).toBe(true);
    expect(B.localContext(new A.Context({ RETRY_DEFAULT_TRIES: 4 }), () => A.getcontext().RETRY_DEFAULT_TRIES)).toBe(4);
  });

  it('check 1: in a fresh realm every handle’s get() returns its factory default', () => {
    const copy = loadCopy(code, newRealm()) as unknown as Record<string, { get(): unknown }>;
    for (const row of expectedConstants) expect(copy[row.name]?.get(), row.name).toEqual(row.default);
  });

  it('check 25: an incompatible object under the key: import succeeds, the first get() throws TypeError', () => {
    const realm = newRealm();
    evalIn(realm, 'globalThis[Symbol.for("@asyncutils/context")] = 1');
    const copy = loadCopy(code, realm);
    const error = thrown(() => copy.RETRY_DEFAULT_TRIES.get());
    expect(error).toBeInstanceOf(evalIn<typeof TypeError>(realm, 'TypeError'));
    expect((error as Error).message).toMatch(/incompatible context state/);
    expect((error as Error).message).toBe('asyncutils.context: incompatible context state on globalThis');
    expect(thrown(() => copy.getcontext())).toHaveProperty('message', 'asyncutils.context: incompatible context state on globalThis');
  });

  it('check 25: objects missing part of the schema are incompatible too', () => {
    for (const value of ['{ version: 1 }', '{ version: 0.5, root: {} }', 'Object.freeze({ version: 1, root: {}, frame() {} })', 'null']) {
      const realm = newRealm();
      evalIn(realm, `globalThis[Symbol.for("@asyncutils/context")] = ${value}`);
      const copy = loadCopy(code, realm);
      expect(thrown(() => copy.contextScopeKind()), value).toHaveProperty('message', 'asyncutils.context: incompatible context state on globalThis');
    }
    const realm = newRealm();
    evalIn(realm, 'globalThis[Symbol.for("@asyncutils/context")] = new Proxy({}, { get() { throw new Error("trap"); } })');
    expect(thrown(() => loadCopy(code, realm).contextScopeKind())).toHaveProperty('message', 'asyncutils.context: incompatible context state on globalThis');
  });

  it('is created lazily: loading the package or reading a constant defines nothing; the first write does', () => {
    const realm = newRealm();
    const has = (): boolean => evalIn(realm, 'Object.getOwnPropertySymbols(globalThis).includes(Symbol.for("@asyncutils/context"))');
    const copy = loadCopy(code, realm);
    expect(has()).toBe(false);
    expect(copy.allContextualConsts.size).toBe(89);
    expect(has()).toBe(false);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
    expect(has()).toBe(false);
    copy.setDefaultOverrides({ RETRY_DEFAULT_TRIES: 4 });
    expect(has()).toBe(true);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(4);
  });

  it('after first use the key is non-writable, non-enumerable, non-configurable and holds a frozen version 1 object', () => {
    A.contextScopeKind();
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    expect(descriptor).toMatchObject({ writable: false, enumerable: false, configurable: false });
    const state = descriptor?.value as Record<string, unknown>;
    expect(state).toBe(contextState());
    expect(Object.isFrozen(state)).toBe(true);
    expect(state.version).toBe(1);
    expect(Object.keys(state)).toEqual(['version', 'root', 'frame', 'run', 'overrides', 'setOverrides', 'scopeKind', 'setScopeProvider']);
  });

  it('a second copy in a realm serves from the state the first copy created', () => {
    const realm = newRealm();
    const first = loadCopy(code, realm);
    const second = loadCopy(code, realm);
    first.setDefaultOverrides({ RETRY_DEFAULT_TRIES: 9 });
    const state = evalIn<object>(realm, 'globalThis[Symbol.for("@asyncutils/context")]');
    expect(second.RETRY_DEFAULT_TRIES.get()).toBe(9);
    expect(second.localContext({ RETRY_DEFAULT_TRIES: 1 }, () => first.getcontext().RETRY_DEFAULT_TRIES)).toBe(1);
    expect(second.getcontext()).toBeInstanceOf(first.Context);
    expect(evalIn<object>(realm, 'globalThis[Symbol.for("@asyncutils/context")]')).toBe(state);
  });

  it('uses a compatible state another (newer) copy put on globalThis', () => {
    const realm = newRealm();
    const root = { ctx: undefined };
    const overrides = Object.freeze(Object.assign(Object.create(null) as object, { RETRY_DEFAULT_TRIES: 42 }));
    const calls: string[] = [];
    (realm as Record<symbol, unknown>)[key] = Object.freeze({
      version: 2,
      root,
      frame: () => root,
      run: <R>(_frame: object, fn: () => R): R => (calls.push('run'), fn()),
      overrides: () => overrides,
      setOverrides: () => void calls.push('setOverrides'),
      scopeKind: () => 'custom',
      setScopeProvider: () => void calls.push('setScopeProvider'),
    });
    const copy = loadCopy(code, realm);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(42);
    expect(copy.contextScopeKind()).toBe('custom');
    copy.localContext({}, () => 0);
    copy.setDefaultOverrides(null);
    copy.setContextScopeProvider('sync');
    expect(calls).toEqual(['run', 'setOverrides', 'setScopeProvider']);
  });

  it('a frozen globalThis: each copy (here the ESM and CJS builds) falls back to a state of its own', () => {
    const result = runNode(`
      import { createRequire } from 'node:module';
      Object.freeze(globalThis);
      const esm = await import(${JSON.stringify(builtUrl('index.js'))});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(builtPath('index.cjs'))});
      esm.setDefaultOverrides({ RETRY_DEFAULT_TRIES: 9 });
      console.log(JSON.stringify({
        esm: esm.RETRY_DEFAULT_TRIES.get(),
        cjs: cjs.RETRY_DEFAULT_TRIES.get(),
        scoped: esm.localContext({ RETRY_DEFAULT_TRIES: 1 }, () => esm.RETRY_DEFAULT_TRIES.get()),
        key: Object.getOwnPropertySymbols(globalThis).includes(Symbol.for('@asyncutils/context')),
      }));
    `);
    expect(result).toEqual({ esm: 9, cjs: 3, scoped: 1, key: false });
  });

  it('a custom provider returning a foreign store makes handles fall back to the defaults, not throw', () => {
    for (const store of [{ ctx: {} }, {}]) {
      const copy = loadCopy(code, newRealm());
      copy.setContextScopeProvider({ run: (_frame, fn) => fn(), get: () => store });
      expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
    }
  });
});
