import { describe, expect, it } from 'vitest';
import { checkWait, duration, fail, func, isThenable, noop, optionsObject, show, timeoutError } from '../src/validate.js';

describe('validate (internal)', () => {
  it('show renders values for messages', () => {
    expect([show(1), show('a'), show(null), show(undefined), show(true), show({}), show(() => 1), show(Symbol('s'))]).toEqual([
      '1',
      '"a"',
      'null',
      'undefined',
      'true',
      'object',
      'function',
      'symbol',
    ]);
  });

  it('fail throws the given class with the api, what and value', () => {
    expect(() => fail('api', 'x must be y', 3)).toThrow(new TypeError('api: x must be y, got 3'));
    expect(() => fail('api', 'x must be y', 3, RangeError)).toThrow(RangeError);
  });

  it('duration accepts finite numbers >= 0 (and Infinity when allowed)', () => {
    expect(duration('api', 'ttl', 0)).toBe(0);
    expect(duration('api', 'ttl', Infinity, true)).toBe(Infinity);
    expect(() => duration('api', 'ttl', Infinity)).toThrow('api: ttl must be a finite number of milliseconds >= 0, got Infinity');
    expect(() => duration('api', 'ttl', -1, true)).toThrow('api: ttl must be a number of milliseconds >= 0, got -1');
    expect(() => duration('api', 'ttl', Number.NaN)).toThrow(RangeError);
    expect(() => duration('api', 'ttl', '1')).toThrow(TypeError);
  });

  it('optionsObject, func', () => {
    const o = {};
    expect(optionsObject('api', o)).toBe(o);
    expect(optionsObject('api', undefined)).toBeUndefined();
    expect(() => optionsObject('api', null)).toThrow('api: options must be an object, got null');
    expect(func('api', 'f', noop)).toBe(noop);
    expect(() => func('api', 'f', 1)).toThrow('api: f must be a function, got 1');
    expect(noop()).toBeUndefined();
  });

  it('checkWait validates signal and timeout and throws the reason of an aborted signal', () => {
    expect(() => checkWait('api', undefined)).not.toThrow();
    expect(() => checkWait('api', { timeout: Infinity, signal: new AbortController().signal })).not.toThrow();
    expect(() => checkWait('api', { timeout: -1 })).toThrow(RangeError);
    expect(() => checkWait('api', { signal: { aborted: false } as never })).toThrow('api: signal must be an AbortSignal, got object');
    expect(() => checkWait('api', { signal: null as never })).toThrow(TypeError);
    const ac = new AbortController();
    ac.abort('reason');
    let thrown: unknown;
    try {
      checkWait('api', { signal: ac.signal });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe('reason');
  });

  it('timeoutError and isThenable', () => {
    const e = timeoutError('api', 5);
    expect(e).toBeInstanceOf(DOMException);
    expect([e.name, e.message]).toEqual(['TimeoutError', 'api: timed out after 5 ms']);
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then: () => {} })).toBe(true);
    expect(isThenable(Object.assign(() => {}, { then: () => {} }))).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    expect(isThenable(5)).toBe(false);
  });
});
