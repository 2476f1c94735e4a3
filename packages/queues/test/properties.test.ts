// Property-based interleavings (fast-check scheduler) for each of the four classes. Random actors put, get, push,
// abort, time out, shut down and run transactions (sync ones, and async ones that hold the lock across scheduler
// steps) while random steps advance the fake clock. Invariants:
// - every take returns the class's next item (FIFO, LIFO, smallest, priority-then-FIFO), checked in the storage hook;
// - no item is lost or duplicated: put items = got items + evicted items + remaining items (as multisets);
// - a rolled-back transaction leaves the contents (and UserPriorityQueue entries) exactly as they were;
// - at quiescence no item or slot is stranded while someone waits;
// - join() resolves exactly when every item is done;
// - every wait settles, and no timer or abort listener is left behind.
import { addAuditHook, objectId } from '@asyncutils/audit';
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PotentQueueBase, QueueTransaction } from '../src/PotentQueueBase.js';
import { UserPriorityQueue } from '../src/UserPriorityQueue.js';
import { flush, kinds, type QueueKind } from './support/harness.js';

type Mode = 'plain' | 'abort' | 'timeout' | 'preAbort';
type TxStep = 'get' | 'put';
type Op =
  | { t: 'put' | 'get'; mode: Mode; ms: number; prio: number }
  | { t: 'putNowait' | 'getNowait' | 'push' | 'shutdown'; prio: number }
  | { t: 'tick'; ms: number }
  | { t: 'tx' | 'atx'; steps: TxStep[]; commit: boolean }
  /** Synchronous steps in one go: they can steal an item from a woken waiter, or abort it before it runs. */
  | { t: 'burst'; steps: BurstStep[] };
type BurstStep = 'putNowait' | 'getNowait' | 'push' | 'abort' | 'tick';

const modeArb = fc.constantFrom<Mode>('plain', 'plain', 'plain', 'abort', 'abort', 'timeout', 'preAbort');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constantFrom('put' as const, 'get' as const), mode: modeArb, ms: fc.integer({ min: 1, max: 20 }), prio: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constantFrom('putNowait' as const, 'getNowait' as const, 'push' as const), prio: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 15 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('tx' as const, 'atx' as const), steps: fc.array(fc.constantFrom<TxStep>('get', 'put'), { maxLength: 4 }), commit: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('shutdown' as const), prio: fc.constant(0) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('burst' as const),
      // a put that wakes the first waiter, then a step that steals its item or aborts/times it out before it runs
      steps: fc
        .tuple(fc.constantFrom<BurstStep>('putNowait', 'push'), fc.array(fc.constantFrom<BurstStep>('putNowait', 'getNowait', 'getNowait', 'push', 'abort', 'abort', 'tick'), { minLength: 1, maxLength: 4 }))
        .map(([a, b]) => [a, ...b]),
    }),
  },
);
const actorsArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });

interface Internals<T> {
  _get(): T;
  _put(x: T, o?: unknown): void;
}

/** The contents in a form that also covers UserPriorityQueue entries (restored exactly by rollbacks). */
function contents(q: PotentQueueBase<number>): unknown[] {
  return q instanceof UserPriorityQueue ? q.peekAllEntries() : q.peekAll();
}

/** Wraps the storage hooks so that every take and store is checked against the class's order. */
function checkOrder(kind: QueueKind, q: PotentQueueBase<number>, violations: string[]): void {
  const inner = q as unknown as Internals<number>;
  const get = inner._get.bind(q);
  const put = inner._put.bind(q);
  inner._get = () => {
    const before = q.peekAll();
    const expected = kind.name === 'SmartLifoQueue' ? before[before.length - 1] : before[0];
    const x = get();
    if (x !== expected) violations.push(`${kind.name} took ${x}, expected ${expected} of [${before}]`);
    return x;
  };
  inner._put = (x, o) => {
    const before = q.peekAll();
    put(x, o);
    if (kind.name === 'SmartQueue' || kind.name === 'SmartLifoQueue') {
      const after = q.peekAll();
      if (after.length !== before.length + 1 || after[after.length - 1] !== x) violations.push(`${kind.name} stored ${x} out of place`);
    }
  };
}

