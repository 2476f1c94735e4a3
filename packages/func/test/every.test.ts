import { RAISE } from '@asyncutils/constants';
import { MaxIterationsError } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { every } from '../src/every.js';
import { clock, deferred, flush, later, listeners, spyConsole, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
  spyConsole();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A function recording the fake time of each run. */
function stamped(body?: (i: number) => unknown): { f: (...a: unknown[]) => unknown; at: number[]; args: unknown[][] } {
  const at: number[] = [];
  const args: unknown[][] = [];
  const f = (...a: unknown[]): unknown => {
    at.push(clock());
    args.push(a);
    return body?.(at.length - 1);
  };
  return { f, at, args };
}

describe('every', () => {
  it('check 8: maxIterations 3 without stopOnExc runs at 0, 100, 200 ms and resolves the default', async () => {
    const con = spyConsole();
    const { f, at } = stamped();
    const t0 = clock();
    const p = track(every(100, { maxIterations: 3, stopOnExc: false, default: 'd' })(f)());
    await vi.advanceTimersByTimeAsync(1000);
    expect(at.map((t) => t - t0)).toEqual([0, 100, 200]);
    expect(p.state).toBe('fulfilled');
    expect(p.value).toBe('d');
    expect(con.info).toHaveBeenCalledWith('asyncutils.func.every: periodic coroutine f reached the maximum of 3 iterations');
  });

  it('check 8: with stopOnExc (the default) reaching maxIterations rejects MaxIterationsError after the third run', async () => {
    spyConsole();
    const { f, at } = stamped();
    const p = track(every(100, { maxIterations: 3 })(f)());
    await vi.advanceTimersByTimeAsync(299);
    expect(p.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toHaveLength(3);
    expect(p.state).toBe('rejected');
    expect(p.reason).toBeInstanceOf(MaxIterationsError);
    expect((p.reason as Error).message).toBe('asyncutils.func.every: periodic coroutine f reached the maximum of 3 iterations');
    const q = track(every(100, { maxIterations: 1, stopOnExc: false, default: RAISE })(f)());
    await vi.advanceTimersByTimeAsync(100);
    expect(q.reason).toBeInstanceOf(MaxIterationsError);
    const zero = track(every(100, { maxIterations: 0, stopOnExc: false })(f)());
    await flush();
    expect(zero.state).toBe('fulfilled');
    expect(zero.value).toBeUndefined();
    expect(at).toHaveLength(4);
  });

  it('check 9: a stopWhen resolving at 250 ms resolves its value at 250 ms after 3 runs', async () => {
    const { f, at } = stamped();
    const t0 = clock();
    const p = track(every(100, { stopWhen: later(250, 'x') })(f)());
    await vi.advanceTimersByTimeAsync(249);
    expect(p.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(p.value).toBe('x');
    expect(at.map((t) => t - t0)).toEqual([0, 100, 200]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 9: f runs at least once even if stopWhen is already resolved; every call shares stopWhen', async () => {
    const { f, at } = stamped();
    const g = every(100, { stopWhen: Promise.resolve('done') })(f);
    expect(await g()).toBe('done');
    expect(await g()).toBe('done');
    expect(at).toHaveLength(2);
    const stop = deferred<string>();
    const h = every(100, { stopWhen: stop.promise })(f);
    const a = track(h());
    const b = track(h());
    await vi.advanceTimersByTimeAsync(150);
    stop.resolve('both');
    await flush();
    expect([a.value, b.value]).toEqual(['both', 'both']);
  });

  it('check 10: countF measures from the run start; countF: false waits interval after each run', async () => {
    const slow = (): Promise<null> => later(40, null);
    const a = stamped(slow);
    const t0 = clock();
    const p = track(every(100, { countF: true, maxIterations: 3, stopOnExc: false })(a.f)());
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.at.map((t) => t - t0)).toEqual([0, 100, 200]);
    expect(p.state).toBe('fulfilled');
    const b = stamped(slow);
    const t1 = clock();
    track(every(100, { countF: false, maxIterations: 3, stopOnExc: false })(b.f)());
    await vi.advanceTimersByTimeAsync(1000);
    expect(b.at.map((t) => t - t1)).toEqual([0, 140, 280]);
    const c = stamped(() => later(150, null));
    const t2 = clock();
    track(every(100, { maxIterations: 3, stopOnExc: false })(c.f)());
    await vi.advanceTimersByTimeAsync(1000);
    // A run longer than the interval: the next one starts after a zero-delay setTimeout (a macrotask, so a
    // loop never starves the event loop), which Node clamps to 1 ms.
    expect(c.at.map((t) => t - t2)).toEqual([0, 151, 302]);
  });

  it('check 11: f throwing on the 2nd run ends with stopOnExc, else is reported with its iteration', async () => {
    const con = spyConsole();
    const boom = new Error('boom');
    const failSecond = (i: number): void => {
      if (i === 1) throw boom;
    };
    const a = stamped(failSecond);
    const p = track(every(100)(a.f)());
    await vi.advanceTimersByTimeAsync(100);
    expect(p.state).toBe('fulfilled');
    expect(p.value).toBeUndefined();
    expect(a.at).toHaveLength(2);
    const b = stamped(failSecond);
    const q = track(every(100, { default: 'dflt' })(b.f)());
    await vi.advanceTimersByTimeAsync(100);
    expect(q.value).toBe('dflt');
    const c = stamped((i) => (i === 1 ? Promise.reject(boom) : undefined));
    const r = track(every(100, { stopOnExc: false, maxIterations: 4 })(c.f)());
    await vi.advanceTimersByTimeAsync(400);
    expect(c.at).toHaveLength(4);
    expect(con.warn).toHaveBeenCalledTimes(1);
    expect(con.warn.mock.calls[0]?.[0]).toContain('on iteration 1');
    expect(con.warn).toHaveBeenCalledWith('asyncutils.func.every: error in periodic coroutine f on iteration 1', boom);
    expect(r.state).toBe('fulfilled');
    const d = stamped(failSecond);
    track(every(100, { stopOnExc: false, maxIterations: 3, verbose: true })(d.f)());
    await vi.advanceTimersByTimeAsync(300);
    expect(con.error).toHaveBeenCalledWith('asyncutils.func.every: error in periodic coroutine f on iteration 1', boom);
    expect(con.warn).toHaveBeenCalledTimes(1);
  });

  it('check 11: with stopOnExc an error after stopWhen fulfilled resolves the stop value', async () => {
    const stop = deferred<string>();
    const f = vi.fn(async () => {
      stop.resolve('stopped');
      await flush();
      throw new Error('late');
    });
    expect(await every(100, { stopWhen: stop.promise, default: 'd' })(f)()).toBe('stopped');
  });

  it('check 12: waitFirst delays the first run; suppliedArgs is read on every run', async () => {
    const a = stamped();
    const supplied: unknown[] = ['s'];
    const t0 = clock();
    track(every(100, { waitFirst: true, maxIterations: 3, stopOnExc: false, suppliedArgs: supplied })(a.f)('x'));
    await vi.advanceTimersByTimeAsync(100);
    expect(a.at.map((t) => t - t0)).toEqual([100]);
    supplied[0] = 't';
    supplied.push('u');
    await vi.advanceTimersByTimeAsync(300);
    expect(a.at.map((t) => t - t0)).toEqual([100, 200, 300]);
    expect(a.args).toEqual([
      ['s', 'x'],
      ['t', 'u', 'x'],
      ['t', 'u', 'x'],
    ]);
  });

  it('check 12: aborting the signal rejects with its reason and no further run happens', async () => {
    const a = stamped();
    const ctl = new AbortController();
    const p = track(every(100, { signal: ctl.signal })(a.f)());
    await vi.advanceTimersByTimeAsync(150);
    expect(listeners(ctl.signal)).toBe(1);
    const reason = new Error('stop now');
    ctl.abort(reason);
    await flush();
    expect(p.reason).toBe(reason);
    expect(listeners(ctl.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.at).toHaveLength(2);
    const late = track(every(100, { signal: ctl.signal })(a.f)());
    await flush();
    expect(late.reason).toBe(reason);
    expect(a.at).toHaveLength(2);
  });

  it('forwards this and arguments and keeps the name; rejects bad arguments', async () => {
    const seen: unknown[] = [];
    const obj = {
      tick: every(10, { maxIterations: 1, stopOnExc: false })(function tick(this: unknown, ...a: unknown[]) {
        seen.push(this, ...a);
      }),
    };
    expect(obj.tick.name).toBe('tick');
    const p = obj.tick(1, 2);
    await vi.advanceTimersByTimeAsync(10);
    await p;
    expect(seen).toEqual([obj, 1, 2]);
    expect(() => every(0)).toThrow(/asyncutils\.func\.every: interval must be a finite number of milliseconds > 0, got 0/);
    expect(() => every(Infinity)).toThrow(RangeError);
    expect(() => every('1' as never)).toThrow(TypeError);
    expect(() => every(10, { maxIterations: -1 })).toThrow(/maxIterations must be an integer >= 0, got -1/);
    expect(() => every(10, { stopWhen: 5 as never })).toThrow(/stopWhen must be a promise or thenable, got 5/);
    expect(() => every(10, { suppliedArgs: 'ab' as never })).toThrow(/suppliedArgs must be an array/);
    expect(() => every(10, { defaultFname: 1 as never })).toThrow(/defaultFname must be a string/);
    expect(() => every(10, { countF: 1 as never })).toThrow(/countF must be a boolean/);
    expect(() => every(10, { signal: {} as never })).toThrow(/signal must be an AbortSignal/);
    expect(() => every(10, { timer: 1 as never })).toThrow(/timer must be a function/);
    expect(() => every(10)(1 as never)).toThrow(/f must be a function/);
  });

  it('names anonymous functions with defaultFname in messages', async () => {
    const con = spyConsole();
    const g = every(10, { maxIterations: 1, stopOnExc: false, defaultFname: 'job' })(() => undefined);
    const p = g();
    await vi.advanceTimersByTimeAsync(10);
    await p;
    expect(con.info).toHaveBeenCalledWith('asyncutils.func.every: periodic coroutine job reached the maximum of 1 iterations');
  });

  it('regression: an already-settled stopWhen gives no warning; its settlement is observed through reactions', async () => {
    const con = spyConsole();
    const g = every(10, { stopWhen: Promise.resolve(1) })(() => undefined);
    expect(await g()).toBe(1);
    expect(con.warn).not.toHaveBeenCalled();
  });
});
