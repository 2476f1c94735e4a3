// The internal helpers shared by both buckets: argument checks, option validation and the waiter machinery.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arm, badOpts, clockOf, fail, MAX_DELAY, now, num, optsObject, show, timeoutError, Waiter, win } from '../src/wait.js';
import { isDomError, listeners, rejection, track } from './support/harness.js';

describe('wait helpers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('show: numbers as themselves, anything else by its type', () => {
    expect([show(1.5), show(NaN), show(null), show('x'), show(undefined), show({}), show(() => 0)]).toEqual([
      '1.5',
      'NaN',
      'null',
      'string',
      'undefined',
      'object',
      'function',
    ]);
  });

  it('num: bounds (strict or not, upper limit), TypeError for non-numbers, RangeError for NaN and ±Infinity', () => {
    expect(num('api', 'x', 0, 0, false)).toBe(0);
    expect(num('api', 'x', 5, 0, false, 5)).toBe(5);
    expect(() => num('api', 'x', 0, 0, true)).toThrow(new RangeError('api: x must be a finite number > 0, got 0'));
    expect(() => num('api', 'x', 6, 0, false, 5)).toThrow(new RangeError('api: x must be a finite number >= 0 and <= 5, got 6'));
    expect(() => num('api', 'x', NaN, 0, false)).toThrow(RangeError);
    expect(() => num('api', 'x', Infinity, 0, false)).toThrow(RangeError);
    expect(() => num('api', 'x', -Infinity, -Infinity, false)).not.toThrow(); // only a caller that allows it
    expect(() => num('api', 'x', 1n, 0, false)).toThrow(new TypeError('api: x must be a number, got bigint'));
  });

  it('optsObject and clockOf', () => {
    expect(optsObject('api', undefined)).toBeUndefined();
    const o = {};
    expect(optsObject('api', o)).toBe(o);
    expect(() => optsObject('api', 'o')).toThrow(new TypeError('api: options must be an object, got string'));
    expect(clockOf('api', undefined)).toBe(now);
    const t = (): number => 3;
    expect(clockOf('api', t)).toBe(t);
    expect(() => clockOf('api', 3)).toThrow(TypeError);
  });

  it('now() is performance.now(), looked up at each call', () => {
    const spy = vi.spyOn(performance, 'now').mockReturnValue(1234.5);
    expect(now()).toBe(1234.5);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('badOpts: undefined for valid options; a rejection for each kind of bad option', async () => {
    expect(badOpts('api', {})).toBeUndefined();
    expect(badOpts('api', { timeout: 0, signal: new AbortController().signal })).toBeUndefined();
    expect(badOpts('api', { timeout: Infinity })).toBeUndefined();
    const ac = new AbortController();
    ac.abort(42);
    expect(await rejection(badOpts('api', { signal: ac.signal }) as Promise<never>)).toBe(42);
    const bad = [
      badOpts('api', null as unknown as object),
      badOpts('api', { timeout: NaN }),
      badOpts('api', { timeout: -0.5 }),
      badOpts('api', { timeout: null as unknown as number }),
      badOpts('api', { signal: null as unknown as AbortSignal }),
      badOpts('api', { signal: { aborted: 'no' } as unknown as AbortSignal }),
    ];
    const errors = await Promise.all(bad.map((p) => rejection(p as Promise<never>)));
    expect(errors.map((e) => (e as Error).constructor)).toEqual([TypeError, RangeError, RangeError, TypeError, TypeError, TypeError]);
    expect((errors[5] as Error).message).toBe('api: signal must be an AbortSignal, got object');
  });

  it('timeoutError names the API and the time', () => {
    const e = timeoutError('asyncutils.buckets.X.y', 25);
    expect(isDomError(e, 'TimeoutError')).toBe(true);
    expect(e.message).toBe('asyncutils.buckets.X.y: timed out after 25 ms');
  });

  it('a waiter settles once: abort and timeout call leave and reject; a win detaches; later events do nothing', async () => {
    const leave = vi.fn();
    const ac = new AbortController();
    const w = new Waiter('api', leave);
    const p = track(arm(w, { signal: ac.signal, timeout: 10 }));
    expect(listeners(ac.signal)).toBe(1);
    ac.abort('r');
    await Promise.resolve();
    expect(p.reason).toBe('r');
    expect(leave).toHaveBeenCalledWith(w);
    expect(vi.getTimerCount()).toBe(0);
    fail(w, 'again');
    expect(leave).toHaveBeenCalledTimes(1);

    const w2 = new Waiter('api', leave);
    const p2 = track(arm(w2, { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(p2.reason, 'TimeoutError')).toBe(true);
    expect(leave).toHaveBeenCalledTimes(2);

    const ac3 = new AbortController();
    const w3 = new Waiter('api', leave);
    const p3 = track(arm<string>(w3, { signal: ac3.signal, timeout: MAX_DELAY * 2 }));
    win(w3, 'ok');
    await Promise.resolve();
    expect(p3.value).toBe('ok');
    expect(listeners(ac3.signal)).toBe(0);
    ac3.abort();
    expect(leave).toHaveBeenCalledTimes(2);

    const w4 = new Waiter('api', leave);
    const p4 = track(arm<number>(w4, undefined));
    win(w4, 4);
    await Promise.resolve();
    expect(p4.value).toBe(4);
  });

  it('the timeout timer is unref()ed where it can be', () => {
    const unref = vi.fn();
    const real = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementationOnce(((fn: () => void, ms?: number, ...args: unknown[]) =>
      Object.assign(real(fn, ms, ...args), { unref })) as unknown as typeof setTimeout);
    const w = new Waiter('api', () => undefined);
    void arm(w, { timeout: 5 });
    expect(unref).toHaveBeenCalledTimes(1);
    win(w);
  });
});
