// Internal timers: `after` (never / once / long delays re-armed, unref) and `arm` (timeout or abort, whichever
// comes first, disarmed on every path).
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { after, arm } from '../src/timers.js';

describe('timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after: undefined, null and Infinity arm nothing; a delay fires once; the canceller clears it', async () => {
    const f = vi.fn();
    after(undefined, f)();
    after(null, f);
    after(Infinity, f);
    expect(vi.getTimerCount()).toBe(0);
    after(10, f);
    const stop = after(10, f);
    stop();
    await vi.advanceTimersByTimeAsync(10);
    expect(f).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after: delays beyond setTimeout’s limit are re-armed in steps', async () => {
    const f = vi.fn();
    const max = 0x7fffffff;
    after(max + 5, f);
    await vi.advanceTimersByTimeAsync(max);
    expect(f).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('after: unrefs the timer unless keep', () => {
    const unref = vi.fn();
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation((() => ({ unref })) as unknown as typeof setTimeout);
    after(5, () => {});
    after(5, () => {}, true);
    expect(unref).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('arm: the timeout fires once and removes the listener; abort fires once and clears the timer; disarm does both', async () => {
    const ac = new AbortController();
    const onTime = vi.fn();
    const onAbort = vi.fn();
    arm(5, ac.signal, onTime, onAbort);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5);
    expect(onTime).toHaveBeenCalledTimes(1);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);

    arm(5, ac.signal, onTime, onAbort);
    ac.abort('why');
    expect(onAbort).toHaveBeenCalledWith('why');
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);

    const ac2 = new AbortController();
    const off = arm(5, ac2.signal, onTime, onAbort);
    off();
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(ac2.signal, 'abort')).toHaveLength(0);
    arm(undefined, undefined, onTime, onAbort)();
    expect(onTime).toHaveBeenCalledTimes(1);
    expect(onAbort).toHaveBeenCalledTimes(1);
  });
});
