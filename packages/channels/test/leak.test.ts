// The leak test: 100 000 aborted waits (on long-lived signals, in batches) leave no abort listener, no timer and
// no queued waiter behind, for every primitive of the package that waits.
import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../src/EventBus.js';
import { Observable } from '../src/Observable.js';
import { Rendezvous } from '../src/Rendezvous.js';
import { countedController, deferred, flush } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

/** Runs `TOTAL` waits made by `wait(signal)` in batches on one controller each, aborting each batch. */
async function abortBatches(wait: (signal: AbortSignal) => Promise<unknown>): Promise<number> {
  let rejected = 0;
  for (let b = 0; b < TOTAL / BATCH; b++) {
    const batch = new AbortController();
    setMaxListeners(0, batch.signal);
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < BATCH; i++) waits.push(wait(batch.signal).catch(() => rejected++));
    expect(getEventListeners(batch.signal, 'abort').length).toBe(BATCH);
    expect(vi.getTimerCount()).toBe(BATCH);
    batch.abort();
    await Promise.all(waits);
    expect(getEventListeners(batch.signal, 'abort').length).toBe(0);
  }
  return rejected;
}

describe('leaks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('Rendezvous: 100 000 aborted gets and puts: 0 listeners, 0 timers, nothing queued', async () => {
    const getters = new Rendezvous<number>();
    const putters = new Rendezvous<number>();
    let n = 0;
    expect(await abortBatches((signal) => (n++ % 2 ? getters.get({ signal, timeout: 60_000 }) : putters.put(n, { signal, timeout: 60_000 })))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(getters.lengthHint()).toBe(0);
    expect(putters.lengthHint()).toBe(0);
  });

  it('EventBus.waitForEvent: 100 000 aborted waits leave no listener, no timer, no subscriber', async () => {
    const bus = new EventBus();
    expect(await abortBatches((signal) => bus.waitForEvent('x', { signal, timeout: 60_000 }))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(bus.totalSubscribers).toBe(0);
  });

  it('Observable: 100 000 aborted waits for idle and for the next notification', async () => {
    const o = new Observable<[number]>();
    const gate = deferred();
    o.subscribeNowait(() => gate.promise);
    const run = o.notify(1);
    let n = 0;
    expect(await abortBatches((signal) => (n++ % 2 ? o.waitUntilIdle({ signal, timeout: 60_000 }) : o.waitForNext({ signal, timeout: 60_000 })))).toBe(TOTAL);
    expect([...o]).toHaveLength(1);
    gate.resolve();
    await run;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('EventBus publications and streams: aborted, timed out and finished ones leave every listener removed', async () => {
    const bus = new EventBus(null, { maxConcurrent: 1 });
    const c = countedController();
    setMaxListeners(0, c.signal);
    let hold = deferred();
    bus.subscribe(() => hold.promise, 'x');
    bus.subscribe(() => {}, 'y');
    for (let round = 0; round < 20; round++) {
      hold = deferred();
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < 50; i++) {
        waits.push(bus.publish('x', i, { signal: c.signal, timeout: 5 }).catch(() => undefined)); // times out
        waits.push(bus.publish('y', i, { signal: c.signal, timeout: 1_000 })); // finishes after the slot frees
        const s = bus.eventStream('z', { signal: c.signal, itemTimeout: 1 });
        waits.push(s.next()); // ends after 1 ms of silence
      }
      await vi.advanceTimersByTimeAsync(5);
      await flush();
      expect(c.live()).toBeGreaterThan(0); // the 'y' publications still wait for the one slot
      hold.resolve();
      await Promise.all(waits);
      expect(c.live()).toBe(0);
    }
    expect(c.added()).toBe(c.removed());
    expect(vi.getTimerCount()).toBe(0);
    expect(bus.subscriberCount('x')).toBe(1);
    expect(bus.activeTasks).toBe(0);
  });
});
