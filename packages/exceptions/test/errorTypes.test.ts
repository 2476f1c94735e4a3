import { describe, expect, it } from 'vitest';
import { AnyError } from '../src/categories.js';
import { errorMatcher } from '../src/errorMatcher.js';
import { errorTypeName, isErrorMatcher, isErrorType, isIterableObject, matchesAny, toErrorTypes } from '../src/errorTypes.js';

describe('error type helpers', () => {
  it('isErrorType accepts functions and objects with a callable Symbol.hasInstance', () => {
    expect(isErrorType(RangeError)).toBe(true);
    expect(isErrorType(AnyError)).toBe(true);
    expect(isErrorType({ [Symbol.hasInstance]: 1 })).toBe(false);
    expect(isErrorType(42)).toBe(false);
    expect(isErrorType(null)).toBe(false);
    expect(isErrorType(new Proxy({}, { get: () => { throw new Error('trap'); } }))).toBe(false);
    expect(isErrorMatcher(AnyError)).toBe(true);
    expect(isErrorMatcher(RangeError)).toBe(false);
  });

  it('toErrorTypes takes one type or an iterable, drops duplicates and rejects the rest', () => {
    expect(toErrorTypes(RangeError, 'api')).toEqual([RangeError]);
    expect(toErrorTypes(new Set([RangeError, TypeError]), 'api')).toEqual([RangeError, TypeError]);
    expect(toErrorTypes([TypeError, RangeError, TypeError], 'api')).toEqual([TypeError, RangeError]);
    expect(() => toErrorTypes([42], 'api')).toThrow(new TypeError('api: 42 is not an error type'));
    expect(() => toErrorTypes('RangeError', 'api')).toThrow(new TypeError('api: "RangeError" is not an error type'));
    expect(() => toErrorTypes(42, 'api')).toThrow(TypeError);
  });

  it('isIterableObject, matchesAny and errorTypeName', () => {
    expect(isIterableObject([])).toBe(true);
    expect(isIterableObject('abc')).toBe(false);
    expect(isIterableObject(new Proxy({}, { get: () => { throw new Error('trap'); } }))).toBe(false);
    expect(matchesAny(new RangeError(), [TypeError, RangeError])).toBe(true);
    expect(matchesAny(new Error(), [TypeError, RangeError])).toBe(false);
    expect(errorTypeName(RangeError)).toBe('RangeError');
    expect(errorTypeName(errorMatcher('X'))).toBe('X');
    expect(errorTypeName({ name: 5, [Symbol.hasInstance]: () => true } as never)).toBe('<Object>');
  });
});
