import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settleWithin, timeoutSlot } from '../src/deadline.js';
import { deferred, listenerCounter, state } from './support/helpers.js';

describe('timeoutSlot', () => {
  it('takes the fallback for undefined and maps null and Infinity to no limit', () => {
    expect(timeoutSlot('api', 't', undefined, 100)).toBe(100);
    expect(timeoutSlot('api', 't', undefined, null)).toBeNull();
    expect(timeoutSlot('api', 't', null, 100)).toBeNull();
    expect(timeoutSlot('api', 't', Infinity, 100)).toBeNull();
    expect(timeoutSlot('api', 't', 0, 100)).toBe(0);
    expect(timeoutSlot('api', 't', 2.5, null)).toBe(2.5);
  });

  it('rejects NaN and negative numbers with RangeError and non-numbers with TypeError, naming the API and option', () => {
    expect(() => timeoutSlot('api.x', 'timeout1', NaN, null)).toThrow(new RangeError('api.x: timeout1 must be a non-negative number of milliseconds, got NaN'));
    expect(() => timeoutSlot('api.x', 'timeout2', -1, null)).toThrow(RangeError);
    expect(() => timeoutSlot('api.x', 'timeout2', -Infinity, null)).toThrow(RangeError);
    expect(() => timeoutSlot('api.x', 'timeout3', '5', null)).toThrow(new TypeError('api.x: timeout3 must be a number of milliseconds or null, got string'));
  });
});

describe('settleWithin', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the value and the rejection of the promise through, clearing its timer and listener', async () => {
    const ac = new AbortController();
    const counter = listenerCounter(ac.signal);
    await expect(settleWithin(Promise.resolve(1), 50, ac.signal, () => 'late')).resolves.toBe(1);
    await expect(settleWithin(Promise.reject(new Error('no')), 50, ac.signal, () => 'late')).rejects.toThrow('no');
    expect(vi.getTimerCount()).toBe(0);
    expect(counter.added).toBe(2);
    expect(counter.live).toBe(0);
  });

  it('without a limit and a signal it just adopts the promise (no timer)', async () => {
    const d = deferred<number>();
    const p = settleWithin(d.promise, null, undefined, () => 'late');
    expect(vi.getTimerCount()).toBe(0);
    d.resolve(5);
    await expect(p).resolves.toBe(5);
  });

  it('rejects with onTimeout() at the deadline and not before', async () => {
    const onTimeout = vi.fn(() => new DOMException('late', 'TimeoutError'));
    const p = settleWithin(new Promise<never>(() => {}), 30, undefined, onTimeout);
    await vi.advanceTimersByTimeAsync(29);
    expect(await state(p)).toBe('pending');
    expect(onTimeout).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await state(p)).toEqual({ error: expect.objectContaining({ name: 'TimeoutError' }) });
    expect(onTimeout).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the exact abort reason, at once for an already aborted signal', async () => {
    const reason = { why: 'stop' };
    const ac = new AbortController();
    const counter = listenerCounter(ac.signal);
    const p = settleWithin(new Promise<never>(() => {}), 1000, ac.signal, () => 'late');
    ac.abort(reason);
    await expect(p).rejects.toBe(reason);
    expect(counter.live).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await expect(settleWithin(new Promise<never>(() => {}), 1000, ac.signal, () => 'late')).rejects.toBe(reason);
    expect(counter.added).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unrefs its timer where the runtime supports it', () => {
    const unref = vi.fn();
    const real = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (fn: () => void, ms: number) => Object.assign(real(fn, ms), { unref }));
    void settleWithin(new Promise<never>(() => {}), 10, undefined, () => 'late').catch(() => {});
    expect(unref).toHaveBeenCalledTimes(1);
  });
});
