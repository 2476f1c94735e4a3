import { describe, expect, it } from 'vitest';
import { dispatchNormalizer, registerNormalizer, unregisterNormalizer } from '../src/index.js';

describe('dispatchNormalizer', () => {
  it('returns the normalizer for a class or an instance, without removing it', () => {
    class T {}
    const f = (): string => '1';
    registerNormalizer(T, f);
    try {
      expect(dispatchNormalizer(T)).toBe(f);
      expect(dispatchNormalizer(new T())).toBe(f);
      expect(dispatchNormalizer(T)).toBe(f);
    } finally {
      unregisterNormalizer(T);
    }
  });

  it('undefined when nothing is registered, and for null/undefined', () => {
    expect(dispatchNormalizer(Map)).toBeUndefined();
    expect(dispatchNormalizer(new Map())).toBeUndefined();
    expect(dispatchNormalizer(null)).toBeUndefined();
    expect(dispatchNormalizer(undefined)).toBeUndefined();
  });
});
