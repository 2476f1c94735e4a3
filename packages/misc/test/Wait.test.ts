import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wait } from '../src/Wait.js';
import { flush, isDomError, listeners, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Wait (internal)', () => {
  it('settles once: resolve/reject report whether they did', async () => {
    const w = new Wait<number>('api', undefined);
    expect(w.resolve(1)).toBe(true);
    expect(w.resolve(2)).toBe(false);
    expect(w.reject(new Error('late'))).toBe(false);
    expect(await w.promise).toBe(1);
    const x = new Wait<number>('api', {});
    expect(x.reject('no')).toBe(true);
    await expect(x.promise).rejects.toBe('no');
  });

  it('an abort rejects with the reason, removes the listener and calls leave', async () => {
    const ac = new AbortController();
    const leave = vi.fn();
    const w = new Wait<number>('api', { signal: ac.signal, timeout: 100 }, leave);
    const t = track(w.promise);
    expect(listeners(ac.signal)).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    ac.abort('why');
    await flush();
    expect(t.reason).toBe('why');
    expect(leave).toHaveBeenCalledOnce();
    expect(listeners(ac.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(w.resolve(1)).toBe(false);
  });

  it('a timeout rejects with a TimeoutError; timeouts beyond setTimeout\'s limit are re-armed', async () => {
    const leave = vi.fn();
    const long = 0x7fffffff + 1000;
    const w = new Wait<number>('asyncutils.misc.x', { timeout: long }, leave);
    const t = track(w.promise);
    await vi.advanceTimersByTimeAsync(0x7fffffff);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe(`asyncutils.misc.x: timed out after ${long} ms`);
    expect(leave).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a claimed wait ignores aborts and timeouts but can still be settled', async () => {
    const ac = new AbortController();
    const w = new Wait<number>('api', { signal: ac.signal, timeout: 10 });
    w.claim();
    w.claim();
    expect(listeners(ac.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    ac.abort();
    await vi.advanceTimersByTimeAsync(20);
    expect(w.done).toBe(false);
    w.resolve(5);
    expect(await w.promise).toBe(5);
  });

  it('Infinity means no timer', () => {
    const w = new Wait<number>('api', { timeout: Infinity });
    expect(vi.getTimerCount()).toBe(0);
    w.resolve(0);
  });
});
