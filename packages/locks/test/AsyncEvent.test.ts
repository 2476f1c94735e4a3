import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsyncEvent } from '../src/AsyncEvent.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('AsyncEvent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 12: wait() pends until set(); then two waits return the same resolved promise', async () => {
    const ev = new AsyncEvent();
    expect(ev.isSet()).toBe(false);
    const order: number[] = [];
    const a = ev.wait().then(() => order.push(1));
    const b = ev.wait().then(() => order.push(2));
    await flush();
    expect(order).toEqual([]);
    ev.set();
    await Promise.all([a, b]);
    expect(order).toEqual([1, 2]);
    expect(ev.isSet()).toBe(true);
    const p1 = ev.wait();
    const p2 = ev.wait();
    expect(p1).toBe(p2);
    await expect(p1).resolves.toBe(true);
  });

  it('check 12: set(); clear() in one tick still resolves the earlier waiters; clear wakes nobody', async () => {
    const ev = new AsyncEvent();
    const w = track(ev.wait());
    ev.set();
    ev.clear();
    await flush();
    expect(w.state).toBe('fulfilled');
    const later = track(ev.wait());
    ev.clear();
    await flush();
    expect(later.state).toBe('pending');
    ev.set();
    await flush();
    expect(later.state).toBe('fulfilled');
  });

  it('check 12: timeout and abort reject per the conventions', async () => {
    const ev = new AsyncEvent();
    const t = track(ev.wait({ timeout: 20 }));
    await vi.advanceTimersByTimeAsync(20);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe('asyncutils.locks.AsyncEvent.wait: timed out after 20 ms');
    const c = countedController();
    const a = track(ev.wait({ signal: c.signal }));
    c.controller.abort('gone');
    await flush();
    expect(a.reason).toBe('gone');
    expect(c.live()).toBe(0);
    expect(isDomError(await rejection(ev.wait({ timeout: 0 })), 'TimeoutError')).toBe(true);
    await expect(ev.wait({ timeout: -1 })).rejects.toThrow(RangeError);
    const pre = new AbortController();
    pre.abort('pre');
    ev.set();
    await expect(ev.wait({ signal: pre.signal })).rejects.toBe('pre'); // even when set
    await expect(ev.wait({ timeout: 0 })).resolves.toBe(true);
  });
});
