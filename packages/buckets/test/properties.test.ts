// Property-based interleavings (fast-check scheduler): random tasks consume (or wait for room) with random
// sizes, pre-aborted or later-aborted signals and timeouts, while random steps advance the fake clock and
// probe the bucket. Invariants: tokens are conserved (never more than capacity, never negative, grants never
// exceed refill + initial), requests are served in FIFO order, every wait settles exactly once, and nothing
// (timer, listener, queued request) is left behind.
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeakyBucket } from '../src/LeakyBucket.js';
import { TokenBucket } from '../src/TokenBucket.js';

const EPS = 1e-9;

const taskArb = fc.record({
  quarters: fc.integer({ min: 0, max: 24 }), // size in quarters of the capacity: 0 .. 6 × capacity
  abort: fc.boolean(),
  preAborted: fc.boolean(),
  timeout: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3000 }), fc.constant(Infinity)), { nil: undefined }),
});
type Task = { quarters: number; abort: boolean; preAborted: boolean; timeout: number | undefined };
const opArb = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 2500 }) }),
  fc.record({ kind: fc.constant('probe' as const), ms: fc.constant(0) }),
);
type Op = { kind: 'tick' | 'probe'; ms: number };
type Outcome = 'granted' | 'aborted' | 'timeout';

const isTimeout = (e: unknown): boolean => e instanceof DOMException && e.name === 'TimeoutError';

