// `defineConstant`: frozen handles whose `get()` reads explicit value → installed override → default.
import { afterEach, describe, expect, it } from 'vitest';
import { defineConstant } from '../src/defineConstant.js';
import { getcontext } from '../src/getcontext.js';
import { localContext } from '../src/localContextScope.js';
import { setDefaultOverrides } from '../src/setDefaultOverrides.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('defineConstant', () => {
  it('makes a frozen handle with a deep-frozen default', () => {
    const handle = defineConstant('LOCKSMITH_BASE_DEFAULT_TIMEOUTS', [1_000, 100, null], 'timeouts');
    expect(Object.isFrozen(handle)).toBe(true);
    expect(Object.isFrozen(handle.default)).toBe(true);
    expect(Object.keys(handle)).toEqual(['name', 'default', 'kind', 'get']);
    expect([handle.name, handle.kind]).toEqual(['LOCKSMITH_BASE_DEFAULT_TIMEOUTS', 'timeouts']);
    const adj = defineConstant('LEAKY_BUCKET_ADJMAP', [[0, [1, 2, 3, 4]]], 'adjmap');
    expect(Object.isFrozen(adj.default[0]?.[1])).toBe(true);
  });

  it('get() reads the layers in order: scope/context value, installed override, default', () => {
    const handle = defineConstant('RETRY_DEFAULT_TRIES', 3, 'integer');
    expect(handle.get()).toBe(3);
    setDefaultOverrides({ RETRY_DEFAULT_TRIES: 4 });
    expect(handle.get()).toBe(4);
    getcontext().RETRY_DEFAULT_TRIES = 5;
    expect(handle.get()).toBe(5);
    expect(localContext({ RETRY_DEFAULT_TRIES: 6 }, () => handle.get())).toBe(6);
    expect(handle.get()).toBe(5);
  });

  it('get() needs no `this`, and null is a value (not "unset") for nullable kinds', () => {
    const { get } = defineConstant('EVENT_BUS_STREAM_DEFAULT_TIMEOUT', 5_000, 'duration?');
    expect(get()).toBe(5_000);
    getcontext().EVENT_BUS_STREAM_DEFAULT_TIMEOUT = null;
    expect(get()).toBeNull();
    setDefaultOverrides({ EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: null });
    expect(defineConstant('EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT', 3_000, 'duration?').get()).toBeNull();
  });
});
