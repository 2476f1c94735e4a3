import { describe, expect, it } from 'vitest';
import { checkBoolean, checkFunction, checkOptions, checkSignal, checkTimeout, copyName, describe as describeValue, isThenable } from '../src/validate.js';

describe('validate (internal)', () => {
  it('describes values for messages', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(1n)).toBe('1n');
    expect(describeValue(function named() {})).toBe('function named');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(new Map())).toBe('a Map');
    expect(describeValue({})).toBe('an Object');
  });

  it('recognises thenables, tolerating throwing getters', () => {
    expect(isThenable(Promise.resolve())).toBe(true);
    expect(isThenable({ then() {} })).toBe(true);
    const fn = Object.assign(() => 1, { then: () => {} });
    expect(isThenable(fn)).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(null)).toBe(false);
    expect(isThenable(5)).toBe(false);
    const evil = Object.defineProperty({}, 'then', {
      get() {
        throw new Error('no');
      },
    });
    expect(isThenable(evil)).toBe(false);
  });

  it('checks functions, options, booleans, timeouts and signals', () => {
    expect(() => checkFunction('api', 1, 'f')).toThrow(new TypeError('asyncutils.util.api: f must be a function, got 1'));
    expect(() => checkFunction('api', () => 1)).not.toThrow();
    expect(() => checkOptions('api', 5)).toThrow(TypeError);
    expect(() => checkOptions('api', null)).toThrow(/options must be an object, got null/);
    expect(() => checkOptions('api', {})).not.toThrow();
    expect(() => checkOptions('api', undefined)).not.toThrow();
    expect(() => checkBoolean('api', 'yes', 'strict')).toThrow(/strict must be a boolean, got "yes"/);
    expect(() => checkBoolean('api', false, 'strict')).not.toThrow();
    expect(() => checkTimeout('api', NaN)).toThrow(RangeError);
    expect(() => checkTimeout('api', -1)).toThrow(/timeout must be a number >= 0/);
    expect(() => checkTimeout('api', '5')).toThrow(TypeError);
    for (const ok of [undefined, 0, 10, Infinity]) expect(() => checkTimeout('api', ok)).not.toThrow();
    expect(() => checkSignal('api', {})).toThrow(/signal must be an AbortSignal/);
    expect(() => checkSignal('api', null)).toThrow(TypeError);
    expect(() => checkSignal('api', new AbortController().signal)).not.toThrow();
  });

  it('copies a function name and length, tolerating throwing getters', () => {
    const w = copyName(() => 0, function original(_a: number, _b: number) {});
    expect(w.name).toBe('original');
    expect(w.length).toBe(2);
    const weird = new Proxy(() => 0, {
      get() {
        throw new Error('no');
      },
    });
    const v = copyName(function keep() {}, weird);
    expect(v.name).toBe('');
    expect(v.length).toBe(0);
  });
});
