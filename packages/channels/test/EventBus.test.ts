// EventBus: construction and naming, subscriptions, middlewares, safe and unsafe publication, concurrency,
// timeouts and aborts, statistics, queries, waitForEvent, subscribeUntil and shutdown. The audit bridge is in
// audit.test.ts, event streams in EventStream.test.ts.
import { objectId } from '@asyncutils/audit';
import { localContext } from '@asyncutils/context';
import { BusShutDown, BusStatsError, BusTimeout } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus, type BusSubscriber, type BusWildcardSubscriber } from '../src/EventBus.js';
import { deferred, flush, isDomError, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

describe('EventBus', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('construction', () => {
    it('check 15: raises asyncutils.channels.EventBus with [name, objectId(bus)]; names; vetoes', () => {
      const rec = recordEvents();
      let named!: EventBus;
      let a!: EventBus;
      let b!: EventBus;
      try {
        named = new EventBus('orders');
        a = new EventBus();
        b = new EventBus({ handler: () => {} });
      } finally {
        rec.off();
      }
      expect(rec.events).toEqual([
        ['asyncutils.channels.EventBus', ['orders', objectId(named)]],
        ['asyncutils.channels.EventBus', [null, objectId(a)]],
        ['asyncutils.channels.EventBus', [null, objectId(b)]],
      ]);
      expect(named.name).toBe('asyncutils.channels.EventBus orders');
      const k = Number(/#(\d+)$/.exec(a.name)?.[1]);
      expect(a.name).toBe(`asyncutils.channels.EventBus #${k}`);
      expect(b.name).toBe(`asyncutils.channels.EventBus #${k + 1}`);
      expect(new EventBus({ name: 'x' }).name).toBe('asyncutils.channels.EventBus x');
      class AppBus extends EventBus {}
      expect(new AppBus('app').name).toBe('AppBus app');
      const err = new Error('no buses');
      using _v = veto('asyncutils.channels.EventBus', err);
      expect(thrown(() => new EventBus('vetoed'))).toBe(err);
      // the event comes before validation
      expect(thrown(() => new EventBus('bad', { maxConcurrent: 0 }))).toBe(err);
    });

    it('check 15: bad options throw RangeError/TypeError', () => {
      expect(() => new EventBus(null, { maxConcurrent: 0 })).toThrow(RangeError);
      expect(() => new EventBus(null, { maxConcurrent: 1.5 })).toThrow(RangeError);
      expect(() => new EventBus(null, { maxConcurrent: 0 })).toThrow('asyncutils.channels.EventBus: maxConcurrent must be a positive integer, got 0');
      expect(() => new EventBus(null, { maxConcurrent: '2' as unknown as number })).toThrow(TypeError);
      expect(() => new EventBus(null, { handler: 1 as unknown as () => void })).toThrow(TypeError);
      expect(() => new EventBus(null, { evsBufsize: -1 })).toThrow(RangeError);
      expect(() => new EventBus(null, { evsBufsize: 'x' as unknown as number })).toThrow(TypeError);
      expect(() => new EventBus(null, { trackingStats: 1 as unknown as boolean })).toThrow(TypeError);
      expect(() => new EventBus(5 as unknown as string)).toThrow(TypeError);
      expect(() => new EventBus(null, 5 as unknown as undefined)).toThrow(TypeError);
      expect(new EventBus(null, { maxConcurrent: Infinity }).activeTasks).toBe(0);
      expect(EventBus.WILDCARD).toBeNull();
    });
  });

  describe('subscriptions and publication', () => {
    it('check 16: subscribe returns the function; on(t)(g) === g; specific and wildcard calls; publish awaits async subscribers', async () => {
      const bus = new EventBus<{ x: number }>();
      const fn = vi.fn();
      const g = vi.fn();
      const w = vi.fn();
      expect(bus.subscribe(fn, 'x')).toBe(fn);
      expect(bus.on('x')(g)).toBe(g);
      expect(bus.subscribe(w)).toBe(w);
      const slow = deferred();
      let finished = false;
      bus.subscribe(async () => {
        await slow.promise;
        finished = true;
      }, 'x');
      const p = track(bus.publish('x', 1));
      await flush();
      expect(fn).toHaveBeenCalledWith(1);
      expect(g).toHaveBeenCalledWith(1);
      expect(w).toHaveBeenCalledWith('x', 1);
      expect(p.state).toBe('pending');
      slow.resolve();
      await p.promise;
      expect(finished).toBe(true);
      expect(bus.unsubscribe(fn, 'x')).toBe(true);
      expect(bus.unsubscribe(fn, 'x')).toBe(false);
      expect(bus.unsubscribe(w)).toBe(true);
      expect(bus.on(null)(w)).toBe(w);
      expect(bus.isSubscribed(w, null)).toBe(true);
    });

    it('nothing runs inside publish or startPublish: subscribers are called after the call returns', async () => {
      const bus = new EventBus();
      const calls: string[] = [];
      bus.subscribe(() => calls.push('sub'), 'x');
      bus.addMiddleware((_t, d) => {
        calls.push('mw');
        return d;
      });
      const p = bus.publish('x');
      const h = bus.startPublish('x');
      expect(calls).toEqual([]);
      await Promise.all([p, h.done]);
      expect(calls).toEqual(['mw', 'sub', 'mw', 'sub']);
    });

    it('subscribe and publish validate their arguments', async () => {
      const bus = new EventBus();
      expect(() => bus.subscribe(1 as unknown as BusWildcardSubscriber)).toThrow(TypeError);
      expect(() => bus.subscribe(vi.fn(), 5 as unknown as 'x')).toThrow(TypeError);
      expect(await rejection(bus.publish(5 as unknown as string))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.publish('x', 1, { wait: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.publish('x', 1, { safe: 'y' as unknown as boolean }))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.publish('x', 1, { timeout: -1 }))).toBeInstanceOf(RangeError);
      expect(await rejection(bus.publish('x', 1, { chaperone: 3 as unknown as () => void }))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.publish('x', 1, { signal: 3 as unknown as AbortSignal }))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.publish('x', 1, 3 as unknown as undefined))).toBeInstanceOf(TypeError);
      expect(() => bus.startPublish(1 as unknown as string)).toThrow(TypeError);
    });

    it('a subscriber added during a publication is not called by it; each publication takes its own snapshot', async () => {
      const bus = new EventBus();
      const late = vi.fn();
      const lateWild = vi.fn();
      bus.subscribe(() => {
        bus.subscribe(late, 'x');
        bus.subscribe(lateWild);
      }, 'x');
      await bus.publish('x', 1);
      expect(late).not.toHaveBeenCalled();
      expect(lateWild).not.toHaveBeenCalled();
      await bus.publish('x', 2);
      expect(late).toHaveBeenCalledWith(2);
      expect(lateWild).toHaveBeenCalledWith('x', 2);
    });
  });

  describe('middlewares', () => {
    it('check 17: middlewares run in order (sync and async); removeMiddleware; strict and result', async () => {
      const bus = new EventBus<{ x: number }>();
      const got: number[] = [];
      bus.subscribe((d) => void got.push(d), 'x');
      const c0 = bus.addMiddleware((_t, d) => (d as number) + 1);
      const c1 = bus.addMiddleware(async (_t, d) => (d as number) * 10);
      expect([c0, c1]).toEqual([0, 1]);
      await bus.publish('x', 1);
      expect(got).toEqual([20]);
      expect(bus.removeMiddleware(c0)).toBeUndefined();
      await bus.publish('x', 1);
      expect(got).toEqual([20, 10]);
      expect(() => bus.removeMiddleware(99, { strict: true })).toThrow(RangeError);
      expect(bus.removeMiddleware(99, { result: 'r' })).toBe('r');
      expect(bus.removeMiddleware(c0, { result: 'again' })).toBe('again');
      expect(bus.addMiddleware((_t, d) => d)).toBe(2); // cookies are never reused
      expect(() => bus.addMiddleware(1 as unknown as () => void)).toThrow(TypeError);
    });

    it('check 17: a throwing middleware: the next one gets the previous data, subscribers run, publish rejects AggregateError', async () => {
      const bus = new EventBus('mw');
      const got: unknown[] = [];
      const bad = new Error('mw failed');
      bus.subscribe((d) => void got.push(d), 'x');
      bus.addMiddleware(() => {
        throw bad;
      });
      bus.addMiddleware(async (_t, d) => `${String(d)}!`);
      bus.addMiddleware(() => Promise.reject(new Error('async mw failed')));
      const err = await rejection(bus.publish('x', 'data'));
      expect(got).toEqual(['data!']);
      expect(err).toBeInstanceOf(AggregateError);
      expect((err as AggregateError).errors.map((e: Error) => e.message)).toEqual(['mw failed', 'async mw failed']);
      expect((err as Error).message).toBe('errors occurred in publishing middlewares of asyncutils.channels.EventBus mw');
      const chaperone = vi.fn();
      await bus.publish('x', 'ok', { chaperone });
      expect(chaperone.mock.calls.map(([e]) => (e as Error).message)).toEqual(['mw failed', 'async mw failed']);
      const bad2 = new Error('chaperone failed');
      expect(
        await rejection(
          bus.publish('x', 'ok', {
            chaperone: () => {
              throw bad2;
            },
          }),
        ),
      ).toBe(bad2);
    });

    it('check 18: a temporary middleware applies until its promise settles; removeMiddleware returns its value or throws its reason', async () => {
      const bus = new EventBus<{ x: number }>();
      const got: number[] = [];
      bus.subscribe((d) => void got.push(d), 'x');
      const until = deferred<string>();
      const c = bus.addTempMiddleware((_t, d) => (d as number) + 100, until.promise);
      await bus.publish('x', 1);
      until.resolve('v');
      await flush();
      await bus.publish('x', 1);
      expect(got).toEqual([101, 1]);
      expect(bus.removeMiddleware(c)).toBe('v');
      expect(bus.removeMiddleware(c)).toBeUndefined();

      const failing = deferred<string>();
      const c2 = bus.addTempMiddleware((_t, d) => d, failing.promise);
      const reason = new Error('until failed');
      failing.reject(reason);
      await flush();
      expect(thrown(() => bus.removeMiddleware(c2))).toBe(reason);

      const pending = deferred();
      const c3 = bus.addTempMiddleware((_t, d) => d, pending.promise);
      expect(bus.removeMiddleware(c3, { result: 'live' })).toBe('live');
      expect(() => bus.addTempMiddleware((_t, d) => d, 5 as unknown as Promise<void>)).toThrow(TypeError);
    });
  });

  describe('safe and unsafe mode', () => {
    it('check 19: safe: a throwing subscriber goes to the handler, publish resolves, others ran; unsafe rejects', async () => {
      const handler = vi.fn();
      const bus = new EventBus(null, { handler });
      const bad = new Error('sub failed');
      const other = vi.fn();
      bus.subscribe(() => {
        throw bad;
      }, 'x');
      bus.subscribe(other, 'x');
      await bus.publish('x', 1);
      expect(handler).toHaveBeenCalledWith(bad);
      expect(other).toHaveBeenCalledWith(1);
      expect(await rejection(bus.publish('x', 1, { safe: false }))).toBe(bad);
      expect(handler).toHaveBeenCalledTimes(1);
    });

    it('check 19: the context constant EVENT_BUS_PUBLISH_DEFAULT_SAFE = false makes the default unsafe', async () => {
      const bus = new EventBus();
      const bad = new Error('unsafe');
      bus.subscribe(() => Promise.reject(bad), 'x');
      const p = localContext({ EVENT_BUS_PUBLISH_DEFAULT_SAFE: false }, () => bus.publish('x'));
      expect(await rejection(p)).toBe(bad);
      await bus.publish('x');
    });

    it('unsafe: the first failure in subscriber order wins, after all settle', async () => {
      const bus = new EventBus();
      const slow = deferred();
      bus.subscribe(async () => {
        await slow.promise;
        throw new Error('first');
      }, 'x');
      bus.subscribe(() => {
        throw new Error('second');
      }, 'x');
      bus.subscribe(() => {
        throw new Error('wild');
      });
      const p = track(bus.publish('x', 1, { safe: false }));
      await flush();
      expect(p.state).toBe('pending');
      slow.resolve();
      await flush();
      expect((p.reason as Error).message).toBe('first');
    });

    it('safe: a handler error (sync or async) fails the publication; an async handler is awaited', async () => {
      const hErr = new Error('handler failed');
      const bus = new EventBus(null, {
        handler: () => {
          throw hErr;
        },
      });
      bus.subscribe(() => Promise.reject(new Error('sub')), 'x');
      expect(await rejection(bus.publish('x'))).toBe(hErr);
      let handled = false;
      const h = deferred();
      const bus2 = new EventBus(null, {
        handler: async () => {
          await h.promise;
          handled = true;
        },
      });
      bus2.subscribe(() => {
        throw new Error('sub');
      }, 'x');
      const p = track(bus2.publish('x'));
      await flush();
      expect(p.state).toBe('pending');
      h.resolve();
      await p.promise;
      expect(handled).toBe(true);
      expect(bus2.activeTasks).toBe(0);
    });
  });

  describe('concurrency', () => {
    it('check 20: {maxConcurrent: 2}: activeTasks reaches 2 and never exceeds it; all five run', async () => {
      const bus = new EventBus(null, { maxConcurrent: 2 });
      const gates = Array.from({ length: 5 }, () => deferred());
      const started: number[] = [];
      let maxActive = 0;
      gates.forEach((g, i) =>
        bus.subscribe(async () => {
          started.push(i);
          maxActive = Math.max(maxActive, bus.activeTasks);
          await g.promise;
        }, 'x'),
      );
      const p = bus.publish('x');
      await flush();
      expect(bus.activeTasks).toBe(2);
      expect(started).toEqual([0, 1]);
      for (const g of gates) {
        g.resolve();
        await flush();
        expect(bus.activeTasks).toBeLessThanOrEqual(2);
      }
      await p;
      expect(started).toEqual([0, 1, 2, 3, 4]);
      expect(maxActive).toBe(2);
      expect(bus.activeTasks).toBe(0);
    });

    it('the limit is shared across publications, FIFO', async () => {
      const bus = new EventBus(null, { maxConcurrent: 1 });
      const order: string[] = [];
      const g = deferred();
      bus.subscribe(async (d) => {
        order.push(`start ${String(d)}`);
        if (d === 'a') await g.promise;
      }, 'x');
      const a = bus.publish('x', 'a');
      const b = bus.publish('x', 'b');
      const c = bus.publish('x', 'c');
      await flush();
      expect(order).toEqual(['start a']);
      g.resolve();
      await Promise.all([a, b, c]);
      expect(order).toEqual(['start a', 'start b', 'start c']);
    });
  });

  describe('timeouts, aborts and wait: false', () => {
    it('check 21: {timeout: 50} with a never-settling subscriber rejects BusTimeout at 50 ms; with maxConcurrent 1 the second never starts', async () => {
      const bus = new EventBus('t', { maxConcurrent: 1 });
      const second = vi.fn();
      bus.subscribe(() => new Promise(() => {}), 'x');
      bus.subscribe(second, 'x');
      const p = track(bus.publish('x', 1, { timeout: 50 }));
      await vi.advanceTimersByTimeAsync(49);
      expect(p.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(p.reason).toBeInstanceOf(BusTimeout);
      expect((p.reason as Error).message).toBe("asyncutils.channels.EventBus t: publishing of event 'x' took too long");
      await vi.advanceTimersByTimeAsync(1000);
      expect(second).not.toHaveBeenCalled();
      expect(bus.activeTasks).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('check 21: {wait: false} resolves before subscribers finish; a middleware failure reaches the handler as an AggregateError', async () => {
      const handler = vi.fn();
      const bus = new EventBus(null, { handler });
      const slow = deferred();
      let done = false;
      bus.subscribe(async () => {
        await slow.promise;
        done = true;
      }, 'x');
      bus.addMiddleware(() => {
        throw new Error('mw');
      });
      await bus.publish('x', 1, { wait: false });
      expect(done).toBe(false);
      slow.resolve();
      await flush();
      expect(done).toBe(true);
      expect(handler).toHaveBeenCalledTimes(1);
      expect(handler.mock.calls[0]?.[0]).toBeInstanceOf(AggregateError);
    });

    it('{wait: false}: an error of the handler itself is reported', async () => {
      const report = vi.spyOn(console, 'error').mockImplementation(() => {});
      const hErr = new Error('handler');
      const bus = new EventBus(null, {
        handler: () => {
          throw hErr;
        },
      });
      bus.addMiddleware(() => {
        throw new Error('mw');
      });
      await bus.publish('x', 1, { wait: false });
      await flush();
      expect(report).toHaveBeenCalledWith(hErr);
    });

    it('abort: a signal or handle.abort() rejects with the reason; calls waiting for a slot never start; running ones continue', async () => {
      const handler = vi.fn();
      const bus = new EventBus(null, { maxConcurrent: 1, handler });
      const first = deferred();
      const second = vi.fn();
      bus.subscribe(async () => {
        await first.promise;
        throw new Error('late failure');
      }, 'x');
      bus.subscribe(second, 'x');
      const ac = new AbortController();
      const p = track(bus.publish('x', 1, { signal: ac.signal }));
      await flush();
      ac.abort('stop');
      await flush();
      expect(p.reason).toBe('stop');
      first.resolve();
      await flush();
      expect(second).not.toHaveBeenCalled();
      expect(handler).toHaveBeenCalledTimes(1); // the running call's error still reaches the handler
      expect(bus.activeTasks).toBe(0);

      const h = bus.startPublish('x', 2);
      h.abort();
      const reason = await rejection(h.done);
      expect(isDomError(reason, 'AbortError')).toBe(true);
      expect(second).not.toHaveBeenCalled();
      const h2 = bus.startPublish('x', 3, { signal: AbortSignal.abort('pre') });
      expect(await rejection(h2.done)).toBe('pre');
      const h3 = bus.startPublish('y');
      await h3.done;
      h3.abort('late'); // no effect after it settled
      await h3.done;
    });

    it('abort while a middleware is pending stops the pipeline', async () => {
      const bus = new EventBus();
      const mw = deferred<number>();
      const sub = vi.fn();
      const later = vi.fn((_t: string, d: unknown) => d);
      bus.addMiddleware(() => mw.promise);
      bus.addMiddleware(later);
      bus.subscribe(sub, 'x');
      const h = bus.startPublish('x', 1, { timeout: 10 });
      await vi.advanceTimersByTimeAsync(10);
      expect(await rejection(h.done)).toBeInstanceOf(BusTimeout);
      mw.resolve(2);
      await flush();
      expect(later).not.toHaveBeenCalled();
      expect(sub).not.toHaveBeenCalled();
    });

    it('publish with {timeout: Infinity} arms no timer; a finished publication leaves no timer or listener', async () => {
      const bus = new EventBus();
      bus.subscribe(async () => {}, 'x');
      const ac = new AbortController();
      const add = vi.spyOn(ac.signal, 'addEventListener');
      const remove = vi.spyOn(ac.signal, 'removeEventListener');
      await bus.publish('x', 1, { timeout: Infinity });
      await bus.publish('x', 1, { timeout: 100, signal: ac.signal });
      expect(vi.getTimerCount()).toBe(0);
      expect(add).toHaveBeenCalledTimes(1);
      expect(remove).toHaveBeenCalledTimes(1);
    });
  });

  describe('statistics', () => {
    it('check 22: counts per type; copies; BusStatsError; stopTracking; withTracking; trackingContext', async () => {
      const bus = new EventBus('s', { trackingStats: true });
      await bus.publish('x');
      await bus.publish('x');
      await bus.publish('y');
      const stats = bus.getEventStats();
      expect(stats).toEqual(
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
      );
      stats.set('x', 99);
      expect(bus.getEventStats().get('x')).toBe(2);
      expect(bus.stopTracking({ returnStats: true })).toEqual(
        new Map([
          ['x', 2],
          ['y', 1],
        ]),
      );
      expect(() => bus.getEventStats()).toThrow(BusStatsError);
      expect(() => bus.getEventStats()).toThrow('asyncutils.channels.EventBus s is not tracking event stats');
      const onStats = vi.fn();
      await bus.withTracking(() => bus.publish('z'), { onStats });
      expect(onStats).toHaveBeenCalledWith(new Map([['z', 1]]));
      expect(() => bus.getEventStats()).toThrow(BusStatsError);
      bus.startTracking();
      const inner = vi.fn();
      {
        using _t = bus.trackingContext({ onStats: inner });
        await bus.publish('w');
      }
      expect(inner).not.toHaveBeenCalled(); // inert: already tracking
      expect(bus.getEventStats()).toEqual(new Map([['w', 1]]));
      expect(bus.stopTracking()).toBeUndefined();
      expect(bus.withTracking(() => 5)).toBe(5);
      expect(() => bus.withTracking(() => {
        throw new RangeError('inside');
      })).toThrow(RangeError);
      expect(() => bus.trackingContext({ onStats: 1 as unknown as () => void })).toThrow(TypeError);
      {
        await using _t = bus.trackingContext();
      }
      expect(() => bus.getEventStats()).toThrow(BusStatsError);
    });

    it('check 22: shutdown({preserveStats: true}) keeps stats readable; by default they are cleared', async () => {
      const a = new EventBus(null, { trackingStats: true });
      await a.publish('x');
      await a.shutdown({ preserveStats: true });
      expect(a.getEventStats()).toEqual(new Map([['x', 1]]));
      const b = new EventBus(null, { trackingStats: true });
      await b.publish('x');
      await b.shutdown();
      expect(b.getEventStats()).toEqual(new Map());
      const c = new EventBus(null, { trackingStats: true });
      await c.publish('x');
      c.clearStats();
      expect(c.getEventStats().size).toBe(0);
    });
  });

  describe('queries', () => {
    it('check 23: events, isSubscribed, totalSubscribers, subscribersFor, clear', () => {
      const bus = new EventBus();
      const fn: BusSubscriber = vi.fn();
      const w: BusWildcardSubscriber = vi.fn();
      expect(bus.events()).toEqual(new Set());
      bus.subscribe(fn, 'x');
      bus.subscribe(fn, 'y');
      bus.subscribe(w);
      expect(bus.events()).toEqual(new Set(['x', 'y']));
      expect(bus.isSubscribed(fn)).toBe(true);
      expect(bus.isSubscribed(fn, null)).toBe(false);
      expect(bus.isSubscribed(w, null)).toBe(true);
      expect(bus.isSubscribed(w)).toBe(true);
      expect(bus.isSubscribed(vi.fn())).toBe(false);
      expect(bus.isSubscribed(fn, 'z')).toBe(false);
      expect(bus.totalSubscribers).toBe(3);
      expect(bus.wildcardCount).toBe(1);
      expect(bus.hasSubscribers('x')).toBe(true);
      expect(bus.hasSubscribers('z')).toBe(false);
      expect(bus.hasSubscribers()).toBe(true);
      expect(bus.subscriberCount('x')).toBe(1);
      expect(bus.subscriberCount('z')).toBe(0);
      const copy = bus.subscribersFor('x');
      copy.clear();
      expect(bus.subscriberCount('x')).toBe(1);
      expect(bus.wildcards).toEqual(new Set([w]));
      expect(bus.subscribersFor()).toEqual(new Set([w]));
      expect(bus.events()).toEqual(new Set(['x', 'y'])); // queries create no entries
      expect(bus.clear('x')).toEqual(new Set([fn]));
      expect(bus.clear('x')).toBeNull();
      expect(bus.clearWildcards()).toEqual(new Set([w]));
      expect(bus.clearWildcards()).toBeNull();
      bus.subscribe(w);
      expect(bus.clear()).toBeUndefined();
      expect(bus.totalSubscribers).toBe(0);
      bus.subscribe(fn, 'x');
      bus.clearAll();
      expect(bus.totalSubscribers).toBe(0);
      bus.subscribe(fn, 'x');
      bus.unsubscribe(fn, 'x');
      expect(bus.events()).toEqual(new Set());
    });
  });

  describe('waitForEvent', () => {
    it('check 24: resolves with the first data satisfying the condition; the subscriber is removed', async () => {
      const bus = new EventBus<{ x: number }>();
      const w = track(bus.waitForEvent('x', { condition: (d) => d > 1 }));
      expect(bus.subscriberCount('x')).toBe(1);
      await bus.publish('x', 1);
      expect(w.state).toBe('pending');
      await bus.publish('x', 2);
      await flush();
      expect(w.value).toBe(2);
      expect(bus.subscriberCount('x')).toBe(0);
    });

    it('check 24: {timeout: 20} → TimeoutError and the subscriber removed; an async condition; abort', async () => {
      const bus = new EventBus<{ x: number }>();
      const t = track(bus.waitForEvent('x', { timeout: 20 }));
      await vi.advanceTimersByTimeAsync(20);
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      expect(bus.subscriberCount('x')).toBe(0);
      const a = bus.waitForEvent('x', { condition: async (d) => d === 3 });
      await bus.publish('x', 2);
      await bus.publish('x', 3);
      expect(await a).toBe(3);
      const ac = new AbortController();
      const ab = track(bus.waitForEvent('x', { signal: ac.signal }));
      ac.abort('gone');
      await flush();
      expect(ab.reason).toBe('gone');
      expect(bus.subscriberCount('x')).toBe(0);
      expect(await rejection(bus.waitForEvent('x', { signal: AbortSignal.abort('pre') }))).toBe('pre');
      expect(bus.subscriberCount('x')).toBe(0);
      expect(await rejection(bus.waitForEvent(1 as unknown as 'x'))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.waitForEvent('x', { condition: 1 as unknown as () => boolean }))).toBeInstanceOf(TypeError);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('a throwing condition is a subscriber failure; waiting goes on', async () => {
      const handler = vi.fn();
      const bus = new EventBus<{ x: number }>(null, { handler });
      const bad = new Error('condition');
      const w = bus.waitForEvent('x', {
        condition: (d) => {
          if (d === 1) throw bad;
          return true;
        },
      });
      await bus.publish('x', 1);
      expect(handler).toHaveBeenCalledWith(bad);
      expect(await rejection(bus.publish('x', 1, { safe: false }))).toBe(bad);
      await bus.publish('x', 2);
      expect(await w).toBe(2);
    });

    it('after shutdown it rejects BusShutDown', async () => {
      const bus = new EventBus();
      await bus.shutdown();
      expect(await rejection(bus.waitForEvent('x'))).toBeInstanceOf(BusShutDown);
    });
  });

  describe('subscribeUntil', () => {
    it('check 25: delivers until the promise resolves, then resolves its value with the subscriber removed', async () => {
      const bus = new EventBus<{ x: number }>();
      const until = deferred<string>();
      const fn = vi.fn();
      const p = bus.subscribeUntil(until.promise, fn, 'x');
      await bus.publish('x', 1);
      until.resolve('v');
      expect(await p).toBe('v');
      await bus.publish('x', 2);
      expect(fn.mock.calls).toEqual([[1]]);
      expect(bus.isSubscribed(fn)).toBe(false);
    });

    it('check 25: {tillPermanent: 20} resolves undefined at 20 ms and the subscriber stays', async () => {
      const bus = new EventBus<{ x: number }>();
      const until = deferred<string>();
      const fn = vi.fn();
      const p = track(bus.subscribeUntil(until.promise, fn, 'x', { tillPermanent: 20 }));
      await vi.advanceTimersByTimeAsync(20);
      expect(p.state).toBe('fulfilled');
      expect(p.value).toBeUndefined();
      until.resolve('late');
      await flush();
      await bus.publish('x', 1);
      expect(fn).toHaveBeenCalledWith(1);
    });

    it('a rejected promise unsubscribes and rejects with its reason; shutdown and bad arguments reject', async () => {
      const bus = new EventBus();
      const until = deferred();
      const w = vi.fn();
      const p = track(bus.subscribeUntil(until.promise, w));
      expect(bus.isSubscribed(w, null)).toBe(true);
      until.reject('nope');
      await flush();
      expect(p.reason).toBe('nope');
      expect(bus.isSubscribed(w)).toBe(false);
      expect(await rejection(bus.subscribeUntil(5 as unknown as Promise<void>, w))).toBeInstanceOf(TypeError);
      expect(await rejection(bus.subscribeUntil(Promise.resolve(), w, null, { tillPermanent: -1 }))).toBeInstanceOf(RangeError);
      const done = bus.subscribeUntil(Promise.resolve('now'), w, 'x');
      expect(bus.isSubscribed(w, 'x')).toBe(true); // an already settled promise unsubscribes after a microtask
      expect(await done).toBe('now');
      expect(bus.isSubscribed(w, 'x')).toBe(false);
      await bus.shutdown();
      expect(await rejection(bus.subscribeUntil(Promise.resolve(), w))).toBeInstanceOf(BusShutDown);
    });
  });

  describe('shutdown', () => {
    it('check 28: shutdown removes everything; afterwards publish rejects and subscribe/unsubscribe/startPublish throw BusShutDown', async () => {
      const rec = recordEvents();
      const bus = new EventBus('sd');
      const fn = vi.fn();
      bus.subscribe(fn, 'x');
      bus.addMiddleware((_t, d) => d);
      try {
        await bus.shutdown();
      } finally {
        rec.off();
      }
      expect(rec.events).toContainEqual(['asyncutils.channels.EventBus.stop_audit', [objectId(bus)]]);
      expect(bus.totalSubscribers).toBe(0);
      const err = await rejection(bus.publish('x'));
      expect(err).toBeInstanceOf(BusShutDown);
      expect((err as Error).message).toBe('asyncutils.channels.EventBus sd is shutting down');
      expect(() => bus.subscribe(fn, 'x')).toThrow(BusShutDown);
      expect(() => bus.unsubscribe(fn, 'x')).toThrow(BusShutDown);
      expect(() => bus.startPublish('x')).toThrow(BusShutDown);
      expect(() => bus.raiseForShutdown()).toThrow('asyncutils.channels.EventBus sd is shutting down');
      expect(() => bus.startAudit()).toThrow(BusShutDown);
      expect(bus.clear('x')).toBeNull(); // clear is allowed
      await bus.shutdown(); // again: at once
    });

    it('check 28: a running safe subscriber is awaited up to timeout; a publication still in flight rejects BusShutDown', async () => {
      const bus = new EventBus();
      const gate = deferred();
      let finished = false;
      bus.subscribe(async () => {
        await gate.promise;
        finished = true;
      }, 'x');
      const p = track(bus.publish('x'));
      await flush();
      expect(bus.activeTasks).toBe(1);
      const s = track(bus.shutdown({ timeout: 100 }));
      await vi.advanceTimersByTimeAsync(50);
      expect(s.state).toBe('pending');
      gate.resolve();
      await flush();
      expect(s.state).toBe('fulfilled');
      expect(finished).toBe(true);
      expect(p.state).toBe('fulfilled');

      const bus2 = new EventBus();
      bus2.subscribe(() => new Promise(() => {}), 'x');
      bus2.subscribe(() => new Promise(() => {}), 'y');
      const p2 = track(bus2.publish('x'));
      const p3 = track(bus2.publish('y', 1, { safe: false }));
      await flush();
      const s2 = track(bus2.shutdown({ timeout: 100 }));
      await vi.advanceTimersByTimeAsync(100);
      expect(s2.state).toBe('fulfilled'); // no error on expiry
      expect(p2.reason).toBeInstanceOf(BusShutDown);
      expect(p3.reason).toBeInstanceOf(BusShutDown);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('check 28: a publication started before shutdown whose run had not begun rejects BusShutDown', async () => {
      const bus = new EventBus();
      const fn = vi.fn();
      bus.subscribe(fn, 'x');
      const p = bus.publish('x');
      const h = bus.startPublish('x');
      await bus.shutdown();
      expect(await rejection(p)).toBeInstanceOf(BusShutDown);
      expect(await rejection(h.done)).toBeInstanceOf(BusShutDown);
      expect(fn).not.toHaveBeenCalled();
    });

    it('check 28: a second shutdown() while the first waits resolves at once; await using shuts down immediately', async () => {
      const bus = new EventBus();
      const gate = deferred();
      bus.subscribe(() => gate.promise, 'x');
      void bus.publish('x').catch(() => {});
      await flush();
      const first = track(bus.shutdown());
      await bus.shutdown();
      expect(first.state).toBe('pending');
      gate.resolve();
      await first.promise;

      let scoped!: EventBus;
      {
        await using b = new EventBus();
        scoped = b;
        b.subscribe(vi.fn(), 'x');
      }
      expect(() => scoped.raiseForShutdown()).toThrow(BusShutDown);
    });

    it('check 28: a stop_audit hook that throws makes shutdown reject and the bus still accepts publish', async () => {
      const bus = new EventBus();
      const fn = vi.fn();
      bus.subscribe(fn, 'x');
      const err = new Error('keep running');
      {
        using _v = veto('asyncutils.channels.EventBus.stop_audit', err);
        expect(await rejection(bus.shutdown())).toBe(err);
      }
      await bus.publish('x', 1);
      expect(fn).toHaveBeenCalledWith(1);
      expect(await rejection(bus.shutdown({ timeout: -1 }))).toBeInstanceOf(RangeError);
      expect(await rejection(bus.shutdown({ immediate: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
    });

    it('handleException awaits the handler and rejects with its error', async () => {
      const bus = new EventBus(null, { handler: async (e) => Promise.reject(e) });
      expect(await rejection(bus.handleException('boom'))).toBe('boom');
      await new EventBus().handleException('ignored by the default handler');
    });
  });
});
