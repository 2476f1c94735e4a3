import { errorMatcher } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { matcherOf } from '../src/FuncErrorMatcher.js';

describe('FuncErrorMatcher', () => {
  it('matches classes with instanceof, arrays by any, arrow functions as predicates, and everything when absent', () => {
    expect(matcherOf('api', 'exc', undefined)).toBeUndefined();
    const cls = matcherOf('api', 'exc', TypeError);
    expect(cls?.(new TypeError())).toBe(true);
    expect(cls?.(new RangeError())).toBe(false);
    const list = matcherOf('api', 'exc', [TypeError, RangeError]);
    expect(list?.(new RangeError())).toBe(true);
    expect(list?.(new SyntaxError())).toBe(false);
    expect(matcherOf('api', 'exc', [])?.(new Error())).toBe(false);
    const pred = matcherOf('api', 'exc', (e: unknown) => e === 'x');
    expect(pred?.('x')).toBe(true);
    expect(pred?.('y')).toBe(false);
    const truthy = matcherOf('api', 'exc', ((e: unknown) => (e === 1 ? 'yes' : '')) as never);
    expect(truthy?.(1)).toBe(true);
    const byName = matcherOf('api', 'exc', errorMatcher('AbortError'));
    expect(byName?.(new DOMException('a', 'AbortError'))).toBe(true);
    class Custom extends Error {}
    function Legacy(this: unknown): void {}
    expect(matcherOf('api', 'exc', Custom)?.(new Custom())).toBe(true);
    expect(matcherOf('api', 'exc', Legacy as never)?.(new Error())).toBe(false);
  });

  it('rejects values that are neither classes, matchers nor predicates', () => {
    expect(() => matcherOf('asyncutils.func.retry', 'exc', 'TypeError')).toThrow(
      /asyncutils\.func\.retry: exc must be an error class, an array of error classes or a predicate, got "TypeError"/,
    );
    expect(() => matcherOf('api', 'exc', [TypeError, null])).toThrow(TypeError);
    expect(() => matcherOf('api', 'exc', {})).toThrow(TypeError);
  });
});
