// The internal timer: any length (re-armed below setTimeout's 2^31 - 1 ms limit), unref'd where possible.
import { firstCompleted } from '../src/firstCompleted.js';
import { track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arm, type TimerTarget } from '../src/timer.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('arm', () => {
  it('fires once after the delay and clears target.timer', async () => {
    const target: TimerTarget = { timer: undefined, onTimer: vi.fn() };
    arm(target, 10);
    expect(target.timer).toBeDefined();
    await vi.advanceTimersByTimeAsync(9);
    expect(target.onTimer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(target.onTimer).toHaveBeenCalledOnce();
    expect(target.timer).toBeUndefined();
  });

  it('outlasts setTimeout’s limit in steps', async () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const target: TimerTarget = { timer: undefined, onTimer: vi.fn() };
    const ms = 2 ** 31 + 5;
    arm(target, ms);
    expect(spy.mock.calls[0]?.[1]).toBe(2 ** 31 - 1);
    await vi.advanceTimersByTimeAsync(ms - 1);
    expect(target.onTimer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(target.onTimer).toHaveBeenCalledOnce();
  });

  it('a race timeout longer than 2^31 - 1 ms does not fire early', async () => {
    const t = track(firstCompleted([new Promise(() => {})], { timeout: 2 ** 32 }));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(t.state).toBe('rejected');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unrefs the timer when the runtime can (Node)', () => {
    vi.useRealTimers();
    const target: TimerTarget = { timer: undefined, onTimer: vi.fn() };
    arm(target, 1_000);
    expect((target.timer as unknown as { hasRef(): boolean }).hasRef()).toBe(false);
    clearTimeout(target.timer);
  });
});
