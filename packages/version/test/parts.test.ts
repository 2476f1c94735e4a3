import { VersionError, VersionValueError } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { partsOfIterable, partsOfList } from '../src/parts.js';

const POSITIVE = 'asyncutils.version.normalize: major, minor and patch should all be positive';

describe('part conversion (toPart)', () => {
  it('numbers are truncated towards zero, -0 becomes 0', () => {
    expect(partsOfList([1.9, 2.2, 0.5])).toEqual([1, 2, 0]);
    expect(Object.is(partsOfList([-0, -0.5, 0])[0], 0)).toBe(true);
    expect(Object.is(partsOfList([-0.5, 0])[0], 0)).toBe(true);
  });

  it('non-finite numbers are VersionValueErrors naming the value', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(() => partsOfList([bad, 0])).toThrow(VersionValueError);
    }
    expect(() => partsOfList([Number.NaN])).toThrow('asyncutils.version.normalize: version part NaN is not finite');
  });

  it('bigints and booleans', () => {
    expect(partsOfList([3n, true, false])).toEqual([3, 1, 0]);
    expect(() => partsOfList([2n ** 53n])).toThrow(/version part 9007199254740992n is above Number.MAX_SAFE_INTEGER/);
    expect(partsOfList([2n ** 53n - 1n])).toEqual([Number.MAX_SAFE_INTEGER, 0, 0]);
  });

  it('strings: whitespace, sign, base prefixes in any case, leading zeros, single underscores between digits', () => {
    expect(partsOfList([' 7 ', '+8', '-0'])).toEqual([7, 8, 0]);
    expect(partsOfList(['0x1F', '0O17', '0b101'])).toEqual([31, 15, 5]);
    expect(partsOfList(['0X1', '0o7', '0B1'])).toEqual([1, 7, 1]);
    expect(partsOfList(['007', '1_000', '0xf_f'])).toEqual([7, 1000, 255]);
  });

  it('malformed strings are VersionValueErrors quoting the string', () => {
    for (const bad of ['', ' ', 'abc', '1.5', '1e3', '0x', '0x_1', '1__0', '_1', '1_', '0o8', '0b2', '++1', '1 2', '٣']) {
      const call = (): unknown => partsOfList([bad, 0]);
      expect(call).toThrow(VersionValueError);
      expect(call).toThrow(`asyncutils.version.normalize: invalid version part ${JSON.stringify(bad)}`);
    }
  });

  it('a huge string part is above MAX_SAFE_INTEGER (exact bigint comparison)', () => {
    expect(() => partsOfList(['9007199254740992', 0])).toThrow(/above Number.MAX_SAFE_INTEGER/);
    expect(partsOfList(['9007199254740991', 0])).toEqual([Number.MAX_SAFE_INTEGER, 0, 0]);
    expect(() => partsOfList([1e300, 0])).toThrow(/version part 1e\+300 is above/);
  });

  it('negative parts: VersionValueError (a VersionError and a RangeError) with the upstream message', () => {
    for (const parts of [[-1, 0, 0], [0, '-1'], [0, 0, -5n], ['-0x1', 0]]) {
      const call = (): unknown => partsOfList(parts);
      expect(call).toThrow(POSITIVE);
      expect(call).toThrow(VersionError);
      expect(call).toThrow(RangeError);
    }
  });

  it('conversion errors come before the sign check, as upstream converts every part first', () => {
    expect(() => partsOfList([-1, 'x'])).toThrow('invalid version part "x"');
  });

  it('other types are TypeErrors naming the type', () => {
    expect(() => partsOfList([{}, 0])).toThrow(new TypeError('asyncutils.version.normalize: cannot convert Object to a version part'));
    expect(() => partsOfList([null, 0])).toThrow('cannot convert null to a version part');
    expect(() => partsOfList([Symbol('s'), 0])).toThrow('cannot convert symbol to a version part');
    expect(() => partsOfList([[1], 0])).toThrow('cannot convert Array to a version part');
  });

  it('lists: first three items only (later ones are not converted), missing ones are 0', () => {
    expect(partsOfList([1, 2, 3, {}])).toEqual([1, 2, 3]);
    expect(partsOfList([])).toEqual([0, 0, 0]);
    expect(Object.isFrozen(partsOfList([1]))).toBe(true);
  });

  it('iterables: an iterator is closed after the third item', () => {
    let closed = false;
    let pulled = 0;
    const it: Iterator<number> & Iterable<number> = {
      next: () => ({ value: ++pulled, done: false }),
      return: () => {
        closed = true;
        return { value: undefined, done: true };
      },
      [Symbol.iterator]() {
        return this;
      },
    };
    expect(partsOfIterable(it)).toEqual([1, 2, 3]);
    expect(pulled).toBe(3);
    expect(closed).toBe(true);
    expect(partsOfIterable(new Set([4]))).toEqual([4, 0, 0]);
  });
});
