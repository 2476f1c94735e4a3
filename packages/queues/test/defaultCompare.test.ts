// defaultCompare (check 20): Python's `<` for numbers, bigints, strings and tuples.
import { describe, expect, it } from 'vitest';
import { defaultCompare } from '../src/defaultCompare.js';

describe('defaultCompare', () => {
  it('check 20: numbers and bigints mix, strings, arrays like tuples, anything else throws', () => {
    expect(defaultCompare(1, 2n)).toBeLessThan(0);
    expect(defaultCompare(3n, 2)).toBeGreaterThan(0);
    expect(defaultCompare('b', 'a')).toBeGreaterThan(0);
    expect(defaultCompare('a', 'a')).toBe(0);
    expect(defaultCompare([1, 2], [1])).toBeGreaterThan(0);
    expect(defaultCompare([1], [1, 0])).toBeLessThan(0);
    expect(defaultCompare([1, {}], [2, {}])).toBeLessThan(0);
    expect(defaultCompare([1, 'a'], [1, 'a'])).toBe(0);
    expect(defaultCompare(NaN, 1)).toBe(0);
    expect(() => defaultCompare(1, 'a')).toThrow(new TypeError('asyncutils.queues.defaultCompare: cannot order number and string'));
    expect(() => defaultCompare({}, {})).toThrow(/cannot order Object and Object/);
    expect(() => defaultCompare([{}], [{}])).toThrow(TypeError);
  });
});