/** Totals over all runs, to show the properties exercise what they claim. */
export const stats = { runs: 0, ins: 0, outs: 0, evicted: 0, waitsServed: 0, rollbacks: 0 };

async function run(s: fc.Scheduler, kind: QueueKind, maxsize: number, actors: readonly Op[][]): Promise<void> {
  const q = kind.make<number>(maxsize);
  const violations: string[] = [];
  checkOrder(kind, q, violations);
  const ins: number[] = [];
  const outs: number[] = [];
  const evicted: number[] = [];
  let dones = 0;
  let nextId = 1;
  let pendingGets = 0;
  let pendingPuts = 0;
  let txOpen = false;
  const signals: AbortSignal[] = [];
  const controllers: AbortController[] = [];
  const off = addAuditHook((event, args) => {
    if (event.endsWith('.push') && args[0] === objectId(q)) evicted.push(args[2] as number);
  });
  // Waiters are served in arrival order: the fulfilled waits of each kind are granted in call order.
  let seq = 0;
  const granted: Record<'get' | 'put', number[]> = { get: [], put: [] };
  const served = <R>(kindOf: 'get' | 'put', waits: boolean, p: Promise<R>): Promise<R> => {
    const mine = seq++;
    if (waits) p.then(() => granted[kindOf].push(mine), () => undefined);
    return p;
  };
  const took = (x: number): void => {
    outs.push(x);
    q.taskDone();
    dones++;
  };
  const opts = (op: { mode: Mode; ms: number; prio: number }, label: string): { signal?: AbortSignal; timeout?: number; priority: number } => {
    const o: { signal?: AbortSignal; timeout?: number; priority: number } = { priority: op.prio };
    if (op.mode === 'timeout') o.timeout = op.ms;
    if (op.mode === 'abort' || op.mode === 'preAbort') {
      const ac = new AbortController();
      signals.push(ac.signal);
      o.signal = ac.signal;
      if (op.mode === 'preAbort') ac.abort('pre');
      else {
        controllers.push(ac);
        void s.schedule(Promise.resolve(), `abort ${label}`).then(() => ac.abort('abort'));
      }
    }
    return o;
  };
  const nowait = <R>(f: () => R): R | undefined => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const txSteps = (tx: QueueTransaction<number>, steps: TxStep[], got: number[], put: number[]): void => {
    for (const step of steps) {
      if (step === 'get') {
        const x = nowait(() => tx.getNowait());
        if (x !== undefined) got.push(x);
      } else {
        const v = nextId++;
        if (nowait(() => (tx.putNowait(v, { priority: v % 3 } as never), true))) put.push(v);
      }
    }
  };
  const end = (tx: QueueTransaction<number>, commit: boolean, before: unknown[], got: number[], put: number[]): void => {
    txOpen = false;
    if (commit) {
      tx.commit();
      ins.push(...put);
      for (const x of got) took(x);
    } else {
      tx.rollback();
      stats.rollbacks++;
      const after = contents(q);
      if (JSON.stringify(after) !== JSON.stringify(before)) violations.push(`rollback changed ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
    }
  };

  const actor = async (ops: readonly Op[], a: number): Promise<void> => {
    for (const [i, op] of ops.entries()) {
      const label = `${a}.${i} ${op.t}`;
      await s.schedule(Promise.resolve(), label);
      switch (op.t) {
        case 'put': {
          const v = nextId++;
          pendingPuts++;
          try {
            const o = opts({ ...op, prio: v % 3 }, label);
            await served('put', txOpen || q.full(), q.put(v, o as never));
            ins.push(v);
          } catch {
            /* shut down, aborted, timed out: not in */
          } finally {
            pendingPuts--;
          }
          break;
        }
        case 'get':
          pendingGets++;
          try {
            const o = opts(op, label);
            took(await served('get', txOpen || q.empty(), q.get(o)));
          } catch {
            /* shut down, aborted, timed out */
          } finally {
            pendingGets--;
          }
          break;
        case 'putNowait': {
          const v = nextId++;
          if (nowait(() => (q.putNowait(v, { priority: v % 3 } as never), true))) ins.push(v);
          break;
        }
        case 'getNowait': {
          const x = nowait(() => q.getNowait());
          if (x !== undefined) took(x);
          break;
        }
        case 'push': {
          const v = nextId++;
          if (q.push(v, { priority: v % 3 } as never)) ins.push(v);
          break;
        }
        case 'shutdown':
          q.shutdown();
          break;
        case 'burst':
          for (const step of op.steps) {
            const v = nextId++;
            if (step === 'putNowait') {
              if (nowait(() => (q.putNowait(v, { priority: v % 3 } as never), true))) ins.push(v);
            } else if (step === 'getNowait') {
              const x = nowait(() => q.getNowait());
              if (x !== undefined) took(x);
            } else if (step === 'push') {
              if (q.push(v, { priority: v % 3 } as never)) ins.push(v);
            } else if (step === 'abort') controllers.find((c) => !c.signal.aborted && getEventListeners(c.signal, 'abort').length > 0)?.abort('burst');
            else vi.advanceTimersByTime(10);
          }
          break;
        case 'tick':
          vi.advanceTimersByTime(op.ms);
          break;
        case 'tx': {
          if (txOpen) break;
          const before = contents(q);
          const got: number[] = [];
          const put: number[] = [];
          const tx = q.transaction();
          txOpen = true;
          txSteps(tx, op.steps, got, put);
          end(tx, op.commit, before, got, put);
          break;
        }
        case 'atx': {
          if (txOpen) break;
          const before = contents(q);
          const got: number[] = [];
          const put: number[] = [];
          const tx = q.transaction();
          txOpen = true;
          const half = Math.ceil(op.steps.length / 2);
          txSteps(tx, op.steps.slice(0, half), got, put);
          await s.schedule(Promise.resolve(), `${label} hold`); // others run while the queue is locked
          txSteps(tx, op.steps.slice(half), got, put);
          end(tx, op.commit, before, got, put);
          break;
        }
      }
    }
  };

  try {
    const running = actors.map((ops, a) => actor(ops, a));
    await s.waitAll();
    await flush();
    // Quiescence: nothing stranded while someone waits (no transaction is open here).
    expect(txOpen).toBe(false);
    if (pendingGets > 0) expect(q.qsize(), 'an item is stranded while a getter waits').toBe(0);
    if (pendingPuts > 0 && !q.isShutdown) expect(q.full(), 'a slot is stranded while a putter waits').toBe(true);
    // Release everyone: waiting putters fail, waiting getters fail (the queue is empty), actors finish.
    q.shutdown();
    for (let round = 0; round < 50 && (pendingGets > 0 || pendingPuts > 0 || s.count() > 0); round++) {
      await flush();
      await s.waitAll();
    }
    await Promise.all(running);
    expect(pendingGets + pendingPuts).toBe(0);
    expect(violations).toEqual([]);
    for (const order of Object.values(granted)) expect(order).toEqual([...order].sort((x, y) => x - y));
    const remaining = q.peekAll();
    const sorted = (xs: number[]): number[] => [...xs].sort((x, y) => x - y);
    expect(sorted([...outs, ...evicted, ...remaining])).toEqual(sorted(ins));
    // join: pending exactly while items are unfinished
    const unfinished = ins.length - dones - evicted.length;
    expect(unfinished).toBe(remaining.length);
    let joined = false;
    void q.join().then(() => (joined = true));
    await flush();
    expect(joined).toBe(unfinished === 0);
    for (const [i] of remaining.entries()) {
      q.getNowait();
      await flush();
      expect(joined).toBe(false);
      q.taskDone();
      await flush();
      expect(joined).toBe(i === remaining.length - 1);
    }
    stats.runs++;
    stats.ins += ins.length;
    stats.outs += outs.length;
    stats.evicted += evicted.length;
    stats.waitsServed += granted.get.length + granted.put.length;
    expect(vi.getTimerCount()).toBe(0);
    for (const sig of signals) expect(getEventListeners(sig, 'abort').length).toBe(0);
  } finally {
    off();
  }
}

describe('properties', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it.each(kinds)('no loss, no duplication, class order, exact rollbacks, join, no leaks under random interleavings ($name)', async (kind) => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 0, max: 3 }), actorsArb, async (s, maxsize, actors) => {
        await run(s, kind, maxsize, actors);
      }),
      { numRuns: 100 },
    );
  });

  it.each(kinds)('hand-over: waiters served in arrival order under steals, aborts and timeouts at microtask granularity ($name)', async (kind) => {
    const stepArb = fc.constantFrom<BurstStep | 'get' | 'put'>('putNowait', 'putNowait', 'getNowait', 'push', 'abort', 'tick', 'get', 'put');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.record({ steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }), gap: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 14 }),
        fc.array(modeArb, { minLength: 16, maxLength: 16 }),
        async (maxsize, rounds, modes) => {
          const q = kind.make<number>(maxsize);
          const ins: number[] = [];
          const outs: number[] = [];
          const evicted: number[] = [];
          const granted: Record<'get' | 'put', number[]> = { get: [], put: [] };
          const pending = new Set<Promise<unknown>>();
          const waiting = { get: 0, put: 0 };
          const controllers: AbortController[] = [];
          let id = 1;
          let seq = 0;
          const off = addAuditHook((event, args) => {
            if (event.endsWith('.push') && args[0] === objectId(q)) evicted.push(args[2] as number);
          });
          const options = (): { signal?: AbortSignal; timeout?: number } => {
            const mode = modes[seq % modes.length];
            if (mode === 'timeout') return { timeout: 5 + (seq % 7) };
            if (mode === 'abort' || mode === 'preAbort') {
              const ac = new AbortController();
              if (mode === 'preAbort') ac.abort();
              else controllers.push(ac);
              return { signal: ac.signal };
            }
            return {};
          };
          const watch = <R>(role: 'get' | 'put', waits: boolean, p: Promise<R>, onValue: (v: R) => void): void => {
            const mine = seq++;
            waiting[role]++;
            const tracked = p.then(
              (v) => {
                if (waits) granted[role].push(mine);
                onValue(v);
              },
              () => undefined,
            );
            void tracked.then(() => waiting[role]--);
            pending.add(tracked);
            void tracked.then(() => pending.delete(tracked));
          };
          try {
            for (const { steps, gap } of rounds) {
              for (const step of steps) {
                const v = id++;
                if (step === 'get') watch('get', q.empty(), q.get(options()), (x) => outs.push(x));
                else if (step === 'put') {
                  const o = options();
                  watch('put', q.full(), q.put(v, o), () => ins.push(v));
                } else if (step === 'putNowait') {
                  try {
                    q.putNowait(v);
                    ins.push(v);
                  } catch {
                    /* full */
                  }
                } else if (step === 'getNowait') {
                  try {
                    outs.push(q.getNowait());
                  } catch {
                    /* empty */
                  }
                } else if (step === 'push') {
                  if (q.push(v)) ins.push(v);
                } else if (step === 'abort') controllers.find((c) => !c.signal.aborted)?.abort();
                else vi.advanceTimersByTime(4);
              }
              for (let i = 0; i < gap; i++) await Promise.resolve();
            }
            await flush();
            // quiescence: no item stranded while a getter waits, no slot while a putter waits
            if (waiting.get > 0) expect(q.qsize(), 'stranded item').toBe(0);
            if (waiting.put > 0) expect(q.full(), 'stranded slot').toBe(true);
            q.shutdown();
            await flush();
            expect(pending.size).toBe(0);
            for (const order of Object.values(granted)) expect(order).toEqual([...order].sort((x, y) => x - y));
            const sorted = (xs: number[]): number[] => [...xs].sort((x, y) => x - y);
            expect(sorted([...outs, ...evicted, ...q.peekAll()])).toEqual(sorted(ins));
            expect(vi.getTimerCount()).toBe(0);
            for (const c of controllers) expect(getEventListeners(c.signal, 'abort').length).toBe(0);
          } finally {
            off();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the runs exercise puts, gets, evictions, served waits and rollbacks', () => {
    expect(stats.runs).toBe(400);
    for (const k of ['ins', 'outs', 'waitsServed', 'rollbacks'] as const) expect(stats[k], k).toBeGreaterThan(50);
    expect(stats.evicted).toBeGreaterThan(5);
  });
});