describe('properties (fast-check scheduler)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('TokenBucket: tokens conserved (0 <= tokens <= capacity, grants <= initial + refill), FIFO, one settlement per wait, no leak', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.constantFrom(0.5, 1, 2, 10),
        fc.constantFrom(1, 2.5, 5),
        fc.array(taskArb, { minLength: 1, maxLength: 8 }),
        fc.array(opArb, { maxLength: 8 }),
        async (s, rate, capacity, tasks: Task[], ops: Op[]) => {
          const start = Date.now();
          const bucket = new TokenBucket(rate, capacity);
          const bound = (): number => capacity + (rate * (Date.now() - start)) / 1000 + EPS;
          let granted = 0;
          let pending = 0;
          let seq = 0;
          const state: ('waiting' | 'granted' | 'rejected')[] = [];
          const outcomes: (Outcome | undefined)[] = [];
          const settles: number[] = [];
          const problems: string[] = [];
          const signals: AbortSignal[] = [];

          // Non-destructive probes, valid while nobody waits: `consume(0)` succeeds iff tokens >= 0, and a
          // request just above capacity fails iff tokens <= capacity (timeout 0: rejected without taking).
          const probe = async (): Promise<void> => {
            if (pending !== 0) return;
            try {
              await bucket.consume(0, { timeout: 0 });
            } catch {
              problems.push('negative tokens');
            }
            try {
              await bucket.consume(capacity * (1 + 1e-9) + 1e-9, { timeout: 0 });
              problems.push('more than capacity');
            } catch (e) {
              if (!isTimeout(e)) throw e;
            }
          };

          const running = tasks.map(async (t, i) => {
            await s.schedule(Promise.resolve(), `start ${i}`);
            const n = (t.quarters * capacity) / 4;
            const ac = t.abort || t.preAborted ? new AbortController() : undefined;
            const reason = { task: i };
            if (ac !== undefined) {
              signals.push(ac.signal);
              if (t.preAborted) ac.abort(reason);
              else void s.schedule(Promise.resolve(), `abort ${i}`).then(() => ac.abort(reason));
            }
            const opts = ac === undefined && t.timeout === undefined ? undefined : { signal: ac?.signal, timeout: t.timeout };
            const mine = seq++;
            state[mine] = 'waiting';
            settles[i] = 0;
            pending++;
            try {
              await bucket.consume(n, opts);
              for (let k = 0; k < mine; k++) if (state[k] === 'waiting') problems.push(`${mine} served before ${k}`);
              state[mine] = 'granted';
              outcomes[i] = 'granted';
              granted += n;
              if (granted > bound()) problems.push(`granted ${granted} > ${bound()}`);
            } catch (e) {
              state[mine] = 'rejected';
              if (e === reason) outcomes[i] = 'aborted';
              else if (isTimeout(e)) outcomes[i] = 'timeout';
              else throw e; // anything else is a bug
            } finally {
              settles[i] = (settles[i] ?? 0) + 1;
              pending--;
              if (ac !== undefined && getEventListeners(ac.signal, 'abort').length !== 0) problems.push(`listener of ${i}`);
            }
          });
          for (const [k, op] of ops.entries()) {
            void s.schedule(Promise.resolve(), `op ${k} ${op.kind}`).then(() => {
              if (op.kind === 'tick') vi.advanceTimersByTime(op.ms);
              else return probe();
            });
          }
          await s.waitIdle();
          // Whatever still waits does so until its deficit is refilled: let the clock run until all settle.
          for (let k = 0; k < 200 && pending > 0; k++) {
            vi.advanceTimersByTime(5000);
            await s.waitIdle();
          }
          await Promise.all(running);

          expect(problems).toEqual([]);
          expect(settles.every((x) => x === 1)).toBe(true);
          expect(outcomes.every((o) => o !== undefined)).toBe(true);
          expect(vi.getTimerCount()).toBe(0);
          for (const sig of signals) expect(getEventListeners(sig, 'abort')).toHaveLength(0);
          // Idle long enough, the bucket is exactly full: capacity can be taken at once, and then nothing.
          vi.advanceTimersByTime((capacity / rate) * 1000 + 1);
          await probe();
          expect(problems).toEqual([]);
          await bucket.consume(capacity, { timeout: 0 });
          await expect(bucket.consume(capacity * 1e-6, { timeout: 0 })).rejects.toSatisfy(isTimeout);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('LeakyBucket: 0 <= level <= capacity, minFactor <= factor <= maxFactor, one settlement per wait, added only when it fits, no leak', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.constantFrom(1, 4, 10),
        fc.constantFrom(0.5, 2, 20),
        fc.array(taskArb, { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(opArb, fc.record({ kind: fc.constant('acquire' as const), ms: fc.integer({ min: 0, max: 4 }) })), { maxLength: 8 }),
        async (s, capacity, leak, tasks: Task[], ops: (Op | { kind: 'acquire'; ms: number })[]) => {
          const bucket = new LeakyBucket(capacity, leak, { minFactor: 0.25, maxFactor: 4 });
          const problems: string[] = [];
          const check = (where: string): void => {
            const l = bucket.level;
            if (!(l >= 0 && l <= capacity + EPS)) problems.push(`${where}: level ${l}`);
            if (!(bucket.factor >= 0.25 && bucket.factor <= 4)) problems.push(`${where}: factor ${bucket.factor}`);
          };
          const settles: number[] = [];
          const signals: AbortSignal[] = [];
          using _loop = bucket.enter();
          const running = tasks.map(async (t, i) => {
            await s.schedule(Promise.resolve(), `start ${i}`);
            const n = Math.min(capacity, (t.quarters * capacity) / 16);
            const ac = t.abort || t.preAborted ? new AbortController() : undefined;
            const reason = { task: i };
            if (ac !== undefined) {
              signals.push(ac.signal);
              if (t.preAborted) ac.abort(reason);
              else void s.schedule(Promise.resolve(), `abort ${i}`).then(() => ac.abort(reason));
            }
            settles[i] = 0;
            try {
              const before = bucket.level;
              const slept = await bucket.waitForTokens(n, ac === undefined && t.timeout === undefined ? undefined : { signal: ac?.signal, timeout: t.timeout });
              if (!(slept >= 0)) problems.push(`slept ${slept}`);
              if (slept === 0 && before + n > capacity + EPS && bucket.level < n - EPS) problems.push(`added ${n} without room`);
            } catch (e) {
              if (e !== reason && !isTimeout(e)) throw e;
            } finally {
              settles[i] = (settles[i] ?? 0) + 1;
              check(`task ${i}`);
            }
          });
          for (const [k, op] of ops.entries()) {
            void s.schedule(Promise.resolve(), `op ${k} ${op.kind}`).then(() => {
              if (op.kind === 'tick') vi.advanceTimersByTime(op.ms);
              else if (op.kind === 'acquire') bucket.acquire((op.ms * capacity) / 4);
              check(`op ${k}`);
            });
          }
          await s.waitIdle();
          for (let k = 0; k < 100 && settles.some((x) => x === 0); k++) {
            vi.advanceTimersByTime(1000);
            check(`drain ${k}`);
            await s.waitIdle();
          }
          await Promise.all(running);
          expect(problems).toEqual([]);
          expect(settles.every((x) => x === 1)).toBe(true);
          expect(vi.getTimerCount()).toBe(1); // the adjust loop only, stopped by `using`
          for (const sig of signals) expect(getEventListeners(sig, 'abort')).toHaveLength(0);
        },
      ),
      { numRuns: 100 },
    );
    expect(vi.getTimerCount()).toBe(0);
  });
});
