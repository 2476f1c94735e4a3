import { localContext } from '@asyncutils/context';
import { LockMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdvancedRateLimit } from '../src/AdvancedRateLimit.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('AdvancedRateLimit', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 18: capacity 10, tokens 10; ten immediate acquires; the eleventh at 100 ms; 5 tokens 500 ms later', async () => {
    const rl = new AdvancedRateLimit(10);
    expect(rl).toBeInstanceOf(LockMixin);
    expect(rl.rate).toBe(10);
    expect(rl.capacity).toBe(10);
    expect(rl.tokens).toBe(10);
    const first = Array.from({ length: 10 }, () => track(rl.acquire()));
    await flush();
    expect(first.every((t) => t.state === 'fulfilled')).toBe(true);
    const eleventh = track(rl.acquire());
    await vi.advanceTimersByTimeAsync(99);
    expect(eleventh.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(eleventh.state).toBe('fulfilled');
    expect(rl.tokens).toBeCloseTo(0, 9);
    await vi.advanceTimersByTimeAsync(500);
    expect(rl.tokens).toBeCloseTo(5, 9);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(rl.tokens).toBe(10); // capped
  });

  it('check 19: fair mode: no overtaking, and a newcomer waits behind waiters even with tokens available', async () => {
    const rl = new AdvancedRateLimit(10);
    await rl.acquire({ tokens: 10 });
    const order: string[] = [];
    const big = rl.acquire({ tokens: 5 }).then(() => order.push('big'));
    const small = rl.acquire({ tokens: 1 }).then(() => order.push('small'));
    await vi.advanceTimersByTimeAsync(100); // 1 token: enough for small, but big is first
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    await flush();
    expect(order).toEqual(['big']);
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([big, small]);
    expect(order).toEqual(['big', 'small']);

    await vi.advanceTimersByTimeAsync(1000); // full again
    await rl.acquire({ tokens: 10 });
    const head = track(rl.acquire({ tokens: 8 }));
    await vi.advanceTimersByTimeAsync(200); // 2 tokens stored, head needs 8
    const newcomer = track(rl.acquire({ tokens: 1 }));
    expect(rl.tryAcquire(1)).toBe(false);
    await flush();
    expect(newcomer.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(700);
    expect([head.state, newcomer.state]).toEqual(['fulfilled', 'fulfilled']);
  });

  it('check 20: unfair mode: the newest waiter goes first; a newcomer takes available tokens at once', async () => {
    const rl = new AdvancedRateLimit(10, { fair: false });
    await rl.acquire({ tokens: 10 });
    const order: string[] = [];
    const a = rl.acquire({ tokens: 2 }).then(() => order.push('a'));
    const b = rl.acquire({ tokens: 2 }).then(() => order.push('b'));
    await vi.advanceTimersByTimeAsync(200);
    expect(order).toEqual(['b']);
    await vi.advanceTimersByTimeAsync(50); // 0.5 token stored, a still waits for 2
    await expect(rl.acquire({ tokens: 0.5 })).resolves.toBe(true); // takes them even though a waits
    expect(rl.tryAcquire(0.25)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all([a, b]);
    expect(order).toEqual(['b', 'a']);
  });

  it('check 21: tokens outside (0, capacity] reject RangeError; the default token count is contextual', async () => {
    const rl = new AdvancedRateLimit(10);
    await expect(rl.acquire({ tokens: 11 })).rejects.toThrow(RangeError);
    await expect(rl.acquire({ tokens: 0 })).rejects.toThrow(
      'asyncutils.locks.AdvancedRateLimit.acquire: tokens must be a finite number > 0 and <= capacity (10), got 0',
    );
    await expect(rl.acquire({ tokens: Number.NaN })).rejects.toThrow(RangeError);
    await expect(rl.acquire({ tokens: '1' as never })).rejects.toThrow(TypeError);
    expect(rl.tokens).toBe(10);
    await localContext({ ADVANCED_RATE_LIMIT_DEFAULT_TOKENS: 2 }, () => rl.acquire());
    expect(rl.tokens).toBe(8);
    expect(() => rl.tryAcquire(-1)).toThrow(RangeError);
  });

  it('check 21: a timed-out head leaves and the smaller waiter behind it is granted at once if it fits', async () => {
    const rl = new AdvancedRateLimit(1, { capacity: 10 });
    await rl.acquire({ tokens: 8 }); // 2 left
    const head = track(rl.acquire({ tokens: 9, timeout: 50 }));
    const small = track(rl.acquire({ tokens: 2 }));
    await flush();
    expect(small.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(50);
    expect(isDomError(head.reason, 'TimeoutError')).toBe(true);
    expect(small.state).toBe('fulfilled');
    const c = countedController();
    const h2 = track(rl.acquire({ tokens: 5, signal: c.signal }));
    const s2 = track(rl.acquire({ tokens: 0.01 }));
    await vi.advanceTimersByTimeAsync(20); // 0.02 + 0.05 accrued
    c.controller.abort('go away');
    await flush();
    expect(h2.reason).toBe('go away');
    expect(s2.state).toBe('fulfilled');
    expect(c.live()).toBe(0);
  });

  it('check 22: release adds tokens (capped) and wakes a waiter; setRate doubles the speed and raises capacity; locked()', async () => {
    const rl = new AdvancedRateLimit(10);
    expect(rl.locked()).toBe(false);
    await rl.acquire({ tokens: 10 });
    expect(rl.locked()).toBe(true); // tokens < 1
    const w = track(rl.acquire({ tokens: 3 }));
    rl.release(3);
    await flush();
    expect(w.state).toBe('fulfilled');
    rl.release(100);
    expect(rl.tokens).toBe(10);
    await rl.acquire({ tokens: 10 });
    rl.setRate(20);
    expect(rl.rate).toBe(20);
    expect(rl.capacity).toBe(20);
    const w2 = track(rl.acquire({ tokens: 2 }));
    expect(rl.locked()).toBe(true); // a waiter exists
    await vi.advanceTimersByTimeAsync(100);
    expect(w2.state).toBe('fulfilled');
    rl.setRate(5);
    expect(rl.capacity).toBe(20);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rl.tokens).toBeCloseTo(5, 9);
    expect(() => rl.setRate(0)).toThrow(RangeError);
    expect(() => rl.release(-1)).toThrow(/^asyncutils\.locks\.AdvancedRateLimit\.release: tokens must be a finite number >= 0/);
    expect(() => rl.release(Infinity)).toThrow(RangeError);
  });

  it('constructor validation', () => {
    expect(() => new AdvancedRateLimit(0)).toThrow(new RangeError('asyncutils.locks.AdvancedRateLimit: rate must be a finite number > 0, got 0'));
    expect(() => new AdvancedRateLimit(Infinity)).toThrow(RangeError);
    expect(() => new AdvancedRateLimit('5' as never)).toThrow(TypeError);
    expect(() => new AdvancedRateLimit(5, { capacity: -1 })).toThrow(RangeError);
    expect(() => new AdvancedRateLimit(5, { fair: 1 as never })).toThrow(TypeError);
    expect(() => new AdvancedRateLimit(5, 3 as never)).toThrow(TypeError);
    expect(new AdvancedRateLimit(5, { capacity: 2 }).tokens).toBe(2);
  });

  it('regression: waiters are woken by the refill alone (Python never woke them), timeout 0, cancelWaiters, dispose', async () => {
    const rl = new AdvancedRateLimit(2, { capacity: 1 });
    await rl.acquire();
    const w = track(rl.acquire());
    await vi.advanceTimersByTimeAsync(500);
    expect(w.state).toBe('fulfilled');
    expect(isDomError(await rejection(rl.acquire({ timeout: 0 })), 'TimeoutError')).toBe(true);
    const x = track(rl.acquire());
    const y = track(rl.acquire());
    expect(rl.cancelWaiters()).toBe(2);
    await flush();
    expect(isDomError(x.reason, 'AbortError') && isDomError(y.reason, 'AbortError')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const entered = rl.enter({ timeout: 1000 }); // waits 500 ms for a token
    await vi.advanceTimersByTimeAsync(500);
    {
      using _ = await entered; // gives one back at the end
      expect(rl.tokens).toBe(0);
    }
    expect(rl.tokens).toBe(1);
    const pre = new AbortController();
    pre.abort('no');
    await expect(rl.acquire({ signal: pre.signal })).rejects.toBe('no');
  });
});
