import { DYNAMIC_THROTTLE_DEFAULT_WINDOW, localContext } from '@asyncutils/context';
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DynamicThrottle } from '../src/DynamicThrottle.js';

let t0 = 0;
beforeEach(() => {
  vi.useFakeTimers();
  t0 = performance.now();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

const elapsed = (): number => performance.now() - t0;

describe('DynamicThrottle', () => {
  it('check 23: sequential entries are spaced by 1000 / rate ms, scaled by 1 + rand(jitter) (adapted upstream)', async () => {
    const t = new DynamicThrottle(10, { window: 6, rand: () => 0 });
    const times: number[] = [];
    const task = (async () => {
      for (let i = 0; i < 3; i++) {
        await using _ = await t.enter();
        times.push(elapsed());
      }
    })();
    await vi.advanceTimersByTimeAsync(300);
    await task;
    expect(times).toEqual([0, 100, 200]);
    expect(t.successes).toBe(3);

    const j = new DynamicThrottle(10, { rand: () => 0.2 });
    t0 = performance.now();
    const jt: number[] = [];
    const task2 = (async () => {
      for (let i = 0; i < 2; i++) {
        using _ = await j.enter();
        jt.push(elapsed());
      }
    })();
    await vi.advanceTimersByTimeAsync(200);
    await task2;
    expect(jt).toEqual([0, 120]);
  });

  it('rand receives the jitter; the default rand stays within [-jitter, jitter]', async () => {
    const rand = vi.fn(() => 0);
    const t = new DynamicThrottle(10, { jitter: 0.3, rand });
    await t.enter();
    expect(rand).toHaveBeenCalledWith(0.3);
    const random = vi.spyOn(Math, 'random');
    random.mockReturnValue(0);
    const lo = new DynamicThrottle(10, { jitter: 0.5 });
    await lo.enter();
    const p = lo.enter();
    await vi.advanceTimersByTimeAsync(49);
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true); // 100 × (1 - 0.5)
    random.mockReturnValue(0.999999);
    const p2 = lo.enter();
    await vi.advanceTimersByTimeAsync(149);
    let done2 = false;
    void p2.then(() => (done2 = true));
    await vi.advanceTimersByTimeAsync(1);
    expect(done2).toBe(true); // ≈ 100 × 1.5
  });

  it('check 24 / regression: concurrent entrants are spaced FIFO (not let in together); an abort of the next one reschedules the following afresh', async () => {
    const t = new DynamicThrottle(10, { rand: () => 0 });
    const times: Record<string, number> = {};
    const enter = (name: string, signal?: AbortSignal): Promise<void> =>
      t.enter({ signal }).then(
        () => void (times[name] = elapsed()),
        (e: unknown) => void (times[name] = -1, e),
      );
    const all = [enter('a'), enter('b'), enter('c')];
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all(all);
    expect(times).toEqual({ a: 0, b: 100, c: 200 });

    const u = new DynamicThrottle(10, { rand: () => 0 });
    t0 = performance.now();
    const ac = new AbortController();
    const order: string[] = [];
    const p = [
      u.enter().then(() => order.push(`a@${elapsed()}`)),
      u.enter({ signal: ac.signal }).catch((e: unknown) => order.push(`b:${String(e)}@${elapsed()}`)),
      u.enter().then(() => order.push(`c@${elapsed()}`)),
    ];
    await vi.advanceTimersByTimeAsync(50);
    ac.abort('gone');
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all(p);
    expect(order).toEqual(['a@0', 'b:gone@50', 'c@100']);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);

    const reason = new Error('already');
    const before = vi.getTimerCount();
    await expect(u.enter({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(before);
  });

  it('the resolved promise of a free entry is already settled (no timer, no listener)', async () => {
    const t = new DynamicThrottle(10, { rand: () => 0 });
    const ac = new AbortController();
    const p = t.enter({ signal: ac.signal, timeout: 1_000 });
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
    expect(await p).toBe(t);
  });

  it('a waiting entrant times out with a TimeoutError; a later head is scheduled afresh', async () => {
    const t = new DynamicThrottle(10, { rand: () => 0 });
    await t.enter();
    const order: string[] = [];
    const p1 = t.enter({ timeout: 30 }).catch((e: unknown) => order.push(`${(e as DOMException).name}:${(e as DOMException).message}@${elapsed()}`));
    const p2 = t.enter({ timeout: Infinity }).then(() => order.push(`b@${elapsed()}`));
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([p1, p2]);
    expect(order).toEqual(['TimeoutError:asyncutils.altlocks.DynamicThrottle.enter: timed out after 30 ms@30', 'b@100']);
  });

  it('an entrant that is not next can leave without disturbing the head', async () => {
    const t = new DynamicThrottle(10, { rand: () => 0 });
    await t.enter();
    const ac = new AbortController();
    const order: string[] = [];
    const p = [
      t.enter().then(() => order.push(`a@${elapsed()}`)),
      t.enter({ signal: ac.signal }).catch(() => order.push(`b-left@${elapsed()}`)),
      t.enter().then(() => order.push(`c@${elapsed()}`)),
    ];
    await vi.advanceTimersByTimeAsync(10);
    ac.abort();
    await vi.advanceTimersByTimeAsync(300);
    await Promise.all(p);
    expect(order).toEqual(['b-left@10', 'a@100', 'c@200']);
  });

  it('the last entrant leaving clears the delay timer', async () => {
    const t = new DynamicThrottle(1, { rand: () => 0 });
    await t.enter();
    const ac = new AbortController();
    const p = t.enter({ signal: ac.signal }).catch(() => 'left');
    expect(vi.getTimerCount()).toBe(1);
    ac.abort();
    expect(await p).toBe('left');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 25: the rate adapts every window outcomes, clamped; small changes are ignored', async () => {
    const t = new DynamicThrottle(10, { window: 4, rand: () => 0, maxRate: 14 });
    const runAll = async (fn: () => Promise<unknown>, n: number): Promise<void> => {
      const all = Promise.allSettled(Array.from({ length: n }, fn));
      await vi.advanceTimersByTimeAsync(10_000);
      await all;
    };
    await runAll(() => t.run(async () => 'ok'), 4);
    expect([t.successes, t.fails, t.rate]).toEqual([4, 0, 10]);
    await runAll(() => t.run(async () => 'ok'), 1);
    expect(t.rate).toBe(12.5);
    expect([t.successes, t.fails]).toEqual([1, 0]);
    await runAll(() => t.run(async () => 'ok'), 3);
    await runAll(() => t.run(async () => 'ok'), 1);
    expect(t.rate).toBe(14); // 15.625 clamped to maxRate

    const f = new DynamicThrottle(10, { window: 4, rand: () => 0, minRate: 6 });
    const fail = (): Promise<never> =>
      f.run(async () => {
        throw new Error('x');
      });
    await runAll(fail, 4);
    expect([f.successes, f.fails]).toEqual([0, 4]);
    await runAll(fail, 1);
    expect(f.rate).toBe(7.5);
    expect([f.successes, f.fails]).toEqual([0, 1]);
    await runAll(fail, 4);
    expect(f.rate).toBe(6); // 5.625 clamped to minRate

    // a middling ratio leaves the rate alone
    const m = new DynamicThrottle(10, { window: 4 });
    m.exit();
    m.exit();
    m.exit(new Error());
    m.exit(new Error());
    m.exit();
    expect(m.rate).toBe(10);
    expect([m.successes, m.fails]).toEqual([1, 0]);

    m.rate = 10.05;
    expect(m.rate).toBe(10);
    m.rate = 10.5;
    expect(m.rate).toBe(10.5);
    expect(() => (m.rate = Number.NaN)).toThrow(RangeError);
    expect(() => (m.rate = '5' as never)).toThrow(RangeError);
    m.rate = 1e9;
    expect(m.rate).toBe(100);
    m.rate = -5;
    expect(m.rate).toBe(0.01);
  });

  it('check 26: construction checks, jitter setter, run failures, reset, ctime', async () => {
    expect(() => new DynamicThrottle(200)).toThrow(/inconsistent rates after applying bounds/);
    expect(() => new DynamicThrottle(200)).toThrow(RangeError);
    expect(() => new DynamicThrottle(0.001)).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { minRate: 0, maxRate: 10 })).toThrow(/^asyncutils\.altlocks\.DynamicThrottle: inconsistent rates/);
    expect(() => new DynamicThrottle(Number.NaN)).toThrow(RangeError);
    expect(() => new DynamicThrottle('5' as never)).toThrow(TypeError);
    expect(() => new DynamicThrottle(5, { maxRate: '9' as never })).toThrow(TypeError);
    expect(() => new DynamicThrottle(5, { window: 0 })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { window: 2.5 })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { ufactor: 0 })).toThrow(/ufactor must be a finite number > 0, got 0/);
    expect(() => new DynamicThrottle(5, { lfactor: -1 })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { ubound: Infinity })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { lbound: -0.1 })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { jitter: -1 })).toThrow(RangeError);
    expect(() => new DynamicThrottle(5, { timer: 1 as never })).toThrow(/timer must be a function/);
    expect(() => new DynamicThrottle(5, { rand: 1 as never })).toThrow(/rand must be a function/);
    expect(() => new DynamicThrottle(5, null as never)).toThrow(TypeError);

    const t = new DynamicThrottle(10, { rand: () => 0, timer: () => 1234 });
    expect(t.ctime).toBe(1234);
    t.jitter = -1;
    expect(t.jitter).toBe(0);
    t.jitter = '0.5' as never;
    expect(t.jitter).toBe(0.5);
    expect(() => (t.jitter = 'x' as never)).toThrow(RangeError);

    const r = new DynamicThrottle(10, { rand: () => 0 });
    const err = new Error('failed work');
    await expect(
      r.run(() => {
        throw err;
      }),
    ).rejects.toBe(err);
    expect(r.fails).toBe(1);
    const ok = r.run(() => 'value');
    await vi.advanceTimersByTimeAsync(100);
    expect(await ok).toBe('value');
    expect([r.successes, r.fails]).toEqual([1, 1]);
    r.reset();
    expect([r.successes, r.fails]).toEqual([0, 0]);
  });

  it('options default from the context at construction', () => {
    const t = localContext({ DYNAMIC_THROTTLE_DEFAULT_WINDOW: 2, DYNAMIC_THROTTLE_DEFAULT_JITTER: 0 }, () => new DynamicThrottle(10));
    expect(t.jitter).toBe(0);
    t.exit();
    t.exit();
    t.exit();
    expect(t.rate).toBe(12.5);
    expect(DYNAMIC_THROTTLE_DEFAULT_WINDOW.get()).toBe(100);
    expect(new DynamicThrottle(10).jitter).toBe(0.2);
  });

  it('bad wait options reject (never throw)', async () => {
    const t = new DynamicThrottle(10);
    await expect(t.enter({ timeout: -1 })).rejects.toThrow(RangeError);
    await expect(t.enter(5 as never)).rejects.toThrow(TypeError);
    await expect(t.run(() => 1, { timeout: Number.NaN })).rejects.toThrow(RangeError);
  });

  it('a rand making the delay negative or NaN enters at once', async () => {
    const t = new DynamicThrottle(10, { rand: () => -2 });
    await t.enter();
    await t.enter(); // (1 + -2) × 100 < 0
    const n = new DynamicThrottle(10, { rand: () => Number.NaN });
    await n.enter();
    await n.enter();
  });

  it('check 28 / leak: 100 000 aborted waits leave no listener, no timer and an empty queue', async () => {
    const t = new DynamicThrottle(1, { rand: () => 0 });
    await t.enter();
    let rejected = 0;
    for (let batch = 0; batch < 100; batch++) {
      const ac = new AbortController();
      const waits: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++) waits.push(t.enter({ signal: ac.signal }).then(() => undefined, () => void rejected++));
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(1000);
      ac.abort('batch');
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
      await Promise.all(waits);
    }
    expect(rejected).toBe(100_000);
    expect(vi.getTimerCount()).toBe(0);

    // a long-lived signal: waits withdrawn by their deadline, then waits that succeed, leave no listener
    const longLived = new AbortController();
    const timedOut = Array.from({ length: 1000 }, () => t.enter({ signal: longLived.signal, timeout: 10 }).catch((e: unknown) => e));
    await vi.advanceTimersByTimeAsync(10);
    expect((await Promise.all(timedOut)).every((e) => e instanceof DOMException && e.name === 'TimeoutError')).toBe(true);
    expect(getEventListeners(longLived.signal, 'abort')).toHaveLength(0);
    const fast = new DynamicThrottle(100, { rand: () => 0 });
    const ok = Array.from({ length: 1000 }, () => fast.enter({ signal: longLived.signal, timeout: 60_000 }));
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(ok);
    expect(getEventListeners(longLived.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);

    // the queue is empty: a new entrant is the head and enters at once once 1 s has passed
    await vi.advanceTimersByTimeAsync(1_000);
    let entered = false;
    void t.enter().then(() => (entered = true));
    await Promise.resolve();
    expect(entered).toBe(true);
  }, 30_000);

  it('property: FIFO entries at least 1000/rate ms apart; every entrant settles once; nothing leaks (random aborts and timeouts)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 300 }),
            abortAt: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
            timeout: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (entrants) => {
          vi.useFakeTimers();
          const base = performance.now();
          const t = new DynamicThrottle(20, { rand: () => 0 });
          const entered: { i: number; time: number }[] = [];
          const settled = entrants.map(() => 0);
          const controllers = entrants.map(() => new AbortController());
          entrants.forEach((e, i) => {
            setTimeout(() => {
              t.enter({ signal: controllers[i]!.signal, timeout: e.timeout }).then(
                () => {
                  settled[i]! += 1;
                  entered.push({ i, time: performance.now() - base });
                },
                () => {
                  settled[i]! += 1;
                },
              );
            }, e.at);
            if (e.abortAt !== undefined) setTimeout(() => controllers[i]!.abort(), e.abortAt);
          });
          await vi.advanceTimersByTimeAsync(2_000);
          expect(settled.every((n) => n === 1)).toBe(true);
          for (let k = 1; k < entered.length; k++) expect(entered[k]!.time - entered[k - 1]!.time).toBeGreaterThanOrEqual(50);
          // FIFO: among entrants that entered, arrival order (time, then index) is entry order
          const arrival = [...entered].sort((a, b) => entrants[a.i]!.at - entrants[b.i]!.at || a.i - b.i).map((e) => e.i);
          expect(entered.map((e) => e.i)).toEqual(arrival);
          for (const c of controllers) expect(getEventListeners(c.signal, 'abort')).toHaveLength(0);
          expect(vi.getTimerCount()).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
