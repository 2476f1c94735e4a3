// Leaks: 100 000 aborted waits leave no listener, no timer and no queued waiter behind.
import { getEventListeners, setMaxListeners } from 'node:events';
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

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Counts `abort` listeners added and removed through any AbortSignal. */
function countListeners(): { readonly added: number; readonly removed: number } {
  const counts = { added: 0, removed: 0 };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  vi.spyOn(AbortSignal.prototype, 'addEventListener').mockImplementation(function (this: AbortSignal, ...args: Parameters<typeof add>) {
    if (args[0] === 'abort') counts.added++;
    return add.apply(this, args);
  });
  vi.spyOn(AbortSignal.prototype, 'removeEventListener').mockImplementation(function (this: AbortSignal, ...args: Parameters<typeof remove>) {
    if (args[0] === 'abort') counts.removed++;
    return remove.apply(this, args);
  });
  return counts;
}

type TryLock = RWLock & { tryWriting(): RWLockHandle | null };

const classes: ReadonlyArray<readonly [string, () => TryLock, number]> = [
  ['WritePreferredRWLock', () => new WritePreferredRWLock(), 100_000],
  ['ReadPreferredRWLock', () => new ReadPreferredRWLock(), 20_000],
  ['FairRWLock', () => new FairRWLock(), 20_000],
  ['FairPriorityRWLock', () => new FairPriorityRWLock(), 20_000],
  ['WritePreferredPriorityRWLock', () => new WritePreferredPriorityRWLock(), 20_000],
  ['AgingRWLock', () => new AgingRWLock(), 20_000],
];

describe.each(classes)('%s', (_name, make, total) => {
  it(`${total} aborted waits leave 0 listeners, 0 timers and an empty queue`, async () => {
    const counts = countListeners();
    const lock = make();
    const holder = await lock.writing();
    const batch = 1_000;
    const reason = new Error('aborted');
    for (let done = 0; done < total; done += batch) {
      const ac = new AbortController();
      setMaxListeners(batch + 1, ac.signal); // many waits on one signal are the point here
      const waits: Array<Promise<unknown>> = [];
      for (let i = 0; i < batch; i++) {
        const opts = { signal: ac.signal, timeout: 60_000 };
        waits.push((i % 2 ? lock.reading(opts) : lock.writing(opts)).catch((e: unknown) => e));
      }
      expect(vi.getTimerCount()).toBe(batch);
      ac.abort(reason);
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
      expect(vi.getTimerCount()).toBe(0);
      for (const r of await Promise.all(waits)) expect(r).toBe(reason);
    }
    expect(counts.added).toBe(total);
    expect(counts.removed).toBe(total);
    expect(vi.getTimerCount()).toBe(0);
    // No waiter is left in the queues: releasing grants nobody and the lock is free at once.
    holder.release();
    expect(lock.locked()).toBe(false);
    const again = lock.tryWriting();
    expect(again).not.toBeNull();
    again?.release();
  });
});

describe('a long-lived signal shared by many waits', () => {
  it('keeps no listener once each wait is granted or timed out', async () => {
    const ac = new AbortController();
    setMaxListeners(101, ac.signal);
    const lock = new FairRWLock();
    for (let round = 0; round < 100; round++) {
      const holder = await lock.writing();
      const granted = Array.from({ length: 50 }, () => lock.reading({ signal: ac.signal }));
      const timedOut = Array.from({ length: 50 }, () => lock.writing({ signal: ac.signal, timeout: 1 }).catch((e: unknown) => e));
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(100);
      await vi.advanceTimersByTimeAsync(1);
      holder.release();
      for (const h of await Promise.all(granted)) h.release();
      for (const e of await Promise.all(timedOut)) expect((e as DOMException).name).toBe('TimeoutError');
      expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
    }
    expect(vi.getTimerCount()).toBe(0);
    expect(lock.locked()).toBe(false);
  });
});
