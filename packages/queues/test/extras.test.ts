// The extras of PotentQueueBase (checks 10–18): smart put/get, extend, push, drains, pushpop, clear, filterNowait,
// enumerateNowait, rotate and peek.
import { QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';
import { objectId } from '@asyncutils/audit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SmartLifoQueue, SmartQueue } from '../src/PotentQueueBase.js';
import { SmartPriorityQueue } from '../src/SmartPriorityQueue.js';
import { flush, isDomError, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('smartPut / smartGet', () => {
  it('check 10: smartPut', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>(1);
    expect(await q.smartPut(1)).toBe(true);
    const later = track(q.smartPut(2));
    setTimeout(() => q.getNowait(), 10);
    await vi.advanceTimersByTimeAsync(10);
    expect(later.value).toBe(true);
    const f = track(q.smartPut(3, { timeout: 5, raising: false }));
    await vi.advanceTimersByTimeAsync(5);
    expect(f.value).toBe(false);
    expect(q.peekAll()).toEqual([2]);
    const r = track(q.smartPut(4, { timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(isDomError(r.reason, 'TimeoutError')).toBe(true);
    q.shutdown();
    expect(await rejection(q.smartPut(5, { raising: false }))).toBeInstanceOf(QueueShutDown);
    expect(await rejection(q.smartPut(5, { raising: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
  });

  it('check 10: smartGet with and without default', async () => {
    vi.useFakeTimers();
    const shut = new SmartQueue<string>();
    shut.shutdown();
    expect(await shut.smartGet({ default: 'd' })).toBe('d');
    expect(await rejection(shut.smartGet())).toBeInstanceOf(QueueShutDown);
    const q = new SmartQueue<string | undefined>();
    const a = track(q.smartGet({ timeout: 5, default: undefined }));
    const b = track(q.smartGet({ timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(a.state).toBe('fulfilled');
    expect(a.value).toBeUndefined();
    expect(isDomError(b.reason, 'TimeoutError')).toBe(true);
    q.putNowait('x');
    expect(await q.smartGet()).toBe('x');
    const waiting = track(q.smartGet({ default: 'never' }));
    q.shutdown();
    await flush();
    expect(waiting.reason).toBeInstanceOf(QueueShutDown); // a shutdown while waiting always rejects
    const ac = new AbortController();
    const c = new SmartQueue<string>();
    const aborted = track(c.smartGet({ signal: ac.signal, default: 'd' }));
    ac.abort('why');
    await flush();
    expect(aborted.reason).toBe('why');
  });
});

describe('extend', () => {
  it('check 11: a sync iterable on a bounded queue with a consumer', async () => {
    const q = new SmartQueue<number>(1);
    const got: number[] = [];
    const consumer = (async () => {
      for (let i = 0; i < 3; i++) got.push(await q.get());
    })();
    await q.extend([1, 2, 3]);
    await consumer;
    expect(got).toEqual([1, 2, 3]);
  });

  it('check 11: an async generator is iterated; an abort mid-way calls its return()', async () => {
    const q = new SmartQueue<number>(1);
    let closed = false;
    async function* gen(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const ac = new AbortController();
    const ext = track(q.extend(gen(), { signal: ac.signal }));
    await flush();
    expect(q.peekAll()).toEqual([0]);
    ac.abort('stop');
    await flush();
    expect(ext.reason).toBe('stop');
    expect(closed).toBe(true);
    expect(await rejection(q.extend(5 as unknown as number[]))).toBeInstanceOf(TypeError);
  });
});

describe('push (eviction)', () => {
  it('check 12: FIFO eviction raises the event first and marks the victim done', async () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.putNowait(2);
    const { events, off } = recordEvents();
    try {
      expect(q.push(3)).toBe(true);
    } finally {
      off();
    }
    expect(q.peekAll()).toEqual([2, 3]);
    expect(events).toEqual([['asyncutils.queues.SmartQueue.push', [objectId(q), 3, 1]]]);
    const j = track(q.join());
    q.taskDone();
    await flush();
    expect(j.state).toBe('pending');
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });

  it('check 12: a vetoing hook leaves the queue unchanged; non-full push and shut-down push raise nothing', () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.putNowait(2);
    const err = new Error('no');
    const off = veto('asyncutils.queues.SmartQueue.push', err);
    try {
      expect(thrown(() => q.push(3))).toBe(err);
    } finally {
      off();
    }
    expect(q.peekAll()).toEqual([1, 2]);
    const { events, off: off2 } = recordEvents();
    try {
      const r = new SmartQueue<number>(2);
      expect(r.push(1)).toBe(true);
      r.shutdown();
      expect(r.push(2)).toBe(false);
      expect(r.peekAll()).toEqual([1]);
    } finally {
      off2();
    }
    expect(events).toEqual([]);
  });

  it('check 12: LIFO evicts the top, priority the smallest', () => {
    const l = new SmartLifoQueue<number>(2);
    l.putNowait(1);
    l.putNowait(2);
    l.push(3);
    expect(l.peekAll()).toEqual([1, 3]);
    const p = new SmartPriorityQueue<number>(2);
    p.putNowait(1);
    p.putNowait(5);
    p.push(3);
    expect(p.peekAll()).toEqual([3, 5]);
  });

  it('a comparator error while pushing keeps the victim', () => {
    const p = new SmartPriorityQueue<unknown>(2);
    p.putNowait(1);
    p.putNowait(5);
    expect(thrown(() => p.push('x'))).toBeInstanceOf(TypeError);
    expect(p.peekAll()).toEqual([1, 5]);
  });
});

describe('drains', () => {
  it('check 13: drainPersistent with maxItems marks each item done', async () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const got: number[] = [];
    for await (const x of q.drainPersistent({ maxItems: 2 })) got.push(x);
    expect(got).toEqual([1, 2]);
    q.getNowait();
    const j = track(q.join());
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });

  it('check 13: breaking out after the first item marks it done', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    q.putNowait(2);
    for await (const x of q) {
      expect(x).toBe(1);
      break;
    }
    q.getNowait();
    q.taskDone();
    await q.join();
  });

  it('check 13: a per-item timeout ends the loop; shutdown ends a for await loop; abort rejects next()', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>();
    const loop = track(
      (async () => {
        const got: number[] = [];
        for await (const x of q.drainPersistent({ timeout: 10 })) got.push(x);
        return got;
      })(),
    );
    q.putNowait(7);
    await vi.advanceTimersByTimeAsync(10);
    expect(loop.value).toEqual([7]);
    const s = track(
      (async () => {
        let n = 0;
        for await (const _ of q) n++;
        return n;
      })(),
    );
    q.putNowait(1);
    await flush();
    q.shutdown();
    await flush();
    expect(s.value).toBe(1);
    const ac = new AbortController();
    const r = new SmartQueue<number>();
    const it = r.drainPersistent({ signal: ac.signal });
    const n = track(it.next());
    ac.abort('bye');
    await flush();
    expect(n.reason).toBe('bye');
    expect(thrown(() => r.drainPersistent({ maxItems: -1 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => r.drainPersistent({ timeout: -1 }))).toBeInstanceOf(RangeError);
  });

  it('check 13: drainUntilEmpty, drainIntoList, the sync iterator', () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    expect(q.drainIntoList(0)).toEqual([]);
    expect([...q.drainUntilEmpty(2)]).toEqual([1, 2]);
    expect(q.drainIntoList()).toEqual([3]);
    q.putNowait(4);
    expect([...q]).toEqual([4]);
    expect(() => q.taskDone()).not.toThrow(); // none of those called taskDone
    expect(thrown(() => q.drainUntilEmpty(1.5))).toBeInstanceOf(RangeError);
    expect(thrown(() => q.drainIntoList('2' as unknown as number))).toBeInstanceOf(TypeError);
  });
});

describe('pushpop / poppush', () => {
  it('check 14: pushpopNowait on FIFO', () => {
    const q = new SmartQueue<number>(3);
    q.putNowait(1);
    q.putNowait(2);
    expect(q.pushpopNowait(3)).toBe(1);
    expect(q.peekAll()).toEqual([2, 3]);
    const e = new SmartQueue<number>(2);
    expect(thrown(() => e.pushpopNowait(1))).toBeInstanceOf(QueueEmpty);
    expect(e.pushpopNowait(7, { raising: false })).toBeUndefined();
    expect(e.peekAll()).toEqual([7]);
    e.putNowait(8);
    expect(thrown(() => e.pushpopNowait(9))).toBeInstanceOf(QueueFull);
    expect(e.pushpopNowait(9, { raising: false })).toBe(7);
    expect(e.peekAll()).toEqual([8, 9]);
    e.shutdown();
    expect(thrown(() => e.pushpopNowait(1, { raising: false }))).toBeInstanceOf(QueueShutDown);
    expect(thrown(() => new SmartQueue().pushpopNowait(1, { raising: 'no' as unknown as boolean }))).toBeInstanceOf(TypeError);
  });

  it('check 14: LIFO refuses pushpop; poppushNowait works', async () => {
    const l = new SmartLifoQueue<number>();
    l.putNowait(1);
    l.putNowait(2);
    expect(thrown(() => l.pushpopNowait(3))).toBeInstanceOf(TypeError);
    expect(await rejection(l.pushpop(3))).toBeInstanceOf(TypeError);
    expect(l.poppushNowait(3)).toBe(2);
    expect(l.peekAll()).toEqual([1, 3]);
    const e = new SmartQueue<number>();
    expect(thrown(() => e.poppushNowait(1))).toBeInstanceOf(QueueEmpty);
    expect(e.poppushNowait(1, { raising: false })).toBeUndefined();
    expect(e.peekAll()).toEqual([1]);
    e.shutdown();
    expect(thrown(() => e.poppushNowait(1))).toBeInstanceOf(QueueShutDown);
  });

  it('check 14: pushpop and poppush wait, one deadline covering both steps', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>(1);
    expect(await q.pushpop(1)).toBe(1);
    q.putNowait(5);
    const pp = track(q.poppush(6));
    await flush();
    expect(pp.value).toBe(5);
    expect(q.peekAll()).toEqual([6]);
    // full: pushpop waits for room, then gets
    const w = track(q.pushpop(7, { timeout: 20 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(q.getNowait()).toBe(6);
    await flush();
    expect(w.value).toBe(7);
    // empty: poppush's get waits 15 ms of 20; a waiting putter refills the slot, so its put has 5 ms left
    const e = new SmartQueue<number>(1);
    const t = track(e.poppush(1, { timeout: 20 }));
    await vi.advanceTimersByTimeAsync(15);
    e.putNowait(2);
    const other = track(e.put(3));
    await flush();
    expect(t.state).toBe('pending');
    expect(other.state).toBe('fulfilled');
    await vi.advanceTimersByTimeAsync(4);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect(e.peekAll()).toEqual([3]); // the first step (taking 2) is not undone
    expect(await rejection(e.pushpop(1, { timeout: -1 }))).toBeInstanceOf(RangeError);
  });
});

describe('clear / filterNowait / enumerateNowait', () => {
  it('check 15: clear marks items done and releases waiting putters', async () => {
    const q = new SmartQueue<number>(3);
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const j = track(q.join());
    const p1 = track(q.put(4));
    const p2 = track(q.put(5));
    q.clear();
    await flush();
    expect(j.state).toBe('fulfilled');
    expect(p1.state).toBe('fulfilled');
    expect(p2.state).toBe('fulfilled');
    expect(q.peekAll()).toEqual([4, 5]);
    new SmartQueue().clear();
  });

  it('check 16: filterNowait keeps relative order for FIFO and LIFO', () => {
    const q = new SmartQueue<number>();
    [1, 2, 3, 4].forEach((x) => q.putNowait(x));
    expect(q.filterNowait((x) => x % 2)).toEqual([[2, 4], 2]);
    expect(q.peekAll()).toEqual([1, 3]);
    const l = new SmartLifoQueue<number>();
    [1, 2, 3, 4].forEach((x) => l.putNowait(x));
    expect(l.filterNowait((x) => x % 2)).toEqual([[4, 2], 2]);
    expect(l.peekAll()).toEqual([1, 3]);
    const d = new SmartQueue<number>();
    [0, 1, 0, 2].forEach((x) => d.putNowait(x));
    expect(d.filterNowait()).toEqual([[0, 0], 2]);
    expect(d.peekAll()).toEqual([1, 2]);
    expect(thrown(() => d.filterNowait(5 as unknown as () => boolean))).toBeInstanceOf(TypeError);
  });

  it('filterNowait: a throwing predicate changes nothing; removed items stay unfinished', async () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.putNowait(2);
    expect(
      thrown(() =>
        q.filterNowait((x) => {
          if (x === 2) throw new Error('p');
          return false;
        }),
      ),
    ).toEqual(new Error('p'));
    expect(q.peekAll()).toEqual([1, 2]);
    const p = track(q.put(3));
    q.filterNowait((x) => x > 1);
    await flush();
    expect(p.state).toBe('fulfilled'); // the freed slot went to the waiting putter
    const j = track(q.join());
    q.taskDone();
    q.taskDone();
    await flush();
    expect(j.state).toBe('pending'); // 3 unfinished: the removed 1 is the caller's to mark done
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });

  it('check 17: enumerateNowait', () => {
    const q = new SmartQueue<string>();
    q.putNowait('a');
    q.putNowait('b');
    expect([...q.enumerateNowait(10, { step: -2 })]).toEqual([
      [10, 'a'],
      [8, 'b'],
    ]);
    expect(q.empty()).toBe(true);
    expect(thrown(() => q.enumerateNowait(NaN))).toBeInstanceOf(RangeError);
    expect(thrown(() => q.enumerateNowait(0, { step: '1' as unknown as number }))).toBeInstanceOf(TypeError);
  });
});

describe('rotate / peek', () => {
  it('check 18: SmartQueue.rotate and peek', () => {
    const q = new SmartQueue<number>();
    [1, 2, 3, 4].forEach((x) => q.putNowait(x));
    q.rotate(1);
    expect(q.peekAll()).toEqual([4, 1, 2, 3]);
    q.rotate(-2);
    expect(q.peekAll()).toEqual([2, 3, 4, 1]);
    q.rotate();
    expect(q.peek()).toBe(1);
    q.rotate(9);
    expect(q.peekAll()).toEqual([4, 1, 2, 3]);
    expect(thrown(() => q.rotate(0.5))).toBeInstanceOf(RangeError);
    expect(thrown(() => new SmartQueue().peek())).toBeInstanceOf(QueueEmpty);
    new SmartQueue().rotate(3);
    const tx = q.transaction();
    expect(thrown(() => q.rotate())).toBeInstanceOf(Error);
    tx.rollback();
  });

  it('check 18: SmartLifoQueue.peek(i)', () => {
    const l = new SmartLifoQueue<number>();
    [1, 2, 3].forEach((x) => l.putNowait(x));
    expect(l.peek()).toBe(3);
    expect(l.peek(0)).toBe(1);
    expect(l.peek(-3)).toBe(1);
    const e = thrown(() => l.peek(5));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toBe('asyncutils.queues.SmartLifoQueue.peek: failed to peek item at index 5');
    expect(thrown(() => new SmartLifoQueue().peek())).toBeInstanceOf(RangeError);
    expect(thrown(() => l.peek('x' as unknown as number))).toBeInstanceOf(TypeError);
  });

  it('a large FIFO queue compacts its storage and keeps order', () => {
    const q = new SmartQueue<number>();
    for (let i = 0; i < 5000; i++) q.putNowait(i);
    for (let i = 0; i < 4000; i++) expect(q.getNowait()).toBe(i);
    expect(q.qsize()).toBe(1000);
    expect(q.peek()).toBe(4000);
    expect(q.peekAll()[999]).toBe(4999);
  });
});

describe('errors on the waiting paths', () => {
  it('a comparator error rejects the put or get it happens in; a waiting putter that fails passes the slot on', async () => {
    const p = new SmartPriorityQueue<unknown>(2);
    p.putNowait(1);
    p.putNowait(5);
    const bad = track(p.put({}));
    const good = track(p.put(2));
    expect(p.getNowait()).toBe(1);
    await flush();
    expect(bad.reason).toBeInstanceOf(TypeError);
    expect(good.state).toBe('fulfilled');
    expect(p.peekAll()).toEqual([2, 5]);
    expect(await rejection(p.put('x', { timeout: 0 }))).toBeInstanceOf(DOMException);
    p.getNowait();
    expect(await rejection(p.put('x'))).toBeInstanceOf(TypeError); // the fast path's store fails
    let n = 0;
    const flaky = new SmartPriorityQueue<number>(0, {
      compare: (a, b) => {
        if (++n > 2) throw new Error('cmp');
        return a - b;
      },
    });
    flaky.putNowait(1);
    flaky.putNowait(2);
    flaky.putNowait(3);
    expect(await rejection(flaky.get())).toEqual(new Error('cmp')); // the fast path's take fails
    let k = 0;
    const waiting = new SmartPriorityQueue<number>(0, {
      compare: (a, b) => {
        if (++k > 2) throw new Error('pop');
        return a - b;
      },
    });
    const g = track(waiting.get());
    waiting.putNowait(1);
    waiting.putNowait(2);
    waiting.putNowait(3); // two comparisons so far; the woken getter's take makes the third
    await flush();
    expect(g.reason).toEqual(new Error('pop'));
    expect(waiting.qsize()).toBe(3);
  });

  it('bad options of smartPut, smartGet, extend and rotate reject or throw naming the API', async () => {
    const q = new SmartQueue<number>();
    expect(await rejection(q.smartPut(1, { timeout: -1 }))).toBeInstanceOf(RangeError);
    expect(await rejection(q.smartGet({ timeout: NaN }))).toBeInstanceOf(RangeError);
    expect(String(await rejection(q.extend([1], { signal: 1 as unknown as AbortSignal })))).toMatch(/asyncutils\.queues\.SmartQueue\.extend: signal must be an AbortSignal/);
    expect(thrown(() => q.rotate('1' as unknown as number))).toBeInstanceOf(TypeError);
    expect(q.qsize()).toBe(0);
  });
});
