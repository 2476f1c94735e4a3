import { localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gatherWithLimitedConcurrency } from '../src/gatherWithLimitedConcurrency.js';
import { deferred, flush, isDomError, later, listeners, rejection, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** `count` function jobs of `ms` each, counting how many run at once. */
function timedJobs(count: number, ms: number): { jobs: (() => Promise<number>)[]; peak: () => number; calls: () => number } {
  let active = 0;
  let peak = 0;
  let calls = 0;
  const jobs = Array.from({ length: count }, (_, i) => async () => {
    calls++;
    active++;
    peak = Math.max(peak, active);
    await later(ms, undefined);
    active--;
    return i;
  });
  return { jobs, peak: () => peak, calls: () => calls };
}

describe('gatherWithLimitedConcurrency', () => {
  it('check 16: at most n at once, all done by 2 × 100 ms for 4 jobs with n = 2, results in input order', async () => {
    const { jobs, peak } = timedJobs(4, 100);
    const t = track(gatherWithLimitedConcurrency(2, jobs));
    await vi.advanceTimersByTimeAsync(199);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('fulfilled');
    expect(t.value).toEqual([0, 1, 2, 3]);
    expect(peak()).toBe(2);
  });

  it('check 16: n defaults to the context constant (8), read per call; n = 0 rejects RangeError', async () => {
    const a = timedJobs(20, 10);
    const p = gatherWithLimitedConcurrency(undefined, a.jobs);
    await vi.advanceTimersByTimeAsync(30);
    await p;
    expect(a.peak()).toBe(8);
    const b = timedJobs(20, 10);
    const q = localContext({ GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT: 3 }, () => gatherWithLimitedConcurrency(null, b.jobs));
    await vi.advanceTimersByTimeAsync(70);
    await q;
    expect(b.peak()).toBe(3);
    const zero = await rejection(gatherWithLimitedConcurrency(0, []));
    expect(zero).toBeInstanceOf(RangeError);
    expect((zero as Error).message).toBe('asyncutils.misc.gather_with_limited_concurrency: n must be an integer >= 1 or Infinity, got 0');
    const bad = localContext({ GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT: -2 }, () => gatherWithLimitedConcurrency(null, []));
    expect(await rejection(bad)).toBeInstanceOf(RangeError);
  });

  it('accepts Infinity, and rejects (never throws) on bad n, jobs or options', async () => {
    const { jobs, peak } = timedJobs(30, 5);
    const p = gatherWithLimitedConcurrency(Infinity, jobs);
    await vi.advanceTimersByTimeAsync(5);
    expect(await p).toHaveLength(30);
    expect(peak()).toBe(30);
    expect(await rejection(gatherWithLimitedConcurrency(1.5, []))).toBeInstanceOf(RangeError);
    expect(await rejection(gatherWithLimitedConcurrency(Number.NaN, []))).toBeInstanceOf(RangeError);
    expect(await rejection(gatherWithLimitedConcurrency('2' as never, []))).toBeInstanceOf(TypeError);
    const notIterable = await rejection(gatherWithLimitedConcurrency(2, 5 as never));
    expect((notIterable as Error).message).toBe('asyncutils.misc.gather_with_limited_concurrency: jobs must be an iterable, got 5');
    expect(await rejection(gatherWithLimitedConcurrency(2, [], 1 as never))).toBeInstanceOf(TypeError);
    expect(await rejection(gatherWithLimitedConcurrency(2, [], { timeout: -1 }))).toBeInstanceOf(RangeError);
    // a refused call still marks the caller's running promises as handled
    expect(await rejection(gatherWithLimitedConcurrency(0, [Promise.reject(new Error('x'))]))).toBeInstanceOf(RangeError);
    await flush();
  });

  it('check 17: a rejecting job rejects the call; later function jobs are never called; no unhandled rejection', async () => {
    const e = new Error('job 1 failed');
    const later3 = vi.fn(() => 3);
    const running = deferred<number>();
    const t = track(
      gatherWithLimitedConcurrency(2, [
        () => running.promise, // still running when job 1 fails
        () => Promise.reject(e),
        later3,
        () => Promise.reject(new Error('never started')),
      ]),
    );
    await flush();
    expect(t.reason).toBe(e);
    expect(later3).not.toHaveBeenCalled();
    running.reject(new Error('ignored')); // its outcome is ignored, and handled
    await flush();
  });

  it('check 17: with retExc the failure takes its index among the other values', async () => {
    const e = new Error('boom');
    const result = await gatherWithLimitedConcurrency<number>(2, [() => 1, () => Promise.reject(e), async () => 3], { retExc: true });
    expect(result).toEqual([1, e, 3]);
  });

  it('a function job that throws synchronously counts as a failure', async () => {
    const e = new TypeError('sync');
    expect(
      await rejection(
        gatherWithLimitedConcurrency(1, [
          () => {
            throw e;
          },
        ]),
      ),
    ).toBe(e);
    expect(
      await gatherWithLimitedConcurrency(1, [
        () => {
          throw e;
        },
        () => 2,
      ], { retExc: true }),
    ).toEqual([e, 2]);
  });

  it('check 18: accepts a promise, a plain value and a function; [] resolves []', async () => {
    const fn = vi.fn(() => 'fn');
    const thenable: PromiseLike<string> = { then: (ok) => Promise.resolve(ok?.('thenable')) as never };
    expect(await gatherWithLimitedConcurrency<unknown>(1, [Promise.resolve('promise'), 5, fn, thenable])).toEqual(['promise', 5, 'fn', 'thenable']);
    expect(fn).toHaveBeenCalledWith();
    expect(await gatherWithLimitedConcurrency(3, [])).toEqual([]);
  });

  it('check 18: aborting the signal rejects with its reason and starts nothing new; listeners and timers are removed', async () => {
    const ac = new AbortController();
    const { jobs, calls } = timedJobs(5, 100);
    const t = track(gatherWithLimitedConcurrency(2, jobs, { signal: ac.signal, timeout: 10_000 }));
    expect(listeners(ac.signal)).toBe(1);
    await vi.advanceTimersByTimeAsync(50);
    ac.abort(new Error('stop'));
    await flush();
    expect((t.reason as Error).message).toBe('stop');
    expect(listeners(ac.signal)).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls()).toBe(2);
    expect(vi.getTimerCount()).toBe(0);

    const pre = new AbortController();
    pre.abort('already');
    const never = vi.fn();
    const rejected = Promise.reject(new Error('handled anyway'));
    expect(await rejection(gatherWithLimitedConcurrency(2, [never, rejected], { signal: pre.signal }))).toBe('already');
    expect(never).not.toHaveBeenCalled();
    await flush(); // `rejected` was marked handled: no unhandled rejection
  });

  it('timeout rejects with a TimeoutError and starts nothing new (a TypeScript addition)', async () => {
    const { jobs, calls } = timedJobs(4, 100);
    const t = track(gatherWithLimitedConcurrency(1, jobs, { timeout: 150 }));
    await vi.advanceTimersByTimeAsync(150);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe('asyncutils.misc.gather_with_limited_concurrency: timed out after 150 ms');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls()).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a promise that rejects before its slot is free causes no unhandled rejection and is reported in its turn', async () => {
    const early = Promise.reject(new Error('early'));
    const gate = deferred<number>();
    const t = track(gatherWithLimitedConcurrency(1, [() => gate.promise, early], { retExc: true }));
    await flush();
    expect(t.state).toBe('pending');
    gate.resolve(1);
    await flush();
    expect(t.value).toEqual([1, new Error('early')]);
  });

  it('reads a generator of jobs once', async () => {
    function* gen(): Generator<() => number> {
      for (let i = 0; i < 3; i++) yield () => i * 10;
    }
    expect(await gatherWithLimitedConcurrency(2, gen())).toEqual([0, 10, 20]);
  });

  it('regression: after a failure no further job is started (asyncio.gather kept starting the rest)', async () => {
    const started: number[] = [];
    const jobs = [0, 1, 2, 3].map((i) => () => {
      started.push(i);
      return i === 0 ? Promise.reject(new Error('first')) : later(10, i);
    });
    const failed = rejection(gatherWithLimitedConcurrency(1, jobs));
    await vi.advanceTimersByTimeAsync(100);
    expect(((await failed) as Error).message).toBe('first');
    expect(started).toEqual([0]);
  });

  it('regression: takes an iterable of jobs plus options (Python was variadic); functions start lazily', async () => {
    const started: number[] = [];
    const jobs = [0, 1, 2].map((i) => () => {
      started.push(i);
      return later(10, i);
    });
    const p = gatherWithLimitedConcurrency(1, jobs);
    expect(started).toEqual([0]);
    await vi.advanceTimersByTimeAsync(10);
    expect(started).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(20);
    expect(await p).toEqual([0, 1, 2]);
  });
});
