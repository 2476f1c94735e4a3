import {
  Critical,
  Deadlock,
  StateCorrupted,
  VersionConversionError,
  VersionNormalizerFault,
  VersionNormalizerMissing,
  VersionNormalizerTypeError,
} from '@asyncutils/exceptions';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchNormalizer, normalize, normalizeAllowUnimplemented, registerNormalizer, unregisterNormalizer, VersionInfo } from '../src/index.js';

class Box {
  constructor(readonly payload: unknown) {}
}

afterEach(() => {
  unregisterNormalizer(Box);
});

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('normalizeAllowUnimplemented', () => {
  it('step 1: a VersionInfo gives its own frozen parts', () => {
    const v = new VersionInfo(1, 2, 3);
    expect(normalizeAllowUnimplemented(v)).toBe(v.parts);
  });

  it('step 1 wins over a normalizer registered for VersionInfo', () => {
    try {
      registerNormalizer(VersionInfo, () => '9.9.9');
      expect(normalizeAllowUnimplemented(new VersionInfo(1))).toEqual([1, 0, 0]);
    } finally {
      unregisterNormalizer(VersionInfo);
    }
  });

  it('step 2: strings are split on "."; bad pieces give null', () => {
    expect(normalizeAllowUnimplemented('1.2')).toEqual([1, 2, 0]);
    expect(normalizeAllowUnimplemented('1.2.3.4')).toEqual([1, 2, 3]);
    expect(normalizeAllowUnimplemented('1.2.3.x')).toEqual([1, 2, 3]);
    expect(normalizeAllowUnimplemented('')).toBeNull();
    expect(normalizeAllowUnimplemented('1..2')).toBeNull();
    expect(normalizeAllowUnimplemented('v1.2')).toBeNull();
    expect(normalizeAllowUnimplemented('-1.2.3')).toBeNull();
    expect(normalizeAllowUnimplemented('9007199254740992')).toBeNull();
  });

  it('step 3: bigints are packed integers', () => {
    expect(normalizeAllowUnimplemented(66051n)).toEqual([1, 2, 3]);
    expect(normalizeAllowUnimplemented(0n)).toEqual([0, 0, 0]);
    expect(normalizeAllowUnimplemented((300n << 16n) | 0xffffn)).toEqual([300, 255, 255]);
    expect(normalizeAllowUnimplemented(-1n)).toBeNull();
    expect(normalizeAllowUnimplemented(2n ** 80n)).toBeNull();
  });

  it('step 4: numbers by their decimal encoding', () => {
    expect(normalizeAllowUnimplemented(1.5)).toEqual([1, 50, 0]);
    expect(normalizeAllowUnimplemented(3.0104)).toEqual([3, 1, 4]);
    expect(normalizeAllowUnimplemented(2)).toEqual([2, 0, 0]);
    expect(normalizeAllowUnimplemented(-0)).toEqual([0, 0, 0]);
    expect(normalizeAllowUnimplemented(1.23456)).toEqual([1, 23, 46]);
    for (const bad of [-1.5, -0.00001, Number.NaN, Infinity, -Infinity, 1e21, 1e300]) {
      expect(normalizeAllowUnimplemented(bad)).toBeNull();
    }
    expect(normalizeAllowUnimplemented(1e20)).toBeNull(); // integer part above MAX_SAFE_INTEGER
  });

  it('regression: toFixed rounds exact binary ties half-up (Python rounds half-even): 1.03125 → 1.3.13', () => {
    expect(normalizeAllowUnimplemented(1.03125)).toEqual([1, 3, 13]);
  });

  it('step 6: other iterables; bad items give null; a throwing iterator TypeError gives null', () => {
    expect(normalizeAllowUnimplemented([1, '2'])).toEqual([1, 2, 0]);
    expect(normalizeAllowUnimplemented(new Set([4, 5, 6, 7]))).toEqual([4, 5, 6]);
    expect(normalizeAllowUnimplemented(new Map([[1, 2]]))).toBeNull();
    expect(normalizeAllowUnimplemented([1, -2])).toBeNull();
    expect(
      normalizeAllowUnimplemented(
        (function* () {
          yield 1;
          throw new TypeError('broken');
        })(),
      ),
    ).toBeNull();
  });

  it('an iterator throwing a non-conversion error propagates it', () => {
    const boom = new Error('boom');
    expect(
      thrown(() =>
        normalizeAllowUnimplemented(
          (function* () {
            yield 1;
            throw boom;
          })(),
        ),
      ),
    ).toBe(boom);
  });

  it('step 7: booleans, null, undefined, symbols, plain objects, functions give null', () => {
    for (const value of [true, false, null, undefined, Symbol('s'), {}, Object.create(null), () => 1, new Date(0)]) {
      expect(normalizeAllowUnimplemented(value)).toBeNull();
    }
  });

  it('the result is frozen', () => {
    expect(Object.isFrozen(normalizeAllowUnimplemented('1'))).toBe(true);
    expect(Object.isFrozen(normalizeAllowUnimplemented([1]))).toBe(true);
  });

  it('check 18: a normalizer returning null → null, and normalize → VersionNormalizerMissing', () => {
    registerNormalizer(Box, () => null);
    const box = new Box(1);
    expect(normalizeAllowUnimplemented(box)).toBeNull();
    const err = thrown(() => normalize(box));
    expect(err).toBeInstanceOf(VersionNormalizerMissing);
    expect((err as VersionNormalizerMissing).obj).toBe(box);
    unregisterNormalizer(Box);
    registerNormalizer(Box, () => undefined);
    expect(normalizeAllowUnimplemented(box)).toBeNull();
  });

  it('check 18: a normalizer returning 5 → VersionNormalizerTypeError with normalizer and obj (the input)', () => {
    const fn = (): never => 5 as never;
    registerNormalizer(Box, fn);
    const box = new Box(1);
    const err = thrown(() => normalizeAllowUnimplemented(box));
    expect(err).toBeInstanceOf(VersionNormalizerTypeError);
    expect(err).toBeInstanceOf(VersionConversionError);
    expect((err as VersionNormalizerTypeError).normalizer).toBe(fn);
    expect((err as VersionNormalizerTypeError).obj).toBe(box);
    expect(dispatchNormalizer(Box)).toBe(fn); // kept
  });

  it("regression: VersionNormalizerTypeError.obj is the value being normalized, not the normalizer's result", () => {
    const box = new Box('payload');
    registerNormalizer(Box, () => ({ not: 'iterable' }) as never);
    const err = thrown(() => normalize(box)) as VersionNormalizerTypeError;
    expect(err.obj).toBe(box);
    expect(err.message).toContain("for type 'Box'");
  });

  it("check 18 + regression: a normalizer returning '7.8' is parsed as a version (upstream iterated characters)", () => {
    registerNormalizer(Box, (b) => String(b.payload));
    expect(new VersionInfo(new Box('7.8')).toString()).toBe('7.8.0');
    expect(normalizeAllowUnimplemented(new Box('7.x'))).toBeNull();
  });

  it("check 18: a normalizer returning ['x'] → null", () => {
    registerNormalizer(Box, () => ['x']);
    expect(normalizeAllowUnimplemented(new Box(0))).toBeNull();
  });

  it('a normalizer may return any iterable of parts, including a generator or a version', () => {
    registerNormalizer(Box, function* (b) {
      yield b.payload as number;
      yield 1;
    });
    expect(normalize(new Box(3))).toEqual([3, 1, 0]);
    unregisterNormalizer(Box);
    registerNormalizer(Box, () => new VersionInfo(5, 6, 7));
    expect(normalize(new Box(3))).toEqual([5, 6, 7]);
  });

  it('check 18: a throwing normalizer → VersionNormalizerFault (exc and cause are the error), and it is unregistered', () => {
    const e = new Error('boom');
    const fn = (): never => {
      throw e;
    };
    registerNormalizer(Box, fn);
    const box = new Box(1);
    const err = thrown(() => normalizeAllowUnimplemented(box)) as VersionNormalizerFault;
    expect(err).toBeInstanceOf(VersionNormalizerFault);
    expect(err.exc).toBe(e);
    expect(err.cause).toBe(e);
    expect(err.normalizer).toBe(fn);
    expect(err.obj).toBe(box);
    expect(dispatchNormalizer(Box)).toBeUndefined();
    expect(normalizeAllowUnimplemented(box)).toBeNull(); // no normalizer left, not iterable
  });

  it('a throwing normalizer that replaced itself is not removed', () => {
    const replacement = (): string => '1';
    const fn = (): never => {
      unregisterNormalizer(Box);
      registerNormalizer(Box, replacement);
      throw new Error('x');
    };
    registerNormalizer(Box, fn);
    expect(() => normalize(new Box(0))).toThrow(VersionNormalizerFault);
    expect(dispatchNormalizer(Box)).toBe(replacement);
  });

  it('check 18: a normalizer throwing a Deadlock → Critical whose exc is it; the normalizer is kept', () => {
    const d = new Deadlock('stuck');
    const fn = (): never => {
      throw d;
    };
    registerNormalizer(Box, fn);
    const err = thrown(() => normalize(new Box(1))) as Critical;
    expect(err).toBeInstanceOf(Critical);
    expect(err.exc).toBe(d);
    expect(dispatchNormalizer(Box)).toBe(fn);
  });

  it('StateCorrupted and Critical are critical too (a Critical is not wrapped twice)', () => {
    const s = new StateCorrupted('module-internal', 'x');
    registerNormalizer(Box, () => {
      throw s;
    });
    expect((thrown(() => normalize(new Box(1))) as Critical).exc).toBe(s);
    unregisterNormalizer(Box);
    const inner = new Error('inner');
    registerNormalizer(Box, () => {
      throw new Critical(inner);
    });
    expect((thrown(() => normalize(new Box(1))) as Critical).exc).toBe(inner);
  });

  it('a normalizer throwing a TypeError is a fault too (not swallowed as a bad part)', () => {
    registerNormalizer(Box, () => {
      throw new TypeError('mine');
    });
    expect(() => normalizeAllowUnimplemented(new Box(1))).toThrow(VersionNormalizerFault);
  });

  it('the normalizer is called with the value only', () => {
    const calls: unknown[][] = [];
    registerNormalizer(Box, function (this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
      return '1';
    } as never);
    const box = new Box(1);
    normalize(box);
    expect(calls).toEqual([[undefined, box]]);
  });
});
