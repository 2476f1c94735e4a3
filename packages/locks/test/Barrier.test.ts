import { BrokenBarrierError } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Barrier } from '../src/Barrier.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('Barrier', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 15: three waits resolve with ranks 0,1,2 in arrival order; a second round works', async () => {
    const b = new Barrier(3);
    expect(b.parties).toBe(3);
    for (let round = 0; round < 2; round++) {
      const x = track(b.wait());
      const y = track(b.wait());
      await flush();
      expect(b.nWaiting).toBe(2);
      expect(x.state).toBe('pending');
      const z = await b.wait();
      await flush();
      expect([x.value, y.value, z]).toEqual([0, 1, 2]);
      expect(b.nWaiting).toBe(0);
    }
  });

  it('check 15: an aborted waiter leaves (nWaiting drops) and the next three arrivals trip it', async () => {
    const b = new Barrier(3);
    const c = countedController();
    const a = track(b.wait());
    const gone = track(b.wait({ signal: c.signal }));
    expect(b.nWaiting).toBe(2);
    c.controller.abort('left');
    await flush();
    expect(gone.reason).toBe('left');
    expect(b.nWaiting).toBe(1);
    const d = track(b.wait());
    await flush();
    expect(a.state).toBe('pending');
    const e = await b.wait();
    await flush();
    expect([a.value, d.value, e]).toEqual([0, 1, 2]);
    expect(c.live()).toBe(0);
  });

  it('check 15: abort() rejects waiters and later waits with BrokenBarrierError until reset()', async () => {
    const b = new Barrier(2);
    const w = track(b.wait());
    b.abort();
    await flush();
    expect(w.reason).toBeInstanceOf(BrokenBarrierError);
    expect((w.reason as Error).message).toBe('asyncutils.locks.Barrier: barrier is broken');
    expect(b.broken).toBe(true);
    await expect(b.wait()).rejects.toBeInstanceOf(BrokenBarrierError);
    b.reset();
    expect(b.broken).toBe(false);
    const again = track(b.wait());
    await expect(b.wait()).resolves.toBe(1);
    await flush();
    expect(again.value).toBe(0);
  });

  it('reset() rejects current waiters with BrokenBarrierError and empties the round', async () => {
    const b = new Barrier(3);
    const w = track(b.wait());
    b.reset();
    await flush();
    expect(w.reason).toBeInstanceOf(BrokenBarrierError);
    expect((w.reason as Error).message).toBe('asyncutils.locks.Barrier: barrier was reset');
    expect(b.nWaiting).toBe(0);
    expect(b.broken).toBe(false);
  });

  it('timeouts, timeout 0, one party, and bad parties', async () => {
    const b = new Barrier(2);
    const t = track(b.wait({ timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect(b.nWaiting).toBe(0);
    expect(isDomError(await rejection(b.wait({ timeout: 0 })), 'TimeoutError')).toBe(true);
    const first = track(b.wait());
    await expect(b.wait({ timeout: 0 })).resolves.toBe(1); // trips it: immediately available
    await flush();
    expect(first.value).toBe(0);
    await expect(new Barrier(1).wait()).resolves.toBe(0);
    expect(() => new Barrier(0)).toThrow(new RangeError('asyncutils.locks.Barrier: parties must be an integer >= 1, got 0'));
    expect(() => new Barrier('3' as never)).toThrow(TypeError);
    await expect(b.wait({ timeout: -1 })).rejects.toThrow(/^asyncutils\.locks\.Barrier\.wait: timeout/);
  });
});
