import { describe, expect, it } from 'vitest';
import { CRITICAL, isCritical } from '../src/CRITICAL.js';
import { Critical, Deadlock, StateCorrupted } from '../src/errors/critical.js';

describe('CRITICAL', () => {
  it('check 16: is frozen and equals [Critical, StateCorrupted, Deadlock]', () => {
    expect(Object.isFrozen(CRITICAL)).toBe(true);
    expect(CRITICAL).toEqual([Critical, StateCorrupted, Deadlock]);
    expect(() => {
      (CRITICAL as unknown as unknown[]).push(Error);
    }).toThrow(TypeError);
  });

  it('isCritical matches instances of the three classes only', () => {
    expect(isCritical(new Critical(1))).toBe(true);
    expect(isCritical(new Deadlock())).toBe(true);
    expect(isCritical(new StateCorrupted('a', 'b'))).toBe(true);
    expect(isCritical(new Error())).toBe(false);
    expect(isCritical('Deadlock')).toBe(false);
  });
});
