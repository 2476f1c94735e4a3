// Check 16 and the policy invariants, property-based: random interleavings (fc.scheduler) of reads,
// writes, tries, releases, aborts and timeouts, run against each class and against a reference model
// written from the spec's policy table (arrays, no shared code). Every state change of the real lock is
// watched synchronously, so "a writer never holds together with anyone" is checked at every step.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AgingRWLock,
  FairPriorityRWLock,
  FairRWLock,
  ReadPreferredRWLock,
  type RWLock,
  type RWLockHandle,
  WritePreferredPriorityRWLock,
  WritePreferredRWLock,
} from '../src/index.js';
import { flush } from './support/track.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Kind = 'readPreferred' | 'writePreferred' | 'fair' | 'fairPriority' | 'writePreferredPriority' | 'aging';

const classes: Record<Kind, () => RWLock> = {
  readPreferred: () => new ReadPreferredRWLock(),
  writePreferred: () => new WritePreferredRWLock(),
  fair: () => new FairRWLock(),
  fairPriority: () => new FairPriorityRWLock(),
  writePreferredPriority: () => new WritePreferredPriorityRWLock(),
  aging: () => new AgingRWLock(),
};

type Op =
  | { t: 'acquire'; write: boolean; priority: number | undefined; owner: string | undefined; timeout: number | undefined; signal: 'none' | 'live' | 'aborted' }
  | { t: 'try'; write: boolean; priority: number | undefined; owner: string | undefined }
  | { t: 'abort'; target: number }
  | { t: 'advance'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({
    t: fc.constant('acquire' as const),
    write: fc.boolean(),
    priority: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
    owner: fc.constantFrom(undefined, 'a', 'b'),
    timeout: fc.constantFrom(undefined, undefined, 0, 1, 3, 8),
    signal: fc.constantFrom('none' as const, 'live' as const, 'live' as const, 'aborted' as const),
  }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('try' as const), write: fc.boolean(), priority: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }), owner: fc.constantFrom(undefined, 'a', 'b') }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('abort' as const), target: fc.nat(30) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.constantFrom(1, 2, 5) }) },
);

// ---------------------------------------------------------------------------------------------------
// The reference model: the spec's policy table, literally.

interface ModelWaiter {
  readonly id: number;
  readonly write: boolean;
  readonly rank: readonly number[];
  readonly owner: string | undefined;
  readonly deadline: number;
  readonly seq: number;
}

const ranked = (kind: Kind): boolean => kind === 'fairPriority' || kind === 'writePreferredPriority' || kind === 'aging';
const ordered = (kind: Kind): boolean => kind === 'fair' || ranked(kind);

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return a.length < b.length;
}

class Model {
  readers = 0;
  writing = false;
  /** One queue sorted by rank (ordered kinds); readers / writers queues otherwise. */
  queue: ModelWaiter[] = [];
  readQueue: ModelWaiter[] = [];
  writeQueue: ModelWaiter[] = [];
  readonly holders = new Map<number, boolean>();
  /** Settlements of waiting acquisitions, in the order they happen. */
  readonly log: string[] = [];
  now = 0;
  seq = 0;
  readonly ownerCounts = { read: new Map<string, number>(), write: new Map<string, number>() };
  anonymous = { read: 0, write: 0 };

  constructor(readonly kind: Kind) {}

  unsuccessful(write: boolean): number {
    let n = write ? this.anonymous.write : this.anonymous.read;
    for (const v of this.ownerCounts[write ? 'write' : 'read'].values()) n += v;
    return n;
  }

