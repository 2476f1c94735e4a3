import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../src/throttle.js';
import { clock, later } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttle', () => {
  it('check 18: five concurrent calls start at 0, 100, 200, 300, 400 ms', async () => {
    const at: number[] = [];
    const f = throttle(10)(async (x: number) => {
      at.push(clock());
      return x * 2;
    });
    const t0 = clock();
    const all = Promise.all([1, 2, 3, 4, 5].map((x) => f(x)));
    await vi.advanceTimersByTimeAsync(400);
    expect(await all).toEqual([2, 4, 6, 8, 10]);
    expect(at.map((t) => t - t0)).toEqual([0, 100, 200, 300, 400]);
  });

  it('check 18: functions decorated by the same throttle(10) share the spacing', async () => {
    const log: string[] = [];
    const t0 = clock();
    const dec = throttle(10);
    const a = dec(() => log.push(`a@${clock() - t0}`));
    const b = dec(() => log.push(`b@${clock() - t0}`));
    const all = Promise.all([a(), b(), a()]);
    await vi.advanceTimersByTimeAsync(200);
    await all;
    expect(log).toEqual(['a@0', 'b@100', 'a@200']);
  });

  it('check 18: throttle(0) throws RangeError; bad arguments throw', () => {
    expect(() => throttle(0)).toThrow(RangeError);
    expect(() => throttle(-1)).toThrow(/asyncutils\.func\.throttle: lim must be a finite number > 0, got -1/);
    expect(() => throttle(Infinity)).toThrow(RangeError);
    expect(() => throttle('1' as never)).toThrow(TypeError);
    expect(() => throttle(1, 2 as never)).toThrow(/timer must be a function/);
    expect(() => throttle(1)(3 as never)).toThrow(/f must be a function/);
  });

  it('a call after a quiet period starts at once; the outcome, this and the name pass through', async () => {
    const dec = throttle(2); // 500 ms spacing
    const obj = { k: 3, m: dec(function m(this: { k: number }, x: number) { return this.k * x; }) };
    expect(obj.m.name).toBe('m');
    expect(await obj.m(2)).toBe(6);
    await vi.advanceTimersByTimeAsync(2000);
    const t0 = clock();
    const p = obj.m(3);
    await vi.advanceTimersByTimeAsync(0);
    expect(await p).toBe(9);
    expect(clock()).toBe(t0);
    const boom = new Error('b');
    const failing = dec(() => Promise.reject(boom));
    const q = failing().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    expect(await q).toBe(boom);
  });

  it('uses the injected clock for slots', async () => {
    let now = 0;
    const dec = throttle(1, () => now);
    const at: number[] = [];
    const f = dec(() => at.push(now));
    await f();
    now = 300; // the next slot is at 1000 on this clock: 700 ms of timer time
    const p = f();
    await vi.advanceTimersByTimeAsync(699);
    expect(at).toEqual([0]);
    now = 1000;
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(at).toEqual([0, 1000]);
  });

  it('regression: concurrent calls never start together (upstream raced on its last-call time)', async () => {
    const at: number[] = [];
    const f = throttle(4)(async () => {
      at.push(clock());
      await later(10, null);
    });
    const all = Promise.all(Array.from({ length: 8 }, () => f()));
    await vi.advanceTimersByTimeAsync(3000);
    await all;
    for (let i = 1; i < at.length; i++) expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(250);
  });
});
