import { describe, expect, it } from 'vitest';
import { booleanOption, countArg, describe as describeValue, finiteArg, functionOption, optionsOf, signalOption, timeoutOption } from '../../src/internal/validate.js';

describe('internal/validate', () => {
  it('describe shows numbers, strings and other values by type', () => {
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(new Map())).toBe('Map');
    expect(describeValue(Symbol('s'))).toBe('symbol');
  });

  it('optionsOf: undefined gives a frozen empty object; non-objects are TypeErrors', () => {
    expect(Object.isFrozen(optionsOf('f', undefined))).toBe(true);
    const o = { a: 1 };
    expect(optionsOf('f', o)).toBe(o);
    expect(() => optionsOf('f', null)).toThrow('asyncutils.base.f: options must be an object, got null');
    expect(() => optionsOf('f', 'x')).toThrow(TypeError);
  });

  it('booleanOption, countArg, finiteArg, functionOption', () => {
    expect(booleanOption('f', 'b', undefined, false)).toBe(false);
    expect(booleanOption('f', 'b', true, false)).toBe(true);
    expect(() => booleanOption('f', 'b', 0, false)).toThrow('asyncutils.base.f: b must be a boolean, got 0');
    expect(countArg('f', 'n', 0)).toBe(0);
    expect(() => countArg('f', 'n', -0.5)).toThrow(RangeError);
    expect(() => countArg('f', 'n', 1n)).toThrow('asyncutils.base.f: n must be a number, got bigint');
    expect(finiteArg('f', 's', -2.5)).toBe(-2.5);
    expect(() => finiteArg('f', 's', Number.NEGATIVE_INFINITY)).toThrow(RangeError);
    expect(() => finiteArg('f', 's', '1')).toThrow(TypeError);
    const fn = (): void => {};
    expect(functionOption('f', 'cb', fn)).toBe(fn);
    expect(functionOption('f', 'cb', undefined)).toBeUndefined();
    expect(() => functionOption('f', 'cb', {})).toThrow('asyncutils.base.f: cb must be a function, got Object');
  });

  it('signalOption accepts AbortSignal-like objects only; timeoutOption accepts ms >= 0 and Infinity', () => {
    const s = new AbortController().signal;
    expect(signalOption('f', s)).toBe(s);
    expect(signalOption('f', undefined)).toBeUndefined();
    expect(() => signalOption('f', null)).toThrow(TypeError);
    expect(() => signalOption('f', { aborted: false, addEventListener() {} })).toThrow(TypeError);
    expect(timeoutOption('f', undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(timeoutOption('f', 0)).toBe(0);
    expect(timeoutOption('f', Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(() => timeoutOption('f', -1)).toThrow('asyncutils.base.f: timeout must be >= 0 ms, got -1');
    expect(() => timeoutOption('f', Number.NaN)).toThrow(RangeError);
    expect(() => timeoutOption('f', '1')).toThrow(TypeError);
  });
});
