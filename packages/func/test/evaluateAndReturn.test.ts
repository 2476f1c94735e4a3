import { describe, expect, it } from 'vitest';
import { evaluateAndReturn } from '../src/evaluateAndReturn.js';

describe('evaluateAndReturn', () => {
  it('check 4: resolves the fixed value after awaiting f', async () => {
    const calls: unknown[] = [];
    const g = evaluateAndReturn(async (...a: unknown[]) => calls.push(a), 41);
    expect(await g()).toBe(41);
    expect(await evaluateAndReturn(async () => 1, 41)()).toBe(41);
    expect(calls).toEqual([[]]);
    expect(evaluateAndReturn(function named() {}, 0).name).toBe('named');
    await expect(evaluateAndReturn(() => Promise.reject(new TypeError('t')), 1)()).rejects.toThrow(TypeError);
    expect(() => evaluateAndReturn('f' as never, 1)).toThrow(TypeError);
  });
});
