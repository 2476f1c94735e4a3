// Observable: construction and its audit event, delivery, accumulation, errors, sequential notification, the
// waits (with timeouts and aborts), subscriptions, ntimes, accumulation control, operators and disposal.
import { localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Observable, type Observer } from '../src/Observable.js';
import { deferred, flush, isDomError, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

describe('Observable', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('construction', () => {
    it('check 1: raises asyncutils.channels.Observable with [maxsize] first; a throwing hook vetoes', () => {
      const rec = recordEvents();
      try {
        new Observable();
        new Observable([], { maxsize: null });
        new Observable([], { maxsize: 5 });
        new Observable([], {});
      } finally {
        rec.off();
      }
      expect(rec.events).toEqual([
        ['asyncutils.channels.Observable', [0]],
        ['asyncutils.channels.Observable', [null]],
        ['asyncutils.channels.Observable', [5]],
        ['asyncutils.channels.Observable', [0]],
      ]);
      const err = new Error('no observables');
      using _v = veto('asyncutils.channels.Observable', err);
      const seen: unknown[] = [];
      expect(thrown(() => new Observable([() => seen.push(1)]))).toBe(err);
    });

    it('check 1: {maxsize: 1.5} and NaN throw RangeError; a non-number maxsize, bad options or observers throw TypeError', () => {
      expect(() => new Observable([], { maxsize: 1.5 })).toThrow(RangeError);
      expect(() => new Observable([], { maxsize: Number.NaN })).toThrow(RangeError);
      expect(() => new Observable([], { maxsize: 1.5 })).toThrow('asyncutils.channels.Observable: maxsize must be an integer or null, got 1.5');
      expect(() => new Observable([], { maxsize: '3' as unknown as number })).toThrow(TypeError);
      expect(() => new Observable([], 5 as unknown as { maxsize: number })).toThrow(TypeError);
      expect(() => new Observable([1 as unknown as Observer])).toThrow(TypeError);
    });

    it('is idle at once and starts with its initial observers, in order', async () => {
      const calls: string[] = [];
      const o = new Observable<[number]>([(x) => calls.push(`a${x}`), (x) => calls.push(`b${x}`)]);
      expect(o.idle).toBe(true);
      expect(o.notifying).toBe(false);
      await o.notify(1);
      expect(calls).toEqual(['a1', 'b1']);
    });
  });

  describe('delivery', () => {
    it('check 2: calls every observer with the args, started in subscription order; concurrent, not sequential', async () => {
      const o = new Observable<[number, string]>();
      const started: string[] = [];
      o.subscribeNowait(async (n, s) => {
        started.push(`first ${n} ${s}`);
        await new Promise((r) => setTimeout(r, 10));
      });
      o.subscribeNowait(async (n, s) => {
        started.push(`second ${n} ${s}`);
        await new Promise((r) => setTimeout(r, 10));
      });
      const t = track(o.notify(1, 'a'));
      expect(started).toEqual(['first 1 a', 'second 1 a']);
      expect(o.notifying).toBe(true);
      await vi.advanceTimersByTimeAsync(10);
      expect(t.state).toBe('fulfilled');
      expect(o.idle).toBe(true);
    });

    it('check 2: subscribing one function twice is one subscription', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      o.subscribeNowait(f);
      o.subscribeNowait(f);
      await o.notify(1);
      expect(f).toHaveBeenCalledTimes(1);
      expect([...o]).toEqual([f]);
    });

    it('check 3: without observers notify resolves at once and is not replayed to a later subscriber', async () => {
      const o = new Observable<[number]>();
      await o.notify(1);
      const f = vi.fn();
      o.subscribeNowait(f);
      await o.handleNotifications();
      await flush();
      expect(f).not.toHaveBeenCalled();
    });

    it('notifyWith rejects (never throws) on bad arguments', async () => {
      const o = new Observable<[number]>([() => {}]);
      expect(await rejection(o.notifyWith(1 as unknown as [number]))).toBeInstanceOf(TypeError);
      expect(await rejection(o.notifyWith([1], { timeout: -1 }))).toBeInstanceOf(RangeError);
      expect(await rejection(o.notifyWith([1], { timeout: Number.NaN }))).toBeInstanceOf(RangeError);
      expect(await rejection(o.notifyWith([1], { suppressErrors: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
      expect(await rejection(o.notifyWith([1], { signal: {} as AbortSignal }))).toBeInstanceOf(TypeError);
      expect(await rejection(o.notifyWith([1], null as unknown as undefined))).toBeInstanceOf(TypeError);
    });
  });

  describe('accumulation', () => {
    it('check 4: notifications during a run are buffered and delivered one at a time, in order', async () => {
      const gate = deferred();
      const received: number[] = [];
      let running = 0;
      let maxRunning = 0;
      const o = new Observable<[number]>();
      o.subscribeNowait(async (x) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        received.push(x);
        if (x === 1) await gate.promise;
        running--;
      });
      const n1 = track(o.notify(1));
      const n2 = track(o.notify(2));
      await flush();
      expect(n2.state).toBe('fulfilled');
      expect(n1.state).toBe('pending');
      expect(received).toEqual([1]);
      gate.resolve();
      await n1.promise;
      expect(received).toEqual([1, 2]);
      expect(maxRunning).toBe(1);
      expect(o.idle).toBe(true);
      await o.waitUntilIdle();
    });

    it('check 5: {maxsize: null}: notify(2) waits for the run of 1 to end, then delivers 2', async () => {
      const gate = deferred();
      const received: number[] = [];
      const o = new Observable<[number]>([], { maxsize: null });
      o.subscribeNowait(async (x) => {
        received.push(x);
        if (x === 1) await gate.promise;
      });
      const n1 = track(o.notify(1));
      const n2 = track(o.notify(2));
      await flush();
      expect(n2.state).toBe('pending');
      expect(received).toEqual([1]);
      gate.resolve();
      await n2.promise;
      expect(n1.state).toBe('fulfilled');
      expect(received).toEqual([1, 2]);
    });

    it('check 5: {maxsize: 1}: notify(2) is queued at once, notify(3) waits until 2 is taken from the queue', async () => {
      const gates = [deferred(), deferred(), deferred()];
      const received: number[] = [];
      const o = new Observable<[number]>([], { maxsize: 1 });
      o.subscribeNowait(async (x) => {
        received.push(x);
        await gates[x - 1]?.promise;
      });
      const n1 = track(o.notify(1));
      const n2 = track(o.notify(2));
      const n3 = track(o.notify(3));
      await flush();
      expect(n2.state).toBe('fulfilled');
      expect(n3.state).toBe('pending');
      gates[0]?.resolve();
      await flush();
      expect(received).toEqual([1, 2]);
      expect(n3.state).toBe('fulfilled'); // 2 was taken, 3 took its place
      gates[1]?.resolve();
      gates[2]?.resolve();
      await n1.promise;
      expect(received).toEqual([1, 2, 3]);
    });

    it('waiting for room is FIFO among callers and respects timeout and abort', async () => {
      const gate = deferred();
      const received: number[] = [];
      const o = new Observable<[number]>([], { maxsize: 1 });
      o.subscribeNowait(async (x) => {
        received.push(x);
        if (x === 1) await gate.promise;
      });
      const n1 = track(o.notify(1));
      await o.notify(2); // fills the queue
      const ac = new AbortController();
      const timedOut = track(o.notifyWith([3], { timeout: 5 }));
      const aborted = track(o.notifyWith([4], { signal: ac.signal }));
      const n5 = track(o.notify(5));
      const n6 = track(o.notify(6));
      await vi.advanceTimersByTimeAsync(5);
      expect(timedOut.state).toBe('rejected');
      expect(isDomError(timedOut.reason, 'TimeoutError')).toBe(true);
      expect((timedOut.reason as Error).message).toBe('asyncutils.channels.Observable.notifyWith: timed out after 5 ms');
      ac.abort('stop');
      await flush();
      expect(aborted.reason).toBe('stop');
      gate.resolve();
      await n1.promise;
      expect(n5.state).toBe('fulfilled');
      expect(n6.state).toBe('fulfilled');
      expect(received).toEqual([1, 2, 5, 6]);
    });

    it('an already aborted signal rejects without waiting', async () => {
      const gate = deferred();
      const o = new Observable<[number]>([], { maxsize: null });
      o.subscribeNowait(() => gate.promise);
      const n1 = o.notify(1);
      expect(await rejection(o.notifyWith([2], { signal: AbortSignal.abort('early') }))).toBe('early');
      gate.resolve();
      await n1;
    });
  });

  describe('errors', () => {
    it('check 6: a throwing observer makes notify reject after the others settle; the earliest failure wins', async () => {
      const o = new Observable<[number]>();
      const late = deferred();
      let lateDone = false;
      o.subscribeNowait(async () => {
        await late.promise;
        lateDone = true;
        throw new Error('first');
      });
      o.subscribeNowait(() => {
        throw new Error('second');
      });
      const n = track(o.notify(1));
      await flush();
      expect(n.state).toBe('pending');
      late.resolve();
      await flush();
      expect(lateDone).toBe(true);
      expect((n.reason as Error).message).toBe('first');
      expect(o.idle).toBe(true);
      await o.notifyWith([1], { suppressErrors: true });
    });

    it('check 6: a failing queued notification rejects the active notify; the rest is delivered by handleNotifications()', async () => {
      const gate = deferred();
      const received: number[] = [];
      const o = new Observable<[number]>();
      o.subscribeNowait(async (x) => {
        received.push(x);
        if (x === 1) await gate.promise;
        if (x === 2) throw new RangeError('two');
      });
      const n1 = track(o.notify(1));
      await o.notify(2);
      await o.notify(3);
      gate.resolve();
      await flush();
      expect(n1.reason).toBeInstanceOf(RangeError);
      expect(received).toEqual([1, 2]);
      expect(o.idle).toBe(true);
      await o.handleNotifications();
      expect(received).toEqual([1, 2, 3]);
    });

    it('a queued notification keeps its own suppressErrors flag', async () => {
      const gate = deferred();
      const o = new Observable<[number]>();
      o.subscribeNowait(async (x) => {
        if (x === 1) await gate.promise;
        else throw new Error(`bad ${x}`);
      });
      const n1 = track(o.notify(1));
      await o.notifyWith([2], { suppressErrors: true });
      gate.resolve();
      await n1.promise; // 2's failure is suppressed
      expect(n1.state).toBe('fulfilled');
    });
  });

  describe('notifySequential', () => {
    const setup = () => {
      const o = new Observable<[number]>();
      const bad = new Error('middle');
      const middle: Observer<[number]> = () => {
        throw bad;
      };
      o.subscribeNowait((x) => x + 1);
      o.subscribeNowait(middle);
      o.subscribeNowait(async (x) => x * 10);
      return { o, bad, middle };
    };
    const collect = async (g: AsyncGenerator<unknown, void, undefined>) => {
      const out: unknown[] = [];
      for await (const r of g) out.push(r);
      return out;
    };

    it('check 7: yields each result in order; default: throws the failure', async () => {
      const o = new Observable<[number]>([(x) => x + 1, async (x) => x * 10]);
      expect(await collect(o.notifySequential([2]))).toEqual([3, 20]);
      const { o: o2, bad } = setup();
      const out: unknown[] = [];
      const err = await rejection(
        (async () => {
          for await (const r of o2.notifySequential([2])) out.push(r);
        })(),
      );
      expect(err).toBe(bad);
      expect(out).toEqual([3]);
    });

    it('check 7: silent stops after the failure; silent+persistent skips it; persistent calls onError and continues', async () => {
      const { o, bad, middle } = setup();
      expect(await collect(o.notifySequential([2], { silent: true }))).toEqual([3]);
      expect(await collect(o.notifySequential([2], { silent: true, persistent: true }))).toEqual([3, 20]);
      const onError = vi.fn();
      expect(await collect(o.notifySequential([2], { persistent: true, onError }))).toEqual([3, 20]);
      expect(onError).toHaveBeenCalledWith(bad, middle);
      const report = vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(await collect(o.notifySequential([2], { persistent: true }))).toEqual([3, 20]);
      expect(report).toHaveBeenCalledWith(bad);
      expect(o.idle).toBe(true);
    });

    it('rejects bad arguments at the first next()', async () => {
      const o = new Observable<[number]>();
      expect(await rejection(o.notifySequential(1 as unknown as [number]).next())).toBeInstanceOf(TypeError);
      expect(await rejection(o.notifySequential([1], { onError: 1 as unknown as () => void }).next())).toBeInstanceOf(TypeError);
    });
  });

  describe('waits', () => {
    it('check 8: waitForNext resolves with a copy of the next args; the temporary observer is removed', async () => {
      const o = new Observable<[number, string]>();
      const f = vi.fn();
      o.subscribeNowait(f);
      const next = o.waitForNext();
      expect([...o]).toHaveLength(2);
      await o.notify(1, 'a');
      expect(await next).toEqual([1, 'a']);
      expect([...o]).toEqual([f]);
    });

    it('check 8: {timeout: 20} rejects TimeoutError with the observers unchanged; abort rejects with the reason', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      o.subscribeNowait(f);
      const t = track(o.waitForNext({ timeout: 20 }));
      await vi.advanceTimersByTimeAsync(19);
      expect(t.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      expect([...o]).toEqual([f]);
      const ac = new AbortController();
      const a = track(o.waitForNext({ signal: ac.signal }));
      ac.abort('why');
      await flush();
      expect(a.reason).toBe('why');
      expect([...o]).toEqual([f]);
      expect(await rejection(o.waitForNext({ signal: AbortSignal.abort('pre') }))).toBe('pre');
      expect([...o]).toEqual([f]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('waitForNext strict: removed by other code → RangeError instead of the outcome', async () => {
      const o = new Observable<[number]>();
      const t = track(o.waitForNext({ strict: true, timeout: 10 }));
      const [temp] = [...o];
      o.unsubscribeNowait(temp as Observer<[number]>);
      await vi.advanceTimersByTimeAsync(10);
      expect(t.reason).toBeInstanceOf(RangeError);
      const ok = o.waitForNext({ strict: true });
      await o.notify(7);
      expect(await ok).toEqual([7]);
      expect(await rejection(o.waitForNext({ strict: 'yes' as unknown as boolean }))).toBeInstanceOf(TypeError);
    });

    it('waitUntilIdle resolves at once when idle, after the run otherwise, and honours timeout and abort', async () => {
      const o = new Observable<[number]>();
      await o.waitUntilIdle();
      const gate = deferred();
      o.subscribeNowait(() => gate.promise);
      const run = o.notify(1);
      const w = track(o.waitUntilIdle());
      const t = track(o.waitUntilIdle({ timeout: 5 }));
      const ac = new AbortController();
      const a = track(o.waitUntilIdle({ signal: ac.signal }));
      await vi.advanceTimersByTimeAsync(5);
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      ac.abort(new Error('abort'));
      await flush();
      expect((a.reason as Error).message).toBe('abort');
      expect(w.state).toBe('pending');
      gate.resolve();
      await run;
      await flush();
      expect(w.state).toBe('fulfilled');
      expect(await rejection(o.waitUntilIdle({ timeout: -5 }))).toBeInstanceOf(RangeError);
    });
  });

  describe('subscriptions', () => {
    it('check 9: subscribe during a run resolves after the run; its unsubscriber removes the observer', async () => {
      const gate = deferred();
      const o = new Observable<[number]>();
      o.subscribeNowait(() => gate.promise);
      const run = o.notify(1);
      const f = vi.fn();
      const sub = track(o.subscribe(f));
      await flush();
      expect(sub.state).toBe('pending');
      gate.resolve();
      await run;
      await flush();
      expect(sub.state).toBe('fulfilled');
      await o.notify(2);
      expect(f).toHaveBeenCalledWith(2);
      (sub.value as (strict?: boolean) => void)();
      await o.notify(3);
      expect(f).toHaveBeenCalledTimes(1);
      expect(() => (sub.value as (strict?: boolean) => void)(true)).toThrow(RangeError);
    });

    it('check 9: unsubscribeNowait(absent, true) throws RangeError; non-strict is a no-op; unsubscribe() waits for idle', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      expect(() => o.unsubscribeNowait(f, true)).toThrow('asyncutils.channels.Observable.unsubscribeNowait: observer is not subscribed');
      o.unsubscribeNowait(f);
      expect(await rejection(o.unsubscribe(f, true))).toBeInstanceOf(RangeError);
      await o.unsubscribe(f);
      o.subscribeNowait(f);
      const gate = deferred();
      o.subscribeNowait(() => gate.promise);
      const run = o.notify(1);
      const u = track(o.unsubscribe(f));
      await flush();
      expect(u.state).toBe('pending');
      gate.resolve();
      await run;
      await flush();
      expect(u.state).toBe('fulfilled');
      expect([...o]).not.toContain(f);
    });

    it('subscribe rejects a non-function; subscribeNowait and subscribeSyncObserver throw TypeError', async () => {
      const o = new Observable();
      expect(await rejection(o.subscribe(1 as unknown as Observer))).toBeInstanceOf(TypeError);
      expect(() => o.subscribeNowait(null as unknown as Observer)).toThrow(TypeError);
      expect(() => o.subscribeSyncObserver('f' as unknown as Observer)).toThrow(TypeError);
      const f = vi.fn();
      const off = o.subscribeSyncObserver(f);
      await o.notify(1);
      expect(f).toHaveBeenCalledWith(1);
      off();
      expect([...o]).toEqual([]);
    });

    it('check 10: unsubscribeEventually during a run: it still receives the queued notifications, gone after the run', async () => {
      const gate = deferred();
      const o = new Observable<[number]>();
      const f = vi.fn();
      o.subscribeNowait(async (x) => {
        if (x === 1) await gate.promise;
      });
      o.subscribeNowait(f);
      const run = o.notify(1);
      await o.notify(2);
      o.unsubscribeEventually(f);
      gate.resolve();
      await run;
      expect(f.mock.calls).toEqual([[1], [2]]);
      expect([...o]).not.toContain(f);
    });

    it('check 10: when idle it is removed at once; {asap: false} defers to handleUnsubscriptions()', () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      const g = vi.fn();
      o.subscribeNowait(f);
      o.subscribeNowait(g);
      o.unsubscribeEventually(f);
      expect([...o]).toEqual([g]);
      o.unsubscribeEventually(g, { asap: false });
      expect([...o]).toEqual([g]);
      o.handleUnsubscriptions();
      expect([...o]).toEqual([]);
      expect(() => o.unsubscribeEventually(g, { asap: 0 as unknown as boolean })).toThrow(TypeError);
    });

    it('check 14: iterating while unsubscribing inside the loop does not throw', () => {
      const o = new Observable();
      const fs = [vi.fn(), vi.fn(), vi.fn()];
      for (const f of fs) o.subscribeNowait(f);
      const seen: Observer[] = [];
      for (const f of o) {
        seen.push(f);
        o.unsubscribeNowait(f);
        o.subscribeNowait(vi.fn());
      }
      expect(seen).toEqual(fs);
      expect([...o]).toHaveLength(3);
    });
  });

  describe('ntimes', () => {
    it('check 11: ntimes(o, 2) calls o for two notifications, not the third, without deadlock', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn(async () => {});
      o.ntimes(f, 2);
      await o.notify(1);
      await o.notify(2);
      await o.notify(3);
      expect(f.mock.calls).toEqual([[1], [2]]);
      expect([...o]).toEqual([]);
    });

    it('check 11: ntimes(o) uses OBSERVABLE_DEFAULT_NTIMES_N (1); ntimes(o, 0) throws RangeError', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      o.ntimes(f);
      await o.notify(1);
      await o.notify(2);
      expect(f).toHaveBeenCalledTimes(1);
      expect(() => o.ntimes(f, 0)).toThrow('asyncutils.channels.Observable.ntimes: n must be positive');
      expect(() => o.ntimes(f, 0)).toThrow(RangeError);
      expect(() => o.ntimes(f, 1.5)).toThrow(RangeError);
      expect(() => o.ntimes(f, '2' as unknown as number)).toThrow(TypeError);
      const g = vi.fn();
      localContext({ OBSERVABLE_DEFAULT_NTIMES_N: 3 }, () => o.ntimes(g));
      for (let i = 0; i < 5; i++) await o.notify(i);
      expect(g).toHaveBeenCalledTimes(3);
    });

    it('a call that throws does not count; the returned unsubscriber removes the wrapper', async () => {
      const o = new Observable<[number]>();
      let calls = 0;
      o.ntimes((x) => {
        calls++;
        if (x < 0) throw new Error('neg');
      }, 1);
      await o.notifyWith([-1], { suppressErrors: true });
      await o.notify(1);
      await o.notify(2);
      expect(calls).toBe(2);
      const off = o.ntimes(vi.fn(), 5);
      expect([...o]).toHaveLength(1);
      off();
      expect([...o]).toHaveLength(0);
    });
  });

  describe('accumulation control', () => {
    it('check 12: startAccumulation on {maxsize: null} → true, then notifications queue; again → false; default → false', async () => {
      const o = new Observable<[number]>([], { maxsize: null });
      expect(o.startAccumulation()).toBe(true);
      expect(o.startAccumulation()).toBe(false);
      expect(new Observable().startAccumulation()).toBe(false);
      const gate = deferred();
      o.subscribeNowait(async (x) => {
        if (x === 1) await gate.promise;
      });
      const run = o.notify(1);
      const n2 = track(o.notify(2));
      await flush();
      expect(n2.state).toBe('fulfilled');
      gate.resolve();
      await run;
    });

    it('check 12: restartAccumulation({flush: false}) drops queued notifications; the default delivers them first', async () => {
      const received: number[] = [];
      const gate = deferred();
      const o = new Observable<[number]>([], { maxsize: 5 });
      o.subscribeNowait(async (x) => {
        received.push(x);
        if (x === 1) await gate.promise;
      });
      const run = o.notify(1);
      await o.notify(2);
      await o.restartAccumulation({ flush: false });
      gate.resolve();
      await run;
      expect(received).toEqual([1]);

      const gate2 = deferred();
      const o2 = new Observable<[number]>([], { maxsize: null });
      const got: number[] = [];
      o2.subscribeNowait(async (x) => {
        got.push(x);
        if (x === 1) await gate2.promise;
      });
      const r1 = o2.notify(1);
      const waiting = track(o2.notify(2)); // accumulation disabled: waits for idle
      await o2.restartAccumulation(); // enables an unbounded buffer
      expect(waiting.state).toBe('pending');
      await o2.notify(3); // buffered now
      gate2.resolve();
      await r1;
      await waiting.promise;
      expect(got).toEqual([1, 3, 2]);
      expect(await rejection(o2.restartAccumulation({ flush: 'no' as unknown as boolean }))).toBeInstanceOf(TypeError);
    });

    it('restartAccumulation wakes callers waiting for room in the old bounded buffer', async () => {
      const gate = deferred();
      const got: number[] = [];
      const o = new Observable<[number]>([], { maxsize: 1 });
      o.subscribeNowait(async (x) => {
        got.push(x);
        if (x === 1) await gate.promise;
      });
      const run = o.notify(1);
      await o.notify(2);
      const n3 = track(o.notify(3));
      await flush();
      expect(n3.state).toBe('pending');
      await o.restartAccumulation({ flush: false });
      await flush();
      expect(n3.state).toBe('fulfilled');
      gate.resolve();
      await run;
      expect(got).toEqual([1, 3]);
    });

    it('handleNotifications is a no-op without accumulation and delivers each queued notification once under a concurrent run', async () => {
      await new Observable([], { maxsize: null }).handleNotifications();
      const gate = deferred();
      const got: number[] = [];
      const o = new Observable<[number]>();
      o.subscribeNowait(async (x) => {
        got.push(x);
        if (x === 1) await gate.promise;
      });
      const run = o.notify(1);
      await o.notify(2);
      await o.notify(3);
      const h = o.handleNotifications(); // takes 2 while the run is blocked on 1
      gate.resolve();
      await Promise.all([run, h]);
      expect(got.sort()).toEqual([1, 2, 3]);
    });
  });

  describe('operators', () => {
    const sink = <A extends unknown[]>(o: Observable<A>): A[] => {
      const out: A[] = [];
      o.subscribeNowait((...a) => void out.push(a));
      return out;
    };

    it('check 13: each operator raises the Observable event with [0]', () => {
      const src = new Observable<[number]>();
      const other = new Observable<[number]>();
      const rec = recordEvents();
      try {
        src.filter(() => true);
        src.map((x) => [x]);
        src.atChange();
        src.throttle(1);
        src.debounce(1);
        src.buffer(1);
        src.fork();
        src.merge([other]);
      } finally {
        rec.off();
      }
      expect(rec.events).toEqual(Array.from({ length: 8 }, () => ['asyncutils.channels.Observable', [0]]));
    });

    it('check 13: filter, map, atChange', async () => {
      const src = new Observable<[number]>();
      const f = sink(src.filter((x) => x > 1));
      const m = sink(src.map((x) => [x * 2] as [number]));
      for (const x of [1, 2, 3]) await src.notify(x);
      expect(f).toEqual([[2], [3]]);
      expect(m).toEqual([[2], [4], [6]]);

      const a = new Observable<[number]>();
      const changes = sink(a.atChange());
      for (const x of [1, 1, 2, 2, 1]) await a.notify(x);
      expect(changes).toEqual([[1], [2], [1]]);

      const s = new Observable<[string]>();
      const byLen = sink(s.atChange((w) => w.length));
      for (const w of ['a', 'b', 'cc']) await s.notify(w);
      expect(byLen).toEqual([['a'], ['cc']]);

      const two = new Observable<[number, number?]>();
      const t2 = sink(two.atChange());
      await two.notifyWith([1, 2]);
      await two.notifyWith([1, 2]);
      await two.notifyWith([1]);
      expect(t2).toEqual([[1, 2], [1]]);
    });

    it('check 13: throttle(100) at 0, 50, 120 ms delivers at 0 and 120', async () => {
      const src = new Observable<[number]>();
      const out = sink(src.throttle(100));
      await src.notify(0);
      await vi.advanceTimersByTimeAsync(50);
      await src.notify(50);
      await vi.advanceTimersByTimeAsync(70);
      await src.notify(120);
      expect(out).toEqual([[0], [120]]);
    });

    it('check 13: debounce(100) at 0 and 50 delivers once at 150 with the second args; the source notify resolves at once', async () => {
      const src = new Observable<[number]>();
      const out = sink(src.debounce(100));
      await src.notify(1);
      await vi.advanceTimersByTimeAsync(50);
      await src.notify(2);
      await vi.advanceTimersByTimeAsync(99);
      expect(out).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(out).toEqual([[2]]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('debounce reports delivery errors', async () => {
      const report = vi.spyOn(console, 'error').mockImplementation(() => {});
      const src = new Observable<[number]>();
      const bad = new Error('derived');
      src.debounce(10).subscribeNowait(() => {
        throw bad;
      });
      await src.notify(1);
      await vi.advanceTimersByTimeAsync(10);
      expect(report).toHaveBeenCalledWith(bad);
    });

    it('check 13: buffer(2) delivers after every second notification, buffer(0) after each', async () => {
      const src = new Observable<[number]>();
      const two = sink(src.buffer(2));
      const each = sink(src.buffer(0));
      await src.notify(1);
      expect(two).toEqual([]);
      await src.notify(2);
      expect(two).toEqual([[1], [2]]);
      await src.notify(3);
      expect(two).toEqual([[1], [2]]);
      expect(each).toEqual([[1], [2], [3]]);
      expect(() => src.buffer(1.5)).toThrow(RangeError);
      expect(() => src.buffer(Number.NaN)).toThrow(RangeError);
      expect(() => src.buffer('2' as unknown as number)).toThrow(TypeError);
    });

    it('buffer: the first failure in buffer order fails the source notification', async () => {
      const src = new Observable<[number]>();
      const d = src.buffer(2);
      const slow = deferred();
      d.subscribeNowait(async (x) => {
        if (x === 1) {
          await slow.promise;
          throw new Error('one');
        }
        throw new Error('two');
      });
      await src.notify(1);
      const n = track(src.notify(2));
      await flush();
      expect(n.state).toBe('pending');
      slow.resolve();
      await flush();
      expect((n.reason as Error).message).toBe('one');
    });

    it('check 13: fork receives everything through its own notifyWith; merge receives from all sources', async () => {
      const a = new Observable<[number]>();
      const b = new Observable<[number]>();
      const forked = sink(a.fork());
      const merged = sink(a.merge([b]));
      await a.notify(1);
      await b.notify(2);
      await a.notify(3);
      expect(forked).toEqual([[1], [3]]);
      expect(merged).toEqual([[1], [2], [3]]);
      expect(() => a.merge([{} as Observable<[number]>])).toThrow(TypeError);
    });

    it('check 13: a throwing derived observer makes the source notify reject unless suppressErrors', async () => {
      const src = new Observable<[number]>();
      const bad = new Error('derived failed');
      src.filter(() => true).subscribeNowait(() => {
        throw bad;
      });
      expect(await rejection(src.notify(1))).toBe(bad);
      const quiet = new Observable<[number]>();
      quiet.map((x) => [x], { suppressErrors: true }).subscribeNowait(() => {
        throw bad;
      });
      await quiet.notify(1);
      const forked = new Observable<[number]>();
      forked.fork().subscribeNowait(() => {
        throw bad;
      });
      expect(await rejection(forked.notify(1))).toBe(bad);
    });

    it('map requires an array result; operators validate their arguments', async () => {
      const src = new Observable<[number]>();
      src.map((x) => x as unknown as [number]);
      const err = await rejection(src.notify(1));
      expect(err).toBeInstanceOf(TypeError);
      expect((err as Error).message).toBe('asyncutils.channels.Observable.map: transform must return an array, got 1');
      expect(() => src.filter(1 as unknown as () => boolean)).toThrow(TypeError);
      expect(() => src.map(null as unknown as () => [number])).toThrow(TypeError);
      expect(() => src.atChange(5 as unknown as () => unknown)).toThrow(TypeError);
      expect(() => src.debounce(-1)).toThrow(RangeError);
      expect(() => src.throttle(Number.NaN)).toThrow(RangeError);
      expect(() => src.fork({ suppressErrors: 'x' as unknown as boolean })).toThrow(TypeError);
      expect(() => src.fork(7 as unknown as undefined)).toThrow(TypeError);
    });

    it('operators of a subclass create instances of the subclass', () => {
      class Tagged<A extends unknown[]> extends Observable<A> {}
      const t = new Tagged<[number]>();
      expect(t.map((x) => [x])).toBeInstanceOf(Tagged);
      expect(t.filter(() => true)).toBeInstanceOf(Tagged);
    });
  });

  describe('disposal', () => {
    it('check 14: await using applies queued notifications and eventual unsubscriptions at scope exit', async () => {
      const gate = deferred();
      const got: number[] = [];
      const f = vi.fn();
      let o!: Observable<[number]>;
      let run!: Promise<void>;
      {
        await using obs = new Observable<[number]>();
        o = obs;
        obs.subscribeNowait(async (x) => {
          got.push(x);
          if (x === 1) await gate.promise;
        });
        run = obs.notify(1); // blocked on the gate
        await obs.notify(2); // queued
        obs.subscribeNowait(f);
        obs.unsubscribeEventually(f, { asap: false });
        expect(got).toEqual([1]);
      }
      expect(got).toEqual([1, 2]);
      expect(f).toHaveBeenCalledWith(2);
      expect([...o]).not.toContain(f);
      gate.resolve();
      await run;
    });
  });
});
