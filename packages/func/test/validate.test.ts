import { describe, expect, it } from 'vitest';
import { bool, checkWait, count, duration, fail, finite, func, isThenable, named, noop, now, optionsObject, show, signalOf } from '../src/validate.js';

describe('validate (internal)', () => {
  it('shows values in messages', () => {
    expect(show('a')).toBe('"a"');
    expect(show(1)).toBe('1');
    expect(show(null)).toBe('null');
    expect(show(undefined)).toBe('undefined');
    expect(show(true)).toBe('true');
    expect(show(function f() {})).toBe('function f');
    expect(show(() => 1)).toBe('function <anonymous>');
    expect(show({})).toBe('object');
    expect(show(1n)).toBe('bigint');
    expect(() => fail('api', 'x must be y', 3, RangeError)).toThrow(new RangeError('api: x must be y, got 3'));
  });

  it('checks counts, durations, bounded numbers, options, functions, booleans and signals', () => {
    expect(count('api', 'n', 3, 1)).toBe(3);
    expect(() => count('api', 'n', 0, 1)).toThrow(/api: n must be an integer >= 1, got 0/);
    expect(() => count('api', 'n', 101, 0, 100)).toThrow(/n must be an integer from 0 to 100, got 101/);
    expect(() => count('api', 'n', '1', 0)).toThrow(TypeError);
    expect(duration('api', 'd', 0)).toBe(0);
    expect(() => duration('api', 'd', 0, true)).toThrow(/d must be a finite number of milliseconds > 0, got 0/);
    expect(() => duration('api', 'd', -0.5)).toThrow(RangeError);
    expect(() => duration('api', 'd', Infinity)).toThrow(RangeError);
    expect(() => duration('api', 'd', null)).toThrow(TypeError);
    expect(finite('api', 'j', 1, 0, 1)).toBe(1);
    expect(() => finite('api', 'j', 0, 0, 1, true)).toThrow(/j must be a finite number > 0 and <= 1, got 0/);
    expect(() => finite('api', 'j', 'x', 0, 1)).toThrow(TypeError);
    expect(optionsObject('api', undefined)).toBeUndefined();
    expect(() => optionsObject('api', null)).toThrow(/options must be an object, got null/);
    expect(func('api', 'f', noop)).toBe(noop);
    expect(() => func('api', 'f', {})).toThrow(/f must be a function, got object/);
    expect(bool('api', 'b', undefined)).toBeUndefined();
    expect(bool('api', 'b', false)).toBe(false);
    expect(() => bool('api', 'b', 0)).toThrow(/b must be a boolean, got 0/);
    const s = new AbortController().signal;
    expect(signalOf('api', s)).toBe(s);
    expect(signalOf('api', undefined)).toBeUndefined();
    expect(() => signalOf('api', { aborted: false })).toThrow(/signal must be an AbortSignal/);
    expect(() => checkWait('api', undefined)).not.toThrow();
    expect(() => checkWait('api', { timeout: Infinity, signal: s })).not.toThrow();
    expect(() => checkWait('api', { timeout: -1 })).toThrow(RangeError);
  });

  it('recognises thenables, names functions and reads the clock', () => {
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    const g = named(() => 1, 'renamed');
    expect(g.name).toBe('renamed');
    expect(noop()).toBeUndefined();
    expect(typeof now()).toBe('number');
  });
});
