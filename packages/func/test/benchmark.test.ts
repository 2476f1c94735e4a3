import { addAuditHook } from '@asyncutils/audit';
import { BENCHMARK_DEFAULT_TIMES, localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { benchmark } from '../src/benchmark.js';
import { flush, later, record } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('benchmark', () => {
  it('check 21: raises the event with [fname, 6] before the first call, calls f 6 times, and summarises the 4 measured ones', async () => {
    const order: string[] = [];
    const durations = [5, 5, 10, 20, 30, 40]; // 2 warmup calls, then 4 measured
    let k = 0;
    const work = vi.fn(() => {
      order.push('call');
      return later(durations[k++] as number, null);
    });
    using rec = record('asyncutils.func.benchmark');
    using _order = { [Symbol.dispose]: addAuditHook((e) => void (e === 'asyncutils.func.benchmark' && order.push('event'))) };
    const p = benchmark(work, 4, 2, { sequential: true });
    await vi.advanceTimersByTimeAsync(200);
    const r = await p;
    expect(rec.calls).toEqual([[work.name, 6]]);
    expect(order[0]).toBe('event');
    expect(work).toHaveBeenCalledTimes(6);
    expect(r).toEqual({ min: 10, max: 40, total: 100, avg: 25, iterations: 6 });
    expect(r.min <= r.avg && r.avg <= r.max).toBe(true);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('check 21: names a plain function in the event; a vetoing hook rejects before any call', async () => {
    async function crunch(): Promise<void> {}
    using rec = record('asyncutils.func.benchmark');
    await benchmark(crunch, 4, 2);
    expect(rec.calls).toEqual([['crunch', 6]]);
    const veto = new Error('no benchmarks');
    using _veto = record('asyncutils.func.benchmark', veto);
    const f = vi.fn();
    await expect(benchmark(f, 4, 2)).rejects.toBe(veto);
    expect(f).not.toHaveBeenCalled();
  });

  it('check 22: defaults come from the context per call (3 measured, 0 warmup)', async () => {
    using rec = record('asyncutils.func.benchmark');
    let calls = 0;
    const f = async function probe(): Promise<void> {
      calls++;
    };
    const r = await benchmark(f);
    expect(rec.calls).toEqual([['probe', 3]]);
    expect(calls).toBe(3);
    expect(r.iterations).toBe(3);
    expect(BENCHMARK_DEFAULT_TIMES.get()).toBe(3);
    await localContext({ BENCHMARK_DEFAULT_TIMES: 5, BENCHMARK_DEFAULT_WARMUP: 1, BENCHMARK_DEFAULT_SEQUENTIAL: true }, () => benchmark(f));
    expect(rec.calls[1]).toEqual(['probe', 6]);
    expect(calls).toBe(9);
  });

  it('check 22: sequential never overlaps calls; the default starts every measured call before any finishes', async () => {
    let active = 0;
    let maxActive = 0;
    let finished = 0;
    const startedBeforeFirstFinish: number[] = [];
    let started = 0;
    const f = async (): Promise<void> => {
      started++;
      if (finished === 0) startedBeforeFirstFinish.push(started);
      maxActive = Math.max(maxActive, ++active);
      await later(10, null);
      active--;
      finished++;
    };
    const seq = benchmark(f, 5, 2, { sequential: true });
    await vi.advanceTimersByTimeAsync(100);
    expect((await seq).iterations).toBe(7);
    expect(maxActive).toBe(1);
    maxActive = started = finished = 0;
    startedBeforeFirstFinish.length = 0;
    const conc = benchmark(f, 5, 0);
    await flush();
    expect(started).toBe(5);
    expect(finished).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    const r = await conc;
    expect(maxActive).toBe(5);
    expect(r).toEqual({ min: 10, max: 10, total: 50, avg: 10, iterations: 5 });
  });

  it('uses an injected clock', async () => {
    let t = 0;
    const r = await benchmark(() => undefined, 2, 1, { timer: () => (t += 3), sequential: true });
    expect(r).toEqual({ min: 3, max: 3, total: 6, avg: 3, iterations: 3 });
  });

  it('rejects bad arguments before the event, and any error of f', async () => {
    using rec = record('asyncutils.func.benchmark');
    await expect(benchmark(() => 1, 0)).rejects.toThrow(RangeError);
    await expect(benchmark(() => 1, 2, -1)).rejects.toThrow(/asyncutils\.func\.benchmark: warmup must be an integer >= 0, got -1/);
    await expect(benchmark(() => 1, 1.5)).rejects.toThrow(/times must be an integer >= 1, got 1\.5/);
    await expect(benchmark('f' as never)).rejects.toThrow(TypeError);
    await expect(benchmark(() => 1, 1, 0, { sequential: 1 as never })).rejects.toThrow(/sequential must be a boolean/);
    expect(rec.calls).toEqual([]);
    const boom = new Error('boom');
    let n = 0;
    const flaky = (): Promise<void> => (++n === 2 ? Promise.reject(boom) : Promise.resolve());
    await expect(benchmark(flaky, 3)).rejects.toBe(boom);
    n = 0;
    await expect(benchmark(flaky, 3, 0, { sequential: true })).rejects.toBe(boom);
    let m = 0;
    const throwsSync = (): Promise<void> => {
      if (++m === 2) throw boom;
      return Promise.reject(new Error('also rejected, and handled'));
    };
    await expect(benchmark(throwsSync, 1, 3)).rejects.toBeInstanceOf(Error);
  });

  it('regression: the event is raised before the warmup rounds, not after them', async () => {
    const calls: string[] = [];
    using _h = { [Symbol.dispose]: addAuditHook((e) => void (e === 'asyncutils.func.benchmark' && calls.push('event'))) };
    await benchmark(() => void calls.push('call'), 1, 2, { sequential: true });
    expect(calls).toEqual(['event', 'call', 'call', 'call']);
  });
});
