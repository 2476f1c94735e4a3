import { describe, expect, it } from 'vitest';
import { checkFinite, checkOptions, checkSignal, checkTimeout, describe as describeValue, timeoutError } from '../src/options.js';

describe('option validation', () => {
  it('describe names the bad value', () => {
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([])).toBe('array');
    expect(describeValue({})).toBe('object');
    expect(describeValue(Object.create(null))).toBe('object');
    expect(describeValue(() => 0)).toBe('function');
    expect(describeValue(1n)).toBe('1');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(Symbol('s'))).toBe('symbol');
  });

  it('checkTimeout: undefined → Infinity, non-negative numbers as given, else RangeError / TypeError', () => {
    expect(checkTimeout('api', undefined)).toBe(Infinity);
    expect(checkTimeout('api', 0)).toBe(0);
    expect(checkTimeout('api', 2.5)).toBe(2.5);
    expect(checkTimeout('api', Infinity)).toBe(Infinity);
    expect(() => checkTimeout('api', -0.1)).toThrow(RangeError);
    expect(() => checkTimeout('api', Number.NaN)).toThrow('api: timeout must be a non-negative number of milliseconds or Infinity, got NaN');
    expect(() => checkTimeout('api', -Infinity)).toThrow(RangeError);
    expect(() => checkTimeout('api', 1n)).toThrow(TypeError);
  });

  it('checkSignal accepts AbortSignals and rejects look-alikes without the API', () => {
    const signal = new AbortController().signal;
    expect(checkSignal('api', signal)).toBe(signal);
    expect(checkSignal('api', undefined)).toBeUndefined();
    expect(() => checkSignal('api', null)).toThrow('api: signal must be an AbortSignal, got null');
    expect(() => checkSignal('api', { aborted: false })).toThrow(TypeError);
    expect(() => checkSignal('api', { addEventListener() {} })).toThrow(TypeError);
  });

  it('checkOptions and checkFinite', () => {
    expect(() => checkOptions('api', undefined)).not.toThrow();
    expect(() => checkOptions('api', {})).not.toThrow();
    expect(() => checkOptions('api', 'x')).toThrow('api: options must be an object, got "x"');
    expect(checkFinite('api', 'priority', -3)).toBe(-3);
    expect(() => checkFinite('api', 'priority', Number.NaN)).toThrow(RangeError);
    expect(() => checkFinite('api', 'rf', undefined)).toThrow('api: rf must be a finite number, got undefined');
  });

  it('timeoutError is a DOMException named TimeoutError', () => {
    const err = timeoutError('asyncutils.rwlocks.X.reading', 7);
    expect(err).toBeInstanceOf(DOMException);
    expect(err.name).toBe('TimeoutError');
    expect(err.message).toBe('asyncutils.rwlocks.X.reading: timed out after 7 ms');
  });
});
