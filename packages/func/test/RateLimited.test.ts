import { RateLimitExceeded } from '@asyncutils/exceptions';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimited } from '../src/RateLimited.js';
import { clock, flush, isDomError, listeners, record, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A function recording the fake time of each start (relative to t0) and returning its argument. */
function starts(): { f: (x?: unknown) => unknown; at: number[]; t0: number } {
  const t0 = clock();
  const at: number[] = [];
  return { f: (x?: unknown) => (at.push(clock() - t0), x), at, t0 };
}

/** Whether no window of `period` ms holds more than `calls` of the sorted start times. */
function windowHolds(at: readonly number[], calls: number, period: number): boolean {
  for (let i = calls; i < at.length; i++) if ((at[i] as number) - (at[i - calls] as number) < period) return false;
  return true;
}

describe('RateLimited', () => {
  it('check 23: raises the event with [fname, calls, period]; a vetoing hook makes the constructor throw', () => {
    function fetchIt(): void {}
    {
      using rec = record('asyncutils.func.RateLimited');
      const rl = new RateLimited(fetchIt, 2, 1000);
      expect(rl).toBeInstanceOf(RateLimited);
      expect(rec.calls).toEqual([['fetchIt', 2, 1000]]);
      new RateLimited(() => 1, 1, 2.5);
      expect(rec.calls[1]).toEqual(['<anonymous>', 1, 2.5]);
    }
    const veto = new Error('denied');
    using _veto = record('asyncutils.func.RateLimited', veto);
    const lockImpl = vi.fn(() => ({ acquire: async () => true, release: () => {}, locked: () => false }));
    expect(() => new RateLimited(fetchIt, 2, 1000, { lockImpl })).toThrow(veto);
    expect(lockImpl).not.toHaveBeenCalled();
  });

  it('check 23: calls 0 and period 0 throw RangeError; other bad arguments throw before the event', () => {
    using rec = record('asyncutils.func.RateLimited');
    const f = (): void => {};
    expect(() => new RateLimited(f, 0, 1000)).toThrow(RangeError);
    expect(() => new RateLimited(f, 2, 0)).toThrow(RangeError);
    expect(() => new RateLimited(f, 2, 0)).toThrow(/asyncutils\.func\.RateLimited: period must be a finite number of milliseconds > 0, got 0/);
    expect(() => new RateLimited(f, 1.5, 10)).toThrow(/calls must be an integer >= 1, got 1\.5/);
    expect(() => new RateLimited(f, 2, Infinity)).toThrow(RangeError);
    expect(() => new RateLimited(f, '2' as never, 10)).toThrow(TypeError);
    expect(() => new RateLimited(1 as never, 2, 10)).toThrow(/f must be a function/);
    expect(() => new RateLimited(f, 2, 10, { raise: 1 as never })).toThrow(/raise must be a boolean/);
    expect(() => new RateLimited(f, 2, 10, { timer: 1 as never })).toThrow(/timer must be a function/);
    expect(() => new RateLimited(f, 2, 10, { lockImpl: 1 as never })).toThrow(/lockImpl must be a function/);
    expect(() => new RateLimited(f, 2, 10, 1 as never)).toThrow(/options must be an object/);
    expect(() => RateLimited.decorator(0, 10)).toThrow(RangeError);
    expect(() => RateLimited.decorator(1, 10, 'x' as never)).toThrow(TypeError);
    expect(rec.calls).toEqual([]);
  });

  it('check 24: five immediate calls start at 0, 0, 1000, 1000, 2000 ms', async () => {
    const { f, at } = starts();
    const rl = new RateLimited(f, 2, 1000);
    const all = Promise.all([1, 2, 3, 4, 5].map((x) => rl.call(x)));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await all).toEqual([1, 2, 3, 4, 5]);
    expect(at).toEqual([0, 0, 1000, 1000, 2000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 24: no 1000 ms window ever holds more than 2 starts, also when calls arrive while others wait', async () => {
    const { f, at } = starts();
    const rl = new RateLimited(f, 2, 1000);
    const calls: Promise<unknown>[] = [];
    for (const t of [0, 100, 300, 900, 950, 1100, 1500, 2050, 2051, 2052, 4000]) {
      calls.push(new Promise((r) => setTimeout(r, t)).then(() => rl.call()));
    }
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    expect(at).toHaveLength(11);
    expect(windowHolds(at, 2, 1000)).toBe(true);
  });

  it('check 25: raise: the third call in the window rejects RateLimitExceeded; repeatCall calls f with the same arguments', async () => {
    const seen: number[][] = [];
    const f = function work(a: number, b: number): number {
      seen.push([a, b]);
      return a + b;
    };
    const rl = new RateLimited(f, 2, 1000, { raise: true });
    expect(await rl.call(1, 2)).toBe(3);
    expect(await rl.call(3, 4)).toBe(7);
    const err = await rl.call(5, 6).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitExceeded);
    expect((err as Error).message).toMatch(/rate limit of 2 calls in 1000 ms exceeded by 1 calls/);
    expect((err as Error).message).toBe('asyncutils.func.RateLimited: rate limit of 2 calls in 1000 ms exceeded by 1 calls when calling work');
    expect(seen).toHaveLength(2);
    expect(await (err as RateLimitExceeded<[number, number], number>).repeatCall()).toBe(11);
    expect(seen.at(-1)).toEqual([5, 6]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await rl.call(1, 1)).toBe(2); // the window slid: admitted again
  });

  it('check 26: callWith({timeout: 100}) rejects TimeoutError at 100 ms; the next queued call is admitted at the normal time', async () => {
    const { f, at } = starts();
    const rl = new RateLimited(f, 1, 1000);
    await rl.call('first');
    const timed = track(rl.callWith({ timeout: 100 }, 'timed'));
    const next = track(rl.call('next'));
    await vi.advanceTimersByTimeAsync(99);
    expect(timed.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(timed.state).toBe('rejected');
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    expect((timed.reason as Error).message).toMatch(/^asyncutils\.func\.RateLimited\.callWith: timed out after 100 ms/);
    await vi.advanceTimersByTimeAsync(899);
    expect(next.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(next.value).toBe('next');
    expect(at).toEqual([0, 1000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 26: an aborted signal rejects with its reason, at once or while waiting, consuming no slot', async () => {
    const { f, at } = starts();
    const rl = new RateLimited(f, 1, 1000);
    const already = AbortSignal.abort('already');
    await expect(rl.callWith({ signal: already }, 'x')).rejects.toBe('already');
    await expect(rl.callWith({ signal: already, timeout: 50 }, 'x')).rejects.toBe('already');
    expect(at).toEqual([]);
    await rl.call('first');
    const ctl = new AbortController();
    const waiting = track(rl.callWith({ signal: ctl.signal }, 'w'));
    const queued = track(rl.callWith({ signal: ctl.signal, timeout: 5000 }, 'q')); // waits for the admission lock
    const last = track(rl.call('last'));
    await vi.advanceTimersByTimeAsync(300);
    expect(listeners(ctl.signal)).toBe(2);
    ctl.abort('gone');
    await flush();
    expect(waiting.reason).toBe('gone');
    expect(queued.reason).toBe('gone');
    expect(listeners(ctl.signal)).toBe(0);
    await vi.advanceTimersByTimeAsync(700);
    expect(last.value).toBe('last');
    expect(at).toEqual([0, 1000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('callWith succeeds within the timeout, with Infinity, and validates its options', async () => {
    const rl = new RateLimited((x: number) => x * 2, 1, 100);
    expect(await rl.callWith({ timeout: 10 }, 1)).toBe(2);
    const p = rl.callWith({ timeout: 500, signal: new AbortController().signal }, 2);
    await vi.advanceTimersByTimeAsync(100);
    expect(await p).toBe(4);
    const q = rl.callWith({ timeout: Infinity }, 3);
    await vi.advanceTimersByTimeAsync(100);
    expect(await q).toBe(6);
    expect(vi.getTimerCount()).toBe(0);
    await expect(rl.callWith({ timeout: -1 }, 1)).rejects.toThrow(/asyncutils\.func\.RateLimited\.callWith: timeout must be a finite number of milliseconds >= 0, got -1/);
    await expect(rl.callWith({ timeout: NaN }, 1)).rejects.toThrow(RangeError);
    await expect(rl.callWith({ timeout: '1' as never }, 1)).rejects.toThrow(TypeError);
    await expect(rl.callWith({ signal: {} as never }, 1)).rejects.toThrow(/signal must be an AbortSignal/);
    await expect(rl.callWith(5 as never, 1)).rejects.toThrow(/options must be an object/);
  });

  it('check 27: decorator returns a RateLimited; fn is stable, named like f, forwards this and arguments; toString', async () => {
    using rec = record('asyncutils.func.RateLimited');
    const dec = RateLimited.decorator(2, 1000);
    function scale(this: { k: number }, x: number): number {
      return this.k * x;
    }
    const rl = dec(scale);
    expect(rl).toBeInstanceOf(RateLimited);
    expect(rec.calls).toEqual([['scale', 2, 1000]]);
    expect(rl.fn).toBe(rl.fn);
    expect(rl.fn.name).toBe('scale');
    const obj = { k: 3, m: rl.fn };
    expect(await obj.m(5)).toBe(15);
    expect(String(rl)).toMatch(/^asyncutils\.func\.RateLimited\(/);
    expect(rl.toString()).toBe('asyncutils.func.RateLimited(scale, 2, 1000 ms, raise=false)');
    expect(String(RateLimited.decorator(1, 5, { raise: true })(() => 1))).toBe('asyncutils.func.RateLimited(<anonymous>, 1, 5 ms, raise=true)');
    const self: unknown[] = [];
    const r2 = new RateLimited(function (this: unknown) {
      self.push(this);
    }, 5, 10);
    await r2.call();
    expect(self).toEqual([r2]);
  });

  it('only starts are limited: admitted calls overlap; errors of f reject the call', async () => {
    let active = 0;
    let maxActive = 0;
    const rl = new RateLimited(async () => {
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 5000));
      active--;
    }, 3, 100);
    const all = Promise.all([rl.call(), rl.call(), rl.call(), rl.call()]);
    await vi.advanceTimersByTimeAsync(200);
    expect(maxActive).toBe(4);
    await vi.advanceTimersByTimeAsync(5000);
    await all;
    const boom = new Error('b');
    await expect(new RateLimited(() => Promise.reject(boom), 1, 10).call()).rejects.toBe(boom);
    await expect(
      new RateLimited(() => {
        throw boom;
      }, 1, 10).fn(),
    ).rejects.toBe(boom);
  });

  it('uses a custom lock (awaiting a thenable release) and a custom clock', async () => {
    const events: string[] = [];
    const lock: AsyncLockLike = {
      acquire: async () => (events.push('acquire'), true),
      release: () => Promise.resolve().then(() => void events.push('release')),
      locked: () => false,
    };
    let now = 0;
    const rl = new RateLimited(() => events.push('call'), 1, 10, { lockImpl: () => lock, timer: () => now });
    await rl.call();
    expect(events).toEqual(['acquire', 'release', 'call']);
    now = 10;
    await rl.call();
    expect(events).toHaveLength(6);
  });

  it('keeps its start record bounded over many windows', async () => {
    let now = 0;
    const rl = new RateLimited(() => 0, 2, 10, { timer: () => now });
    for (let i = 0; i < 1000; i++) {
      now += 10;
      await rl.call();
    }
    expect(await rl.call()).toBe(0);
  });

  it('regression: a burst after waiting never exceeds the limit (upstream freed one slot per wait and recorded pre-sleep times)', async () => {
    const { f, at } = starts();
    const rl = new RateLimited(f, 3, 1000);
    const all = Promise.all(Array.from({ length: 10 }, () => rl.call()));
    await vi.advanceTimersByTimeAsync(5000);
    await all;
    expect(at).toEqual([0, 0, 0, 1000, 1000, 1000, 2000, 2000, 2000, 3000]);
    expect(windowHolds(at, 3, 1000)).toBe(true);
  });

  it('regression: RateLimited.decorator replaces the two-argument constructor form; instances are not callable', () => {
    const rl = RateLimited.decorator(1, 10)(() => 1);
    expect(typeof rl).toBe('object');
    expect(typeof rl.call).toBe('function');
  });
});
