// The shared internals: messages, argument checks, thenable detection, settling a batch.
import { describe, expect, it, vi } from 'vitest';
import { bool, dur, fnc, int, isThenable, need, opts, report, settleAll, show, sig, timedOut } from '../src/shared.js';
import { deferred, isDomError, rejection } from './support/harness.js';

describe('shared', () => {
  it('show and need build `asyncutils.channels.<api>: <what>, got <value>`', () => {
    expect([show(1), show(true), show('a'), show(null), show(undefined), show({}), show(() => {})]).toEqual(['1', 'true', '"a"', 'null', 'undefined', 'object', 'function']);
    expect(() => need(false, 'X.y', 'v must be good', 5)).toThrow(new TypeError('asyncutils.channels.X.y: v must be good, got 5'));
    expect(() => need(false, 'X.y', 'v must be good', 5, 1)).toThrow(RangeError);
    expect(() => need(false, 'X.y', 'v must be good', '5', 1)).toThrow(RangeError);
    expect(() => need(true, 'X.y', 'never', 5)).not.toThrow();
  });

  it('checks functions, booleans, options, durations and signals', () => {
    expect(() => fnc('A', 'f', 1)).toThrow(TypeError);
    fnc('A', 'f', () => {});
    expect(() => bool('A', 'b', 1)).toThrow(TypeError);
    bool('A', 'b', undefined);
    bool('A', 'b', false);
    expect(opts('A', undefined)).toEqual({});
    const o = { a: 1 };
    expect(opts('A', o)).toBe(o);
    expect(() => opts('A', null as unknown as undefined)).toThrow(TypeError);
    expect(() => opts('A', 3 as unknown as undefined)).toThrow(TypeError);
    expect(dur('A', 't', undefined)).toBeUndefined();
    expect(dur('A', 't', 0)).toBe(0);
    expect(dur('A', 't', Infinity)).toBe(Infinity);
    expect(dur('A', 't', null, true)).toBeNull();
    expect(() => dur('A', 't', null)).toThrow(TypeError);
    expect(() => dur('A', 't', -1)).toThrow(new RangeError('asyncutils.channels.A: t must be >= 0, got -1'));
    expect(() => dur('A', 't', Number.NaN)).toThrow(RangeError);
    expect(() => dur('A', 't', '1')).toThrow(TypeError);
    const s = new AbortController().signal;
    expect(sig('A', s)).toBe(s);
    expect(sig('A', undefined)).toBeUndefined();
    expect(() => sig('A', {})).toThrow(TypeError);
    expect(() => sig('A', null)).toThrow(TypeError);
  });

  it('timedOut, isThenable, report', () => {
    const e = timedOut('A.b', 5);
    expect(isDomError(e, 'TimeoutError')).toBe(true);
    expect(e.message).toBe('asyncutils.channels.A.b: timed out after 5 ms');
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    expect(isThenable(1)).toBe(false);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    report('x');
    expect(spy).toHaveBeenCalledWith('x');
  });

  it('settleAll waits for every entry and rejects with the lowest-index failure', async () => {
    await settleAll([]);
    await settleAll([1, undefined, Promise.resolve(2)]);
    const early = deferred();
    const late = Promise.reject(new Error('late'));
    const all = settleAll([undefined, early.promise, late]);
    early.reject(new Error('first')); // settles after `late`, but comes first in order
    expect(((await rejection(all)) as Error).message).toBe('first');
  });
});

describe('int', () => {
  it('accepts integers >= min (and Infinity when allowed); TypeError for non-numbers, RangeError otherwise', () => {
    int('A', 'n', 'positive', 1, 1);
    int('A', 'n', 'an integer', -5);
    int('A', 'n', 'a positive integer', Infinity, 1, true);
    expect(() => int('A', 'n', 'positive', 0, 1)).toThrow(new RangeError('asyncutils.channels.A: n must be positive, got 0'));
    expect(() => int('A', 'n', 'positive', 1.5, 1)).toThrow(RangeError);
    expect(() => int('A', 'n', 'positive', Infinity, 1)).toThrow(RangeError);
    expect(() => int('A', 'n', 'positive', Number.NaN)).toThrow(RangeError);
    expect(() => int('A', 'n', 'positive', '1')).toThrow(new TypeError('asyncutils.channels.A: n must be positive, got "1"'));
  });
});
