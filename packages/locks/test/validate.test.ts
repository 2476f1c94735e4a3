import { describe, expect, it } from 'vitest';
import { badPriority, integer, positive, repr } from '../src/validate.js';

class Owner {
  static readonly qualname = 'test.Owner';
}

describe('validate', () => {
  it('integer: TypeError for non-numbers, RangeError below the minimum or fractional', () => {
    const o = new Owner();
    expect(integer(o, 'value', 0)).toBe(0);
    expect(integer(o, 'parties', 3, 1)).toBe(3);
    expect(() => integer(o, 'value', '1')).toThrow(new TypeError('test.Owner: value must be a non-negative integer, got string'));
    expect(() => integer(o, 'value', -1)).toThrow(new RangeError('test.Owner: value must be a non-negative integer, got -1'));
    expect(() => integer(o, 'parties', 0, 1)).toThrow(new RangeError('test.Owner: parties must be an integer >= 1, got 0'));
    expect(() => integer(o, 'value', Infinity)).toThrow(RangeError);
  });

  it('positive: finite and > 0', () => {
    const o = new Owner();
    expect(positive(o, 'rate', 0.5)).toBe(0.5);
    expect(() => positive(o, 'rate', 0)).toThrow(RangeError);
    expect(() => positive(o, 'rate', Infinity)).toThrow(RangeError);
    expect(() => positive(o, 'rate', null)).toThrow(new TypeError('test.Owner: rate must be a finite number > 0, got null'));
  });

  it('badPriority: finite numbers only', () => {
    const o = new Owner();
    expect(badPriority(o, 'acquire', undefined)).toBeUndefined();
    expect(badPriority(o, 'acquire', -3.5)).toBeUndefined();
    expect(badPriority(o, 'acquire', Number.NaN)).toEqual(new RangeError('test.Owner.acquire: priority must be a finite number, got NaN'));
    expect(badPriority(o, 'acquire', '1')).toBeInstanceOf(TypeError);
  });

  it('repr: strings quoted, others through String, unprintable by type', () => {
    expect(repr('d')).toBe("'d'");
    expect(repr(3)).toBe('3');
    expect(repr(Symbol('s'))).toBe('Symbol(s)');
    expect(repr(Object.create(null))).toBe('object');
  });
});
