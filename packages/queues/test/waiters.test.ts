// The internal waiting machinery: option checks, the two chains, wake order, hand-over, settling everyone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badWait, show, timedOut, VOID, wait, WaitList, type Waiter } from '../src/waiters.js';
import { flush, isDomError, track } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('waiters', () => {
  it('badWait accepts good options, names bad ones, returns the reason of an aborted signal', () => {
    expect(badWait('api', undefined)).toBeUndefined();
    expect(badWait('api', { timeout: Infinity, signal: new AbortController().signal })).toBeUndefined();
    expect(String(badWait('api', null))).toBe('TypeError: api: options must be an object, got null');
    expect(String(badWait('api', { timeout: -1 }))).toBe('RangeError: api: timeout must be a number of ms >= 0, got -1');
    expect(String(badWait('api', { signal: 'x' }))).toBe('TypeError: api: signal must be an AbortSignal, got string');
    const ac = new AbortController();
    ac.abort('why');
    expect(badWait('api', { signal: ac.signal })).toBe('why');
    expect(show(1)).toBe('1');
    expect(isDomError(timedOut('api', 3), 'TimeoutError')).toBe(true);
    expect(VOID).toBeInstanceOf(Promise);
  });

  it('wake moves waiters to the woken chain and retries them in one microtask, in order', async () => {
    const retried: number[] = [];
    const l: WaitList = new WaitList('m', (w: Waiter) => {
      retried.push(w.i);
      if (w.i === 1) l.back(w); // lost its condition: back before later arrivals
      else w.res(w.i);
    });
    const ps = [0, 1, 2, 3].map(() => track(wait<number>(l, undefined)));
    l.wake(3);
    expect(retried).toEqual([]);
    await flush();
    expect(retried).toEqual([0, 1, 2]);
    expect(l.h?.i).toBe(1);
    expect(l.h?.n?.i).toBe(3);
    l.wake(Infinity);
    await flush();
    expect(retried).toEqual([0, 1, 2, 1, 3]);
    expect(ps.map((p) => p.state)).toEqual(['fulfilled', 'pending', 'fulfilled', 'fulfilled']);
    l.all('bye');
    await flush();
    expect(ps[1]?.reason).toBe('bye');
    expect(l.h).toBeUndefined();
  });

  it('a woken waiter that leaves passes its wake-up on; all(ok) resolves everyone', async () => {
    vi.useFakeTimers();
    const served: number[] = [];
    const l = new WaitList('m', (w) => {
      served.push(w.i);
      w.res(undefined);
    });
    const a = track(wait(l, { timeout: 5 }));
    const b = track(wait(l, undefined));
    l.wake(1);
    vi.advanceTimersByTime(5); // a times out before its retry
    await flush();
    expect(isDomError(a.reason, 'TimeoutError')).toBe(true);
    expect(served).toEqual([1]);
    expect(b.state).toBe('fulfilled');
    const c = track(wait(l, undefined));
    const d = track(wait(l, undefined));
    l.all(undefined, true);
    await flush();
    expect([c.state, d.state]).toEqual(['fulfilled', 'fulfilled']);
    expect(isDomError(await wait(l, { timeout: 0 }).catch((e: unknown) => e), 'TimeoutError')).toBe(true);
  });
});
