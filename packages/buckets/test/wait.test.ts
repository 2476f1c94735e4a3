// The internal helpers shared by both buckets: argument checks, option validation and the waiter machinery.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arm, checkWait, clockOf, drop, fail, later, MAX_DELAY, now, num, optsObject, timeoutError, Waiter, win } from '../src/wait.js';
import { isDomError, listeners, thrown, track } from './support/harness.js';

describe('wait helpers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('fail: throws TypeError by default, or the given class; numbers and null show as themselves, anything else by its type', () => {
    const shown = [1.5, NaN, null, 'x', undefined, {}, () => 0, 1n].map((v) => (thrown(() => fail('api', 'v is bad', v)) as Error).message);
    expect(shown).toEqual([
      'api: v is bad, got 1.5',
      'api: v is bad, got NaN',
      'api: v is bad, got null',
      'api: v is bad, got string',
      'api: v is bad, got undefined',
      'api: v is bad, got object',
      'api: v is bad, got function',
      'api: v is bad, got bigint',
    ]);
    expect(thrown(() => fail('api', 'v', 1))).toBeInstanceOf(TypeError);
    expect(thrown(() => fail('api', 'v', 1, RangeError))).toBeInstanceOf(RangeError);
  });

  it('num: > 0 (strict) or >= 0, finite; TypeError for non-numbers, RangeError for NaN and ±Infinity', () => {
    expect(num('api', 'x', 0)).toBe(0);
    expect(num('api', 'x', 0.5, true)).toBe(0.5);
    expect(() => num('api', 'x', 0, true)).toThrow(new RangeError('api: x must be a finite number > 0, got 0'));
    expect(() => num('api', 'x', -1)).toThrow(new RangeError('api: x must be a finite number >= 0, got -1'));
    expect(() => num('api', 'x', NaN)).toThrow(RangeError);
    expect(() => num('api', 'x', Infinity)).toThrow(RangeError);
    expect(() => num('api', 'x', -Infinity)).toThrow(RangeError);
    expect(() => num('api', 'x', 1n)).toThrow(new TypeError('api: x must be a number, got bigint'));
    expect(() => num('api', 'x', '1')).toThrow(new TypeError('api: x must be a number, got string'));
  });

  it('optsObject and clockOf', () => {
    expect(optsObject('api', undefined)).toBeUndefined();
    const o = {};
    expect(optsObject('api', o)).toBe(o);
    expect(() => optsObject('api', 'o')).toThrow(new TypeError('api: options must be an object, got string'));
    expect(() => optsObject('api', null)).toThrow(new TypeError('api: options must be an object, got null'));
    expect(clockOf('api', undefined)).toBe(now);
    expect(clockOf('api', {})).toBe(now);
    const t = (): number => 3;
    expect(clockOf('api', { timer: t })).toBe(t);
    expect(() => clockOf('api', { timer: 3 as unknown as () => number })).toThrow(new TypeError('api: timer must be a function, got 3'));
    expect(() => clockOf('api', 3 as unknown as object)).toThrow(new TypeError('api: options must be an object, got 3'));
  });

  it('now() is performance.now(), looked up at each call', () => {
    const spy = vi.spyOn(performance, 'now').mockReturnValue(1234.5);
    expect(now()).toBe(1234.5);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('checkWait: nothing for valid options; throws for each kind of bad option, and the reason of an aborted signal', () => {
    expect(checkWait('api', {})).toBeUndefined();
    expect(checkWait('api', { timeout: 0, signal: new AbortController().signal })).toBeUndefined();
    expect(checkWait('api', { timeout: Infinity })).toBeUndefined();
    const ac = new AbortController();
    ac.abort(42);
    expect(thrown(() => checkWait('api', { signal: ac.signal }))).toBe(42);
    const errors = [
      null as unknown as object,
      5 as unknown as object,
      { timeout: NaN },
      { timeout: -0.5 },
      { timeout: null as unknown as number },
      { signal: null as unknown as AbortSignal },
      { signal: { aborted: 'no' } as unknown as AbortSignal },
    ].map((o) => thrown(() => checkWait('api', o)));
    expect(errors.map((e) => (e as Error).constructor)).toEqual([TypeError, TypeError, RangeError, RangeError, TypeError, TypeError, TypeError]);
    expect((errors[2] as Error).message).toBe('api: timeout must be a finite number >= 0, got NaN');
    expect((errors[6] as Error).message).toBe('api: signal must be an AbortSignal, got object');
  });

  it('timeoutError names the API and the time', () => {
    const e = timeoutError('asyncutils.buckets.X.y', 25);
    expect(isDomError(e, 'TimeoutError')).toBe(true);
    expect(e.message).toBe('asyncutils.buckets.X.y: timed out after 25 ms');
  });

  it('a waiter settles once: abort and timeout reject and then call leave; a win detaches; later events do nothing', async () => {
    const leave = vi.fn();
    const ac = new AbortController();
    const w = new Waiter();
    const p = track(arm(w, 'api', { signal: ac.signal, timeout: 10 }, leave));
    expect(listeners(ac.signal)).toBe(1);
    ac.abort('r');
    await Promise.resolve();
    expect(p.reason).toBe('r');
    expect(leave).toHaveBeenCalledWith(w);
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners(ac.signal)).toBe(0);

    const w2 = new Waiter();
    const p2 = track(arm(w2, 'api.wait', { timeout: 10 }, leave));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(p2.reason, 'TimeoutError')).toBe(true);
    expect((p2.reason as Error).message).toBe('api.wait: timed out after 10 ms');
    expect(leave).toHaveBeenCalledTimes(2);

    const ac3 = new AbortController();
    const w3 = new Waiter();
    const p3 = track(arm<string, Waiter>(w3, 'api', { signal: ac3.signal, timeout: MAX_DELAY * 2 }, leave));
    later(w3, 'd', 1e12, () => undefined); // the owner's own timer is cleared on settle too
    expect(vi.getTimerCount()).toBe(2);
    win(w3, 'ok');
    await Promise.resolve();
    expect(p3.value).toBe('ok');
    expect(listeners(ac3.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    ac3.abort();
    expect(leave).toHaveBeenCalledTimes(2);

    const w4 = new Waiter();
    const p4 = track(arm<number, Waiter>(w4, 'api', undefined));
    expect(vi.getTimerCount()).toBe(0);
    drop(w4, 'no leave function');
    await Promise.resolve();
    expect(p4.reason).toBe('no leave function');
  });

  it('later: calls back after any delay, re-armed in steps of setTimeout\'s limit; only the timeout timer is unref()ed', async () => {
    const fired: number[] = [];
    const w = new Waiter();
    const start = Date.now();
    later(w, 'd', MAX_DELAY * 2 + 5, () => fired.push(Date.now() - start));
    await vi.advanceTimersByTimeAsync(MAX_DELAY * 2 + 4);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fired).toEqual([MAX_DELAY * 2 + 5]);

    const unref = vi.fn();
    const real = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) =>
      Object.assign(real(fn, ms, ...args), { unref })) as unknown as typeof setTimeout);
    const t = new Waiter();
    void arm(t, 'api', { timeout: 5 });
    expect(unref).toHaveBeenCalledTimes(1);
    later(t, 'd', 5, () => undefined);
    expect(unref).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    win(t);
  });
});
