import { describe, expect, it } from 'vitest';
import { ForceResult } from '../src/ForceResult.js';
import { RecognitionResult } from '../src/RecognitionResult.js';
import { succeeded } from '../src/succeeded.js';

describe('succeeded', () => {
  it('check 18: true for SUCCESS, RELEASED and ALREADY_RECOGNIZED; false for everything else', () => {
    for (const yes of ['SUCCESS', 'RELEASED', 'ALREADY_RECOGNIZED']) expect(succeeded(yes)).toBe(true);
    for (const no of ['ALREADY_BEING_FORCED', 'FAILED_ACK', 'UNFORCEABLE', 42, undefined, null, 'success', {}]) {
      expect(succeeded(no)).toBe(false);
    }
  });

  it('classifies every member of both enums', () => {
    const ok = Object.values(ForceResult).filter(succeeded);
    expect(ok).toEqual(['SUCCESS', 'RELEASED']);
    expect(Object.values(RecognitionResult).filter(succeeded)).toEqual(['ALREADY_RECOGNIZED', 'SUCCESS']);
  });

  it('regression: ALREADY_BEING_FORCED is not a success (upstream IntEnum collision accepted it)', () => {
    expect(succeeded(ForceResult.ALREADY_BEING_FORCED)).toBe(false);
  });
});
