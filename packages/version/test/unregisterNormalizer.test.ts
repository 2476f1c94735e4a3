import { describe, expect, it } from 'vitest';
import { dispatchNormalizer, registerNormalizer, unregisterNormalizer } from '../src/index.js';

describe('unregisterNormalizer', () => {
  it('removes and returns the stored normalizer, then undefined', () => {
    class T {}
    const f = (): null => null;
    registerNormalizer(T, f);
    expect(unregisterNormalizer(new T())).toBe(f);
    expect(dispatchNormalizer(T)).toBeUndefined();
    expect(unregisterNormalizer(T)).toBeUndefined();
  });

  it('null, undefined and objects without a type have no normalizer', () => {
    expect(unregisterNormalizer(null)).toBeUndefined();
    expect(unregisterNormalizer(undefined)).toBeUndefined();
    expect(unregisterNormalizer(Object.create(null) as object)).toBeUndefined();
  });
});
