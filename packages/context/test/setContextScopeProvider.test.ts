// `setContextScopeProvider(p)`: the synchronous fallback, custom providers, re-detection.
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_LOOP_BASE_FLAGS, RETRY_DEFAULT_TRIES } from '../src/index.js';
import { contextScopeKind } from '../src/contextScopeKind.js';
import { localContext } from '../src/localContextScope.js';
import { type ContextScopeProvider, setContextScopeProvider } from '../src/setContextScopeProvider.js';
import { sleep, thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('setContextScopeProvider', () => {
  it('check 14: the sync fallback covers fn’s synchronous part only; code after the first await sees the outer value', async () => {
    setContextScopeProvider('sync');
    expect(contextScopeKind()).toBe('sync');
    let a: number | undefined;
    let b: number | undefined;
    const done = localContext({ EVENT_LOOP_BASE_FLAGS: 5 }, async () => {
      a = EVENT_LOOP_BASE_FLAGS.get();
      await null;
      b = EVENT_LOOP_BASE_FLAGS.get();
    });
    expect(EVENT_LOOP_BASE_FLAGS.get()).toBe(0);
    await done;
    expect([a, b]).toEqual([5, 0]);
  });

  it('check 14: the sync fallback is exact for nested synchronous callbacks and unwinds on throw', () => {
    setContextScopeProvider('sync');
    const seen = localContext({ RETRY_DEFAULT_TRIES: 1 }, () => [
      RETRY_DEFAULT_TRIES.get(),
      localContext({ RETRY_DEFAULT_TRIES: 2 }, () => RETRY_DEFAULT_TRIES.get()),
      RETRY_DEFAULT_TRIES.get(),
    ]);
    expect(seen).toEqual([1, 2, 1]);
    expect(
      thrown(() =>
        localContext({ RETRY_DEFAULT_TRIES: 1 }, () => {
          throw new Error('x');
        }),
      ),
    ).toBeInstanceOf(Error);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('check 14: "auto" restores detection', () => {
    setContextScopeProvider('sync');
    setContextScopeProvider('auto');
    expect(contextScopeKind()).toBe('async-local-storage');
  });

  it('check 14: calling it inside a scope throws Error (sync fallback and async provider)', () => {
    setContextScopeProvider('sync');
    const inSync = thrown(() => localContext({ RETRY_DEFAULT_TRIES: 1 }, () => setContextScopeProvider('auto')));
    expect(inSync).toBeInstanceOf(Error);
    expect((inSync as Error).message).toBe('asyncutils.context: cannot change the scope provider inside a scope');
    expect(contextScopeKind()).toBe('sync');
    setContextScopeProvider('auto');
    expect(thrown(() => localContext({}, () => setContextScopeProvider('sync')))).toBeInstanceOf(Error);
    expect(contextScopeKind()).toBe('async-local-storage');
  });

  it('check 15: a custom provider wrapping a test AsyncLocalStorage is used, its run called once per localContext', async () => {
    const storage = new AsyncLocalStorage<object>();
    const provider = {
      run: vi.fn((frame: object, fn: () => unknown) => storage.run(frame, fn)),
      get: vi.fn(() => storage.getStore()),
    };
    setContextScopeProvider(provider as ContextScopeProvider);
    expect(contextScopeKind()).toBe('custom');
    const seen = await localContext({ RETRY_DEFAULT_TRIES: 4 }, async () => {
      await sleep(1);
      return RETRY_DEFAULT_TRIES.get();
    });
    expect(seen).toBe(4);
    expect(provider.run).toHaveBeenCalledTimes(1);
    expect(provider.get).toHaveBeenCalled();
    localContext({ RETRY_DEFAULT_TRIES: 5 }, () => RETRY_DEFAULT_TRIES.get());
    expect(provider.run).toHaveBeenCalledTimes(2);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('rejects anything but "auto", "sync" or an object with run and get methods', () => {
    const bad = thrown(() => setContextScopeProvider('async' as never));
    expect(bad).toBeInstanceOf(RangeError);
    expect((bad as Error).message).toBe("asyncutils.context.setContextScopeProvider: provider must be 'auto', 'sync' or a provider object, got string 'async'");
    for (const value of [null, undefined, 1, {}, { run() {} }, { get() {} }]) {
      expect(thrown(() => setContextScopeProvider(value as never))).toBeInstanceOf(TypeError);
    }
    expect(contextScopeKind()).toBe('async-local-storage');
  });
});
