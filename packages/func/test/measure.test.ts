import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measure } from '../src/measure.js';
import { later } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('measure', () => {
  it('check 20: resolves [result, elapsed ms] on the fake clock, and uses a custom timer', async () => {
    const p = measure(() => later(30, 'r'));
    await vi.advanceTimersByTimeAsync(30);
    expect(await p).toEqual(['r', 30]);
    expect(await measure(async () => 'r')).toEqual(['r', 0]);
    let t = 0;
    const timer = vi.fn(() => (t += 5));
    expect(await measure(() => 1, { timer })).toEqual([1, 5]);
    expect(timer).toHaveBeenCalledTimes(2);
  });

  it('rejects with the error of f and on bad arguments', async () => {
    const boom = new Error('b');
    await expect(measure(() => Promise.reject(boom))).rejects.toBe(boom);
    await expect(measure(1 as never)).rejects.toThrow(/asyncutils\.func\.measure: f must be a function/);
    await expect(measure(() => 1, { timer: 3 as never })).rejects.toThrow(/timer must be a function/);
    await expect(measure(() => 1, 3 as never)).rejects.toThrow(/options must be an object/);
  });
});
