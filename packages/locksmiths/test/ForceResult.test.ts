import { describe, expect, it } from 'vitest';
import { ForceResult } from '../src/ForceResult.js';

describe('ForceResult', () => {
  it('check 18: is frozen, lists the eight outcomes in order, and every value equals its key', () => {
    expect(Object.isFrozen(ForceResult)).toBe(true);
    expect(Object.keys(ForceResult)).toEqual([
      'UNFORCEABLE',
      'NO_CURRENT_TASK',
      'OWNER_COMPLETED',
      'ALREADY_BEING_FORCED',
      'FAILURE',
      'RELEASED_WITH_FALSE',
      'SUCCESS',
      'RELEASED',
    ]);
    for (const [key, value] of Object.entries(ForceResult)) expect(value).toBe(key);
  });

  it('rejects writes (frozen object in strict mode)', () => {
    expect(() => {
      (ForceResult as { SUCCESS: string }).SUCCESS = 'x';
    }).toThrow(TypeError);
    expect(ForceResult.SUCCESS).toBe('SUCCESS');
  });
});
