import { VersionConversionError, VersionError, VersionNormalizerMissing } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';

describe('normalize', () => {
  it('returns the frozen parts', () => {
    expect(normalize('0x10.2')).toEqual([16, 2, 0]);
    expect(normalize(66051n)).toEqual([1, 2, 3]);
    expect(normalize([1, 2])).toEqual([1, 2, 0]);
    expect(Object.isFrozen(normalize('1'))).toBe(true);
  });

  it('throws VersionNormalizerMissing (TypeError, VersionError) with the value as obj', () => {
    for (const bad of ['abc', '', true, {}, null, undefined, -1.5, Infinity]) {
      let err: unknown;
      try {
        normalize(bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(VersionNormalizerMissing);
      expect(err).toBeInstanceOf(TypeError);
      expect(err).toBeInstanceOf(VersionError);
      expect(err).toBeInstanceOf(VersionConversionError);
      expect((err as VersionNormalizerMissing).obj).toBe(bad);
    }
    expect(() => normalize('1.x')).toThrow(
      `attempt to normalize object "1.x" of type 'string' failed since a normalizer has not been registered`,
    );
  });
});
