// `setDefaultOverrides(values)`: the override layer between explicit values and factory defaults, as
// `@asyncutils/config` installs it.
import { afterEach, describe, expect, it } from 'vitest';
import { CIRCUIT_BREAKER_DEFAULT_RESET, LOCKSMITH_BASE_DEFAULT_TIMEOUTS, RETRY_DEFAULT_TRIES } from '../src/index.js';
import { Context } from '../src/Context.js';
import { getcontext } from '../src/getcontext.js';
import { localContext } from '../src/localContextScope.js';
import { setDefaultOverrides } from '../src/setDefaultOverrides.js';
import { thrown } from './support/harness.js';
import { resetContextState } from './support/reset.js';

afterEach(resetContextState);

describe('setDefaultOverrides', () => {
  it('check 20: an installed default is read by handles and contexts; .default stays the factory value', () => {
    const existing = new Context();
    setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: 2500 });
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(2500);
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.default).toBe(30000);
    expect(new Context().CIRCUIT_BREAKER_DEFAULT_RESET).toBe(2500);
    expect(existing.CIRCUIT_BREAKER_DEFAULT_RESET).toBe(2500);
    expect(localContext({ RETRY_DEFAULT_TRIES: 1 }, () => CIRCUIT_BREAKER_DEFAULT_RESET.get())).toBe(2500);
  });

  it('check 20: explicit values win; setDefaultOverrides({}) clears back to the factory default', () => {
    setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: 2500 });
    getcontext().CIRCUIT_BREAKER_DEFAULT_RESET = 1;
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(1);
    expect(localContext({ CIRCUIT_BREAKER_DEFAULT_RESET: 2 }, () => CIRCUIT_BREAKER_DEFAULT_RESET.get())).toBe(2);
    expect(new Context().CIRCUIT_BREAKER_DEFAULT_RESET).toBe(2500);
    setDefaultOverrides({});
    expect(new Context().CIRCUIT_BREAKER_DEFAULT_RESET).toBe(30000);
  });

  it('check 20: an unknown name throws RangeError and installs nothing (all-or-nothing)', () => {
    setDefaultOverrides({ RETRY_DEFAULT_TRIES: 5 });
    const error = thrown(() => setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: 1, FOO: 2 } as never));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe("asyncutils.context.setDefaultOverrides: unknown contextual constant 'FOO'");
    expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(30000);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(5);
  });

  it('replaces the whole layer: constants not named go back to their factory defaults; null clears', () => {
    setDefaultOverrides({ RETRY_DEFAULT_TRIES: 5, CIRCUIT_BREAKER_DEFAULT_RESET: 1 });
    setDefaultOverrides({ RETRY_DEFAULT_TRIES: 6 });
    expect([RETRY_DEFAULT_TRIES.get(), CIRCUIT_BREAKER_DEFAULT_RESET.get()]).toEqual([6, 30000]);
    setDefaultOverrides(null);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
  });

  it('validates values by kind (ms units), copies and freezes arrays', () => {
    expect(thrown(() => setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: '2.5' } as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: -2.5 }))).toBeInstanceOf(RangeError);
    const timeouts: [number, number, null] = [1000, 100, null];
    setDefaultOverrides({ LOCKSMITH_BASE_DEFAULT_TIMEOUTS: timeouts });
    timeouts[0] = 5;
    expect(LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get()).toEqual([1000, 100, null]);
    expect(Object.isFrozen(LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get())).toBe(true);
  });

  it('rejects a non-object (undefined included) with TypeError; names of any case are accepted once', () => {
    for (const bad of [undefined, 1, 'x', [], new Map()]) {
      expect(thrown(() => setDefaultOverrides(bad as never)), String(bad)).toBeInstanceOf(TypeError);
    }
    setDefaultOverrides({ retry_default_tries: 4 } as never);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(4);
    const twice = thrown(() => setDefaultOverrides({ retry_default_tries: 4, RETRY_DEFAULT_TRIES: 5 } as never));
    expect(twice).toBeInstanceOf(RangeError);
    expect((twice as Error).message).toBe("asyncutils.context.setDefaultOverrides: 'retry_default_tries' and 'RETRY_DEFAULT_TRIES' both name RETRY_DEFAULT_TRIES");
  });
});
