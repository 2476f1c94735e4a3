import { isDomError } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armTimer, checkWaitOptions, timeoutError } from '../src/waitOptions.js';
import { thrown } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('wait options', () => {
  it('validate signal and timeout, naming the API', () => {
    const signal = new AbortController().signal;
    expect(checkWaitOptions('api', undefined)).toEqual({ signal: undefined, timeout: Number.POSITIVE_INFINITY });
    expect(checkWaitOptions('api', null)).toEqual({ signal: undefined, timeout: Number.POSITIVE_INFINITY });
    expect(checkWaitOptions('api', { signal, timeout: 5 })).toEqual({ signal, timeout: 5 });
    expect(checkWaitOptions('api', { timeout: Number.POSITIVE_INFINITY }).timeout).toBe(Number.POSITIVE_INFINITY);
    expect((thrown(() => checkWaitOptions('api', { timeout: Number.NaN })) as Error).message).toBe('api: timeout must be a number of ms >= 0, got NaN');
    expect(thrown(() => checkWaitOptions('api', { timeout: -1 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => checkWaitOptions('api', { timeout: '5' }))).toBeInstanceOf(TypeError);
    expect(thrown(() => checkWaitOptions('api', { signal: {} }))).toBeInstanceOf(TypeError);
    expect(thrown(() => checkWaitOptions('api', 5))).toBeInstanceOf(TypeError);
  });

  it('timeoutError is a TimeoutError DOMException', () => {
    const e = timeoutError('api', 5);
    expect(isDomError(e, 'TimeoutError')).toBe(true);
    expect(e.message).toBe('api: timed out after 5 ms');
  });

  it('armTimer fires once after any delay, re-arming past setTimeout limits; clear cancels; unref is optional', async () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    armTimer(2 ** 31 + 100, fn);
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(101);
    expect(fn).toHaveBeenCalledTimes(1);
    const cleared = vi.fn();
    armTimer(10, cleared, true).clear();
    await vi.advanceTimersByTimeAsync(20);
    expect(cleared).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
