import { localContext, TIMER_DEFAULT_PRECISION } from '@asyncutils/context';
import { Critical, Deadlock, exceptionOccurred, unwrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timer } from '../src/timer.js';
import { later, spyConsole } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('timer', () => {
  it('check 14: resolves [result, elapsed] and logs console.info with "finished in"', async () => {
    const con = spyConsole();
    const timed = timer(async function five() {
      await later(25, 0);
      return 5;
    });
    expect(timed.name).toBe('five');
    const p = timed();
    await vi.advanceTimersByTimeAsync(25);
    expect(await p).toEqual([5, 25]);
    expect(con.info).toHaveBeenCalledWith('asyncutils.func.timer: function five finished in 25.0000000 milliseconds.');
    const quick = timer(async () => 5, { precision: 2 });
    expect(await quick()).toEqual([5, 0]);
    expect(con.info).toHaveBeenLastCalledWith('asyncutils.func.timer: function <anonymous> finished in 0.00 milliseconds.');
  });

  it('check 14: an expected error resolves a wrapper; an unexpected one rejects; shouldLog: false logs nothing', async () => {
    const con = spyConsole();
    const err = new RangeError('bad');
    const failing = async (): Promise<number> => {
      await later(10, 0);
      throw err;
    };
    const p = timer(failing, { precision: 1 })();
    await vi.advanceTimersByTimeAsync(10);
    const [w, ms] = await p;
    expect(ms).toBe(10);
    expect(exceptionOccurred(w)).toBe(true);
    expect(unwrapExc(w as ExceptionWrapper<RangeError>)).toBe(err);
    expect(con.warn).toHaveBeenCalledWith('asyncutils.func.timer: received expected error from function failing after 10.0 milliseconds:', err);
    const q = timer(failing, { expected: TypeError })();
    const caught = q.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await caught).toBe(err);
    const listed = timer(failing, { expected: [TypeError, RangeError] })();
    await vi.advanceTimersByTimeAsync(10);
    expect(unwrapExc((await listed)[0] as ExceptionWrapper<RangeError>)).toBe(err);
    con.info.mockClear();
    con.warn.mockClear();
    const silent = timer(async () => 1, { shouldLog: false });
    expect(await silent()).toEqual([1, 0]);
    const silentFail = timer(() => Promise.reject(err), { shouldLog: false });
    expect(exceptionOccurred((await silentFail())[0])).toBe(true);
    expect(con.info).not.toHaveBeenCalled();
    expect(con.warn).not.toHaveBeenCalled();
  });

  it('accepts predicates, forwards this and arguments, and uses a custom clock', async () => {
    spyConsole();
    const err = new Error('ECONNRESET');
    const [w] = await timer(() => Promise.reject(err), { expected: (e) => e instanceof Error && e.message === 'ECONNRESET' })();
    expect(exceptionOccurred(w)).toBe(true);
    await expect(timer(() => Promise.reject(new Error('other')), { expected: (e) => e === err })()).rejects.toThrow('other');
    const obj = { k: 3, m: timer(function (this: { k: number }, x: number) { return this.k * x; }, { timer: ((t) => () => (t += 2))(0) }) };
    expect(await obj.m(5)).toEqual([15, 2]);
  });

  it('reads TIMER_DEFAULT_PRECISION when decorating', async () => {
    const con = spyConsole();
    const timed = localContext({ TIMER_DEFAULT_PRECISION: 3 }, () => timer(async () => 1));
    expect(TIMER_DEFAULT_PRECISION.get()).toBe(7);
    await timed();
    expect(con.info).toHaveBeenCalledWith('asyncutils.func.timer: function <anonymous> finished in 0.000 milliseconds.');
  });

  it('rejects bad arguments', () => {
    expect(() => timer(1 as never)).toThrow(/asyncutils\.func\.timer: f must be a function/);
    expect(() => timer(() => 1, { precision: 101 })).toThrow(RangeError);
    expect(() => timer(() => 1, { precision: 1.5 })).toThrow(/precision must be an integer from 0 to 100, got 1\.5/);
    expect(() => timer(() => 1, { expected: 3 as never })).toThrow(/expected must be an error class, an array of error classes or a predicate, got 3/);
    expect(() => timer(() => 1, { shouldLog: 'yes' as never })).toThrow(TypeError);
  });

  it('regression: a critical error of f is rejected as is (never wrapped, never converted to Critical)', async () => {
    const con = spyConsole();
    const dead = new Deadlock('asyncutils.util.sync_await: would block');
    const p = timer(() => Promise.reject(dead))();
    const err = await p.catch((e: unknown) => e);
    expect(err).toBe(dead);
    expect(err).not.toBeInstanceOf(Critical);
    expect(con.warn).not.toHaveBeenCalled();
  });
});
