import { describe, expect, it } from 'vitest';
import { FairRWLock, RWLock } from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

describe('FairRWLock', () => {
  it('check 5: arrival order for readers and writers; consecutive readers enter together', async () => {
    const lock = new FairRWLock();
    const r1 = await lock.reading();
    const w1 = track(lock.writing());
    const r2 = track(lock.reading());
    await flush();
    expect(w1.state).toBe('pending');
    expect(r2.state).toBe('pending');

    r1.release();
    await flush();
    expect(w1.state).toBe('fulfilled');
    expect(r2.state).toBe('pending');

    const r3 = track(lock.reading());
    handleOf(w1).release();
    await flush();
    expect(r2.state).toBe('fulfilled');
    expect(r3.state).toBe('fulfilled');
    expect(lock.isReading()).toBe(true);
    handleOf(r2).release();
    handleOf(r3).release();
    expect(lock.locked()).toBe(false);
  });

  it('a reader arriving while readers hold but a writer waits queues behind the writer', async () => {
    const lock = new FairRWLock();
    const r1 = await lock.reading();
    const w = track(lock.writing());
    expect(lock.tryReading()).toBeNull();
    const order: string[] = [];
    const r2 = lock.reading().then((h) => (order.push('r2'), h));
    void w.promise.then(() => order.push('w'));
    r1.release();
    await flush();
    handleOf(w).release();
    (await r2).release();
    expect(order).toEqual(['w', 'r2']);
  });

  it('is an RWLock with the fair policy', () => {
    const lock = new FairRWLock();
    expect(lock).toBeInstanceOf(RWLock);
    expect(lock.tryWriting()?.mode).toBe('write');
  });
});
