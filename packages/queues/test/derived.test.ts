// Derived queues (checks 28–31): map, starmap, filter, enumerate.
import { objectId } from '@asyncutils/audit';
import { QueueShutDown } from '@asyncutils/exceptions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SmartLifoQueue, SmartQueue } from '../src/PotentQueueBase.js';
import { flush, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

async function collect<T>(q: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of q) out.push(x);
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('map', () => {
  it('check 28: drain mode transforms, shuts the output down, marks source items done', async () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const { events, off } = recordEvents();
    let out;
    try {
      out = q.map(async (x) => x * 10);
    } finally {
      off();
    }
    expect(events).toEqual([['asyncutils.queues.SmartQueue.map', [objectId(q), '<anonymous>']]]);
    expect(out).toBeInstanceOf(SmartQueue);
    expect(out.maxsize).toBe(0);
    expect(await collect(out)).toEqual([10, 20, 30]);
    expect(out.isShutdown).toBe(true);
    expect(q.empty()).toBe(true);
    await q.join();
  });

  it('check 28: a vetoing hook makes map throw before anything exists; lifo gives a SmartLifoQueue', async () => {
    const q = new SmartQueue<number>(4);
    q.putNowait(1);
    const err = new Error('no');
    const off = veto('asyncutils.queues.SmartQueue.map', err);
    try {
      expect(thrown(() => q.map((x) => x))).toBe(err);
    } finally {
      off();
    }
    await flush();
    expect(q.peekAll()).toEqual([1]);
    const l = q.map(function double(x: number) {
      return x * 2;
    }, { lifo: true });
    expect(l).toBeInstanceOf(SmartLifoQueue);
    expect(l.maxsize).toBe(4);
    expect(await l.get()).toBe(2);
  });

  it('check 28: follow mode with stopWhen (a signal) follows new puts until aborted; the pending get is withdrawn', async () => {
    const q = new SmartQueue<number>();
    const ac = new AbortController();
    const out = q.map((x) => x + 1, { stopWhen: ac.signal });
    q.putNowait(1);
    expect(await out.get()).toBe(2);
    q.putNowait(5);
    expect(await out.get()).toBe(6);
    await flush();
    ac.abort();
    await flush();
    expect(out.isShutdown).toBe(true);
    q.putNowait(9);
    await flush();
    expect(q.peekAll()).toEqual([9]);
    await rejection(out.get());
  });

  it('follow mode with a promise, and with an already aborted signal', async () => {
    const q = new SmartQueue<number>();
    let stop!: () => void;
    const out = q.map((x) => x, { stopWhen: new Promise<void>((r) => (stop = r)) });
    q.putNowait(1);
    expect(await out.get()).toBe(1);
    stop();
    await flush();
    expect(out.isShutdown).toBe(true);
    const done = new AbortController();
    done.abort();
    q.putNowait(2);
    const none = q.map((x) => x, { stopWhen: done.signal });
    await flush();
    expect(none.isShutdown).toBe(true);
    expect(q.peekAll()).toEqual([2]);
    expect(thrown(() => q.map((x) => x, { stopWhen: 5 as unknown as AbortSignal }))).toBeInstanceOf(TypeError);
  });

  it('follow mode ends when the source shuts down, and when the consumer shuts the output down', async () => {
    const q = new SmartQueue<number>();
    const ac = new AbortController();
    const out = q.map((x) => x, { stopWhen: ac.signal });
    q.putNowait(1);
    q.shutdown();
    expect(await collect(out)).toEqual([1]);
    const r = new SmartQueue<number>();
    const out2 = r.map((x) => x, { stopWhen: ac.signal });
    await flush();
    out2.shutdown();
    await flush();
    r.putNowait(3);
    await flush();
    expect(r.peekAll()).toEqual([3]); // the withdrawn get took nothing
  });

  it('check 28: an error of f goes to onError with the item; the output keeps what was produced', async () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const onError = vi.fn();
    const boom = new Error('2!');
    const out = q.map(
      (x) => {
        if (x === 2) throw boom;
        return x * 10;
      },
      { onError },
    );
    expect(await collect(out)).toEqual([10]);
    expect(onError).toHaveBeenCalledWith(boom, 2);
    expect(q.peekAll()).toEqual([3]);
    q.getNowait();
    q.taskDone();
    await q.join(); // 1 and 2 were marked done by the feeder
  });

  it('the default onError is console.error; bad arguments throw naming the API', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const boom = new Error('x');
    q.map(() => {
      throw boom;
    });
    await flush();
    expect(spy).toHaveBeenCalledWith(boom);
    expect(String(thrown(() => q.map(5 as unknown as () => number)))).toMatch(/TypeError: asyncutils\.queues\.SmartQueue\.map: the function must be a function/);
    expect(thrown(() => q.map((x) => x, 1 as unknown as object))).toBeInstanceOf(TypeError);
    expect(thrown(() => q.map((x) => x, { lifo: 'yes' as unknown as boolean }))).toBeInstanceOf(TypeError);
    expect(thrown(() => q.map((x) => x, { onError: 1 as unknown as () => void }))).toBeInstanceOf(TypeError);
  });

  it('back-pressure: a bounded output holds the feeder until consumed', async () => {
    const q = new SmartQueue<number>(1);
    q.putNowait(1);
    const out = q.map((x) => x);
    const p = track(q.put(2));
    await flush();
    expect(p.state).toBe('fulfilled');
    expect(out.qsize()).toBe(1);
    expect(await collect(out)).toEqual([1, 2]);
  });
});

