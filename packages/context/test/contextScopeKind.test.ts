// `contextScopeKind()` and scope detection: lazy, once, from properties of `globalThis` only. Each
// detection case runs a fresh copy of the package in its own `node:vm` realm with chosen globals.
import { AsyncLocalStorage } from 'node:async_hooks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contextScopeKind } from '../src/contextScopeKind.js';
import { bundleSource, evalIn, loadCopy, newRealm } from './support/harness.js';

let code: string;

beforeAll(async () => {
  code = await bundleSource();
});

/** A stand-in for the TC39 `AsyncContext.Variable`, counting its runs. */
function fakeAsyncContext(): { AsyncContext: { Variable: new () => object }; runs: unknown[] } {
  const runs: unknown[] = [];
  class Variable {
    #value: unknown;
    run<R>(value: unknown, fn: () => R): R {
      runs.push(value);
      const saved = this.#value;
      this.#value = value;
      try {
        return fn();
      } finally {
        this.#value = saved;
      }
    }
    get(): unknown {
      return this.#value;
    }
  }
  return { AsyncContext: { Variable }, runs };
}

describe('contextScopeKind', () => {
  it('reports AsyncLocalStorage in this Node 20 realm (through process.getBuiltinModule)', () => {
    expect(contextScopeKind()).toBe('async-local-storage');
  });

  it('check 24: without process or any scope mechanism: "sync", and localContext works synchronously', () => {
    const copy = loadCopy(code, newRealm());
    expect(copy.contextScopeKind()).toBe('sync');
    expect(copy.localContext({ RETRY_DEFAULT_TRIES: 2 }, () => copy.RETRY_DEFAULT_TRIES.get())).toBe(2);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('prefers AsyncContext.Variable ("async-context") and runs scopes through it', () => {
    const { AsyncContext, runs } = fakeAsyncContext();
    const copy = loadCopy(code, newRealm({ AsyncContext, AsyncLocalStorage }));
    expect(copy.contextScopeKind()).toBe('async-context');
    expect(copy.localContext({ RETRY_DEFAULT_TRIES: 2 }, () => copy.RETRY_DEFAULT_TRIES.get())).toBe(2);
    expect(runs).toHaveLength(1);
  });

  it('uses a global AsyncLocalStorage constructor (edge runtimes), scopes following async work', async () => {
    const copy = loadCopy(code, newRealm({ AsyncLocalStorage }));
    expect(copy.contextScopeKind()).toBe('async-local-storage');
    const seen = await copy.localContext({ RETRY_DEFAULT_TRIES: 6 }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return copy.RETRY_DEFAULT_TRIES.get();
    });
    expect(seen).toBe(6);
  });

  it('asks process.getBuiltinModule for "async_hooks" (no node: specifier), once, at first use', () => {
    const getBuiltinModule = vi.fn((id: string) => (id === 'async_hooks' ? { AsyncLocalStorage } : undefined));
    const copy = loadCopy(code, newRealm({ process: { getBuiltinModule } }));
    expect(getBuiltinModule).not.toHaveBeenCalled();
    copy.RETRY_DEFAULT_TRIES.get();
    copy.getcontext();
    expect(getBuiltinModule).not.toHaveBeenCalled();
    expect(copy.contextScopeKind()).toBe('async-local-storage');
    copy.localContext({}, () => 1);
    expect(copy.contextScopeKind()).toBe('async-local-storage');
    expect(getBuiltinModule).toHaveBeenCalledExactlyOnceWith('async_hooks');
  });

  it('falls back past mechanisms that throw or are not constructors', () => {
    const realm = newRealm({
      process: {
        getBuiltinModule: () => {
          throw new Error('no builtins');
        },
      },
    });
    evalIn(realm, 'Object.defineProperty(globalThis, "AsyncContext", { get() { throw new Error("broken proposal"); } })');
    expect(loadCopy(code, realm).contextScopeKind()).toBe('sync');
    const notConstructors = { AsyncContext: { Variable: 1 }, AsyncLocalStorage: 'x', process: {} };
    expect(loadCopy(code, newRealm(notConstructors)).contextScopeKind()).toBe('sync');
  });
});
