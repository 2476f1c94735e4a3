// The shared argument checks: messages name the API and the bad value; numbers out of range are RangeErrors.
import { describe, expect, it } from 'vitest';
import { isSignal, need, obj, show, waitOpts } from '../src/check.js';
import { thrown } from './support/harness.js';

describe('check', () => {
  it('need, obj and waitOpts accept good arguments and name bad ones; waitOpts throws the reason of an aborted signal', () => {
    expect(() => need(true, 'api', 'x', 'good', 1)).not.toThrow();
    expect(String(thrown(() => need(false, 'api', 'x', 'an integer', 1.5, true)))).toBe('RangeError: api: x must be an integer, got 1.5');
    expect(String(thrown(() => need(false, 'api', 'x', 'an integer', '1', true)))).toBe('TypeError: api: x must be an integer, got string');
    expect(String(thrown(() => need(false, 'api', 'f', 'a function', 1)))).toBe('TypeError: api: f must be a function, got 1');
    expect(obj('api', undefined)).toEqual({});
    expect(String(thrown(() => obj('api', null as unknown as object)))).toBe('TypeError: api: options must be an object, got null');
    expect(() => waitOpts('api', undefined)).not.toThrow();
    expect(() => waitOpts('api', { timeout: Infinity, signal: new AbortController().signal })).not.toThrow();
    expect(String(thrown(() => waitOpts('api', null as unknown as undefined)))).toBe('TypeError: api: options must be an object, got null');
    expect(String(thrown(() => waitOpts('api', { timeout: -1 })))).toBe('RangeError: api: timeout must be a number of ms >= 0, got -1');
    expect(String(thrown(() => waitOpts('api', { timeout: '5' as unknown as number })))).toBe('TypeError: api: timeout must be a number of ms >= 0, got string');
    expect(String(thrown(() => waitOpts('api', { signal: 'x' as unknown as AbortSignal })))).toBe('TypeError: api: signal must be an AbortSignal, got string');
    const ac = new AbortController();
    ac.abort('why');
    expect(thrown(() => waitOpts('api', { signal: ac.signal }))).toBe('why');
    expect(() => waitOpts('api', { signal: ac.signal }, true)).not.toThrow();
    expect([isSignal(ac.signal), isSignal({}), isSignal(null)]).toEqual([true, false, false]);
    expect(show(1)).toBe(1);
    expect(show(null)).toBe('null');
  });
});
