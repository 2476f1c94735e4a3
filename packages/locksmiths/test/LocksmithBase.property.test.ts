// Property-based: random interleavings (fast-check scheduler) of host() calls on one stuck Lock, with random
// start order, aborts and timeouts. Every call settles exactly once, every task runs at most once, and
// afterwards the lock is free with no waiter, no timer and no abort listener left. (Concurrent hosts force
// each other by design, so exclusivity between them is not an invariant; a single host racing a voluntary
// release is checked separately.)
import { Lock } from '@asyncutils/locks';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocksmithBase } from '../src/index.js';
import { listenerCounter } from './support/helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

const hostPlan = fc.record({
  abort: fc.boolean(),
  timeout2: fc.constantFrom(null, 5, 50),
  timeout3: fc.constantFrom(null, 5, 50),
});

describe('LocksmithBase.host under random interleavings', () => {
  it('settles every call once, runs tasks only under the lock, and leaves nothing behind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(hostPlan, { minLength: 1, maxLength: 6 }), fc.boolean(), async (s, plans, recognize) => {
        vi.useFakeTimers();
        try {
          const smith = new LocksmithBase();
          const lock = new Lock();
          await lock.acquire(); // the stuck holder
          // Recognized: the hosts force the stuck holder. Unrecognized: it lets go at a random moment.
          if (recognize) await smith.recognizeLock(lock);
          else void s.schedule(Promise.resolve('stuck holder releases')).then(() => lock.release());
          const settled: number[] = plans.map(() => 0);
          const outcomes: ({ value: unknown } | { error: unknown } | undefined)[] = plans.map(() => undefined);
          const ran: number[] = plans.map(() => 0);
          const counters = plans.map(() => undefined as ReturnType<typeof listenerCounter> | undefined);
          const reasons = plans.map((_, i) => ({ abortedHost: i }));
          const hosts: Promise<void>[] = [];
          plans.forEach((plan, i) => {
            const ac = new AbortController();
            counters[i] = listenerCounter(ac.signal);
            const started = s.schedule(Promise.resolve(`start ${i}`)).then(() => {
              const task = s.scheduleFunction(async (signal: AbortSignal) => {
                void signal;
                return `task ${i}`;
              });
              return smith
                .host(
                  (signal) => {
                    ran[i] = (ran[i] ?? 0) + 1;
                    return task(signal);
                  },
                  lock,
                  { signal: ac.signal, timeout1: null, timeout2: plan.timeout2, timeout3: plan.timeout3 },
                )
                .then(
                  (value) => {
                    settled[i] = (settled[i] ?? 0) + 1;
                    outcomes[i] = { value };
                  },
                  (error: unknown) => {
                    settled[i] = (settled[i] ?? 0) + 1;
                    outcomes[i] = { error };
                  },
                );
            });
            hosts.push(started);
            if (plan.abort) void s.schedule(Promise.resolve(`abort ${i}`)).then(() => ac.abort(reasons[i]));
          });
          // Drive the scheduler and the clock until every host settled.
          for (let round = 0; round < 100 && settled.some((n) => n === 0); round++) {
            await s.waitAll();
            await vi.advanceTimersByTimeAsync(5);
          }
          await Promise.all(hosts);
          await s.waitAll(); // e.g. the stuck holder's own release, when every host gave up before it
          for (const [i, plan] of plans.entries()) {
            expect(settled[i]).toBe(1);
            expect(ran[i]).toBeLessThanOrEqual(1);
            const outcome = outcomes[i];
            if ('value' in (outcome ?? {})) {
              expect(outcome).toEqual({ value: `task ${i}` });
              expect(ran[i]).toBe(1);
            } else {
              const error = (outcome as { error: unknown }).error;
              const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
              expect(error === reasons[i] || timedOut, String(error)).toBe(true);
              if (error === reasons[i]) expect(plan.abort).toBe(true);
              if (timedOut) expect(plan.timeout2 !== null || plan.timeout3 !== null).toBe(true);
            }
            if (!plan.abort && plan.timeout2 === null && plan.timeout3 === null) expect(outcome).toEqual({ value: `task ${i}` });
            expect(counters[i]?.live).toBe(0);
          }
          // Hosts release what they were granted; at most the stuck holder's hold can remain, and only when no
          // host ever forced it (every host gave up first).
          const outstanding = lock.locked();
          if (outstanding) lock.release();
          expect(lock.locked()).toBe(false);
          if (!recognize || ran.some((n) => n > 0)) expect(outstanding).toBe(false);
          expect(lock.cancelWaiters()).toBe(0);
          expect(vi.getTimerCount()).toBe(0);
        } finally {
          vi.useRealTimers();
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('LocksmithBase.host racing a voluntary release', () => {
  it('never forces away its own grant: the task always starts with the lock held', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), hostPlan, fc.boolean(), async (s, plan, slowInfo) => {
        vi.useFakeTimers();
        try {
          class Smith extends LocksmithBase {
            override async getInfo(): Promise<unknown> {
              if (slowInfo) await s.schedule(Promise.resolve('info'));
              return 'info';
            }
          }
          const smith = new Smith();
          const lock = new Lock();
          await lock.acquire(); // the "stuck" holder, which may let go on its own at a random moment
          await smith.recognizeLock(lock);
          let releases = 0;
          const release = lock.release.bind(lock);
          lock.release = () => {
            releases++;
            release();
          };
          void s.schedule(Promise.resolve('holder lets go')).then(() => {
            if (releases === 0) lock.release(); // only while it still holds the lock
          });
          const ac = new AbortController();
          if (plan.abort) void s.schedule(Promise.resolve('abort')).then(() => ac.abort('stop'));
          let lockedAtStart: boolean | undefined;
          let outcome: { value: unknown } | { error: unknown } | undefined;
          const task = s.scheduleFunction(async () => 'done');
          const hosted = smith
            .host(
              () => {
                lockedAtStart = lock.locked();
                return task();
              },
              lock,
              { signal: ac.signal, timeout1: null, timeout2: plan.timeout2, timeout3: plan.timeout3 },
            )
            .then(
              (value) => {
                outcome = { value };
              },
              (error: unknown) => {
                outcome = { error };
              },
            );
          for (let round = 0; round < 100 && outcome === undefined; round++) {
            await s.waitAll();
            await vi.advanceTimersByTimeAsync(5);
          }
          await hosted;
          await s.waitAll();
          if (lockedAtStart !== undefined) expect(lockedAtStart).toBe(true);
          if (!plan.abort && plan.timeout2 === null && plan.timeout3 === null) expect(outcome).toEqual({ value: 'done' });
          expect(lock.locked()).toBe(false);
          expect(lock.cancelWaiters()).toBe(0);
          expect(vi.getTimerCount()).toBe(0);
        } finally {
          vi.useRealTimers();
        }
      }),
      { numRuns: 100 },
    );
  });
});
