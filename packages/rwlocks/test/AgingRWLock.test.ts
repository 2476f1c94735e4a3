import { localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgingRWLock, PriorityRWLock } from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AgingRWLock', () => {
  it('check 8: an owner that gave up ranks ahead of a fresh owner; counters follow attempts', async () => {
    const lock = new AgingRWLock();
    expect(lock).toBeInstanceOf(PriorityRWLock);
    const holder = await lock.writing();
    const u = {};
    const t = {};
    const uw = track(lock.writing({ owner: u })); // rank -1
    const first = track(lock.writing({ owner: t, timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(first.state).toBe('rejected');
    expect((first.reason as DOMException).name).toBe('TimeoutError');
    expect(lock.currentUnsuccessfulWrites).toBe(2); // u pending, t abandoned

    const retry = track(lock.writing({ owner: t })); // rank -2
    expect(lock.currentUnsuccessfulWrites).toBe(3);
    holder.release();
    await flush();
    expect(retry.state).toBe('fulfilled');
    expect(uw.state).toBe('pending');
    expect(lock.currentUnsuccessfulWrites).toBe(1);

    handleOf(retry).release();
    await flush();
    expect(uw.state).toBe('fulfilled');
    expect(lock.currentUnsuccessfulWrites).toBe(0);
    handleOf(uw).release();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 8: an explicit priority overrides the aging default (the counter still moves)', async () => {
    const lock = new AgingRWLock();
    const holder = await lock.writing();
    const aged = track(lock.writing({ owner: 'a' })); // -1
    const explicit = track(lock.writing({ owner: 'b', priority: -10 }));
    expect(lock.currentUnsuccessfulWrites).toBe(2);
    holder.release();
    await flush();
    expect(explicit.state).toBe('fulfilled');
    expect(aged.state).toBe('pending');
    handleOf(explicit).release();
    await flush();
    handleOf(aged).release();
  });

  it('check 8: AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR = -3 (scoped) gives a fresh owner rank -3', async () => {
    const lock = localContext({ AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR: -3 }, () => new AgingRWLock());
    const holder = await lock.writing();
    const explicit = track(lock.writing({ priority: -2.5 }));
    const fresh = track(lock.writing({ owner: 'x' })); // -3: ahead of -2.5
    holder.release();
    await flush();
    expect(fresh.state).toBe('fulfilled');
    expect(explicit.state).toBe('pending');
    handleOf(fresh).release();
    await flush();
    handleOf(explicit).release();
    // Read at construction: a lock made outside the scope keeps the default (-1).
    const plain = new AgingRWLock();
    const h = await plain.writing();
    const p = track(plain.writing({ priority: -1.5 }));
    const q = track(plain.writing({ owner: 'y' }));
    h.release();
    await flush();
    expect(p.state).toBe('fulfilled');
    expect(q.state).toBe('pending');
    handleOf(p).release();
    await flush();
    handleOf(q).release();
  });

  it('reads age with rf, and anonymous attempts count only while pending', async () => {
    const lock = new AgingRWLock({ rf: -1, wf: -1 });
    const holder = await lock.writing();
    const ac = new AbortController();
    const anon = track(lock.reading({ signal: ac.signal }));
    expect(lock.currentUnsuccessfulReads).toBe(1);
    ac.abort();
    await flush();
    expect(anon.state).toBe('rejected');
    expect(lock.currentUnsuccessfulReads).toBe(0);

    const owned = track(lock.reading({ owner: 'r', timeout: 1 }));
    await vi.advanceTimersByTimeAsync(1);
    expect(owned.state).toBe('rejected');
    expect(lock.currentUnsuccessfulReads).toBe(1);
    const anon2 = track(lock.reading());
    expect(lock.currentUnsuccessfulReads).toBe(2);
    holder.release();
    await flush();
    expect(lock.currentUnsuccessfulReads).toBe(1); // 'r' still counts its abandoned attempt
    handleOf(anon2).release();
    const again = await lock.reading({ owner: 'r' });
    expect(lock.currentUnsuccessfulReads).toBe(0);
    again.release();
  });

  it('null and undefined owners are anonymous; tryReading / tryWriting count nothing on failure', async () => {
    const lock = new AgingRWLock();
    const h = await lock.writing({ owner: null });
    expect(lock.currentUnsuccessfulWrites).toBe(0);
    expect(lock.tryWriting({ owner: 'o' })).toBeNull();
    expect(lock.tryReading({ owner: 'o' })).toBeNull();
    expect(lock.currentUnsuccessfulWrites).toBe(0);
    expect(lock.currentUnsuccessfulReads).toBe(0);
    const t = track(lock.writing({ owner: 'o', timeout: 0 }));
    await flush();
    expect(t.state).toBe('rejected');
    expect(lock.currentUnsuccessfulWrites).toBe(1);
    h.release();
    const got = lock.tryWriting({ owner: 'o' });
    expect(got?.mode).toBe('write');
    expect(lock.currentUnsuccessfulWrites).toBe(0);
    got?.release();
    const r = lock.tryReading();
    expect(r?.mode).toBe('read');
    r?.release();
  });

  it('check 13: non-finite factors throw RangeError, non-numbers TypeError', () => {
    expect(() => new AgingRWLock({ rf: Number.NaN })).toThrow(RangeError);
    expect(() => new AgingRWLock({ rf: Number.NaN })).toThrow('asyncutils.rwlocks.AgingRWLock: rf must be a finite number, got NaN');
    expect(() => new AgingRWLock({ wf: Infinity })).toThrow(RangeError);
    expect(() => new AgingRWLock({ wf: '1' as unknown as number })).toThrow(TypeError);
    expect(() => new AgingRWLock(3 as unknown as undefined)).toThrow(TypeError);
  });

  it('messages name AgingRWLock', async () => {
    const lock = new AgingRWLock();
    await expect(lock.writing({ priority: Number.NaN })).rejects.toThrow('asyncutils.rwlocks.AgingRWLock.writing: priority must be a finite number, got NaN');
    await expect(lock.reading({ timeout: -1 })).rejects.toThrow(/AgingRWLock\.reading/);
  });
});
