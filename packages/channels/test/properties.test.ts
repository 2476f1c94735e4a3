// Property-based tests with fast-check's scheduler: random interleavings of subscriptions, publications, aborts
// and subscriber completions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../src/EventBus.js';
import { Observable } from '../src/Observable.js';
import { Rendezvous } from '../src/Rendezvous.js';
import { flush, track } from './support/harness.js';

type Cmd =
  | { readonly kind: 'sub'; readonly k: number }
  | { readonly kind: 'unsub'; readonly k: number }
  | { readonly kind: 'pub' }
  | { readonly kind: 'abort'; readonly which: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ kind: fc.constant('sub' as const), k: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('unsub' as const), k: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('pub' as const) }),
  fc.record({ kind: fc.constant('pub' as const) }),
  fc.record({ kind: fc.constant('abort' as const), which: fc.nat() }),
);

/** Runs the scheduler until no task is left, letting the microtasks that schedule more tasks run in between. */
async function drain(s: fc.Scheduler): Promise<void> {
  do {
    await s.waitAll();
    await flush();
  } while (s.count() > 0);
}

describe('properties', () => {
  // One mode per run: an unsafe publication takes no slot, so it may overtake safe calls still waiting for one.
  it('EventBus: each event reaches each subscriber of its snapshot exactly once, in publish order, under random subscribe/unsubscribe/abort', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(cmd, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), async (s, cmds, max, safe) => {
        const bus = new EventBus<{ e: { id: number } }>(null, { maxConcurrent: max });
        const received: number[][] = [[], [], [], []];
        const snaps = new Map<number, Set<number>>();
        const who = new Map<unknown, number>();
        let maxActive = 0;
        const subs = received.map((log, k) => {
          const body = async (d: { id: number }) => {
            log.push(d.id);
            maxActive = Math.max(maxActive, bus.activeTasks);
            await s.schedule(Promise.resolve(), `done ${k}#${d.id}`);
          };
          // subscriber 3 is a wildcard
          const f = k === 3 ? (_t: string, d: unknown) => body(d as { id: number }) : body;
          who.set(f, k);
          return f;
        });
        bus.addMiddleware((_t, d) => {
          const id = (d as { id: number }).id;
          snaps.set(id, new Set([...bus.subscribersFor('e'), ...bus.wildcards].map((f) => who.get(f) as number)));
          return d;
        });
        const pubs: { id: number; ctl: AbortController; p: ReturnType<typeof track<void>>; aborted: boolean }[] = [];
        let next = 0;
        const steps = cmds.map((c) => ({
          label: JSON.stringify(c),
          builder: () => {
            if (c.kind === 'sub') {
              if (c.k === 3) bus.subscribe(subs[3] as (t: string, d: unknown) => unknown);
              else bus.subscribe(subs[c.k] as (d: { id: number }) => unknown, 'e');
            } else if (c.kind === 'unsub') {
              bus.unsubscribe(subs[c.k] as (d: never) => unknown, c.k === 3 ? null : 'e');
            } else if (c.kind === 'pub') {
              const ctl = new AbortController();
              const id = next++;
              pubs.push({ id, ctl, aborted: false, p: track(bus.publish('e', { id }, { signal: ctl.signal, safe })) });
            } else if (pubs.length) {
              const target = pubs[c.which % pubs.length] as (typeof pubs)[number];
              if (target.p.state === 'pending') {
                target.aborted = true;
                target.ctl.abort('aborted');
              }
            }
            return Promise.resolve();
          },
        }));
        s.scheduleSequence(steps);
        await drain(s);

        expect(maxActive).toBeLessThanOrEqual(max);
        expect(bus.activeTasks).toBe(0);
        for (const log of received) {
          // publish order, no duplicates
          expect(log).toEqual([...new Set(log)].sort((a, b) => a - b));
        }
        for (const { id, p, aborted } of pubs) {
          expect(p.state).not.toBe('pending');
          if (!aborted) expect(p.state).toBe('fulfilled');
          else if (p.state === 'rejected') expect(p.reason).toBe('aborted');
          const snap = snaps.get(id);
          for (let k = 0; k < 4; k++) {
            const got = (received[k] as number[]).includes(id);
            if (!snap) expect(got).toBe(false);
            else if (!aborted) expect(got).toBe(snap.has(k));
            else if (got) expect(snap.has(k)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('Rendezvous: every value is received at most once, and a put resolves true exactly when its value was received', async () => {
    type RCmd = { readonly kind: 'put' | 'get' | 'exchange'; readonly abortLater: boolean } | { readonly kind: 'abort'; readonly which: number };
    const rcmd: fc.Arbitrary<RCmd> = fc.oneof(
      fc.record({ kind: fc.constantFrom('put' as const, 'get' as const, 'exchange' as const), abortLater: fc.boolean() }),
      fc.record({ kind: fc.constant('abort' as const), which: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(rcmd, { maxLength: 30 }), async (s, cmds) => {
        const rdv = new Rendezvous<number>();
        const puts: { v: number; p: ReturnType<typeof track<boolean>> }[] = [];
        const gets: ReturnType<typeof track<number>>[] = [];
        const exchanges: { v: number; p: ReturnType<typeof track<number>> }[] = [];
        const ctls: AbortController[] = [];
        let v = 0;
        s.scheduleSequence(
          cmds.map((c) => ({
            label: JSON.stringify(c),
            builder: () => {
              if (c.kind === 'abort') {
                ctls[c.which % Math.max(1, ctls.length)]?.abort('x');
                return Promise.resolve();
              }
              const ctl = new AbortController();
              if (c.abortLater) ctls.push(ctl);
              const signal = ctl.signal;
              if (c.kind === 'put') puts.push({ v: ++v, p: track(rdv.put(v, { signal })) });
              else if (c.kind === 'get') gets.push(track(rdv.get({ signal })));
              else exchanges.push({ v: ++v, p: track(rdv.exchange(v, { signal, asap: true })) });
              return Promise.resolve();
            },
          })),
        );
        await drain(s);
        await rdv.reset();
        await flush();
        const receivedValues = [...gets, ...exchanges.map((e) => e.p)].filter((t) => t.state === 'fulfilled').map((t) => t.value as number);
        expect(new Set(receivedValues).size).toBe(receivedValues.length);
        for (const { v: pv, p } of puts) {
          expect(p.state).not.toBe('pending');
          if (p.state === 'fulfilled') expect(p.value).toBe(receivedValues.includes(pv));
        }
        for (const e of exchanges) if (e.p.state === 'fulfilled') expect(e.p.value).not.toBe(e.v); // never its own value
        expect(rdv.stateSnapshot().idle).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('Observable: with random subscriber completions, every notification is delivered once, in order, never concurrently', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), async (s, count, maxsize) => {
        const o = new Observable<[number]>([], { maxsize });
        const got: number[] = [];
        let running = 0;
        let maxRunning = 0;
        o.subscribeNowait(async (x) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          got.push(x);
          await s.schedule(Promise.resolve(), `obs ${x}`);
          running--;
        });
        const all: Promise<void>[] = [];
        s.scheduleSequence(
          Array.from({ length: count }, (_, i) => ({
            label: `notify ${i}`,
            builder: () => {
              all.push(o.notify(i));
              return Promise.resolve();
            },
          })),
        );
        await drain(s);
        await Promise.all(all);
        expect(maxRunning).toBe(1);
        expect(got).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(o.idle).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
