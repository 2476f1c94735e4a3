import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { VersionCorrupted, VersionError, VersionNormalizerMissing, VersionValueError } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { VersionDelta, VersionInfo } from '../src/index.js';

const v = (...args: Parameters<typeof build>): VersionInfo => build(...args);
function build(major: number, minor: number, patch = 0): VersionInfo {
  return new VersionInfo(major, minor, patch);
}
const parts = (x: unknown): readonly number[] => new VersionInfo(x as string).parts;
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('VersionInfo construction', () => {
  it('check 1: parts, strings, prefixes, whitespace, underscores, extra pieces, leading zeros, no arguments', () => {
    expect(new VersionInfo(1, 2, 3).toString()).toBe('1.2.3');
    expect(parts('1.2')).toEqual([1, 2, 0]);
    expect(parts('0x10.2')).toEqual([16, 2, 0]);
    expect(parts(' 1 . 2')).toEqual([1, 2, 0]);
    expect(parts('1_0.2')).toEqual([10, 2, 0]);
    expect(parts('1.2.3.4')).toEqual([1, 2, 3]);
    expect(parts('1.02.3')).toEqual([1, 2, 3]);
    expect(new VersionInfo(1.9, 2, 0).toString()).toBe('1.2.0');
    expect(new VersionInfo('0x10', '0o7', '0b1').toString()).toBe('16.7.1');
    expect(new VersionInfo().toString()).toBe('0.0.0');
  });

  it('regression: decimal parts with leading zeros are accepted ("1.02.3"; upstream int(x, 0) rejected them)', () => {
    expect(new VersionInfo('01.002.0003').parts).toEqual([1, 2, 3]);
    expect(new VersionInfo('007', '08').parts).toEqual([7, 8, 0]);
  });

  it('regression: new VersionInfo() is 0.0.0 with three parts (upstream built a broken 2-part version)', () => {
    const zero = new VersionInfo();
    expect(zero.parts).toEqual([0, 0, 0]);
    expect(zero.length).toBe(3);
    zero.assertValid();
  });

  it('two arguments pad the patch; arguments after the third are ignored (not converted)', () => {
    expect(new VersionInfo(1, 2).parts).toEqual([1, 2, 0]);
    expect(new VersionInfo(1, 2, 3, {} as never, 'x' as never).parts).toEqual([1, 2, 3]);
    expect(new VersionInfo(true, 2n, '3').parts).toEqual([1, 2, 3]);
  });

  it('check 2: unnormalizable single arguments throw VersionNormalizerMissing (a TypeError and a VersionError)', () => {
    for (const bad of ['abc', '', '-1.2.3', true, {}]) {
      const err = thrown(() => new VersionInfo(bad));
      expect(err).toBeInstanceOf(VersionNormalizerMissing);
      expect(err).toBeInstanceOf(TypeError);
      expect(err).toBeInstanceOf(VersionError);
      expect((err as VersionNormalizerMissing).obj).toBe(bad);
    }
  });

  it('check 2: bad parts throw VersionValueError or TypeError, not VersionNormalizerMissing', () => {
    const negative = thrown(() => new VersionInfo(-1, 0, 0));
    expect(negative).toBeInstanceOf(VersionValueError);
    expect((negative as Error).message).toBe('asyncutils.version.normalize: major, minor and patch should all be positive');
    expect(() => new VersionInfo('x', 0)).toThrow(VersionValueError);
    expect(() => new VersionInfo('x', 0)).toThrow('asyncutils.version.normalize: invalid version part "x"');
    const wrongType = thrown(() => new VersionInfo({} as never, 0));
    expect(wrongType).toBeInstanceOf(TypeError);
    expect(wrongType).not.toBeInstanceOf(VersionNormalizerMissing);
    expect((wrongType as Error).message).toBe('asyncutils.version.normalize: cannot convert Object to a version part');
    expect(() => new VersionInfo(Number.NaN, 0)).toThrow(VersionValueError);
    expect(() => new VersionInfo(0, 2 ** 53)).toThrow(VersionValueError);
    expect(() => new VersionInfo(undefined as never)).toThrow(VersionNormalizerMissing);
  });

  it('check 3: numbers use the decimal encoding, bigints the packed integer', () => {
    expect(new VersionInfo(1.5).toString()).toBe('1.50.0');
    expect(new VersionInfo(2).toString()).toBe('2.0.0');
    expect(new VersionInfo(3.04).toString()).toBe('3.4.0');
    expect(new VersionInfo(1.23456).toString()).toBe('1.23.46');
    expect(() => new VersionInfo(-1.5)).toThrow(VersionNormalizerMissing);
    expect(() => new VersionInfo(Infinity)).toThrow(VersionNormalizerMissing);
    expect(new VersionInfo(66051n).toString()).toBe('1.2.3');
    const w = v(3, 4, 0);
    expect(new VersionInfo(w.toFloat()).equals(w)).toBe(true);
  });

  it('check 4: iterables', () => {
    expect(new VersionInfo([1, 2]).toString()).toBe('1.2.0');
    expect(new VersionInfo([1]).toString()).toBe('1.0.0');
    expect(new VersionInfo(new Set([4, 5, 6, 7])).toString()).toBe('4.5.6');
    let finallyRan = false;
    function* gen(): Generator<number> {
      try {
        yield 1;
        yield 2;
        yield 3;
        throw new Error('pulled a fourth item');
      } finally {
        finallyRan = true;
      }
    }
    expect(new VersionInfo(gen()).toString()).toBe('1.2.3');
    expect(finallyRan).toBe(true);
  });

  it('copying a version', () => {
    const a = v(1, 2, 3);
    const b = new VersionInfo(a);
    expect(b).not.toBe(a);
    expect(b.equals(a)).toBe(true);
  });
});

