// One regression test per row of the spec's "Not portable as-is" table: the TS behaviour, not upstream's.
import { addAuditHook, objectId } from '@asyncutils/audit';
import { QueueShutDown, WrongPassword } from '@asyncutils/exceptions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { passwordQueue } from '../src/passwordQueue.js';
import { SmartLifoQueue, SmartQueue } from '../src/PotentQueueBase.js';
import { SmartPriorityQueue } from '../src/SmartPriorityQueue.js';
import { UserPriorityQueue } from '../src/UserPriorityQueue.js';
import { flush, recordEvents, rejection, thrown, track } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('regressions (Not portable as-is)', () => {
  it('regression: passwords are explicit options; getFrom/putFrom are labels only (no variable lookup)', () => {
    const password = 'in-scope';
    void password; // a variable named like the default label is never read
    expect(thrown(() => passwordQueue({}))).toHaveProperty('from_', 'password');
    const q = passwordQueue<number, unknown, string>({ passwordPut: 'given', putFrom: 'password' });
    q.putNowait(1, 'given');
    expect(thrown(() => q.putNowait(2, 'in-scope'))).toBeInstanceOf(WrongPassword);
  });

  it('regression: putType/getType check typeof for the primitive wrappers, instanceof for classes', () => {
    const s = passwordQueue<number, unknown, string>({ passwordPut: 'x', putType: String });
    expect(thrown(() => s.putNowait(1, new String('x') as unknown as string))).toBeInstanceOf(TypeError);
    const u = passwordQueue<number, unknown, Uint8Array>({ passwordPut: new Uint8Array(1), putType: Uint8Array });
    expect(thrown(() => u.putNowait(1, [0] as unknown as Uint8Array))).toBeInstanceOf(TypeError);
  });

  it('regression: nowait methods of a password queue check the password before the queue state', () => {
    const q = passwordQueue<number, string, string>({ protectGet: true, passwordGet: 'g', passwordPut: 'p', maxsize: 1 });
    expect(thrown(() => q.getNowait('bad'))).toBeInstanceOf(WrongPassword); // empty: still a password error
    q.putNowait(1, 'p');
    expect(thrown(() => q.putNowait(2, 'bad'))).toBeInstanceOf(WrongPassword); // full: still a password error
  });

  it('regression: password queue internals are unreachable (frozen object over closures)', () => {
    const q = passwordQueue<number, unknown, string>({ passwordPut: 'p' });
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.values(q)).not.toContain('p');
    expect(Object.getPrototypeOf(q)).toBe(Object.prototype);
  });

  it('regression: no truthiness hook — an empty queue is still a truthy object; use empty()', () => {
    const q = new SmartQueue<number>();
    expect(Boolean(q) && q.empty()).toBe(true);
  });

  it('regression: a transaction locks the queue, so a rolled-back item is never also delivered', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const tx = q.transaction();
    expect(tx.getNowait()).toBe(1);
    const other = track(q.get());
    await flush();
    expect(other.state).toBe('pending');
    tx.rollback();
    expect(await other.promise).toBe(1);
    expect(q.empty()).toBe(true); // delivered once
  });

  it('regression: filter is one pass that moves passing items and keeps failing ones, then ends', async () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const out = q.filter((x) => x !== 2);
    const got: number[] = [];
    for await (const x of out) got.push(x);
    expect(got).toEqual([1, 3]);
    expect(q.peekAll()).toEqual([2]);
  });

  it('regression: derived queues shut down when their feeder ends and mark source items done', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const out = q.map((x) => x);
    await q.join();
    await flush();
    expect(out.isShutdown).toBe(true);
  });

  it('regression: smartPut resolves true after a successful wait', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(0);
    const p = q.smartPut(1);
    q.getNowait();
    expect(await p).toBe(true);
  });

  it('regression: push raises its event before evicting (a veto loses nothing) and marks the victim done', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(1);
    const off = addAuditHook((e) => {
      if (e === 'asyncutils.queues.SmartQueue.push') throw new Error('no');
    });
    try {
      expect(() => q.push(2)).toThrow('no');
    } finally {
      off();
    }
    expect(q.peekAll()).toEqual([1]);
    q.push(2);
    q.getNowait();
    q.taskDone();
    await q.join(); // the evicted 1 needed no taskDone
  });

  it('regression: clear() marks items done; reset() empties, wakes putters and keeps getters', async () => {
    const q = new SmartPriorityQueue<number>(1, { initItems: [5] });
    const j = track(q.join());
    q.clear();
    await flush();
    expect(j.state).toBe('fulfilled');
    q.putNowait(1);
    const p = track(q.put(2));
    const e = new SmartQueue<number>();
    const g = track(e.get());
    q.reset();
    e.reset();
    await flush();
    expect(q.peekAll()).toEqual([2]); // the old item is gone, the waiting putter got the slot
    expect(p.state).toBe('fulfilled');
    expect(g.state).toBe('pending');
  });

  it('regression: maxItems 0 means none; undefined means unlimited', () => {
    const q = new SmartQueue<number>();
    [1, 2].forEach((x) => q.putNowait(x));
    expect(q.drainIntoList(0)).toEqual([]);
    expect(q.drainIntoList()).toEqual([1, 2]);
  });

  it('regression: LIFO filterNowait keeps the stack order; priority peekAll is ascending; UserPriorityQueue peeks give items', () => {
    const l = new SmartLifoQueue<number>();
    [1, 2, 3].forEach((x) => l.putNowait(x));
    l.filterNowait(() => true);
    expect(l.peekAll()).toEqual([1, 2, 3]);
    expect(new SmartPriorityQueue<number>(0, { initItems: [3, 1, 2, 0] }).peekAll()).toEqual([0, 1, 2, 3]);
    const u = new UserPriorityQueue<string>();
    u.putNowait('a', { priority: 1 });
    expect(u.peek()).toBe('a');
    expect(u.peekAll()).toEqual(['a']);
  });

  it('regression: SmartPriorityQueue initial items are usable right after construction', () => {
    expect(new SmartPriorityQueue<number>(0, { initItems: [2, 1] }).getNowait()).toBe(1);
  });

  it('regression: a UserPriorityQueue rollback restores priorities (not priority 0)', () => {
    const u = new UserPriorityQueue<string>();
    u.putNowait('x', { priority: 7 });
    u.transaction((tx) => {
      tx.getNowait();
      tx.rollback();
    });
    expect(u.peekEntry()[0]).toBe(7);
  });

  it('regression: unorderable items throw instead of being ordered silently', () => {
    const q = new SmartPriorityQueue<unknown>();
    q.putNowait(1);
    expect(thrown(() => q.putNowait('1'))).toBeInstanceOf(TypeError);
  });

  it('regression: events of subclasses use the nearest library class', () => {
    class Jobs extends SmartLifoQueue<number> {}
    const q = new Jobs();
    const { events, off } = recordEvents();
    try {
      q.enumerate().shutdown();
    } finally {
      off();
    }
    expect(events).toEqual([['asyncutils.queues.SmartLifoQueue.enumerate', [objectId(q)]]]);
  });

  it('regression: extend and initial items raise no asyncutils.base.iter_to_agen event', async () => {
    const { events, off } = recordEvents(() => true);
    try {
      const q = new SmartPriorityQueue<number>(0, { initItems: [1] });
      await q.extend([2]);
    } finally {
      off();
    }
    expect(events).toEqual([]);
  });

  it('regression: cancellation is an AbortSignal: the reason is the rejection, no CancelledError/ExceptionGroup', async () => {
    const q = new SmartQueue<number>();
    const ac = new AbortController();
    const p = q.get({ signal: ac.signal });
    const reason = new Error('stop');
    ac.abort(reason);
    expect(await rejection(p)).toBe(reason);
    q.shutdown();
    expect(await rejection(q.get())).toBeInstanceOf(QueueShutDown);
  });
});
