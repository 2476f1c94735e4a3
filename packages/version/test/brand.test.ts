import { describe, expect, it } from 'vitest';
import { brandVersion, brandedParts } from '../src/brand.js';
import type { VersionParts } from '../src/types.js';

describe('brand', () => {
  it('records genuine instances only', () => {
    const parts: VersionParts = Object.freeze([1, 2, 3] as const);
    const obj = {};
    expect(brandedParts(obj)).toBeUndefined();
    brandVersion(obj, parts);
    expect(brandedParts(obj)).toBe(parts);
    expect(brandedParts({ parts })).toBeUndefined();
    expect(brandedParts(null)).toBeUndefined();
    expect(brandedParts('1.2.3')).toBeUndefined();
  });
});
