// Regression tests for the "Not portable as-is" rows of the spec: where the port deliberately differs from
// upstream (fixed bugs, JavaScript equivalents), the fixed behaviour stays fixed.
import { addAuditHook } from '@asyncutils/audit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../src/EventBus.js';
import { Observable } from '../src/Observable.js';
import { Rendezvous } from '../src/Rendezvous.js';
import { deferred, flush, isDomError, rejection, track } from './support/harness.js';

describe('regression', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('Observable', () => {
    it('regression: usable at construction, no `async with` needed (notifications are delivered, not parked)', async () => {
      const f = vi.fn();
      const o = new Observable<[number]>([f]);
      await o.notify(1);
      expect(f).toHaveBeenCalledWith(1);
    });

    it('regression: a failing observer does not cut the others short; idle only after all settled', async () => {
      const o = new Observable();
      const slow = deferred();
      o.subscribeNowait(() => {
        throw new Error('fast failure');
      });
      o.subscribeNowait(() => slow.promise);
      const n = track(o.notify());
      await flush();
      expect(n.state).toBe('pending');
      expect(o.idle).toBe(false);
      slow.resolve();
      await flush();
      expect(n.state).toBe('rejected');
      expect(o.idle).toBe(true);
    });

    it('regression: subscribeSyncObserver calls the observer inline (no thread, no to_async event)', async () => {
      const seen: string[] = [];
      using _hook = addAuditHook((e) => void seen.push(e));
      const o = new Observable<[number]>();
      const order: string[] = [];
      o.subscribeSyncObserver(() => void order.push('observer'));
      const p = o.notify(1);
      order.push('after notify');
      await p;
      expect(order).toEqual(['observer', 'after notify']);
      expect(seen.filter((e) => e.includes('to_async'))).toEqual([]);
    });

    it('regression: ntimes removes its wrapper immediately from inside a run (upstream deadlocked)', async () => {
      const o = new Observable<[number]>();
      const f = vi.fn();
      o.ntimes(f, 1);
      const t = track(o.notify(1));
      await flush();
      expect(t.state).toBe('fulfilled');
      expect([...o]).toEqual([]);
    });

    it('regression: startAccumulation enables accumulation (upstream returned an unawaited coroutine)', async () => {
      const o = new Observable<[number]>([], { maxsize: null });
      const gate = deferred();
      o.subscribeNowait(() => gate.promise);
      expect(o.startAccumulation()).toBe(true);
      const run = o.notify(1);
      const queued = track(o.notify(2));
      await flush();
      expect(queued.state).toBe('fulfilled');
      gate.resolve();
      await run;
    });

    it('regression: buffer delivers collected notifications (upstream called its helper with the wrong arity)', async () => {
      const o = new Observable<[number, string]>();
      const got: unknown[][] = [];
      o.buffer(2).subscribeNowait((...a) => void got.push(a));
      await o.notify(1, 'a');
      await o.notify(2, 'b');
      expect(got).toEqual([
        [1, 'a'],
        [2, 'b'],
      ]);
    });

    it('regression: map creates an instance of the subclass, like every other operator', () => {
      class Sub<A extends unknown[]> extends Observable<A> {}
      expect(new Sub<[number]>().map((x) => [x])).toBeInstanceOf(Sub);
    });

    it('regression: iterating observers while subscribing does not throw (snapshot iteration)', () => {
      const o = new Observable();
      o.subscribeNowait(() => {});
      let n = 0;
      for (const _f of o) {
        o.subscribeNowait(() => {});
        n++;
      }
      expect(n).toBe(1);
    });
  });

  describe('EventBus', () => {
    it('regression: subscribers are held strongly (an inline function stays subscribed)', async () => {
      const bus = new EventBus();
      const got: number[] = [];
      bus.subscribe((d) => void got.push(d as number), 'x');
      await bus.publish('x', 1);
      expect(got).toEqual([1]);
      expect(bus.subscriberCount('x')).toBe(1);
    });

    it('regression: queries never create entries; events() lists only non-empty types', () => {
      const bus = new EventBus();
      bus.subscribersFor('a');
      bus.hasSubscribers('b');
      bus.subscriberCount('c');
      bus.isSubscribed(() => {}, 'd');
      expect(bus.events()).toEqual(new Set());
      expect(bus.totalSubscribers).toBe(0);
    });

    it('regression: activeTasks counts running calls (not free permits); shutdown waits for them', async () => {
      const bus = new EventBus(null, { maxConcurrent: 10 });
      const gate = deferred();
      bus.subscribe(() => gate.promise, 'x');
      expect(bus.activeTasks).toBe(0);
      const p = bus.publish('x');
      await flush();
      expect(bus.activeTasks).toBe(1);
      const s = track(bus.shutdown());
      await flush();
      expect(s.state).toBe('pending');
      gate.resolve();
      await p;
      await s.promise;
      expect(bus.activeTasks).toBe(0);
    });

    it('regression: one buffer per stream, so two streams never steal each other’s events', async () => {
      const bus = new EventBus();
      const a = bus.eventStream('a');
      const b = bus.eventStream('b');
      const a2 = bus.eventStream('a');
      await bus.publish('a', 1);
      await bus.publish('b', 2);
      expect((await a.next()).value).toBe(1);
      expect((await a2.next()).value).toBe(1);
      expect((await b.next()).value).toBe(2);
      expect('streamQueue' in bus).toBe(false);
      await Promise.all([a.return(), b.return(), a2.return()]);
    });

    it('regression: eventStream subscribes at the call and raises its event even while auditing', async () => {
      const bus = new EventBus();
      const seen: string[] = [];
      bus.subscribe((t) => void seen.push(t));
      bus.startAudit();
      try {
        const s = bus.eventStream('x');
        await bus.publish('x', 1);
        expect((await s.next()).value).toBe(1);
        await s.return();
      } finally {
        bus.stopAudit();
      }
      expect(seen).toContain('asyncutils.channels.EventBus.event_stream');
    });

    it('regression: subscribeUntil with an already settled promise subscribes, then unsubscribes after a microtask', async () => {
      const bus = new EventBus();
      const f = vi.fn();
      const p = bus.subscribeUntil(Promise.resolve(1), f, 'x');
      expect(bus.isSubscribed(f, 'x')).toBe(true);
      expect(await p).toBe(1);
      expect(bus.isSubscribed(f, 'x')).toBe(false);
    });

    it('regression: stopAudit removes the hook and startAudit works again', async () => {
      const bus = new EventBus();
      const got: unknown[] = [];
      bus.subscribe((d) => void got.push(d), 'asyncutils.channels.Observable');
      for (let i = 0; i < 3; i++) {
        bus.startAudit();
        new Observable();
        bus.stopAudit();
      }
      await flush();
      expect(got).toHaveLength(3);
    });

    it('regression: publications are not sent to audit()', async () => {
      const seen: string[] = [];
      using _hook = addAuditHook((e) => void seen.push(e));
      const bus = new EventBus();
      await bus.publish('custom.event', 1);
      expect(seen).not.toContain('custom.event');
    });

    it('regression: wildcards always get (eventType, data), also unsafe; a failing async middleware passes the previous data on', async () => {
      const bus = new EventBus();
      const got: unknown[][] = [];
      bus.subscribe((...a: unknown[]) => void got.push(a));
      bus.addMiddleware(async () => {
        throw new Error('async mw');
      });
      await rejection(bus.publish('x', 'data', { safe: false }));
      expect(got).toEqual([['x', 'data']]);
    });

    it('regression: removeMiddleware of a permanent middleware returns `result` (upstream crashed)', () => {
      const bus = new EventBus();
      const c = bus.addMiddleware((_t, d) => d);
      expect(bus.removeMiddleware(c, { result: 'r' })).toBe('r');
    });

    it('regression: no BusPublishingError: every middleware error is collected into the AggregateError', async () => {
      const bus = new EventBus();
      bus.addMiddleware(() => {
        throw 'a string';
      });
      const err = await rejection(bus.publish('x'));
      expect(err).toBeInstanceOf(AggregateError);
      expect((err as AggregateError).errors).toEqual(['a string']);
    });
  });

  describe('Rendezvous', () => {
    it('regression: no maintenance task (no timer keeps the process alive)', () => {
      new Rendezvous();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('regression: exchange never pairs with itself', async () => {
      const rdv = new Rendezvous<string>();
      const ex = track(rdv.exchange('mine', { timeout: 10 }));
      await vi.advanceTimersByTimeAsync(10);
      expect(isDomError(ex.reason, 'TimeoutError')).toBe(true);
    });

    it('regression: an aborted put rejects with the reason (not false); reset rejects with an AbortError DOMException', async () => {
      const rdv = new Rendezvous<string>();
      const ac = new AbortController();
      const p = track(rdv.put('v', { signal: ac.signal }));
      ac.abort('why');
      await flush();
      expect(p.reason).toBe('why');
      const g = track(rdv.get());
      await rdv.reset();
      await flush();
      expect(isDomError(g.reason, 'AbortError')).toBe(true);
    });

    it('regression: stateSnapshot is a frozen plain object; lengthHint() replaces __length_hint__', () => {
      const rdv = new Rendezvous();
      const s = rdv.stateSnapshot();
      expect(Object.isFrozen(s)).toBe(true);
      expect(Object.keys(s)).toEqual(['numGetters', 'numPutters', 'numOps', 'idle']);
      expect(rdv.lengthHint()).toBe(0);
      expect('cleanup' in rdv).toBe(false);
    });
  });
});
