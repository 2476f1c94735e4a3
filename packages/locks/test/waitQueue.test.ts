// The shared waiting machinery: validation messages, the FIFO list, arming, timers and settling.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  arm,
  badOpts,
  badTimeout,
  cancelled,
  CountedFifo,
  Fifo,
  grant,
  head,
  invalid,
  qualname,
  rejectAll,
  show,
  timeoutError,
  TRUE,
  VOID,
  wait,
  Waiter,
} from '../src/waitQueue.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

class Owner {
  static readonly qualname = 'test.Owner';
}
class Anonymous {}

describe('waitQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('the shared promises are resolved once', async () => {
    await expect(TRUE).resolves.toBe(true);
    await expect(VOID).resolves.toBeUndefined();
  });

  it('qualname prefers the static qualname, else the class name', () => {
    expect(qualname(new Owner())).toBe('test.Owner');
    expect(qualname(new Anonymous())).toBe('Anonymous');
  });

  it('errors name the API and show the bad value', () => {
    expect(show(1.5)).toBe('1.5');
    expect(show(null)).toBe('null');
    expect(show('x')).toBe('string');
    expect(show(undefined)).toBe('undefined');
    const o = new Owner();
    expect(badTimeout(o, 'm', 'timeout', undefined)).toBeUndefined();
    expect(badTimeout(o, 'm', 'timeout', 0)).toBeUndefined();
    expect(badTimeout(o, 'm', 'timeout', Infinity)).toBeUndefined();
    expect(badTimeout(o, 'm', 'limit', -0.5)).toEqual(new RangeError('test.Owner.m: limit must be a non-negative number of milliseconds, got -0.5'));
    expect(badTimeout(o, 'm', 'timeout', [5])).toBeInstanceOf(TypeError);
    expect(invalid(o, 'm', 'x must be odd', 2)).toEqual(new RangeError('test.Owner.m: x must be odd, got 2'));
    expect(invalid(o, 'm', 'x must be odd', '2')).toEqual(new TypeError('test.Owner.m: x must be odd, got string'));
    expect(invalid(o, 'm', 'x must be odd', 2, TypeError)).toBeInstanceOf(TypeError);
    expect(timeoutError(o, 'wait', 7).message).toBe('test.Owner.wait: timed out after 7 ms');
    expect(isDomError(cancelled(o), 'AbortError')).toBe(true);
    expect(cancelled(o).message).toBe('test.Owner: waiters cancelled');
  });

  it('badOpts: undefined when fine (signal not aborted), a rejection otherwise', async () => {
    const o = new Owner();
    expect(badOpts(o, 'acquire', {})).toBeUndefined();
    expect(badOpts(o, 'acquire', { signal: new AbortController().signal, timeout: 5 })).toBeUndefined();
    const e1 = await rejection(badOpts(o, 'acquire', 3 as never) as Promise<never>);
    expect(e1).toEqual(new TypeError('test.Owner.acquire: options must be an object, got 3'));
    const e2 = await rejection(badOpts(o, 'acquire', { signal: null as never }) as Promise<never>);
    expect(e2).toEqual(new TypeError('test.Owner.acquire: signal must be an AbortSignal, got null'));
    const ac = new AbortController();
    ac.abort('r');
    await expect(badOpts(o, 'acquire', { signal: ac.signal }) as Promise<never>).rejects.toBe('r');
    const both = await rejection(badOpts(o, 'acquire', { signal: ac.signal, timeout: -1 }) as Promise<never>);
    expect(both).toBeInstanceOf(RangeError); // validation before the abort check
  });

  it('Fifo: push/shift/remove keep order, and mark removed waiters settled; CountedFifo counts', () => {
    for (const q of [new Fifo(new Owner(), 'acquire'), new CountedFifo(new Owner(), 'acquire')]) {
      const ws = [0, 1, 2, 3].map((d) => Object.assign(new Waiter(q), { d }));
      for (const w of ws) q.push(w);
      if (q instanceof CountedFifo) expect(q.size).toBe(4);
      expect(head(q)).toBe(ws[0]);
      q.remove(ws[2] as Waiter);
      q.remove(ws[3] as Waiter); // the tail
      expect(ws[2]?.q).toBeUndefined();
      if (q instanceof CountedFifo) expect(q.size).toBe(2);
      expect(q.shift()?.d).toBe(0);
      expect(q.shift()?.d).toBe(1);
      expect(q.shift()).toBeUndefined();
      expect(head(q)).toBeUndefined();
      expect(q.n).toBe(q); // the sentinel links to itself when empty
      expect(q.p).toBe(q);
      if (q instanceof CountedFifo) expect(q.size).toBe(0);
    }
  });

  it('wait/arm: timeout, abort and grant each settle once and detach everything', async () => {
    const q = new Fifo(new Owner(), 'wait');
    const c = countedController();
    const a = track(wait(q, { signal: c.signal, timeout: 10 }));
    const b = track(wait(q, { timeout: 10 }));
    expect(head(q)).toBeDefined();
    expect(vi.getTimerCount()).toBe(2);
    const w = q.shift() as Waiter;
    grant(w, 'granted');
    w.handleEvent(); // a stray abort after the grant is ignored
    await vi.advanceTimersByTimeAsync(10);
    expect(a.value).toBe('granted');
    expect(c.live()).toBe(0);
    expect(isDomError(b.reason, 'TimeoutError')).toBe(true);
    expect(head(q)).toBeUndefined();
    await expect(wait(q, { timeout: 0 })).rejects.toThrow('test.Owner.wait: timed out after 0 ms');
    expect(head(q)).toBeUndefined();
    const plain = new Waiter(q);
    q.push(plain);
    const p = track(arm(plain, undefined));
    expect(vi.getTimerCount()).toBe(0);
    expect(rejectAll(q, 'all')).toBe(1);
    await flush();
    expect(p.reason).toBe('all');
  });
});
