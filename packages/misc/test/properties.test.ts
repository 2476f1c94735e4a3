// Property-based tests (fast-check): the cache never serves a value older than its limit, under random
// load successes, failures and timings (fake timers); state machine transitions are serialised, FIFO and
// settle once under random aborts; gatherWithLimitedConcurrency never exceeds its limit and keeps order.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheWithBackgroundRefresh } from '../src/CacheWithBackgroundRefresh.js';
import { gatherWithLimitedConcurrency } from '../src/gatherWithLimitedConcurrency.js';
import { StateMachine } from '../src/StateMachine.js';

afterEach(() => {
  vi.useRealTimers();
});

const key = fc.constantFrom('a', 'b', 'c');
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('advance' as const), share: fc.noBias(fc.integer({ min: 0, max: 60 })).map((n) => n / 100) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('get' as const), key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const), key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('invalidate' as const), key }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const) }) },
);

describe('CacheWithBackgroundRefresh properties', () => {
  it('never serves a value older than ttl (+ staleIfError when configured), under random refresh outcomes and timings', async () => {
    let served = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          ttl: fc.integer({ min: 10, max: 600 }),
          refreshShare: fc.noBias(fc.integer({ min: 0, max: 100 })).map((n) => n / 100),
          staleIfError: fc.constantFrom(0, 0, 150, Infinity),
          loop: fc.boolean(),
          outcomes: fc.array(
            fc.record({ ok: fc.oneof(fc.constant(true), fc.boolean()), delayShare: fc.noBias(fc.integer({ min: 0, max: 50 })).map((n) => n / 100) }),
            { minLength: 1, maxLength: 30 },
          ),
          ops: fc.array(op, { minLength: 10, maxLength: 80 }),
        }),
        async ({ ttl, refreshShare, staleIfError, loop, outcomes, ops }) => {
          vi.useFakeTimers();
          const refresh = Math.floor(ttl * refreshShare);
          const completedAt = new Map<number, number>();
          const running = new Map<string, number>();
          let serial = 0;
          let calls = 0;
          let invalidations = 0;
          const problems: string[] = [];
          const cache = new CacheWithBackgroundRefresh<string, number>(ttl, refresh, {
            staleIfError,
            processor: () => {},
            defaultLoader: (k, { signal }) => {
              const outcome = outcomes[calls++ % outcomes.length] as { ok: boolean; delayShare: number };
              const value = ++serial;
              running.set(k, (running.get(k) ?? 0) + 1);
              if (invalidations === 0 && (running.get(k) ?? 0) > 1) problems.push(`two loads of ${k} at once`);
              let ended = false;
              const end = (): void => {
                if (!ended) running.set(k, (running.get(k) ?? 1) - 1);
                ended = true;
              };
              signal.addEventListener('abort', end); // an aborted load no longer counts as running
              return new Promise<number>((resolve, reject) => {
                setTimeout(() => {
                  end();
                  if (signal.aborted) return reject(signal.reason); // a loader honouring the signal
                  if (!outcome.ok) return reject(new Error(`load ${value} failed`));
                  completedAt.set(value, performance.now());
                  resolve(value);
                }, Math.round(outcome.delayShare * ttl));
              });
            },
          });
          if (loop) await cache.enterAsync();
          const limit = ttl + staleIfError;
          const gets: Promise<void>[] = [];
          for (const o of ops) {
            if (o.kind === 'advance') await vi.advanceTimersByTimeAsync(Math.round(o.share * ttl));
            else if (o.kind === 'get') {
              gets.push(
                cache.get(o.key).then(
                  (v) => {
                    const age = performance.now() - (completedAt.get(v) as number);
                    served++;
                    if (!(age <= limit)) problems.push(`served value ${v} of age ${age} > ${limit}`);
                  },
                  () => void refused++,
                ),
              );
            } else if (o.kind === 'refresh') void cache.refreshItem(o.key);
            else if (o.kind === 'invalidate') {
              invalidations++;
              await cache.invalidate(o.key);
            } else await cache.exitAsync();
          }
          await cache.exitAsync();
          await vi.advanceTimersByTimeAsync(1000);
          await Promise.all(gets);
          expect(problems).toEqual([]);
          expect(vi.getTimerCount()).toBe(0);
          vi.useRealTimers();
        },
      ),
      { numRuns: 100 },
    );
    // not vacuous: many values were served, and many gets were refused after failed loads
    expect(served).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(30);
  });
});

