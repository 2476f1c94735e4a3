import { describe, expect, it } from 'vitest';
import { FairPriorityRWLock, PriorityRWLock, RWLock, WritePreferredPriorityRWLock } from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

describe('PriorityRWLock (abstract)', () => {
  it('check 2: `new PriorityRWLock()` throws TypeError naming the factory', () => {
    expect(() => new (PriorityRWLock as unknown as new () => RWLock)()).toThrow(TypeError);
    expect(() => new (PriorityRWLock as unknown as new () => RWLock)()).toThrow('asyncutils.rwlocks.PriorityRWLock: abstract class; use createPriorityRWLock()');
  });

  it('a custom subclass supplies its own rank', async () => {
    class ReadersFirst extends PriorityRWLock {
      protected rank(priority: number, isWriter: boolean, arrival: number): readonly number[] {
        return [priority, isWriter ? 1 : 0, arrival];
      }
    }
    const lock = new ReadersFirst();
    expect(lock).toBeInstanceOf(PriorityRWLock);
    expect(lock).toBeInstanceOf(RWLock);
    const w = await lock.writing();
    const order: string[] = [];
    const a = lock.writing().then((h) => (order.push('w'), h));
    const b = lock.reading().then((h) => (order.push('r'), h));
    w.release();
    (await b).release();
    (await a).release();
    expect(order).toEqual(['r', 'w']);
    expect(ReadersFirst.lock(() => 0).lock).toBeInstanceOf(ReadersFirst);
  });

  it('check 13: priority NaN rejects RangeError naming the API; non-numbers reject TypeError', async () => {
    const lock = new FairPriorityRWLock();
    await expect(lock.reading({ priority: Number.NaN })).rejects.toThrow(RangeError);
    await expect(lock.reading({ priority: Number.NaN })).rejects.toThrow('asyncutils.rwlocks.FairPriorityRWLock.reading: priority must be a finite number, got NaN');
    await expect(lock.writing({ priority: Infinity })).rejects.toThrow(RangeError);
    await expect(lock.writing({ priority: '1' as unknown as number })).rejects.toThrow(TypeError);
    expect(() => lock.tryWriting({ priority: Number.NaN })).toThrow(RangeError);
    expect(lock.locked()).toBe(false);
  });

  it('a better-ranked reader overtakes a waiting writer; an equal or worse one queues', async () => {
    const lock = new FairPriorityRWLock();
    const r1 = await lock.reading();
    const w = track(lock.writing({ priority: 5 }));
    const late = track(lock.reading({ priority: 5 }));
    const early = track(lock.reading({ priority: 0 }));
    await flush();
    expect(early.state).toBe('fulfilled');
    expect(late.state).toBe('pending');
    expect(lock.tryReading({ priority: 9 })).toBeNull();
    const tried = lock.tryReading({ priority: 4 });
    expect(tried?.mode).toBe('read');
    tried?.release();
    r1.release();
    handleOf(early).release();
    await flush();
    expect(w.state).toBe('fulfilled');
    expect(late.state).toBe('pending');
    handleOf(w).release();
    await flush();
    handleOf(late).release();
    expect(lock.locked()).toBe(false);
  });
});