  #attempt(write: boolean, owner: string | undefined, what: 'start' | 'granted' | 'abandoned'): void {
    if (this.kind !== 'aging') return;
    const key = write ? 'write' : 'read';
    if (owner === undefined) this.anonymous[key] += what === 'start' ? 1 : -1;
    else if (what === 'start') this.ownerCounts[key].set(owner, (this.ownerCounts[key].get(owner) ?? 0) + 1);
    else if (what === 'granted') this.ownerCounts[key].delete(owner);
  }

  #rank(write: boolean, priority: number | undefined, owner: string | undefined): number[] {
    const arrival = this.seq++;
    switch (this.kind) {
      case 'fairPriority':
        return [priority ?? 0, arrival];
      case 'writePreferredPriority':
        return [write ? 0 : 1, priority ?? 0, arrival];
      case 'aging': {
        const n = owner === undefined ? 1 : (this.ownerCounts[write ? 'write' : 'read'].get(owner) ?? 0) + 1;
        return [priority ?? -1 * n, arrival];
      }
      default:
        return [arrival];
    }
  }

  #enqueue(w: ModelWaiter): void {
    if (!ordered(this.kind)) {
      (w.write ? this.writeQueue : this.readQueue).push(w);
      return;
    }
    let i = this.queue.length;
    while (i > 0 && lexLess(w.rank, (this.queue[i - 1] as ModelWaiter).rank)) i--;
    this.queue.splice(i, 0, w);
  }

  #remove(w: ModelWaiter): boolean {
    for (const q of [this.queue, this.readQueue, this.writeQueue]) {
      const i = q.indexOf(w);
      if (i >= 0) {
        q.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  isWaiting(id: number): ModelWaiter | undefined {
    return [...this.queue, ...this.readQueue, ...this.writeQueue].find((w) => w.id === id);
  }

  #grant(w: ModelWaiter, silent = false): void {
    this.#remove(w);
    if (w.write) {
      if (this.writing || this.readers > 0) throw new Error('model bug: writer granted while held');
      this.writing = true;
    } else {
      if (this.writing) throw new Error('model bug: reader granted while writing');
      this.readers++;
    }
    this.holders.set(w.id, w.write);
    this.#attempt(w.write, w.owner, 'granted');
    if (!silent) this.log.push(`${w.id}:granted`);
  }

  /** The spec's "at a release" column (and the head rule), also run after arrivals and removals. */
  #pump(): void {
    if (this.writing) return;
    switch (this.kind) {
      case 'readPreferred':
        // writer leaves → all waiting readers if any, else the next writer; last reader leaves → next writer
        while (this.readQueue.length) this.#grant(this.readQueue[0] as ModelWaiter);
        if (this.readers === 0 && this.writeQueue.length) this.#grant(this.writeQueue[0] as ModelWaiter);
        return;
      case 'writePreferred':
        // writer leaves → next writer if any, else all waiting readers
        if (this.writeQueue.length) {
          if (this.readers === 0) this.#grant(this.writeQueue[0] as ModelWaiter);
          return;
        }
        while (this.readQueue.length) this.#grant(this.readQueue[0] as ModelWaiter);
        return;
      default: {
        // head rule: grant the head while compatible; readers granted together resolve in arrival order
        const batch: ModelWaiter[] = [];
        for (;;) {
          const head = this.queue[0];
          if (head === undefined || this.writing || (head.write && this.readers > 0)) break;
          this.#grant(head, true);
          batch.push(head);
        }
        for (const w of batch.sort((x, y) => x.seq - y.seq)) this.log.push(`${w.id}:granted`);
      }
    }
  }

  /** A waiting acquisition; returns nothing, its outcome goes to `log`. */
  acquire(id: number, op: Extract<Op, { t: 'acquire' }>): void {
    if (op.signal === 'aborted') {
      this.log.push(`${id}:abort`);
      return;
    }
    const rank = this.#rank(op.write, op.priority, op.owner);
    this.#attempt(op.write, op.owner, 'start');
    const w: ModelWaiter = { id, write: op.write, rank, owner: op.owner, deadline: op.timeout === undefined ? Infinity : this.now + op.timeout, seq: this.seq++ };
    this.#enqueue(w);
    this.#pump();
    if (op.timeout === 0 && this.#remove(w)) {
      this.#attempt(op.write, op.owner, 'abandoned');
      this.log.push(`${id}:timeout`);
      this.#pump();
    }
  }

  /** `tryReading` / `tryWriting`: granted iff an arrival would be granted at once. */
  try(id: number, op: Extract<Op, { t: 'try' }>): boolean {
    const rank = this.#rank(op.write, op.priority, op.owner);
    const w: ModelWaiter = { id, write: op.write, rank, owner: op.owner, deadline: Infinity, seq: this.seq++ };
    this.#enqueue(w);
    if (this.#wouldGrantHead(w)) {
      this.#attempt(op.write, op.owner, 'start');
      this.#grant(w, true);
      return true;
    }
    this.#remove(w);
    return false;
  }

  #wouldGrantHead(w: ModelWaiter): boolean {
    if (this.writing || (w.write && this.readers > 0)) return false;
    switch (this.kind) {
      case 'readPreferred':
        return !w.write || this.writeQueue[0] === w;
      case 'writePreferred':
        return this.writeQueue[0] === w || (!w.write && this.writeQueue.length === 0);
      default:
        return this.queue[0] === w;
    }
  }

  release(id: number): void {
    const write = this.holders.get(id);
    if (write === undefined) throw new Error(`model bug: ${id} does not hold`);
    this.holders.delete(id);
    if (write) this.writing = false;
    else this.readers--;
    this.#pump();
  }

  abort(id: number): void {
    const w = this.isWaiting(id);
    if (w === undefined) return;
    this.#remove(w);
    this.#attempt(w.write, w.owner, 'abandoned');
    this.log.push(`${id}:abort`);
    this.#pump();
  }

  advance(ms: number): void {
    const target = this.now + ms;
    for (;;) {
      const due = [...this.queue, ...this.readQueue, ...this.writeQueue]
        .filter((w) => w.deadline <= target)
        .sort((a, b) => a.deadline - b.deadline || a.seq - b.seq)[0];
      if (due === undefined) break;
      this.now = due.deadline;
      this.#remove(due);
      this.#attempt(due.write, due.owner, 'abandoned');
      this.log.push(`${due.id}:timeout`);
      this.#pump();
    }
    this.now = target;
  }
}

