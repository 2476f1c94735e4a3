// Transactions (checks 22–27): the locked view, commit, rollback, disposal, the callback form and their events.
import { objectId } from '@asyncutils/audit';
import { QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SmartQueue } from '../src/PotentQueueBase.js';
import { UserPriorityQueue } from '../src/UserPriorityQueue.js';
import { flush, kinds, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('transactions', () => {
  it('check 22: a rollback while getters wait delivers nothing and loses nothing', async () => {
    const q = new SmartQueue<number>();
    const g1 = track(q.get());
    const g2 = track(q.get());
    const err = new Error('x');
    expect(
      thrown(() =>
        q.transaction((tx) => {
          tx.putNowait(1);
          tx.putNowait(2);
          throw err;
        }),
      ),
    ).toBe(err);
    await flush();
    expect(g1.state).toBe('pending');
    expect(g2.state).toBe('pending');
    expect(q.qsize()).toBe(0);
    q.putNowait(3);
    await flush();
    expect(g1.value).toBe(3);
    expect(g2.state).toBe('pending');
    await q.join({ timeout: 0 }).catch(() => undefined);
    q.taskDone(); // only the 3 is unfinished
    await q.join();
  });

  it('check 23: a rollback with an outside consumer restores the items first', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const e = new Error('e');
    let outside: ReturnType<typeof track<number>> | undefined;
    const run = track(
      q.transaction(async (tx) => {
        expect(tx.getNowait()).toBe(1);
        tx.taskDone();
        outside = track(q.get());
        await new Promise((r) => setTimeout(r, 10));
        expect(outside.state).toBe('pending');
        throw e;
      }),
    );
    await vi.advanceTimersByTimeAsync(10);
    await flush();
    expect(run.reason).toBe(e);
    expect(outside?.value).toBe(1);
    const delivered = [outside?.value as number];
    expect([...delivered, ...q.peekAll()].sort()).toEqual([1, 2, 3]);
    // count is 3: three taskDone() calls are needed
    q.taskDone();
    q.taskDone();
    const j = track(q.join());
    await flush();
    expect(j.state).toBe('pending');
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });

  it('check 24: commit keeps the contents, applies deferred taskDone, resumes waiters in order', async () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.putNowait(2);
    const p1 = track(q.put(10));
    const p2 = track(q.put(11));
    const j = track(q.join());
    {
      using tx = q.transaction();
      expect(tx.active).toBe(true);
      expect(tx.getNowait()).toBe(1);
      tx.taskDone();
      tx.putNowait(9);
      expect(tx.peekAll()).toEqual([2, 9]);
      expect([tx.qsize(), tx.empty(), tx.full()]).toEqual([2, false, true]);
      expect(thrown(() => tx.putNowait(8))).toBeInstanceOf(QueueFull);
      tx.commit();
      expect(tx.active).toBe(false);
      expect(thrown(() => tx.getNowait())).toBeInstanceOf(Error);
      expect(thrown(() => tx.commit())).toBeInstanceOf(Error);
      expect(String(thrown(() => tx.qsize()))).toMatch(/asyncutils\.queues\.SmartQueue\.transaction: transaction has ended/);
    }
    expect(q.peekAll()).toEqual([2, 9]);
    q.getNowait();
    q.getNowait();
    await flush();
    expect(p1.state).toBe('fulfilled');
    expect(p2.state).toBe('fulfilled');
    expect(q.peekAll()).toEqual([10, 11]);
    // 2 + 1 (the 9) + 2 puts − 1 deferred taskDone = 4 unfinished
    for (let i = 0; i < 3; i++) q.taskDone();
    await flush();
    expect(j.state).toBe('pending');
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });

  it('check 24: a using block without commit rolls back; a second open throws and raises nothing', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    {
      using tx = q.transaction();
      tx.getNowait();
      tx.putNowait(5);
      const { events, off } = recordEvents();
      try {
        const e = thrown(() => q.transaction());
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).message).toBe('asyncutils.queues.SmartQueue.transaction: a transaction is already open');
      } finally {
        off();
      }
      expect(events).toEqual([]);
    }
    expect(q.peekAll()).toEqual([1]);
    await (async () => {
      await using tx = q.transaction();
      tx.putNowait(2);
    })();
    expect(q.peekAll()).toEqual([1]);
    // taskDone deferred then rolled back: count unchanged (1)
    q.transaction((tx) => {
      tx.taskDone();
      expect(thrown(() => tx.taskDone())).toBeInstanceOf(RangeError);
      tx.rollback();
    });
    q.taskDone();
    await q.join();
  });

  it('check 25: start is raised before the lock (a veto leaves the queue unlocked); end once, after the contents are final', () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const err = new Error('no');
    const off = veto('asyncutils.queues.SmartQueue.transaction/start', err);
    try {
      expect(thrown(() => q.transaction())).toBe(err);
    } finally {
      off();
    }
    expect(q.getNowait()).toBe(1);
    q.putNowait(1);
    const seen: number[] = [];
    const { events, off: off2 } = recordEvents((n) => {
      if (n.endsWith('transaction/end')) seen.push(q.qsize());
      return n.includes('transaction');
    });
    try {
      q.transaction((tx) => {
        tx.putNowait(2);
        tx.putNowait(3);
        tx.rollback();
        expect(() => tx.rollback()).toThrow(Error);
      });
    } finally {
      off2();
    }
    expect(events).toEqual([
      ['asyncutils.queues.SmartQueue.transaction/start', [objectId(q)]],
      ['asyncutils.queues.SmartQueue.transaction/end', [objectId(q)]],
    ]);
    expect(seen).toEqual([1]);
  });

  it('check 25: a throwing end hook still ends the transaction and replaces the outcome', async () => {
    const q = new SmartQueue<number>();
    const err = new Error('end');
    const g = track(q.get());
    const off = veto('asyncutils.queues.SmartQueue.transaction/end', err);
    try {
      expect(thrown(() => q.transaction((tx) => tx.putNowait(1)))).toBe(err);
      expect(await rejection(q.transaction(async () => 5))).toBe(err);
    } finally {
      off();
    }
    await flush();
    expect(g.value).toBe(1); // committed and released
    expect(q.transaction(() => 7)).toBe(7);
  });

  it.each(kinds)('check 25: the event prefix follows the class ($name), and a subclass of SmartQueue uses SmartQueue', (kind) => {
    class My extends SmartQueue<number> {}
    for (const [q, name] of [
      [kind.make<number>(), kind.name],
      [new My(), 'SmartQueue'],
    ] as const) {
      const { events, off } = recordEvents();
      try {
        q.transaction(() => undefined);
      } finally {
        off();
      }
      expect(events.map(([n]) => n)).toEqual([`asyncutils.queues.${name}.transaction/start`, `asyncutils.queues.${name}.transaction/end`]);
    }
  });

  it('check 26: the locked view', async () => {
    const q = new SmartQueue<number>(3);
    q.putNowait(1);
    const tx = q.transaction();
    expect(q.qsize()).toBe(1);
    expect(thrown(() => q.getNowait())).toBeInstanceOf(QueueEmpty);
    expect(thrown(() => q.putNowait(2))).toBeInstanceOf(QueueFull);
    expect(q.push(2)).toBe(false);
    expect([q.canGetNow, q.canPutNow]).toEqual([false, false]);
    expect(thrown(() => q.pushpopNowait(2))).toBeInstanceOf(QueueEmpty);
    expect(thrown(() => q.poppushNowait(2, { raising: false }))).toBeInstanceOf(QueueEmpty);
    expect(q.drainIntoList()).toEqual([]);
    expect([...q.enumerateNowait()]).toEqual([]);
    expect(q.filterNowait(() => false)).toEqual([[], 0]);
    q.clear();
    expect(q.qsize()).toBe(1);
    expect(thrown(() => q.reset())).toBeInstanceOf(Error);
    const g = track(q.get());
    const p = track(q.put(4));
    await flush();
    expect([g.state, p.state]).toEqual(['pending', 'pending']);
    tx.commit();
    await flush();
    expect(g.value).toBe(1);
    expect(p.state).toBe('fulfilled');
  });

  it('check 26: shutdown(true) during a transaction rejects putters at once and discards at the end', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(1);
    const p = track(q.put(2));
    const g = track(new SmartQueue<number>().get());
    const tx = q.transaction();
    q.shutdown(true);
    await flush();
    expect(p.reason).toBeInstanceOf(QueueShutDown);
    expect(q.qsize()).toBe(1);
    expect(thrown(() => tx.putNowait(3))).toBeInstanceOf(QueueShutDown);
    expect(tx.getNowait()).toBe(1);
    expect(thrown(() => tx.getNowait())).toBeInstanceOf(QueueShutDown);
    tx.rollback(); // restores 1, then the deferred discard empties the queue
    expect(q.qsize()).toBe(0);
    await q.join();
    expect(g.state).toBe('pending');
    const again = q.transaction();
    expect(thrown(() => (q.isShutdown = false))).toBeInstanceOf(Error); // would reset: refused while locked
    again.commit();
    q.isShutdown = false;
    expect(q.isShutdown).toBe(false);
  });

  it('check 27: UserPriorityQueue rollback restores the entries exactly', () => {
    const q = new UserPriorityQueue<string>();
    q.putNowait('a', { priority: 2 });
    q.putNowait('b');
    q.putNowait('c', { priority: 2 });
    const before = q.peekAllEntries();
    q.transaction((tx) => {
      tx.getNowait();
      tx.getNowait();
      tx.putNowait('z', { priority: -5 });
      tx.putNowait('y');
      tx.rollback();
    });
    expect(q.peekAllEntries()).toEqual(before);
    expect(q.drainIntoList()).toEqual(['b', 'a', 'c']);
  });

  it('the callback form: sync return commits, thenables are awaited, fn may end the transaction itself', async () => {
    const q = new SmartQueue<number>();
    expect(q.transaction((tx) => (tx.putNowait(1), 'r'))).toBe('r');
    expect(await q.transaction(async (tx) => (tx.putNowait(2), 'a'))).toBe('a');
    expect(q.peekAll()).toEqual([1, 2]);
    const thenable = { then: (res: (v: number) => void) => res(3) };
    expect(await q.transaction(() => thenable)).toBe(3);
    expect(
      q.transaction((tx) => {
        tx.putNowait(4);
        tx.commit();
        return 'done';
      }),
    ).toBe('done');
    expect(q.peekAll()).toEqual([1, 2, 4]);
    expect(thrown(() => q.transaction(5 as unknown as () => void))).toBeInstanceOf(TypeError);
    const tx = q.transaction();
    q.isShutdown = false; // a live queue: no-op, even while locked
    tx.rollback();
    expect(q.qsize()).toBe(3);
  });

  it('an outside taskDone applies at once; a commit floors the count at zero', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const tx = q.transaction();
    tx.taskDone();
    q.taskDone(); // applies now: 0
    await q.join();
    tx.commit();
    expect(thrown(() => q.taskDone())).toBeInstanceOf(RangeError);
  });
});

describe('transactions ended by their callback', () => {
  it('fn that commits then throws, or rolls back then rejects: nothing more happens', async () => {
    const q = new SmartQueue<number>();
    const e = new Error('after');
    expect(
      thrown(() =>
        q.transaction((tx) => {
          tx.putNowait(1);
          tx.commit();
          throw e;
        }),
      ),
    ).toBe(e);
    expect(q.peekAll()).toEqual([1]);
    expect(
      await rejection(
        q.transaction(async (tx) => {
          tx.putNowait(2);
          tx.commit();
          throw e;
        }),
      ),
    ).toBe(e);
    expect(q.peekAll()).toEqual([1, 2]);
    expect(
      await q.transaction(async (tx) => {
        tx.putNowait(3);
        tx.rollback();
        return 'r';
      }),
    ).toBe('r');
    expect(q.peekAll()).toEqual([1, 2]);
  });
});
