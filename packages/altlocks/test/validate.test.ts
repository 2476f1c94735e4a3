import { describe, expect, it, vi } from 'vitest';
import { checkFunction, checkNumber, checkOptions, fail, now } from '../src/validate.js';

describe('fail', () => {
  it('throws a TypeError (or the given class) naming the API, what was expected and the value', () => {
    expect(() => fail('api.X', 'n must be a string', 5)).toThrow(new TypeError('api.X: n must be a string, got 5'));
    expect(() => fail('api.X', 'n must be a string', {})).toThrow(new TypeError('api.X: n must be a string, got <object>'));
    expect(() => fail('api.X', 'n must be positive', -1, RangeError)).toThrow(new RangeError('api.X: n must be positive, got -1'));
  });
});

describe('checkNumber', () => {
  it('accepts numbers in range and returns them', () => {
    expect(checkNumber('api', 'n', 3, true, 1)).toBe(3);
    expect(checkNumber('api', 'n', 0, false, 0)).toBe(0);
    expect(checkNumber('api', 'n', 0.5, false, 0, true)).toBe(0.5);
  });

  it('throws TypeError for non-numbers and RangeError for bad numbers, naming the API and value', () => {
    expect(() => checkNumber('api.X', 'n', '3', true, 1)).toThrow(new TypeError("api.X: n must be an integer >= 1, got '3'"));
    expect(() => checkNumber('api.X', 'n', 0, true, 1)).toThrow(new RangeError('api.X: n must be an integer >= 1, got 0'));
    expect(() => checkNumber('api.X', 'n', 1.5, true, 1)).toThrow(RangeError);
    expect(() => checkNumber('api.X', 'n', Number.NaN, false, 0)).toThrow(RangeError);
    expect(() => checkNumber('api.X', 'n', Infinity, false, 0)).toThrow(RangeError);
    expect(() => checkNumber('api.X', 'n', 0, false, 0, true)).toThrow(new RangeError('api.X: n must be a finite number > 0, got 0'));
  });
});

describe('checkFunction', () => {
  it('returns the function, the fallback for undefined, and throws for anything else', () => {
    const f = (): number => 1;
    const g = (): number => 2;
    expect(checkFunction('api', 'f', f, g)).toBe(f);
    expect(checkFunction('api', 'f', undefined, g)).toBe(g);
    expect(() => checkFunction('api', 'f', null, g)).toThrow(new TypeError('api: f must be a function, got null'));
  });
});

describe('now', () => {
  it('reads performance.now at each call (fake timers installed later apply)', () => {
    vi.useFakeTimers();
    try {
      const a = now();
      vi.advanceTimersByTime(7);
      expect(now() - a).toBe(7);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('checkOptions', () => {
  it('accepts undefined and objects, refuses anything else naming the API', () => {
    expect(checkOptions('api', undefined)).toEqual({});
    const opts = { a: 1 };
    expect(checkOptions('api', opts)).toBe(opts);
    expect(() => checkOptions('api', null as never)).toThrow(new TypeError('api: options must be an object, got null'));
    expect(() => checkOptions('api', 3 as never)).toThrow(TypeError);
  });
});