describe('StateMachine properties', () => {
  it('runs transitions one at a time, in call order, each settling once, under random guards and aborts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ abort: fc.boolean(), allow: fc.boolean() }), { maxLength: 12 }),
        async (s, requests) => {
          // Request i moves to state `r<i>`, so a guard knows which request it serves from `to`.
          const sm = new StateMachine('start');
          const froms = ['start', ...requests.map((_, i) => `r${i}`)];
          let active = 0;
          let overlap = false;
          const log: number[] = [];
          for (const from of froms) {
            requests.forEach((r, i) => {
              sm.add(from, `r${i}`, async (f, to) => {
                if (f !== sm.state || to !== `r${i}`) throw new Error('guard called with the wrong states');
                active++;
                if (active > 1) overlap = true;
                log.push(i);
                await s.schedule(Promise.resolve(), `guard of r${i}`);
                active--;
                return r.allow;
              });
            });
          }
          const results = requests.map((r, i) => {
            const ac = new AbortController();
            if (r.abort) void s.schedule(Promise.resolve(), `abort r${i}`).then(() => ac.abort(i));
            const result = { settled: 0, ok: false, value: undefined as unknown, done: Promise.resolve() };
            result.done = sm.transition(`r${i}`, { signal: ac.signal }).then(
              (v) => {
                result.settled++;
                result.ok = true;
                result.value = v;
              },
              (e: unknown) => {
                result.settled++;
                result.value = e;
              },
            );
            return result;
          });
          await s.waitFor(Promise.all(results.map((r) => r.done)));
          await s.waitAll();
          expect(overlap).toBe(false);
          expect([...log].sort((x, y) => x - y)).toEqual(log); // FIFO
          results.forEach((r, i) => {
            expect(r.settled).toBe(1);
            if (log.includes(i)) expect(r).toMatchObject({ ok: true, value: requests[i]?.allow });
            else expect(r).toMatchObject({ ok: false, value: i }); // left the queue by its abort
          });
          const lastAllowed = log.filter((i) => requests[i]?.allow).at(-1);
          expect(sm.state).toBe(lastAllowed === undefined ? 'start' : `r${lastAllowed}`);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('gatherWithLimitedConcurrency properties', () => {
  it('never runs more than n jobs at once, keeps input order, and settles as the first failure dictates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ ok: fc.boolean(), kind: fc.constantFrom('fn', 'fn', 'value') }), { maxLength: 12 }),
        fc.boolean(),
        async (s, n, specs, retExc) => {
          let active = 0;
          let maxActive = 0;
          const started: number[] = [];
          const failedAt: number[] = [];
          const jobs = specs.map((spec, i) =>
            spec.kind === 'value'
              ? i
              : () => {
                  started.push(i);
                  active++;
                  maxActive = Math.max(maxActive, active);
                  return s.schedule(Promise.resolve(), `job ${i}`).then(() => {
                    active--;
                    if (spec.ok) return i;
                    failedAt.push(i);
                    throw new Error(`job ${i}`);
                  });
                },
          );
          let outcome: { ok: boolean; value: unknown } | undefined;
          let settlements = 0;
          let startedWhenRejected = -1;
          const done = gatherWithLimitedConcurrency<number>(n, jobs, { retExc }).then(
            (value) => {
              settlements++;
              outcome ??= { ok: true, value };
            },
            (value: unknown) => {
              settlements++;
              startedWhenRejected = started.length;
              outcome ??= { ok: false, value };
            },
          );
          await s.waitFor(done);
          await s.waitAll();
          expect(settlements).toBe(1);
          expect(maxActive).toBeLessThanOrEqual(n);
          const firstFailure = failedAt[0];
          if (retExc || firstFailure === undefined) {
            expect(outcome?.ok).toBe(true);
            const values = outcome?.value as unknown[];
            specs.forEach((spec, i) => {
              if (spec.kind === 'value' || spec.ok) expect(values[i]).toBe(i);
              else expect((values[i] as Error).message).toBe(`job ${i}`);
            });
          } else {
            expect(outcome?.ok).toBe(false);
            expect((outcome?.value as Error).message).toBe(`job ${firstFailure}`);
            expect(started.length).toBe(startedWhenRejected); // nothing started after the rejection
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
