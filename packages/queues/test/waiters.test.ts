// The internal waiting machinery: wake order, retries in place, hand-over, settling everyone, long timers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { all, timedOut, VOID, WAIT, wait, waitList, wake, type Waiter } from '../src/waiters.js';
import { flush, isDomError, track } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('waiters', () => {
  it('timedOut is a TimeoutError naming the API; VOID is a promise', () => {
    expect(isDomError(timedOut('api', 3), 'TimeoutError')).toBe(true);
    expect(timedOut('api', 3).message).toBe('api: timed out after 3 ms');
    expect(VOID).toBeInstanceOf(Promise);
  });

  it('wake lets the first waiters retry in one microtask, in order; WAIT ends the pass and everyone keeps their place', async () => {
    let open = new Set([0, 2, 3]);
    const retried: unknown[] = [];
    const l = waitList('m', (w: Waiter) => {
      retried.push(w.d);
      return open.has(w.d as number) ? w.d : WAIT; // 1 finds its condition gone
    });
    const ps = [0, 1, 2, 3].map((d) => track(wait<number>(l, undefined, d)));
    wake(l, 3);
    expect(retried).toEqual([]);
    await flush();
    expect(retried).toEqual([0, 1]); // 1 waits again at the front; 2 and 3 stay behind it
    expect((l.n as Waiter).d).toBe(1);
    expect(ps.map((p) => p.state)).toEqual(['fulfilled', 'pending', 'pending', 'pending']);
    expect(l.k).toBe(0);
    open = new Set([1, 2, 3]);
    wake(l, Infinity);
    await flush();
    expect(retried).toEqual([0, 1, 1, 2, 3]);
    expect(ps.map((p) => p.value)).toEqual([0, 1, 2, 3]);
    expect(l.n).toBe(l);
    wake(l, 1); // nobody waits: nothing to remember
    expect(l.k).toBe(0);
    const q = track(wait(l, undefined, 9));
    all(l, 'bye');
    await flush();
    expect(q.reason).toBe('bye');
    expect(l.n).toBe(l);
  });

  it('a retry that throws rejects that waiter and passes the wake-up on', async () => {
    const l = waitList('m', (w: Waiter) => {
      if (w.d === 0) throw new Error('boom');
      return 'ok';
    });
    const a = track(wait(l, undefined, 0));
    const b = track(wait(l, undefined, 1));
    wake(l, 1);
    await flush();
    expect((a.reason as Error).message).toBe('boom');
    expect(b.value).toBe('ok');
  });

  it('a woken waiter that leaves passes its wake-up on; all(ok) resolves everyone; leaving twice changes nothing', async () => {
    vi.useFakeTimers();
    const served: unknown[] = [];
    const l = waitList('m', (w) => {
      served.push(w.d);
      return undefined;
    });
    const a = track(wait(l, { timeout: 5 }, 'a'));
    const b = track(wait(l, undefined, 'b'));
    wake(l, 1);
    vi.advanceTimersByTime(5); // a times out before its retry
    await flush();
    expect(isDomError(a.reason, 'TimeoutError')).toBe(true);
    expect(served).toEqual(['b']);
    expect(b.state).toBe('fulfilled');
    const ac = new AbortController();
    const c = track(wait(l, { signal: ac.signal }));
    const d = track(wait(l, undefined));
    ac.abort('x');
    ac.signal.dispatchEvent(new Event('abort')); // a second abort event finds the waiter settled
    await flush();
    expect(c.reason).toBe('x');
    all(l, undefined, true);
    await flush();
    expect(d.state).toBe('fulfilled');
    expect(isDomError(await wait(l, { timeout: 0 }).catch((e: unknown) => e), 'TimeoutError')).toBe(true);
  });

  it('a timeout longer than setTimeout allows is re-armed in steps', async () => {
    vi.useFakeTimers();
    const l = waitList('m', () => WAIT);
    const p = track(wait(l, { timeout: 0x7fffffff + 10 }));
    vi.advanceTimersByTime(0x7fffffff);
    await flush();
    expect(p.state).toBe('pending');
    vi.advanceTimersByTime(10);
    await flush();
    expect((p.reason as Error).message).toBe('m: timed out after 2147483657 ms');
    expect(vi.getTimerCount()).toBe(0);
  });
});
