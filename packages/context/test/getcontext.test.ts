// `getcontext()`: the current scope's context, created on first request for the root frame.
import { afterEach, describe, expect, it } from 'vitest';
import { Context } from '../src/Context.js';
import { getcontext } from '../src/getcontext.js';
import { localContext } from '../src/localContextScope.js';
import { bundleSource, evalIn, loadCopy, newRealm } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('getcontext', () => {
  it('check 3: identity (upstream test): same object per frame, a Context, not a new Context', () => {
    const ctx = getcontext();
    expect(getcontext()).toBe(ctx);
    expect(ctx).toBeInstanceOf(Context);
    expect(new Context()).not.toBe(getcontext());
    expect(getcontext().LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR).toBe(true);
    expect(getcontext().get('RWLOCK_DEFAULT_PREFER_WRITERS')).toBe(true);
    expect(getcontext().get('SOCKET_TRANSPORT_limits')).toEqual([2048, 8192]);
  });

  it('returns the scope’s context inside localContext, the same object for every call in the scope', () => {
    const root = getcontext();
    localContext({ RETRY_DEFAULT_TRIES: 1 }, () => {
      const scoped = getcontext();
      expect(scoped).not.toBe(root);
      expect(getcontext()).toBe(scoped);
      expect(scoped.RETRY_DEFAULT_TRIES).toBe(1);
    });
    expect(getcontext()).toBe(root);
  });

  it('the root context starts empty (all defaults) and is created on the first request only', async () => {
    const realm = newRealm();
    const copy = loadCopy(await bundleSource(), realm);
    const hasState = (): boolean => evalIn(realm, 'Object.getOwnPropertySymbols(globalThis).length > 0');
    expect(hasState()).toBe(false);
    const ctx = copy.getcontext();
    expect(hasState()).toBe(true);
    expect(ctx.equals(new copy.Context())).toBe(true);
    expect(copy.getcontext()).toBe(ctx);
  });
});