describe('FairPriorityRWLock', () => {
  it('runWriting / runReading pass priority to the wait', async () => {
    const lock = new FairPriorityRWLock();
    const w = await lock.writing();
    const order: string[] = [];
    const low = lock.runWriting(() => order.push('low'), { priority: 5 });
    const high = lock.runReading(() => order.push('high'), { priority: -5 });
    await flush();
    w.release();
    await Promise.all([low, high]);
    expect(order).toEqual(['high', 'low']);
  });

  it('check 6: W(p0) goes alone first, then R(p0) and R(p1) together', async () => {
    const lock = new FairPriorityRWLock();
    const w = await lock.writing();
    const rp1 = track(lock.reading({ priority: 1 }));
    const wp0 = track(lock.writing({ priority: 0 }));
    const rp0 = track(lock.reading({ priority: 0 }));
    await flush();
    w.release();
    await flush();
    expect(wp0.state).toBe('fulfilled');
    expect(rp1.state).toBe('pending');
    expect(rp0.state).toBe('pending');
    handleOf(wp0).release();
    await flush();
    expect(rp0.state).toBe('fulfilled');
    expect(rp1.state).toBe('fulfilled');
    handleOf(rp0).release();
    handleOf(rp1).release();
    expect(lock.locked()).toBe(false);
  });

  it('readers granted together resolve in arrival order, not rank order', async () => {
    const lock = new FairPriorityRWLock();
    const w = await lock.writing();
    const order: string[] = [];
    const late = lock.reading({ priority: 1 }).then((h) => (order.push('p1 (first to arrive)'), h));
    const early = lock.reading({ priority: 0 }).then((h) => (order.push('p0'), h));
    w.release();
    (await late).release();
    (await early).release();
    expect(order).toEqual(['p1 (first to arrive)', 'p0']);
  });

  it('regression: ties at one priority go by arrival, readers and writers alike (upstream docstring said writers win)', async () => {
    const lock = new FairPriorityRWLock();
    const w = await lock.writing();
    const order: string[] = [];
    const r1 = lock.reading().then((h) => (order.push('r1'), h));
    const w1 = lock.writing().then((h) => (order.push('w1'), h));
    const r2 = lock.reading().then((h) => (order.push('r2'), h));
    w.release();
    (await r1).release();
    (await w1).release();
    (await r2).release();
    expect(order).toEqual(['r1', 'w1', 'r2']);
  });

  it('tryWriting with no queue and a free lock succeeds', () => {
    const lock = new FairPriorityRWLock();
    const h = lock.tryWriting();
    expect(h?.mode).toBe('write');
    expect(lock.tryWriting({ priority: -100 })).toBeNull();
    h?.release();
  });
});

describe('WritePreferredPriorityRWLock', () => {
  it('check 7: W(p5) goes before an earlier R(p0)', async () => {
    const lock = new WritePreferredPriorityRWLock();
    const w = await lock.writing();
    const r = track(lock.reading({ priority: 0 }));
    const w5 = track(lock.writing({ priority: 5 }));
    w.release();
    await flush();
    expect(w5.state).toBe('fulfilled');
    expect(r.state).toBe('pending');
    handleOf(w5).release();
    await flush();
    expect(r.state).toBe('fulfilled');
    handleOf(r).release();
  });

  it('check 7: with a reader holding and a writer waiting, a new reader of any priority waits', async () => {
    const lock = new WritePreferredPriorityRWLock();
    const r1 = await lock.reading();
    const w = track(lock.writing({ priority: 100 }));
    const r2 = track(lock.reading({ priority: -1e9 }));
    expect(lock.tryReading({ priority: -1e12 })).toBeNull();
    await flush();
    expect(r2.state).toBe('pending');
    r1.release();
    await flush();
    expect(w.state).toBe('fulfilled');
    handleOf(w).release();
    await flush();
    handleOf(r2).release();
    expect(lock.locked()).toBe(false);
  });

  it('regression: at equal priority a later writer goes before an earlier reader (upstream code put readers first)', async () => {
    const lock = new WritePreferredPriorityRWLock();
    const w = await lock.writing();
    const order: string[] = [];
    const r = lock.reading({ priority: 3 }).then((h) => (order.push('r'), h));
    const w2 = lock.writing({ priority: 3 }).then((h) => (order.push('w2'), h));
    w.release();
    (await w2).release();
    (await r).release();
    expect(order).toEqual(['w2', 'r']);
  });

  it('writers among themselves go by priority, then arrival', async () => {
    const lock = new WritePreferredPriorityRWLock();
    const w = await lock.writing();
    const order: string[] = [];
    const all = [
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', -1],
    ].map(([name, priority]) => lock.writing({ priority: priority as number }).then((h) => (order.push(name as string), h.release())));
    w.release();
    await Promise.all(all);
    expect(order).toEqual(['d', 'b', 'a', 'c']);
  });
});
