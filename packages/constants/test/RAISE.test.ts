import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NO_COALESCE } from '../src/NO_COALESCE.js';
import { RAISE } from '../src/RAISE.js';
import { SentinelBase } from '../src/SentinelBase.js';

describe('RAISE', () => {
  it('check 4: its name members, string form and JSON form', () => {
    expect(RAISE.name).toBe('asyncutils.constants.RAISE');
    expect(String(RAISE)).toBe('asyncutils.constants.RAISE');
    expect(RAISE.name === String(RAISE)).toBe(true);
    expect(RAISE.back).toBe('RAISE');
    expect(RAISE.boundTo).toBe('asyncutils.constants');
    expect(RAISE.module).toBe('asyncutils.constants');
    expect(RAISE.isPrivate).toBe(false);
    expect(RAISE.toJSON()).toBe('asyncutils.constants.RAISE');
    expect(JSON.stringify({ a: RAISE })).toBe('{"a":"asyncutils.constants.RAISE"}');
  });

  it('check 5: is frozen, a SentinelBase, distinct from NO_COALESCE and from every other value', () => {
    expect(Object.isFrozen(RAISE)).toBe(true);
    expect(RAISE).toBeInstanceOf(SentinelBase);
    expect(RAISE).not.toBe(NO_COALESCE);
    for (const other of [undefined, null, 'asyncutils.constants.RAISE', 'RAISE', {}, Symbol.for('RAISE')]) {
      expect(Object.is(RAISE, other)).toBe(false);
    }
  });

  it('check 13 / regression: structuredClone makes a plain copy, not RAISE (identity is not preserved by cloning)', () => {
    const copy: unknown = structuredClone(RAISE);
    expect(copy).not.toBe(RAISE);
    expect(copy).toEqual({});
    expect(copy instanceof SentinelBase).toBe(false);
    expect(JSON.parse(JSON.stringify(RAISE))).toBe(RAISE.name); // the documented way: send the name
  });

  it('inspects as the internal type and its name', () => {
    expect(inspect(RAISE)).toBe("<InternalSentinel 'asyncutils.constants.RAISE'>");
  });
});