// ---------------------------------------------------------------------------------------------------
// The real lock, instrumented.

interface LockState {
  _readers: number;
  _writing: boolean;
}

/** Watches every write of `_readers` / `_writing` and records any moment a writer shares the lock. */
function instrument(lock: RWLock, violations: string[]): LockState {
  const state = lock as unknown as LockState;
  let readers = state._readers;
  let writing = state._writing;
  Object.defineProperty(lock, '_readers', {
    get: () => readers,
    set: (v: number) => {
      if (v < 0) violations.push(`_readers went to ${v}`);
      if (v > readers && writing) violations.push('a reader entered while a writer holds');
      readers = v;
    },
  });
  Object.defineProperty(lock, '_writing', {
    get: () => writing,
    set: (v: boolean) => {
      if (v && (writing || readers > 0)) violations.push(`a writer entered while held (readers ${readers}, writing ${writing})`);
      writing = v;
    },
  });
  return state;
}

async function runScenario(kind: Kind, s: fc.Scheduler, ops: readonly Op[]): Promise<void> {
  const lock = classes[kind]();
  const violations: string[] = [];
  const state = instrument(lock, violations);
  const model = new Model(kind);
  const implLog: string[] = [];
  const settleCounts = new Map<number, number>();
  const controllers: Array<{ id: number; ac: AbortController }> = [];
  const pending = new Set<number>();
  let nextId = 0;

  const compareState = (where: string): void => {
    expect({ readers: state._readers, writing: state._writing }, where).toEqual({ readers: model.readers, writing: model.writing });
    if (lock instanceof AgingRWLock) {
      expect(lock.currentUnsuccessfulReads, `${where}: unsuccessful reads`).toBe(model.unsuccessful(false));
      expect(lock.currentUnsuccessfulWrites, `${where}: unsuccessful writes`).toBe(model.unsuccessful(true));
    }
  };

  const scheduleRelease = (id: number, handle: RWLockHandle): void => {
    void s.schedule(Promise.resolve(`release ${id}`)).then(() => {
      handle.release();
      model.release(id);
      compareState(`after release ${id}`);
    });
  };

  const settled = (id: number, outcome: string): void => {
    settleCounts.set(id, (settleCounts.get(id) ?? 0) + 1);
    pending.delete(id);
    implLog.push(`${id}:${outcome}`);
  };

  const run = (op: Op): void => {
    switch (op.t) {
      case 'acquire': {
        const id = nextId++;
        const ac = op.signal === 'none' ? undefined : new AbortController();
        if (op.signal === 'aborted') ac?.abort(new Error(`aborted ${id}`));
        if (ac) controllers.push({ id, ac });
        const opts = { signal: ac?.signal, timeout: op.timeout, priority: op.priority, owner: op.owner };
        pending.add(id);
        (op.write ? lock.writing(opts) : lock.reading(opts)).then(
          (handle) => {
            settled(id, 'granted');
            expect(handle.mode).toBe(op.write ? 'write' : 'read');
            scheduleRelease(id, handle);
          },
          (reason: unknown) => {
            if (reason instanceof DOMException && reason.name === 'TimeoutError') settled(id, 'timeout');
            else {
              expect(reason).toBe(ac?.signal.reason);
              settled(id, 'abort');
            }
          },
        );
        model.acquire(id, op);
        break;
      }
      case 'try': {
        const id = nextId++;
        const opts = { priority: op.priority, owner: op.owner };
        const got = lock instanceof AgingRWLock || lock instanceof FairPriorityRWLock || lock instanceof WritePreferredPriorityRWLock
          ? op.write ? lock.tryWriting(opts) : lock.tryReading(opts)
          : op.write ? (lock as FairRWLock).tryWriting() : (lock as FairRWLock).tryReading();
        expect(got !== null, `try ${id}`).toBe(model.try(id, op));
        if (got) scheduleRelease(id, got);
        break;
      }
      case 'abort': {
        const target = controllers[op.target % Math.max(1, controllers.length)];
        if (target === undefined) return;
        target.ac.abort(new Error(`aborted ${target.id}`));
        model.abort(target.id);
        break;
      }
      case 'advance':
        vi.advanceTimersByTime(op.ms);
        model.advance(op.ms);
        break;
    }
    compareState(`after ${op.t}`);
  };

  for (const op of ops) void s.schedule(Promise.resolve(op)).then(run);
  do {
    await s.waitAll();
    await flush();
  } while (s.count() > 0);

  // Everything released: every waiter has settled exactly once, as the model says, in the same order.
  expect(violations).toEqual([]);
  expect([...pending], 'stranded waiters').toEqual([]);
  for (const [id, n] of settleCounts) expect(n, `settlements of ${id}`).toBe(1);
  expect(implLog).toEqual(model.log);
  expect(lock.locked()).toBe(false);
  expect(model.holders.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
}

describe.each(Object.keys(classes) as Kind[])('check 16: %s under random interleavings', (kind) => {
  it('never lets a writer share the lock, follows the policy (reference model), settles every waiter once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(opArb, { minLength: 4, maxLength: 40, size: 'medium' }), (s, ops) => runScenario(kind, s, ops)),
      { numRuns: 100 },
    );
  });
});

