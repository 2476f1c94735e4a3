import { describe, expect, it } from 'vitest';
import { RECIPROCAL_E } from '../src/RECIPROCAL_E.js';

describe('RECIPROCAL_E', () => {
  it('check 1: is exactly 1/e in IEEE doubles, both ways, and equals Math.exp(-1)', () => {
    expect(RECIPROCAL_E).toBe(0.36787944117144233);
    expect(RECIPROCAL_E === 1 / Math.E).toBe(true);
    expect(1 / RECIPROCAL_E === Math.E).toBe(true);
    expect(Math.exp(-1) === RECIPROCAL_E).toBe(true);
  });

  it('is a primitive number (immutable by nature)', () => {
    expect(typeof RECIPROCAL_E).toBe('number');
    expect(Math.round(100 * RECIPROCAL_E)).toBe(37);
  });
});
