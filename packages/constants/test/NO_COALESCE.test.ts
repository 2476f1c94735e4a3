import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NO_COALESCE } from '../src/NO_COALESCE.js';
import { RAISE } from '../src/RAISE.js';
import { SentinelBase } from '../src/SentinelBase.js';

describe('NO_COALESCE', () => {
  it('check 4: its name members, string form and JSON form', () => {
    expect(NO_COALESCE.name).toBe('asyncutils.constants.NO_COALESCE');
    expect(String(NO_COALESCE)).toBe('asyncutils.constants.NO_COALESCE');
    expect(NO_COALESCE.back).toBe('NO_COALESCE');
    expect(NO_COALESCE.boundTo).toBe('asyncutils.constants');
    expect(NO_COALESCE.module).toBe('asyncutils.constants');
    expect(NO_COALESCE.isPrivate).toBe(false);
    expect(NO_COALESCE.toJSON()).toBe('asyncutils.constants.NO_COALESCE');
    expect(JSON.stringify({ a: NO_COALESCE })).toBe('{"a":"asyncutils.constants.NO_COALESCE"}');
  });

  it('check 5: is frozen, a SentinelBase and not RAISE', () => {
    expect(Object.isFrozen(NO_COALESCE)).toBe(true);
    expect(NO_COALESCE).toBeInstanceOf(SentinelBase);
    expect(NO_COALESCE).not.toBe(RAISE);
  });

  it('check 13: structuredClone does not preserve identity', () => {
    expect(structuredClone(NO_COALESCE)).not.toBe(NO_COALESCE);
  });

  it('works as the "keep apart" answer of a coalescing function', () => {
    const combine = (a: number, b: number): number | typeof NO_COALESCE => (b - a <= 1 ? b : NO_COALESCE);
    const out: number[] = [];
    let current: number | undefined;
    for (const item of [1, 2, 10, 11, 20]) {
      if (current === undefined) current = item;
      else {
        const merged = combine(current, item);
        if (typeof merged === 'number') current = merged;
        else {
          expect(merged).toBe(NO_COALESCE);
          out.push(current);
          current = item;
        }
      }
    }
    if (current !== undefined) out.push(current);
    expect(out).toEqual([2, 11, 20]);
    expect(inspect(NO_COALESCE)).toBe("<InternalSentinel 'asyncutils.constants.NO_COALESCE'>");
  });
});
