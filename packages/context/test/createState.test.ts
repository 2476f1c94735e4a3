// Creation of the shared state: `contextState()` creates it once per realm (or adopts another copy's), while
// `existingState()` (state.ts, the read path of every constant) only finds it.
import { describe, expect, it } from 'vitest';
import { bundleSource, evalIn, loadCopy, newRealm } from './support/harness.js';

const probe = `
  const key = Symbol.for('@asyncutils/context');
  const has = () => Object.getOwnPropertySymbols(globalThis).includes(key);
`;

describe('contextState / existingState', () => {
  it('a read before any write creates nothing and returns the default; the first scope creates the state once', async () => {
    const realm = newRealm();
    const copy = loadCopy(await bundleSource(), realm);
    evalIn(realm, probe);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(3);
    expect(evalIn(realm, 'has()')).toBe(false);
    expect(copy.localContext({ RETRY_DEFAULT_TRIES: 8 }, () => copy.RETRY_DEFAULT_TRIES.get())).toBe(8);
    expect(evalIn(realm, 'has()')).toBe(true);
    const state = evalIn<object>(realm, 'globalThis[key]');
    copy.setDefaultOverrides({ RETRY_DEFAULT_TRIES: 5 });
    expect(evalIn<object>(realm, 'globalThis[key]')).toBe(state);
    expect(copy.RETRY_DEFAULT_TRIES.get()).toBe(5);
  });

});
