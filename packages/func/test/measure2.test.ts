import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measure2 } from '../src/measure2.js';
import { later } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('measure2', () => {
  it('check 20: resolves only the elapsed ms, with the default or a custom clock', async () => {
    const p = measure2(() => later(45, 'x'));
    await vi.advanceTimersByTimeAsync(45);
    expect(await p).toBe(45);
    const ticks = [100, 142];
    expect(await measure2(() => 0, { timer: () => ticks.shift() as number })).toBe(42);
    await expect(measure2(() => Promise.reject(new TypeError('t')))).rejects.toThrow(TypeError);
    await expect(measure2(null as never)).rejects.toThrow(/asyncutils\.func\.measure2: f must be a function/);
  });
});
