// The asyncio.Queue contract (checks 1–9) on the base and its FIFO class, plus custom subclasses of the base.
import { QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PotentQueueBase, SmartQueue } from '../src/PotentQueueBase.js';
import { flush, isDomError, kinds, recordEvents, rejection, thrown, track } from './support/harness.js';

/** A user class over the base: FIFO storage through the hooks only. */
class ArrayQueue<T> extends PotentQueueBase<T> {
  #items: T[] = [];
  protected _init(): void {
    this.#items = [];
  }
  protected _get(): T {
    return this.#items.shift() as T;
  }
  protected _put(item: T): void {
    this.#items.push(item);
  }
  peekAll(): T[] {
    return [...this.#items];
  }
  qsize(): number {
    return this.#items.length;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('construction', () => {
  it('check 1: the base is abstract; maxsize is validated', () => {
    const Base = PotentQueueBase as unknown as new () => object;
    expect(thrown(() => new Base())).toBeInstanceOf(TypeError);
    expect(String(thrown(() => new SmartQueue(1.5)))).toMatch(/RangeError: asyncutils\.queues\.SmartQueue: maxsize must be an integer or Infinity, got 1\.5/);
    expect(thrown(() => new SmartQueue('2' as unknown as number))).toBeInstanceOf(TypeError);
    expect(thrown(() => new SmartQueue(NaN))).toBeInstanceOf(RangeError);
    expect(thrown(() => new SmartQueue(-Infinity))).toBeInstanceOf(RangeError);
    const q = new SmartQueue<number>(-1);
    for (let i = 0; i < 100; i++) q.putNowait(i);
    expect(q.full()).toBe(false);
    expect(new SmartQueue(Infinity).capacity).toBe(Infinity);
    expect(new SmartQueue(-1).maxsize).toBe(-1);
  });

  it('a user subclass of the base works through the hooks and raises no queue event', async () => {
    const { events, off } = recordEvents();
    try {
      const q = new ArrayQueue<number>(2);
      q.putNowait(1);
      q.putNowait(2);
      expect(q.push(3)).toBe(true);
      expect(q.peekAll()).toEqual([2, 3]);
      q.transaction((tx) => {
        tx.putNowait(tx.getNowait() * 10);
      });
      expect(q.peekAll()).toEqual([3, 20]);
      const out = q.map((x) => x + 1);
      expect(await out.get()).toBe(4);
      expect(String(q)).toBe('asyncutils.queues.PotentQueueBase(2)');
      expect(events).toEqual([]);
    } finally {
      off();
    }
  });
});

describe('the asyncio contract', () => {
  it('check 1: FIFO nowait operations', () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.putNowait(2);
    expect(q.full()).toBe(true);
    expect(thrown(() => q.putNowait(3))).toBeInstanceOf(QueueFull);
    expect(q.getNowait()).toBe(1);
    expect(q.empty()).toBe(false);
    expect(q.getNowait()).toBe(2);
    const e = thrown(() => q.getNowait());
    expect(e).toBeInstanceOf(QueueEmpty);
    expect((e as Error).message).toBe('asyncutils.queues.SmartQueue.getNowait: the queue is empty');
  });

  it('check 2: waiting getters are served in arrival order', async () => {
    const q = new SmartQueue<string>();
    const gets = [q.get(), q.get(), q.get()];
    q.putNowait('a');
    q.putNowait('b');
    q.putNowait('c');
    expect(await Promise.all(gets)).toEqual(['a', 'b', 'c']);
  });

  it('check 2: waiting putters are served in arrival order', async () => {
    const q = new SmartQueue<string>(1);
    q.putNowait('x');
    const puts = ['a', 'b', 'c'].map((v) => q.put(v));
    const got: string[] = [];
    for (let i = 0; i < 4; i++) got.push(await q.get());
    await Promise.all(puts);
    expect(got).toEqual(['x', 'a', 'b', 'c']);
  });

  it('check 3: barging — a woken getter that lost its item waits again at the front', async () => {
    const q = new SmartQueue<number>();
    const g1 = track(q.get());
    q.putNowait(1);
    expect(q.getNowait()).toBe(1);
    const g2 = track(q.get());
    await flush();
    expect(g1.state).toBe('pending');
    expect(g2.state).toBe('pending');
    q.putNowait(2);
    await flush();
    expect(g1.value).toBe(2);
    expect(g2.state).toBe('pending');
    q.putNowait(3);
    expect(await g2.promise).toBe(3);
  });

  it('check 4: timeout rejects with a TimeoutError at the deadline and leaks no slot', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>();
    const g = track(q.get({ timeout: 50 }));
    await vi.advanceTimersByTimeAsync(49);
    expect(g.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(g.state).toBe('rejected');
    expect(isDomError(g.reason, 'TimeoutError')).toBe(true);
    expect((g.reason as Error).message).toBe('asyncutils.queues.SmartQueue.get: timed out after 50 ms');
    q.putNowait(1);
    await flush();
    expect(q.qsize()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 4: abort rejects a pending put with the exact reason; an aborted signal puts nothing', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(0);
    const ac = new AbortController();
    const p = track(q.put(1, { signal: ac.signal }));
    const reason = { why: 'stop' };
    ac.abort(reason);
    await flush();
    expect(p.reason).toBe(reason);
    expect(q.getNowait()).toBe(0);
    await flush();
    expect(q.empty()).toBe(true);
    const gone = new AbortController();
    gone.abort('early');
    expect(await rejection(q.put(2, { signal: gone.signal }))).toBe('early');
    expect(await rejection(q.get({ signal: gone.signal }))).toBe('early');
    expect(q.qsize()).toBe(0);
    q.putNowait(5);
    expect(await rejection(q.get({ signal: gone.signal }))).toBe('early');
    expect(q.qsize()).toBe(1);
  });

  it('check 4: bad wait options reject (never throw) naming the API', async () => {
    const q = new SmartQueue<number>();
    const e1 = await rejection(q.get({ timeout: NaN }));
    expect(e1).toBeInstanceOf(RangeError);
    expect((e1 as Error).message).toBe('asyncutils.queues.SmartQueue.get: timeout must be a number of ms >= 0, got NaN');
    expect(await rejection(q.get({ timeout: -1 }))).toBeInstanceOf(RangeError);
    expect(await rejection(q.put(1, { timeout: '5' as unknown as number }))).toBeInstanceOf(TypeError);
    expect(await rejection(q.get({ signal: {} as AbortSignal }))).toBeInstanceOf(TypeError);
    expect(await rejection(q.get(5 as unknown as object))).toBeInstanceOf(TypeError);
    expect(await rejection(q.join({ timeout: -2 }))).toBeInstanceOf(RangeError);
    expect(q.qsize()).toBe(0);
  });

  it('timeout 0 succeeds when no wait is needed, rejects at once otherwise; Infinity never expires', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>(1);
    await q.put(1, { timeout: 0 });
    expect(isDomError(await rejection(q.put(2, { timeout: 0 })), 'TimeoutError')).toBe(true);
    expect(await q.get({ timeout: 0 })).toBe(1);
    const g = track(q.get({ timeout: Infinity }));
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1e9);
    expect(g.state).toBe('pending');
    q.putNowait(3);
    expect(await g.promise).toBe(3);
  });

