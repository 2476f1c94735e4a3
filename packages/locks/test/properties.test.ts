// Check 34: property-based interleavings (fast-check scheduler). Random tasks acquire (or runExclusive) with
// random aborts and timeouts, hold for random scheduler steps and release, while random steps advance the fake
// clock and cancel waiters. Invariants: at most `permits` holders at once; non-rejected waiters are granted in
// FIFO order; every wait settles exactly once; permits are conserved (the lock ends free / value === permits);
// no timer or abort listener is left behind.
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BoundedSemaphore } from '../src/BoundedSemaphore.js';
import { Lock } from '../src/Lock.js';
import { Semaphore } from '../src/Semaphore.js';

interface Subject {
  acquire(opts?: { signal?: AbortSignal; timeout?: number }): Promise<boolean>;
  runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: { signal?: AbortSignal; timeout?: number }): Promise<Awaited<R>>;
  release(): void;
  locked(): boolean;
  cancelWaiters(reason?: unknown): number;
}

const taskArb = fc.record({
  method: fc.constantFrom('acquire', 'runExclusive'),
  abort: fc.boolean(),
  preAborted: fc.boolean(),
  timeout: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 }), fc.constant(Infinity)), { nil: undefined }),
  hold: fc.integer({ min: 0, max: 3 }),
});
const opArb = fc.oneof(
  fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ kind: fc.constant('cancel' as const), ms: fc.constant(0) }),
);

type TaskSpec = { method: string; abort: boolean; preAborted: boolean; timeout: number | undefined; hold: number };
type Outcome = 'granted' | 'aborted' | 'timeout' | 'cancelled';

async function run(
  s: fc.Scheduler,
  subject: Subject,
  permits: number,
  tasks: readonly TaskSpec[],
  ops: readonly { kind: 'tick' | 'cancel'; ms: number }[],
): Promise<void> {
  const cancelReason = { cancelled: true };
  let active = 0;
  let seq = 0;
  const state: ('waiting' | 'granted' | 'rejected')[] = [];
  const settles: number[] = [];
  const outcomes: (Outcome | undefined)[] = [];
  const signals: AbortSignal[] = [];
  const fifoViolations: string[] = [];
  const leaks: string[] = [];
  const timed: boolean[] = [];

  const running = tasks.map(
    async (t, i) => {
      await s.schedule(Promise.resolve(), `start ${i}`);
      const ac = t.abort || t.preAborted ? new AbortController() : undefined;
      const abortReason = { abortedTask: i };
      if (ac !== undefined) {
        signals.push(ac.signal);
        if (t.preAborted) ac.abort(abortReason);
        else void s.schedule(Promise.resolve(), `abort ${i}`).then(() => ac.abort(abortReason));
      }
      const opts = ac === undefined && t.timeout === undefined ? undefined : { signal: ac?.signal, timeout: t.timeout };
      const mine = seq++;
      state[mine] = 'waiting';
      timed[mine] = t.timeout !== undefined && t.timeout !== Infinity && t.timeout > 0;
      settles[i] = 0;
      const detached = (): void => {
        // settled waits hold no listener (the grant path removes it; so do abort and timeout)
        if (ac !== undefined && getEventListeners(ac.signal, 'abort').length !== 0) leaks.push(`listener of ${i}`);
      };
      const onGranted = (): void => {
        settles[i] = (settles[i] ?? 0) + 1;
        detached();
        for (let k = 0; k < mine; k++) if (state[k] === 'waiting') fifoViolations.push(`${mine} before ${k}`);
        state[mine] = 'granted';
      };
      const onRejected = (e: unknown): never => {
        settles[i] = (settles[i] ?? 0) + 1;
        detached();
        state[mine] = 'rejected';
        if (e === abortReason) outcomes[i] = 'aborted';
        else if (e === cancelReason) outcomes[i] = 'cancelled';
        else if (e instanceof DOMException && e.name === 'TimeoutError') outcomes[i] = 'timeout';
        else throw e; // anything else is a bug
        throw e;
      };
      const hold = async (): Promise<void> => {
        active++;
        expect(active).toBeLessThanOrEqual(permits);
        for (let h = 0; h < t.hold; h++) await s.schedule(Promise.resolve(), `hold ${i}`);
        active--;
      };
      try {
        if (t.method === 'acquire') {
          await subject.acquire(opts).then(onGranted, onRejected);
          await hold();
          subject.release();
        } else {
          let granted = false;
          await subject
            .runExclusive(async () => {
              granted = true;
              onGranted();
              await hold();
            }, opts)
            .catch((e: unknown) => {
              if (!granted) onRejected(e);
              throw e;
            });
        }
        outcomes[i] = 'granted';
      } catch (e) {
        if (outcomes[i] === undefined) throw e;
      }
    },
  );
  for (const [k, op] of ops.entries()) {
    void s.schedule(Promise.resolve(), `op ${k} ${op.kind}`).then(() => {
      if (op.kind === 'tick') vi.advanceTimersByTime(op.ms);
      else subject.cancelWaiters(cancelReason);
    });
  }
  await s.waitIdle();
  // Timers exist only for waiters still waiting with a finite timeout: none leaked by settled ones.
  expect(vi.getTimerCount()).toBe(state.filter((st, k) => st === 'waiting' && timed[k]).length);
  // Whatever is still waiting now would wait forever unless time passes: let every timer fire.
  vi.advanceTimersByTime(1000);
  await s.waitIdle();
  await Promise.all(running);

  expect(fifoViolations).toEqual([]);
  expect(leaks).toEqual([]);
  expect(settles.every((n) => n === 1)).toBe(true);
  expect(outcomes.every((o) => o !== undefined)).toBe(true);
  expect(active).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  for (const sig of signals) expect(getEventListeners(sig, 'abort')).toHaveLength(0);
  expect(subject.cancelWaiters()).toBe(0);
}

const tasksArb = fc.array(taskArb, { minLength: 1, maxLength: 8 });
const opsArb = fc.array(opArb, { maxLength: 6 });
const settings = { numRuns: 200 };

describe('check 34: property-based interleavings (fast-check scheduler)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('Lock: mutual exclusion, FIFO, every waiter settles once, ends free', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), tasksArb, opsArb, async (s, tasks, ops) => {
        const lock = new Lock();
        await run(s, lock, 1, tasks, ops);
        expect(lock.locked()).toBe(false);
      }),
      settings,
    );
  });

  it('Semaphore(n): at most n holders, FIFO, every waiter settles once, value === n at the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 3 }), tasksArb, opsArb, async (s, n, tasks, ops) => {
        const sem = new Semaphore(n);
        await run(s, sem, n, tasks, ops);
        expect(sem.value).toBe(n);
      }),
      settings,
    );
  });

  it('BoundedSemaphore(n): the same, and no permit is ever minted (a release at the end throws)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 3 }), tasksArb, opsArb, async (s, n, tasks, ops) => {
        const sem = new BoundedSemaphore(n);
        await run(s, sem, n, tasks, ops);
        expect(sem.value).toBe(n);
        expect(() => sem.release()).toThrow(RangeError);
      }),
      settings,
    );
  });
});
