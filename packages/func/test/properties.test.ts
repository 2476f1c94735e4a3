// Property tests (fast-check 4) under fake timers: random arrivals, aborts and timeouts.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acompose } from '../src/acompose.js';
import { areduce } from '../src/areduce.js';
import { debounce } from '../src/debounce.js';
import { RateLimited } from '../src/RateLimited.js';
import { throttle } from '../src/throttle.js';
import { clock, flush } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Fate = 'plain' | 'abort' | 'timeout';
const arrival = fc.record({
  at: fc.integer({ min: 0, max: 3000 }),
  fate: fc.constantFrom<Fate>('plain', 'plain', 'abort', 'timeout'),
  after: fc.integer({ min: 0, max: 1500 }),
});

const stats = { started: 0, rejected: 0 };

describe('properties', () => {
  it('RateLimited: every call settles once; no window of period ms holds more than calls starts; admissions are FIFO; aborted or timed-out calls never start', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 50, max: 1000 }),
        fc.array(arrival, { minLength: 1, maxLength: 12 }),
        async (calls, period, arrivals) => {
          const t0 = clock();
          const started: { id: number; at: number }[] = [];
          const rl = new RateLimited((id: number) => void started.push({ id, at: clock() - t0 }), calls, period);
          const settled = new Map<number, number>();
          const outcome = new Map<number, 'ok' | 'rejected'>();
          const order: number[] = [];
          arrivals.forEach((a, id) => {
            setTimeout(() => {
              order.push(id);
              const ctl = new AbortController();
              const p =
                a.fate === 'plain' ? rl.call(id) : a.fate === 'abort' ? rl.callWith({ signal: ctl.signal }, id) : rl.callWith({ timeout: a.after }, id);
              if (a.fate === 'abort') setTimeout(() => ctl.abort('aborted'), a.after);
              p.then(
                () => outcome.set(id, 'ok'),
                () => outcome.set(id, 'rejected'),
              ).finally(() => settled.set(id, (settled.get(id) ?? 0) + 1));
            }, a.at);
          });
          await vi.advanceTimersByTimeAsync(3000 + arrivals.length * period + 2000);
          await flush();
          expect(settled.size).toBe(arrivals.length);
          for (const n of settled.values()) expect(n).toBe(1);
          const at = started.map((s) => s.at);
          for (let i = calls; i < at.length; i++) expect((at[i] as number) - (at[i - calls] as number)).toBeGreaterThanOrEqual(period);
          for (const { id } of started) expect(outcome.get(id)).toBe('ok');
          for (const [id, o] of outcome) if (o === 'rejected') expect(started.some((s) => s.id === id)).toBe(false);
          const admitted = started.map((s) => s.id);
          expect(admitted).toEqual(order.filter((id) => admitted.includes(id)));
          for (const [id, o] of outcome) if (arrivals[id]?.fate === 'plain') expect(o).toBe('ok');
          expect(vi.getTimerCount()).toBe(0);
          stats.started += started.length;
          stats.rejected += [...outcome.values()].filter((o) => o === 'rejected').length;
        },
      ),
      { numRuns: 100 },
    );
    // the generated cases exercise both paths
    expect(stats.started).toBeGreaterThan(100);
    expect(stats.rejected).toBeGreaterThan(10);
  });

  it('throttle: starts are FIFO and at least 1000 / lim ms apart, whatever the arrival times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 10 }), async (lim, times) => {
        const spacing = 1000 / lim;
        const starts: { id: number; at: number }[] = [];
        const order: number[] = [];
        const f = throttle(lim)((id: number) => void starts.push({ id, at: clock() }));
        const done: Promise<void>[] = [];
        times.forEach((t, id) => done.push(new Promise<void>((r) => setTimeout(r, t)).then(() => (order.push(id), f(id)))));
        await vi.advanceTimersByTimeAsync(2000 + times.length * spacing + 10);
        await Promise.all(done);
        expect(starts.map((s) => s.id)).toEqual(order);
        for (let i = 1; i < starts.length; i++) expect((starts[i]?.at as number) - (starts[i - 1]?.at as number)).toBeGreaterThanOrEqual(spacing - 1e-9);
      }),
      { numRuns: 100 },
    );
  });

  it('debounce: every call settles once; f runs exactly for the calls followed by wait ms of quiet', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 12 }), async (wait, gaps) => {
        // A call exactly `wait` ms after the previous one races its timer: the order of equal-time timers decides.
        fc.pre(!gaps.slice(1).includes(wait));
        const ran: number[] = [];
        const d = debounce(wait)((id: number) => (ran.push(id), id));
        const results = new Map<number, unknown>();
        let t = 0;
        const times = gaps.map((g) => (t += g));
        times.forEach((at, id) => setTimeout(() => void d(id).then((v) => results.set(id, v)), at));
        await vi.advanceTimersByTimeAsync(t + wait + 10);
        await flush();
        expect(results.size).toBe(times.length);
        const expected = times.map((_, id) => id).filter((id) => id === times.length - 1 || (times[id + 1] as number) - (times[id] as number) >= wait);
        expect(ran).toEqual(expected);
        for (const [id, v] of results) expect(v).toBe(expected.includes(id) ? id : undefined);
      }),
      { numRuns: 100 },
    );
  });

  it('areduce and acompose keep the source order whatever order their async steps resolve in (fc.scheduler)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 8 }), async (s, xs) => {
        const step = s.scheduleFunction(async (acc: number[], x: number) => [...acc, x * 2]);
        async function* source(): AsyncGenerator<number> {
          for (const x of xs) yield await s.schedule(Promise.resolve(x));
        }
        const reduced = areduce(step, source(), { initial: [] as number[] });
        const fns = xs.map((x) => s.scheduleFunction(async (v: number) => v * 3 + x));
        const composed = acompose(...(fns as [(v: number) => Promise<number>]))(1);
        await s.waitFor(Promise.all([reduced, composed]));
        expect(await reduced).toEqual(xs.map((x) => x * 2));
        expect(await composed).toBe(xs.reduceRight((v, x) => v * 3 + x, 1));
      }),
      { numRuns: 100 },
    );
  });
});