  it('a timeout beyond setTimeout’s range is re-armed until it expires', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>();
    const day = 86_400_000;
    const g = track(q.get({ timeout: 30 * day }));
    await vi.advanceTimersByTimeAsync(25 * day);
    expect(g.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(5 * day);
    expect(isDomError(g.reason, 'TimeoutError')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 5: a woken getter that aborts passes the wake-up to the next getter', async () => {
    const q = new SmartQueue<number>();
    const ac = new AbortController();
    const g1 = track(q.get({ signal: ac.signal }));
    const g2 = track(q.get());
    q.putNowait(1);
    ac.abort('gone');
    await flush();
    expect(g1.reason).toBe('gone');
    expect(g2.value).toBe(1);
  });

  it('a woken putter that times out passes the freed slot to the next putter', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>(1);
    q.putNowait(0);
    const p1 = track(q.put(1, { timeout: 10 }));
    const p2 = track(q.put(2));
    await vi.advanceTimersByTimeAsync(9);
    // getNowait wakes p1; its timer fires before its retry runs
    q.getNowait();
    vi.advanceTimersByTime(1);
    await flush();
    expect(isDomError(p1.reason, 'TimeoutError')).toBe(true);
    expect(p2.state).toBe('fulfilled');
    expect(q.peekAll()).toEqual([2]);
  });

  it('check 6: taskDone/join', async () => {
    const q = new SmartQueue<number>();
    expect(q.join()).toBe(q.join()); // no unfinished task: the shared resolved promise
    await q.put(1);
    await q.put(2);
    const j = track(q.join());
    q.taskDone();
    await flush();
    expect(j.state).toBe('pending');
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
    expect(String(thrown(() => q.taskDone()))).toMatch(/RangeError: asyncutils\.queues\.SmartQueue\.taskDone: taskDone\(\) called too many times/);
  });

