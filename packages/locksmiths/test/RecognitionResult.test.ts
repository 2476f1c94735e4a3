import { describe, expect, it } from 'vitest';
import { ForceResult } from '../src/ForceResult.js';
import { RecognitionResult } from '../src/RecognitionResult.js';

describe('RecognitionResult', () => {
  it('check 18: is frozen, lists the four outcomes in order, and every value equals its key', () => {
    expect(Object.isFrozen(RecognitionResult)).toBe(true);
    expect(Object.keys(RecognitionResult)).toEqual(['FAILED_PRELIM', 'FAILED_ACK', 'ALREADY_RECOGNIZED', 'SUCCESS']);
    for (const [key, value] of Object.entries(RecognitionResult)) expect(value).toBe(key);
  });

  it('regression: values do not collide with ForceResult values except the shared SUCCESS', () => {
    // Upstream's IntEnums made ForceResult.ALREADY_BEING_FORCED == RecognitionResult.SUCCESS == 4.
    const force = new Set<string>(Object.values(ForceResult));
    const shared = Object.values(RecognitionResult).filter((v) => force.has(v));
    expect(shared).toEqual(['SUCCESS']);
    expect(RecognitionResult.SUCCESS).not.toBe(ForceResult.ALREADY_BEING_FORCED);
  });
});
