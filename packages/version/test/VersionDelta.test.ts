import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { VersionDelta } from '../src/index.js';

const d = (major?: number, minor?: number, patch?: number): VersionDelta => new VersionDelta(major, minor, patch);

describe('VersionDelta', () => {
  it('check 19: neg, asdict, replace, floor, defaults, make, toString, frozen, final', () => {
    const x = d(1, -2, 3);
    expect(x.neg().toJSON()).toEqual([-1, 2, -3]);
    expect(x.asdict()).toEqual({ major: 1, minor: -2, patch: 3 });
    expect(x.replace({ major: 5 }).toJSON()).toEqual([5, -2, 3]);
    expect(x.floor()).toBe(1);
    expect(d().toJSON()).toEqual([0, 0, 0]);
    expect(d(5).toJSON()).toEqual([5, 0, 0]);
    expect(VersionDelta.make([1, 2, 3]).toJSON()).toEqual([1, 2, 3]);
    expect(() => VersionDelta.make([1, 2])).toThrow(TypeError);
    expect(() => d(1.5)).toThrow(RangeError);
    expect(x.toString()).toBe('VersionDelta(major=1, minor=-2, patch=3)');
    expect(Object.isFrozen(x)).toBe(true);
    expect(() => {
      (x as { major: number }).major = 9;
    }).toThrow(TypeError);
    class Sub extends VersionDelta {}
    expect(() => new Sub(1)).toThrow(new TypeError('cannot subclass asyncutils.version.VersionDelta'));
  });

  it('regression: replace works (upstream _replace raised on duplicate keywords)', () => {
    expect(d(1, 2, 3).replace({ minor: 0, patch: 7 }).toJSON()).toEqual([1, 0, 7]);
    expect(d(1, 2, 3).replace({}).equals(d(1, 2, 3))).toBe(true);
    expect(d(1, 2, 3).replace({ major: undefined }).major).toBe(1);
  });

  it('tuple protocol: fields, indexes, length, iteration, JSON, inspect', () => {
    const x = d(4, -5, 6);
    expect([x.major, x.minor, x.patch]).toEqual([4, -5, 6]);
    expect([x[0], x[1], x[2]]).toEqual([4, -5, 6]);
    expect(x.length).toBe(3);
    expect([...x]).toEqual([4, -5, 6]);
    expect(x.trunc()).toBe(4);
    expect(JSON.stringify({ x })).toBe('{"x":[4,-5,6]}');
    expect(inspect(x)).toBe('VersionDelta(major=4, minor=-5, patch=6)');
    expect(VersionDelta.fields).toEqual(['major', 'minor', 'patch']);
    expect(Object.isFrozen(VersionDelta.fields)).toBe(true);
    expect((x as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')]!()).toBe(x.toString());
  });

  it('neg of zero parts stays +0', () => {
    expect(Object.is(d().neg().major, 0)).toBe(true);
    expect(Object.is(d(-0).major, 0)).toBe(true);
  });

  it('equals: another delta with equal parts only', () => {
    expect(d(1).equals(d(1, 0, 0))).toBe(true);
    expect(d(1).equals(d(1, 0, 1))).toBe(false);
    expect(d(1).equals([1, 0, 0])).toBe(false);
    expect(d(1).equals({ major: 1, minor: 0, patch: 0 })).toBe(false);
  });

  it('bad input: TypeError for a non-number, RangeError for a non-safe-integer, naming the part and value', () => {
    expect(() => new VersionDelta('1' as never)).toThrow(new TypeError('asyncutils.version.VersionDelta: major must be a number, got "1"'));
    expect(() => d(0, Number.NaN)).toThrow(new RangeError('asyncutils.version.VersionDelta: minor must be a safe integer, got NaN'));
    expect(() => d(0, 0, 2 ** 53)).toThrow(RangeError);
    expect(() => d(0, 0, null as never)).toThrow(/patch must be a number, got null/);
    expect(() => d(1).replace({ minor: null as never })).toThrow(TypeError);
    expect(() => d(1).replace(null as never)).toThrow(/VersionDelta.replace: expected an object of changes, got null/);
  });

  it('make: exactly three valid items from any iterable', () => {
    expect(VersionDelta.make(new Set([7, 8, 9])).toJSON()).toEqual([7, 8, 9]);
    expect(() => VersionDelta.make([1, 2, 3, 4])).toThrow(new TypeError('asyncutils.version.VersionDelta.make: expected exactly three parts, got 4'));
    expect(() => VersionDelta.make(5 as never)).toThrow(/make: expected an iterable of three parts, got 5/);
    expect(() => VersionDelta.make(null as never)).toThrow(TypeError);
    expect(() => VersionDelta.make(['1', 2, 3] as never)).toThrow(/make: major must be a number/);
    expect(() => VersionDelta.make([1, 2, 0.5])).toThrow(RangeError);
  });
});