describe('starmap / filter / enumerate', () => {
  it('check 29: starmap spreads items; a non-array item is a TypeError for onError', async () => {
    const q = new SmartQueue<readonly unknown[]>();
    q.putNowait([1, 2]);
    q.putNowait([3, 4]);
    const { events, off } = recordEvents();
    let out;
    try {
      out = q.starmap(function add(a: unknown, b: unknown) {
        return (a as number) + (b as number);
      });
    } finally {
      off();
    }
    expect(events).toEqual([['asyncutils.queues.SmartQueue.starmap', [objectId(q), 'add']]]);
    expect(await collect(out)).toEqual([3, 7]);
    const r = new SmartQueue<unknown>();
    r.putNowait(5);
    const onError = vi.fn();
    const { events: ev2, off: off2 } = recordEvents();
    try {
      (r as SmartQueue<readonly unknown[]>).starmap((...a) => a, { onError });
    } finally {
      off2();
    }
    expect(ev2[0]?.[1]).toEqual([objectId(r), '<anonymous>']);
    await flush();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
    expect(onError.mock.calls[0]?.[1]).toBe(5);
  });

  it('check 30: filter moves passing items, keeps failing ones in the source', async () => {
    const q = new SmartQueue<number>();
    [1, 3, 2, 4].forEach((x) => q.putNowait(x));
    const { events, off } = recordEvents();
    let out;
    try {
      out = q.filter((x) => x > 2);
      q.filter(undefined, { lifo: true }).shutdown();
    } finally {
      off();
    }
    expect(events[0]).toEqual(['asyncutils.queues.SmartQueue.filter', [objectId(q), '<anonymous>']]);
    expect(events[1]).toEqual(['asyncutils.queues.SmartQueue.filter', [objectId(q), 'Boolean']]);
    expect(await collect(out)).toEqual([3, 4]);
    expect(q.peekAll()).toEqual([1, 2]);
    q.getNowait();
    q.getNowait();
    q.taskDone();
    q.taskDone();
    await q.join();
  });

  it('filter on a LIFO source keeps the stack order; an abort ends the pass and puts items back', async () => {
    const l = new SmartLifoQueue<number>();
    [1, 2, 3, 4].forEach((x) => l.putNowait(x));
    const out = l.filter((x) => x % 2 === 0);
    expect(await collect(out)).toEqual([4, 2]);
    expect(l.peekAll()).toEqual([1, 3]);
    const q = new SmartQueue<number>(1);
    q.putNowait(1);
    const ac = new AbortController();
    const out2 = q.filter(() => true, { signal: ac.signal });
    await flush();
    // the output (maxsize 1) holds 1; nothing else to do
    q.putNowait(2);
    ac.abort();
    await flush();
    expect(out2.isShutdown).toBe(true);
    expect(await collect(out2)).toEqual([1]);
    expect(q.peekAll()).toEqual([2]);
  });

  it('filter: a throwing predicate drops that item and stops; held items go back', async () => {
    const q = new SmartQueue<number>();
    [1, 2, 3].forEach((x) => q.putNowait(x));
    const onError = vi.fn();
    const boom = new Error('p');
    const out = q.filter(
      async (x) => {
        if (x === 2) throw boom;
        return false;
      },
      { onError },
    );
    expect(await collect(out)).toEqual([]);
    expect(onError).toHaveBeenCalledWith(boom, 2);
    expect(q.peekAll()).toEqual([3, 1]);
  });

  it('filter: a held item that cannot go back goes to onError', async () => {
    const q = new SmartQueue<number>();
    q.putNowait(1);
    const onError = vi.fn();
    const out = q.filter(async () => {
      q.shutdown();
      return false;
    }, { onError });
    expect(await collect(out)).toEqual([]);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(QueueShutDown);
    expect(onError.mock.calls[0]?.[1]).toBe(1);
  });

  it('check 31: enumerate follows the source until it shuts down', async () => {
    const q = new SmartQueue<string>();
    const { events, off } = recordEvents();
    let out;
    try {
      out = q.enumerate();
    } finally {
      off();
    }
    expect(events).toEqual([['asyncutils.queues.SmartQueue.enumerate', [objectId(q)]]]);
    const got = track(collect(out));
    await q.put('a');
    await q.put('b');
    await flush();
    q.shutdown();
    await flush();
    expect(got.value).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    const ac = new AbortController();
    const r = new SmartQueue<string>();
    const e2 = r.enumerate({ signal: ac.signal, lifo: true });
    expect(e2).toBeInstanceOf(SmartLifoQueue);
    ac.abort();
    await flush();
    expect(e2.isShutdown).toBe(true);
    expect(thrown(() => r.enumerate({ signal: 5 as unknown as AbortSignal }))).toBeInstanceOf(TypeError);
  });
});

describe('filter and back-pressure', () => {
  it('an abort while an item waits for room in the output puts it back into the source', async () => {
    const s = new SmartQueue<number>(2);
    s.putNowait(1);
    s.putNowait(2);
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const ac = new AbortController();
    const out = s.filter(
      async (x) => {
        if (x === 1) await gate;
        return true;
      },
      { signal: ac.signal },
    );
    await flush();
    s.putNowait(3); // the pass holds 1; the source is [2, 3]
    open();
    await flush();
    expect(out.peekAll()).toEqual([1, 2]); // full: 3 waits for room
    expect(s.qsize()).toBe(0);
    ac.abort();
    await flush();
    expect(out.isShutdown).toBe(true);
    expect(s.peekAll()).toEqual([3]);
    expect(await collect(out)).toEqual([1, 2]);
  });
});
