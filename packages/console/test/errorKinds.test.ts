import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isInterruption, isMemoryError } from '../src/errorKinds.js';

describe('isMemoryError', () => {
  it('recognises allocation failures from any realm, and nothing else', () => {
    let allocation: unknown;
    try {
      new ArrayBuffer(2 ** 40);
    } catch (error) {
      allocation = error;
    }
    expect(isMemoryError(allocation)).toBe(true);
    expect(isMemoryError(vm.runInNewContext('new RangeError("JavaScript heap out of memory")'))).toBe(true);
    expect(isMemoryError(new RangeError('Invalid array length'))).toBe(false);
    expect(isMemoryError(new TypeError('Array buffer allocation failed'))).toBe(false);
    expect(isMemoryError({ name: 'RangeError', message: 'allocation failed' })).toBe(false);
    expect(isMemoryError(null)).toBe(false);
  });
});

describe('isInterruption', () => {
  it('recognises ERR_SCRIPT_EXECUTION_INTERRUPTED by its code', () => {
    expect(isInterruption(Object.assign(new Error('x'), { code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED' }))).toBe(true);
    expect(isInterruption({ code: 'ERR_OTHER' })).toBe(false);
    expect(isInterruption('ERR_SCRIPT_EXECUTION_INTERRUPTED')).toBe(false);
    expect(isInterruption(undefined)).toBe(false);
  });
});