  it('join takes a signal and a timeout', async () => {
    vi.useFakeTimers();
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const j = track(q.join({ timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(isDomError(j.reason, 'TimeoutError')).toBe(true);
    const ac = new AbortController();
    const j2 = track(q.join({ signal: ac.signal }));
    ac.abort('x');
    await flush();
    expect(j2.reason).toBe('x');
  });

  it('check 7: shutdown rejects waiting putters, lets remaining items out, then fails gets and puts', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(1);
    const p = track(q.put(2));
    q.shutdown();
    await flush();
    expect(p.reason).toBeInstanceOf(QueueShutDown);
    expect(q.getNowait()).toBe(1);
    expect(thrown(() => q.getNowait())).toBeInstanceOf(QueueShutDown);
    expect(await rejection(q.get())).toBeInstanceOf(QueueShutDown);
    expect(thrown(() => q.putNowait(3))).toBeInstanceOf(QueueShutDown);
    expect(await rejection(q.put(3))).toBeInstanceOf(QueueShutDown);
    q.shutdown(); // idempotent
    expect(q.isShutdown).toBe(true);
  });

  it('check 7: shutdown(true) discards items (marked done) and rejects waiting getters', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    q.putNowait(2);
    const j = track(q.join());
    const other = new SmartQueue<number>();
    const g = track(other.get());
    q.shutdown(true);
    other.shutdown(true);
    await flush();
    expect(q.qsize()).toBe(0);
    expect(j.state).toBe('fulfilled');
    expect(g.reason).toBeInstanceOf(QueueShutDown);
  });

  it('shutdown lets waiting getters take items that remain (during a transaction, at its end)', async () => {
    const q = new SmartQueue<number>();
    const g1 = track(q.get());
    const g2 = track(q.get());
    const tx = q.transaction();
    tx.putNowait(7);
    q.shutdown();
    await flush();
    expect(g1.state).toBe('pending');
    tx.commit();
    await flush();
    expect(g1.value).toBe(7);
    expect(g2.reason).toBeInstanceOf(QueueShutDown);
  });

  it('check 8: reset after shutdown; the isShutdown setter', async () => {
    const q = new SmartQueue<number>(2);
    q.putNowait(1);
    q.shutdown();
    q.reset();
    expect(q.isShutdown).toBe(false);
    expect(q.empty()).toBe(true);
    await q.join(); // count 0
    q.putNowait(5);
    q.isShutdown = true;
    expect(q.isShutdown).toBe(true);
    expect(thrown(() => q.putNowait(6))).toBeInstanceOf(QueueShutDown);
    q.isShutdown = false;
    expect(q.isShutdown).toBe(false);
    expect(q.qsize()).toBe(0);
    q.putNowait(7);
    q.isShutdown = false; // live queue: no-op
    expect(q.peekAll()).toEqual([7]);
  });

  it('reset wakes waiting putters for the free slots and keeps getters waiting', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(0);
    const p = track(q.put(1));
    const j = track(q.join());
    q.reset();
    await flush();
    expect(j.state).toBe('fulfilled');
    expect(p.state).toBe('fulfilled');
    expect(q.peekAll()).toEqual([1]);
    const e = new SmartQueue<number>();
    const g = track(e.get());
    e.reset();
    await flush();
    expect(g.state).toBe('pending');
    e.putNowait(2);
    expect(await g.promise).toBe(2);
  });

  it('check 9: capacity getters', () => {
    expect(new SmartQueue().capacity).toBe(Infinity);
    const q = new SmartQueue<number>(3);
    expect(q.capacity).toBe(3);
    q.putNowait(1);
    expect(q.remainingCapacity).toBe(2);
    expect(q.utilizationRate).toBeCloseTo(1 / 3);
    expect(new SmartQueue().utilizationRate).toBe(0);
    expect([q.canGetNow, q.canPutNow, q.fullyFunctional]).toEqual([true, true, true]);
    const e = new SmartQueue<number>(1);
    expect([e.canGetNow, e.canPutNow, e.fullyFunctional]).toEqual([false, true, false]);
    e.putNowait(1);
    expect([e.canGetNow, e.canPutNow, e.fullyFunctional]).toEqual([true, false, false]);
    q.shutdown();
    expect([q.canGetNow, q.canPutNow, q.fullyFunctional]).toEqual([false, false, false]);
  });

  it('toString names the class and maxsize', () => {
    expect(String(new SmartQueue(3))).toBe('asyncutils.queues.SmartQueue(3)');
    class My extends SmartQueue<number> {}
    expect(String(new My())).toBe('asyncutils.queues.SmartQueue(0)');
  });

  it.each(kinds)('%# the contract holds for $name: put/get order, nowait errors, join', async (kind) => {
    const q = kind.make<number>(3);
    for (const x of [2, 3, 1]) await q.put(x);
    expect(q.full()).toBe(true);
    expect(thrown(() => q.putNowait(9))).toBeInstanceOf(QueueFull);
    const got = [await q.get(), q.getNowait(), await q.get()];
    expect(got).toEqual(kind.expected([2, 3, 1]));
    expect(thrown(() => q.getNowait())).toBeInstanceOf(QueueEmpty);
    const j = track(q.join());
    q.taskDone();
    q.taskDone();
    q.taskDone();
    await flush();
    expect(j.state).toBe('fulfilled');
  });
});