describe('the reference model itself', () => {
  it('agrees with a hand-written fair-policy trace', () => {
    const m = new Model('fair');
    const acq = (write: boolean): Extract<Op, { t: 'acquire' }> => ({ t: 'acquire', write, priority: undefined, owner: undefined, timeout: undefined, signal: 'none' });
    m.acquire(0, acq(false));
    m.acquire(1, acq(true));
    m.acquire(2, acq(false));
    m.release(0);
    m.release(1);
    expect(m.log).toEqual(['0:granted', '1:granted', '2:granted']);
  });
});

describe.each(Object.keys(classes) as Kind[])('%s: callback forms under fc.scheduler', (kind) => {
  it('runReading / runWriting bodies: readers may overlap, a writer never overlaps anyone, all complete', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.record({ write: fc.boolean(), steps: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 15 }), async (s, jobs) => {
        const lock = classes[kind]();
        let readers = 0;
        let writers = 0;
        let maxReaders = 0;
        const bad: string[] = [];
        const body = (write: boolean, steps: number) => async (): Promise<boolean> => {
          if (write) writers++;
          else readers++;
          maxReaders = Math.max(maxReaders, readers);
          if (writers > 1 || (writers === 1 && readers > 0)) bad.push(`readers ${readers}, writers ${writers}`);
          for (let i = 0; i < steps; i++) await s.schedule(Promise.resolve(i));
          if (write) writers--;
          else readers--;
          return write;
        };
        const results = jobs.map(({ write, steps }) =>
          s.schedule(Promise.resolve()).then(() => (write ? lock.runWriting(body(write, steps)) : lock.runReading(body(write, steps)))),
        );
        expect(await s.waitFor(Promise.all(results))).toEqual(jobs.map((j) => j.write));
        expect(bad).toEqual([]);
        expect(lock.locked()).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
