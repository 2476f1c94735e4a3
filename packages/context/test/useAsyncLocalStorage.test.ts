// `useAsyncLocalStorage()` (subpath `/node`): installs node:async_hooks' AsyncLocalStorage as the provider.
import { afterEach, describe, expect, it } from 'vitest';
import { RETRY_DEFAULT_TRIES } from '../src/index.js';
import { contextScopeKind } from '../src/contextScopeKind.js';
import { localContext } from '../src/localContextScope.js';
import { setContextScopeProvider } from '../src/setContextScopeProvider.js';
import { useAsyncLocalStorage } from '../src/useAsyncLocalStorage.js';
import { bundleSource, loadCopy, newRealm, sleep, thrown } from './support/harness.js';
import { createRequire } from 'node:module';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('useAsyncLocalStorage', () => {
  it('check 16: installs AsyncLocalStorage (reported as such), and check 12 passes with it', async () => {
    setContextScopeProvider('sync');
    useAsyncLocalStorage();
    expect(contextScopeKind()).toBe('async-local-storage');
    const read = (n: number): Promise<number> =>
      localContext({ RETRY_DEFAULT_TRIES: n }, async () => {
        await sleep(5);
        return RETRY_DEFAULT_TRIES.get();
      });
    const both = Promise.all([read(1), read(2)]);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    const timer = localContext({ RETRY_DEFAULT_TRIES: 7 }, () => new Promise<number>((resolve) => setTimeout(() => resolve(RETRY_DEFAULT_TRIES.get()), 0)));
    expect(await both).toEqual([1, 2]);
    expect(await timer).toBe(7);
  });

  it('check 16: gives a realm whose detection finds nothing (no process) async scopes', async () => {
    const realm = newRealm();
    const main = loadCopy(await bundleSource('index'), realm);
    const node = loadCopy(await bundleSource('node'), realm, createRequire(import.meta.url)) as unknown as { useAsyncLocalStorage(): void };
    expect(main.contextScopeKind()).toBe('sync');
    node.useAsyncLocalStorage();
    expect(main.contextScopeKind()).toBe('async-local-storage');
    const seen = await main.localContext({ RETRY_DEFAULT_TRIES: 4 }, async () => {
      await sleep(1);
      return main.RETRY_DEFAULT_TRIES.get();
    });
    expect(seen).toBe(4);
  });

  it('throws inside a scope, like setContextScopeProvider', () => {
    const error = thrown(() => localContext({}, () => useAsyncLocalStorage()));
    expect((error as Error).message).toBe('asyncutils.context: cannot change the scope provider inside a scope');
  });
});
