import { getEventListeners } from 'node:events';
import { flush, track } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sleepForever } from '../src/index.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('sleepForever', () => {
  it('check 22: stays pending after a day of fake time, and keeps no timer', async () => {
    vi.useFakeTimers();
    const sleeping = track(sleepForever());
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(sleeping.state).toBe('pending');
    const withSignal = track(sleepForever({ signal: new AbortController().signal }));
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(withSignal.state).toBe('pending');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 22: rejects with the exact reason when the signal aborts later, removing its listener', async () => {
    const controller = new AbortController();
    const sleeping = track(sleepForever({ signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await flush();
    expect(sleeping.state).toBe('pending');
    const reason = { why: 'shutdown' };
    controller.abort(reason);
    await flush();
    expect(sleeping.state).toBe('rejected');
    expect(sleeping.reason).toBe(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('check 22: an already-aborted signal rejects at once, without adding a listener', async () => {
    const controller = new AbortController();
    const reason = new Error('already');
    controller.abort(reason);
    const add = vi.spyOn(controller.signal, 'addEventListener');
    await expect(sleepForever({ signal: controller.signal })).rejects.toBe(reason);
    expect(add).not.toHaveBeenCalled();
  });

  it('timeout rejects with a TimeoutError and leaves no timer or listener', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const sleeping = track(sleepForever({ signal: controller.signal, timeout: 50 }));
    await vi.advanceTimersByTimeAsync(50);
    expect(sleeping.state).toBe('rejected');
    expect((sleeping.reason as DOMException).name).toBe('TimeoutError');
    expect((sleeping.reason as DOMException).message).toBe('asyncutils.base.sleep_forever: timed out after 50 ms');
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const aborted = track(sleepForever({ signal: controller.signal, timeout: 50 }));
    controller.abort('x');
    await flush();
    expect(aborted.reason).toBe('x');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('returns a new promise on every call', () => {
    expect(sleepForever()).not.toBe(sleepForever());
  });

  it('rejects bad options', async () => {
    await expect(sleepForever(1 as never)).rejects.toThrow(/asyncutils\.base\.sleep_forever: options must be an object, got 1/);
    await expect(sleepForever({ signal: 'x' as never })).rejects.toThrow(/signal must be an AbortSignal, got "x"/);
    await expect(sleepForever({ timeout: -5 })).rejects.toThrow(RangeError);
    await expect(sleepForever({ timeout: null as never })).rejects.toThrow(/timeout must be a number of ms, got null/);
  });

  it('leak: 100 000 aborted sleeps (one controller per 1000) leave no listener and no timer', async () => {
    vi.useFakeTimers();
    for (let batch = 0; batch < 100; batch++) {
      const controller = new AbortController();
      const sleeps: Promise<unknown>[] = [];
      for (let i = 0; i < 1000; i++) sleeps.push(sleepForever({ signal: controller.signal, timeout: 10_000 }).catch((e: unknown) => e));
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1000);
      controller.abort(batch);
      const reasons = await Promise.all(sleeps);
      expect(reasons.every((r) => r === batch)).toBe(true);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
    expect(vi.getTimerCount()).toBe(0);
  });
});
