import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { after, sleep } from '../src/sleep.js';
import { flush, listeners, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sleep (internal)', () => {
  it('resolves after the delay, removing its listener', async () => {
    const ctl = new AbortController();
    const p = track(sleep(100, ctl.signal));
    expect(listeners(ctl.signal)).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(p.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(p.state).toBe('fulfilled');
    expect(listeners(ctl.signal)).toBe(0);
  });

  it('rejects with the reason on abort (clearing the timer) or at once when already aborted', async () => {
    const ctl = new AbortController();
    const p = track(sleep(100, ctl.signal));
    ctl.abort('r');
    await flush();
    expect(p.reason).toBe('r');
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners(ctl.signal)).toBe(0);
    await expect(sleep(100, ctl.signal)).rejects.toBe('r');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('re-arms delays longer than setTimeout allows, and cancels', async () => {
    const fn = vi.fn();
    after(0x7fffffff + 10, fn);
    await vi.advanceTimersByTimeAsync(0x7fffffff);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(fn).toHaveBeenCalledOnce();
    const cancel = after(5, fn);
    cancel();
    await vi.advanceTimersByTimeAsync(10);
    expect(fn).toHaveBeenCalledOnce();
    const ok = track(sleep(5));
    await vi.advanceTimersByTimeAsync(5);
    expect(ok.state).toBe('fulfilled');
  });
});
