// SmartPriorityQueue (check 19): heap order, initial items, `ready`, comparators.
import { QueueEmpty } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { SmartPriorityQueue } from '../src/SmartPriorityQueue.js';
import { flush, rejection, thrown, track } from './support/harness.js';

describe('SmartPriorityQueue', () => {
  it('check 19: sync initial items are in synchronously; ready resolves', async () => {
    const q = new SmartPriorityQueue<number>(0, { initItems: [5, 1, 3] });
    expect([q.getNowait(), q.getNowait(), q.getNowait()]).toEqual([1, 3, 5]);
    await q.ready;
    expect(new SmartPriorityQueue().ready).toBe(new SmartPriorityQueue().ready);
  });

  it('check 19: tuples compare like Python tuples', () => {
    const q = new SmartPriorityQueue<[number, string]>();
    for (const t of [[2, 'b'], [1, 'z'], [2, 'a']] as [number, string][]) q.putNowait(t);
    expect(q.peek()).toEqual([1, 'z']);
    expect(q.peekAll()).toEqual([
      [1, 'z'],
      [2, 'a'],
      [2, 'b'],
    ]);
    expect(q.drainIntoList()).toEqual([
      [1, 'z'],
      [2, 'a'],
      [2, 'b'],
    ]);
    expect(thrown(() => q.peek())).toBeInstanceOf(QueueEmpty);
  });

  it('check 19: an unorderable insertion throws TypeError and changes nothing', () => {
    const q = new SmartPriorityQueue<object>();
    q.putNowait({});
    expect(thrown(() => q.putNowait({}))).toBeInstanceOf(TypeError);
    expect(q.qsize()).toBe(1);
  });

  it('check 19: a custom comparator gives max-first', () => {
    const q = new SmartPriorityQueue<number>(0, { compare: (a, b) => b - a, initItems: [1, 9, 4] });
    expect(q.drainIntoList()).toEqual([9, 4, 1]);
    expect(thrown(() => new SmartPriorityQueue(0, { compare: 1 as unknown as () => number }))).toBeInstanceOf(TypeError);
    expect(thrown(() => new SmartPriorityQueue(0, 3 as unknown as object))).toBeInstanceOf(TypeError);
    expect(thrown(() => new SmartPriorityQueue(0, { initItems: 3 as unknown as number[] }))).toBeInstanceOf(TypeError);
  });

  it('check 19: initial items beyond maxsize enter as items are got; ready resolves after the last', async () => {
    const q = new SmartPriorityQueue<number>(2, { initItems: [4, 3, 2, 1] });
    expect(q.qsize()).toBe(2);
    const ready = track(q.ready);
    expect(q.getNowait()).toBe(3);
    await flush();
    expect(q.qsize()).toBe(2);
    expect(ready.state).toBe('pending');
    expect(q.getNowait()).toBe(2);
    await flush();
    expect(ready.state).toBe('fulfilled');
    expect(q.drainIntoList()).toEqual([1, 4]);
  });

  it('async initial items are fed in the background; iteration errors reject ready (handled)', async () => {
    async function* gen(): AsyncGenerator<number> {
      yield 2;
      yield 1;
    }
    const q = new SmartPriorityQueue<number>(0, { initItems: gen() });
    await q.ready;
    expect(q.drainIntoList()).toEqual([1, 2]);
    const boom = new Error('boom');
    function* bad(): Generator<number> {
      yield 1;
      throw boom;
    }
    expect(await rejection(new SmartPriorityQueue<number>(0, { initItems: bad() }).ready)).toBe(boom);
    const mixed = new SmartPriorityQueue<unknown>(0, { initItems: [1, 'a'] });
    expect(await rejection(mixed.ready)).toBeInstanceOf(TypeError);
    expect(mixed.peekAll()).toEqual([1]);
  });

  it('a bounded sync feeder that is exactly full has nothing left to feed', () => {
    const q = new SmartPriorityQueue<number>(2, { initItems: [2, 1] });
    expect(q.full()).toBe(true);
    expect(q.drainIntoList()).toEqual([1, 2]);
  });

  it('clear and reset empty the heap', () => {
    const q = new SmartPriorityQueue<number>(0, { initItems: [3, 1, 2] });
    q.clear();
    expect(q.qsize()).toBe(0);
    q.putNowait(2);
    q.putNowait(1);
    q.reset();
    expect(q.peekAll()).toEqual([]);
    q.putNowait(5);
    expect(q.peek()).toBe(5);
  });

  it('put and get are logarithmic: 20 000 random items come out sorted quickly', async () => {
    const q = new SmartPriorityQueue<number>();
    const items = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 20_011);
    for (const x of items) await q.put(x);
    const out: number[] = [];
    while (!q.empty()) out.push(await q.get());
    expect(out).toEqual([...items].sort((a, b) => a - b));
  });
});

describe('no silent defaults', () => {
  it('null options are bad input, not defaults', async () => {
    const { SmartQueue } = await import('../src/PotentQueueBase.js');
    const { UserPriorityQueue } = await import('../src/UserPriorityQueue.js');
    const { passwordQueue } = await import('../src/passwordQueue.js');
    expect(thrown(() => new SmartPriorityQueue(0, { compare: null as unknown as () => number }))).toBeInstanceOf(TypeError);
    const q = new SmartQueue<number>();
    expect(thrown(() => q.map((x) => x, { onError: null as unknown as () => void }))).toBeInstanceOf(TypeError);
    expect(thrown(() => q.enumerate({ signal: null as unknown as AbortSignal }))).toBeInstanceOf(TypeError);
    expect(thrown(() => q.enumerateNowait(0, { step: null as unknown as number }))).toBeInstanceOf(TypeError);
    const u = new UserPriorityQueue<string>();
    const tx = u.transaction();
    expect(thrown(() => tx.putNowait('x', { priority: null as unknown as number }))).toBeInstanceOf(TypeError);
    tx.rollback();
    expect(thrown(() => passwordQueue({ passwordPut: 'p', maxsize: null as unknown as number }))).toBeInstanceOf(TypeError);
  });
});