describe('VersionInfo immutability and tuple protocol', () => {
  it('check 5: frozen, final, indexes, length, iteration, slice, at', () => {
    const w = v(1, 2, 3);
    expect(Object.isFrozen(w)).toBe(true);
    expect(Object.isFrozen(w.parts)).toBe(true);
    expect(() => {
      (w as { major: number }).major = 9;
    }).toThrow(TypeError);
    expect(() => {
      (w as unknown as { parts: number[] }).parts = [0, 0, 0];
    }).toThrow(TypeError);
    class X extends VersionInfo {}
    expect(() => new X(1, 0, 0)).toThrow(new TypeError('cannot subclass asyncutils.version.VersionInfo'));
    expect(w[0]).toBe(w.major);
    expect(w[1]).toBe(w.minor);
    expect(w[2]).toBe(w.patch);
    expect(w.length).toBe(3);
    expect([...w]).toEqual([1, 2, 3]);
    expect(w.slice(0, 2)).toEqual([1, 2]);
    expect(w.slice()).toEqual([1, 2, 3]);
    expect(w.slice(-1)).toEqual([3]);
    expect(w.at(-1)).toBe(w.patch);
    expect(w.at(0)).toBe(1);
    expect(w.at(3)).toBeUndefined();
    expect(w.at(-4)).toBeUndefined();
  });

  it('at/slice reject non-integer indexes', () => {
    expect(() => v(1, 2).at(1.5)).toThrow(new TypeError('asyncutils.version.VersionInfo.at: the index must be an integer, got number 1.5'));
    expect(() => v(1, 2).at('1' as never)).toThrow(TypeError);
    expect(() => v(1, 2).slice(0, Number.NaN)).toThrow(/slice: end must be an integer/);
    expect(() => v(1, 2).slice(null as never)).toThrow(/slice: start must be an integer, got null/);
  });

  it('inspect, toJSON and the primitive conversions', () => {
    const w = v(1, 2, 3);
    expect((w as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')]!()).toBe('VersionInfo(1, 2, 3)');
    expect(inspect(w)).toBe('VersionInfo(1, 2, 3)');
    expect(inspect({ w })).toBe('{ w: VersionInfo(1, 2, 3) }');
    expect(w.toJSON()).toBe('1.2.3');
    expect(`${w}`).toBe('1.2.3');
    expect(String(w)).toBe('1.2.3');
    expect(+w).toBe(66051);
    expect(w[Symbol.toPrimitive]('default')).toBe('1.2.3');
  });
});

describe('VersionInfo comparison', () => {
  it('check 6: equals, lt, sort with the static compare, == and template strings', () => {
    expect(v(1, 2, 3).equals('1.2.3')).toBe(true);
    expect(v(1, 2, 3).equals('1.2')).toBe(false);
    expect(v(1, 2, 0).equals('1.2')).toBe(true);
    expect(v(1, 2, 3).lt('1.10')).toBe(true);
    expect(v(1, 2, 3).equals({})).toBe(false);
    expect(() => v(1, 2, 3).lt({} as never)).toThrow(TypeError);
    expect(() => v(1, 2, 3).lt({} as never)).toThrow('asyncutils.version.VersionInfo: cannot compare with Object');
    expect(['1.10.0', '1.2.0', '1.9.9'].sort(VersionInfo.compare)).toEqual(['1.2.0', '1.9.9', '1.10.0']);
    const w = v(1, 2, 3);
    expect(w == ('1.2.3' as unknown as VersionInfo)).toBe(true);
    expect(`${w}`).toBe('1.2.3');
  });

  it('compare, le, gt, ge against every normalizable kind', () => {
    const w = v(1, 2, 3);
    expect(w.compare('1.2.3')).toBe(0);
    expect(w.compare([1, 2, 4])).toBe(-1);
    expect(w.compare(66050n)).toBe(1);
    expect(w.compare(1.0203)).toBe(0);
    expect(w.compare(v(0, 9, 9))).toBe(1);
    expect(w.le('1.2.3') && w.le('1.2.4') && !w.le('1.2.2')).toBe(true);
    expect(w.gt('1.2') && !w.gt('1.2.3')).toBe(true);
    expect(w.ge('1.2.3') && !w.ge('2')).toBe(true);
    expect(VersionInfo.compare('2.0', [1, 9])).toBe(1);
    expect(() => w.compare('1.x')).toThrow(new TypeError('asyncutils.version.VersionInfo: cannot compare with string "1.x"'));
    expect(() => w.gt(null as never)).toThrow('cannot compare with null');
    expect(() => VersionInfo.compare('x', '1')).toThrow(VersionNormalizerMissing);
  });

  it('relational operators fall back to the packed integer, and throw when it cannot pack', () => {
    const a = v(1, 2, 3);
    const b = v(1, 10, 0);
    expect((a as unknown as number) < (b as unknown as number)).toBe(true);
    expect(() => (a as unknown as number) < (v(1, 256, 0) as unknown as number)).toThrow(RangeError);
  });
});

describe('VersionInfo formatting', () => {
  const w = v(123, 4, 0);
  const table: [string[], string][] = [
    [['x', 'hex'], '0x7b0400'],
    [['o', 'oct'], '0o36602000'],
    [['b', 'bin'], '0b11110110000010000000000'],
    [['d', 'dec'], '8061952'],
    [['0', 'major', 'maj'], '123'],
    [['1', 'minor', 'min'], '4'],
    [['2', 'patch'], '0'],
    [['s', 'short'], 'v123.4'],
    [['l', 'long'], 'asyncutils version 123.4.0'],
    [['a', 'ascii'], '{\x04\x00'],
    [['c', 'chars'], '{\x04\x00'],
    [['t', 'tuple'], '(123, 4, 0)'],
    [['h', 'hash'], '116380397'],
    [['n', 'majmin'], '123.4'],
  ];

  it('check 7: every row of the format table, any case', () => {
    for (const [specs, expected] of table) {
      for (const spec of specs) {
        expect(w.format(spec)).toBe(expected);
        expect(w.format(spec.toUpperCase())).toBe(expected);
      }
    }
    expect(w.format('MAJOR')).toBe('123');
    expect(w.format('zzz')).toBe('123.4.0');
    expect(w.format('')).toBe('123.4.0');
    expect(Number.parseInt(w.format('x'))).toBe(w.toInt());
    expect(
      w
        .format('t')
        .slice(1, -1)
        .split(', ')
        .map((s) => Number(s)),
    ).toEqual([...w.parts]);
    expect(() => v(1, 300, 0).format('x')).toThrow(RangeError);
    expect(() => v(200, 0, 0).format('a')).toThrow(RangeError);
    expect(v(200, 0, 0).format('c')).toBe('\xc8\x00\x00');
  });

  it('regression: format a/c produce characters (upstream raised TypeError on a str subclass)', () => {
    expect(v(65, 66, 67).format('a')).toBe('ABC');
    expect(v(65, 66, 67).format('chars')).toBe('ABC');
    expect(() => v(65, 256, 0).format('c')).toThrow(
      new RangeError("asyncutils.version.VersionInfo.format: part 256 of 65.256.0 is not a character code for 'chars' (must be below 256)"),
    );
  });

  it('short drops trailing zero parts but keeps one', () => {
    expect(v(1, 0, 0).format('s')).toBe('v1');
    expect(v(0, 0, 0).format('s')).toBe('v0');
    expect(v(3, 1, 4).format('s')).toBe('v3.1.4');
    expect(v(3, 0, 4).format('short')).toBe('v3.0.4');
  });

  it('the upstream round trips: hex/oct/bin/dec parse back to toInt()', () => {
    const x = v(7, 8, 9);
    expect(Number(x.format('hex'))).toBe(x.toInt());
    expect(Number(x.format('oct'))).toBe(x.toInt());
    expect(Number(x.format('bin'))).toBe(x.toInt());
    expect(Number(x.format('dec'))).toBe(x.toInt());
    expect(`${x.format('0')}.${x.format('1')}.${x.format('2')}`).toBe(x.toString());
  });

  it('a non-string spec is a TypeError', () => {
    expect(() => w.format(1 as never)).toThrow(new TypeError('asyncutils.version.VersionInfo.format: the spec must be a string, got number 1'));
  });
});

describe('VersionInfo numeric conversions', () => {
  it('check 8: toInt, +v, floor, trunc, ceil, toFloat', () => {
    expect(v(1, 2, 3).toInt()).toBe(66051);
    expect(() => v(1, 256, 0).toInt()).toThrow(RangeError);
    expect(() => v(1, 256, 0).toInt()).toThrow(/cannot pack version 1\.256\.0 into an integer/);
    expect(+new VersionInfo(1, 2, 3)).toBe(66051);
    expect(v(1, 2, 3).floor()).toBe(1);
    expect(v(1, 2, 3).trunc()).toBe(1);
    expect(v(1, 2, 3).ceil()).toBe(2);
    expect(v(1, 0, 0).ceil()).toBe(1);
    expect(v(1, 0, 1).ceil()).toBe(2);
    expect(v(1, 2, 3).toFloat()).toBe(1.0203);
  });

  it('toInt: exact past 32 bits; patch >= 256 or an unsafe result throws', () => {
    expect(v(70000, 1, 2).toInt()).toBe(70000 * 65536 + 258);
    expect(() => v(1, 0, 256).toInt()).toThrow(new RangeError('asyncutils.version.VersionInfo: cannot pack version 1.0.256 into an integer'));
    expect(() => v(2 ** 40, 0, 0).toInt()).toThrow(RangeError);
  });

  it('check 9: round', () => {
    const w = v(1, 2, 3);
    expect(w.round(1).toString()).toBe('1.0.0');
    expect(w.round(2).toString()).toBe('1.2.0');
    expect(w.round().toString()).toBe('1.2.3');
    expect(w.round(3).toString()).toBe('1.2.3');
    expect(w.round(0).toString()).toBe('0.0.0');
    expect(() => w.round(4 as never)).toThrow(RangeError);
    expect(() => w.round(4 as never)).toThrow('asyncutils.version.VersionInfo.round: n must be 0, 1, 2 or 3, got 4');
    expect(() => w.round('1' as never)).toThrow(RangeError);
  });

  it('regression: round(0) is 0.0.0 (upstream built a broken version)', () => {
    const z = v(5, 6, 7).round(0);
    expect(z.parts).toEqual([0, 0, 0]);
    z.assertValid();
  });
});

describe('VersionInfo arithmetic', () => {
  it('check 10: add and sub', () => {
    const w = v(2, 0, 5);
    expect(w.add(3).toString()).toBe('2.0.8');
    expect(w.add(new VersionDelta(1, 1, 1)).toString()).toBe('3.1.6');
    expect(w.sub(10).toString()).toBe('2.0.0');
    expect(w.sub(new VersionDelta(1, 0, 9)).toString()).toBe('1.0.0');
    const delta = w.sub(new VersionInfo(1, 3, 0));
    expect(delta).toBeInstanceOf(VersionDelta);
    expect(delta.toJSON()).toEqual([1, 0, 5]);
    expect(() => w.add(-10)).toThrow(VersionValueError);
    expect(() => w.add(1.5)).toThrow(TypeError);
    expect(() => w.add('1' as never)).toThrow(TypeError);
  });

  it('unsupported operands name the API, the type and the value', () => {
    const w = v(2, 0, 5);
    expect(() => w.add(1.5)).toThrow(new TypeError('asyncutils.version.VersionInfo.add: unsupported operand number 1.5'));
    expect(() => w.add('1' as never)).toThrow('asyncutils.version.VersionInfo.add: unsupported operand string "1"');
    expect(() => w.add(1n as never)).toThrow('unsupported operand bigint 1n');
    expect(() => w.add([1, 0, 0] as never)).toThrow('unsupported operand Array');
    expect(() => w.sub('1.0.0' as never)).toThrow(new TypeError('asyncutils.version.VersionInfo.sub: unsupported operand string "1.0.0"'));
    expect(() => w.sub(Number.NaN)).toThrow(TypeError);
    expect(() => w.sub(Object.create(VersionInfo.prototype) as VersionInfo)).toThrow(TypeError);
  });

  it('add with negative deltas; sub clamps at zero part-wise; a version difference is clamped, not signed', () => {
    expect(v(2, 5, 5).add(new VersionDelta(-1, -5, 0)).toString()).toBe('1.0.5');
    expect(() => v(2, 5, 5).add(new VersionDelta(0, -6))).toThrow(VersionValueError);
    expect(v(2, 5, 5).add(-5).toString()).toBe('2.5.0');
    expect(v(2, 5, 5).sub(-5).toString()).toBe('2.5.10');
    expect(v(1, 0, 0).sub(new VersionDelta(-1, 2, 0)).toString()).toBe('2.0.0');
    expect(v(1, 3, 0).sub(v(2, 0, 5)).toJSON()).toEqual([0, 3, 0]);
    expect(() => v(0, 0, Number.MAX_SAFE_INTEGER).add(1)).toThrow(VersionValueError);
  });

  it('check 11: replaceParts, changeSep, nextPatch, nextMinor, nextMajor', () => {
    const w = v(1, 2, 3);
    expect(w.replaceParts({ minor: 9 }).toString()).toBe('1.9.3');
    expect(w.changeSep('-')).toBe('1-2-3');
    expect(w.nextPatch.toString()).toBe('1.2.4');
    expect(w.nextMinor.toString()).toBe('1.3.0');
    expect(w.nextMajor.toString()).toBe('2.0.0');
  });

  it('replaceParts: null/undefined keep a part; parts are converted; bad input throws', () => {
    const w = v(1, 2, 3);
    expect(w.replaceParts({}).equals(w)).toBe(true);
    expect(w.replaceParts({ major: null, patch: undefined }).toString()).toBe('1.2.3');
    expect(w.replaceParts({ major: '0x10', patch: 0 }).toString()).toBe('16.2.0');
    expect(() => w.replaceParts({ minor: -1 })).toThrow(VersionValueError);
    expect(() => w.replaceParts(null as never)).toThrow(/replaceParts: expected an object of changes, got null/);
    expect(() => w.changeSep(1 as never)).toThrow(/changeSep: the separator must be a string, got number 1/);
  });
});

describe('VersionInfo.compatible', () => {
  it('check 12: tolerances', () => {
    const w = v(1, 2, 3);
    expect(w.compatible('1.5.0')).toBe(true);
    expect(w.compatible('2.2.3')).toBe(false);
    expect(w.compatible('1.5.0', { minTol: 2 })).toBe(false);
    expect(w.compatible('1.5.0', { minTol: 3 })).toBe(true);
    expect(w.compatible('9.9.9', { majTol: null })).toBe(true);
  });

  it('majTol widens the major distance; other is normalized (and may throw); bad tolerances throw', () => {
    const w = v(3, 0, 0);
    expect(w.compatible([1, 0], { majTol: 2 })).toBe(true);
    expect(w.compatible(v(0, 0, 0), { majTol: 2 })).toBe(false);
    expect(() => w.compatible('x')).toThrow(VersionNormalizerMissing);
    expect(() => w.compatible('3', { majTol: '1' as never })).toThrow(/compatible: majTol must be a number or null, got string "1"/);
    expect(() => w.compatible('3', { minTol: Number.NaN })).toThrow(new RangeError('asyncutils.version.VersionInfo.compatible: minTol must not be NaN'));
    expect(() => w.compatible('3', 5 as never)).toThrow(TypeError);
  });
});

describe('VersionInfo hash', () => {
  const vectors: [number, number, number, bigint][] = [
    [0, 0, 0, 1n],
    [0, 0, 1, 0n],
    [0, 1, 0, 2n],
    [1, 0, 0, 4n],
    [1, 2, 0, 16n],
    [1, 2, 3, -17n],
    [3, 1, 4, 94n],
    [123, 4, 0, 116380397n],
    [42, 57005, 48879, -5279852811796001718n],
  ];

  it('check 13: vectors, round trips, fromHash edge cases, format h', () => {
    for (const [a, b, c, h] of vectors) {
      expect(v(a, b, c).hash()).toBe(h);
      expect(VersionInfo.fromHash(h).parts).toEqual([a, b, c]);
    }
    const random = prng(20240601);
    const part = (): number => Math.floor(random() * 2 ** 20);
    for (let i = 0; i < 1000; i++) {
      const x = v(part(), part(), part());
      expect(VersionInfo.fromHash(x.hash()).equals(x)).toBe(true);
    }
    const big = v(42, 57005, 48879);
    expect(VersionInfo.fromHash(big.hash()).equals(big)).toBe(true);
    expect(VersionInfo.fromHash(0n).toString()).toBe('0.0.1');
    expect(VersionInfo.fromHash(1n).toString()).toBe('0.0.0');
    expect(VersionInfo.fromHash(-2n).toString()).toBe('0.1.1');
    expect(VersionInfo.fromHash(2).toString()).toBe('0.1.0');
    expect(() => VersionInfo.fromHash(-1n)).toThrow(VersionValueError);
    expect(() => VersionInfo.fromHash(-1n)).toThrow('hash cannot be -1');
    expect(() => VersionInfo.fromHash(-1)).toThrow(VersionValueError);
    const w = v(7, 7, 7);
    expect(w.format('h')).toBe(String(w.hash()));
  });

  it('hashes are distinct over a grid (perfect hash)', () => {
    const seen = new Set<bigint>();
    for (let a = 0; a < 12; a++) for (let b = 0; b < 12; b++) for (let c = 0; c < 12; c++) seen.add(v(a, b, c).hash());
    expect(seen.size).toBe(12 ** 3);
    expect(seen.has(-1n)).toBe(false);
  });

  it('fromHash: a non-integer is a TypeError, an unsafe number a RangeError, a too-large version a VersionValueError', () => {
    expect(() => VersionInfo.fromHash(1.5)).toThrow(new TypeError('asyncutils.version.VersionInfo.fromHash: the hash must be an integer, got number 1.5'));
    expect(() => VersionInfo.fromHash('1' as never)).toThrow(TypeError);
    expect(() => VersionInfo.fromHash(2 ** 60)).toThrow(RangeError);
    expect(() => VersionInfo.fromHash(2 ** 60)).toThrow(/pass the hash as a bigint/);
    expect(() => VersionInfo.fromHash(2n ** 400n)).toThrow(VersionValueError);
  });
});

describe('VersionInfo shelve', () => {
  const vectors: [VersionInfo, number | undefined, string][] = [
    [v(1, 2, 3), 416219, '5933'],
    [v(0, 0, 0), 416219, '5950'],
    [v(42, 57005, 48879), 416219, '599696d7b8217b0400'],
    [v(1, 2, 3), 1, '00ed'],
    [v(0, 0, 0), 0, '0000'],
    [v(1, 2, 3), 0, '00ef'],
    [v(1, 2, 3), -5, '00e6'],
    [v(1, 2, 3), 123456789, 'cdce8a'],
    [v(1, 2, 3), undefined, '5933'],
  ];

  it('check 14: vectors byte for byte, round trips, bad keys, shared headers', () => {
    for (const [w, key, expected] of vectors) {
      const bytes = w.shelve(key);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(hex(bytes)).toBe(expected);
      expect(VersionInfo.unshelve(fromHex(expected), key).equals(w)).toBe(true);
    }
    expect(VersionInfo.DEFAULT_KEY).toBe(416219);
    const w = v(9, 8, 7);
    for (const key of [0, 1, -5, 416219, 123456789, 2n ** 70n]) {
      expect(VersionInfo.unshelve(w.shelve(key), key).equals(w)).toBe(true);
    }
    expect(() => VersionInfo.unshelve(new VersionInfo(1, 2, 3).shelve(), 1)).toThrow(RangeError);
    expect(() => VersionInfo.unshelve(new VersionInfo(1, 2, 3).shelve(), 1)).toThrow('asyncutils.version.VersionInfo.unshelve: bad key');
    expect(() => VersionInfo.unshelve(new Uint8Array())).toThrow(new RangeError('asyncutils.version.VersionInfo.unshelve: bad key'));
    // Keys 5 and 6 share the header byte 0: decoding with the wrong one gives some version, without error.
    expect(w.shelve(5)[0]).toBe(w.shelve(6)[0]);
    expect(VersionInfo.unshelve(w.shelve(5), 6)).toBeInstanceOf(VersionInfo);
  });

  it('unshelve accepts plain arrays; bad bytes and keys are errors naming the value', () => {
    expect(VersionInfo.unshelve([0x59, 0x33]).toString()).toBe('1.2.3');
    expect(VersionInfo.unshelve({ length: 2, 0: 0x59, 1: 0x33 }).toString()).toBe('1.2.3');
    expect(() => VersionInfo.unshelve([0x59, 256])).toThrow(new RangeError('asyncutils.version.VersionInfo.unshelve: byte 1 must be an integer in [0, 255], got 256'));
    expect(() => VersionInfo.unshelve([0x59, 1.5])).toThrow(RangeError);
    expect(() => VersionInfo.unshelve(['Y' as never])).toThrow(/byte 0 must be a number, got string "Y"/);
    expect(() => VersionInfo.unshelve('5933' as never)).toThrow(TypeError);
    expect(() => VersionInfo.unshelve(null as never)).toThrow(/expected a Uint8Array or an array-like of bytes, got null/);
    expect(() => VersionInfo.unshelve([0x59, 0x33], 1.5)).toThrow(new TypeError('asyncutils.version.VersionInfo.unshelve: the key must be an integer, got number 1.5'));
    expect(() => v(1, 2, 3).shelve('1' as never)).toThrow(/shelve: the key must be an integer, got string "1"/);
  });
});

describe('VersionInfo representation and current version', () => {
  it('check 15: fromRep and representation', () => {
    expect(VersionInfo.fromRep('asyncutils v1.2.3').toString()).toBe('1.2.3');
    const w = v(1, 2, 3);
    expect(w.representation).toBe('asyncutils v1.2.3');
    expect(VersionInfo.fromRep(w.representation).equals(w)).toBe(true);
    expect(VersionInfo.fromRep('4.5').toString()).toBe('4.5.0');
    expect(() => VersionInfo.fromRep('asyncutils vasyncutils v1')).toThrow(VersionNormalizerMissing);
    expect(() => VersionInfo.fromRep(1 as never)).toThrow(new TypeError('asyncutils.version.VersionInfo.fromRep: expected a string, got number 1'));
  });

  it("check 16: getCurrentVersion is this package's version; isCurrentVersion; assertValid", () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const current = VersionInfo.getCurrentVersion();
    expect(current.toString()).toBe(manifest.version);
    expect(VersionInfo.getCurrentVersion()).toBe(current);
    expect(current.isCurrentVersion()).toBe(true);
    expect(current.nextPatch.isCurrentVersion()).toBe(false);
    current.assertValid();
    v(1, 2, 3).assertValid();
    const fake = Object.create(VersionInfo.prototype) as VersionInfo;
    const err = thrown(() => fake.assertValid());
    expect(err).toBeInstanceOf(VersionCorrupted);
    expect((err as VersionCorrupted).obj).toBe(fake);
    expect((err as Error).message).toMatch(/parts: <not present>/);
  });

  it('assertValid fails on objects borrowing the method, even with plausible parts', () => {
    const lookalike = { parts: [1, 2, 3], major: 1, minor: 2, patch: 3, 0: 1, 1: 2, 2: 3, toString: () => '1.2.3' };
    const err = thrown(() => VersionInfo.prototype.assertValid.call(lookalike as never)) as VersionCorrupted;
    expect(err).toBeInstanceOf(VersionCorrupted);
    expect(err.obj).toBe(lookalike);
    expect(() => VersionInfo.prototype.assertValid.call({} as never)).toThrow(VersionCorrupted);
  });
});
