// The leak test: 100 000 aborted waits (transitions, cache gets, gathers) on long-lived signals leave no
// abort listener, no timer and no queued waiter behind.
import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CacheWithBackgroundRefresh } from '../src/CacheWithBackgroundRefresh.js';
import { gatherWithLimitedConcurrency } from '../src/gatherWithLimitedConcurrency.js';
import { StateMachine } from '../src/StateMachine.js';
import { deferred, listeners } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs `TOTAL / BATCH` batches of `BATCH` waits made by `wait(signal)`, each batch aborted at once. */
async function abortedBatches(wait: (signal: AbortSignal) => Promise<unknown>): Promise<number> {
  let rejected = 0;
  for (let k = 0; k < TOTAL / BATCH; k++) {
    const batch = new AbortController();
    setMaxListeners(0, batch.signal);
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < BATCH; i++) waits.push(wait(batch.signal).catch(() => rejected++));
    expect(listeners(batch.signal)).toBe(BATCH);
    batch.abort();
    await Promise.all(waits);
    expect(listeners(batch.signal)).toBe(0);
  }
  return rejected;
}

describe('leaks', () => {
  it('100 000 aborted StateMachine.transition waits: 0 listeners, 0 timers, an empty queue', async () => {
    const sm = new StateMachine('a');
    const gate = deferred<boolean>();
    const guard = vi.fn(() => gate.promise);
    sm.add('a', 'b', guard);
    sm.add('b', 'c');
    const busy = sm.transition('b');
    expect(await abortedBatches((signal) => sm.transition('c', { signal, timeout: 60_000 }))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    gate.resolve(true);
    expect(await busy).toBe(true);
    const enter = vi.fn();
    sm.onEnter('c', enter);
    expect(await sm.transition('c')).toBe(true);
    expect(enter).toHaveBeenCalledOnce(); // none of the aborted transitions ran
    expect(guard).toHaveBeenCalledOnce();
  });

  it('100 000 aborted CacheWithBackgroundRefresh.get waits on one load: 0 listeners, 0 timers, the load still stores', async () => {
    const load = deferred<number>();
    const loader = vi.fn(() => load.promise);
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: loader });
    expect(await abortedBatches((signal) => cache.get('k', null, { signal, timeout: 60_000 }))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    load.resolve(1);
    expect(await cache.get('k')).toBe(1);
    expect(loader).toHaveBeenCalledOnce();
  });

  it('100 000 aborted gatherWithLimitedConcurrency calls: 0 listeners, 0 timers, no job started after the abort', async () => {
    const never = new Promise<number>(() => {});
    const started = vi.fn(() => 1);
    expect(await abortedBatches((signal) => gatherWithLimitedConcurrency(1, [never, started], { signal, timeout: 60_000 }))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(started).not.toHaveBeenCalled();
  });

  it('10 000 waits on one long-lived signal that succeed or time out: every listener added is removed, no timer left', async () => {
    const ac = new AbortController();
    setMaxListeners(0, ac.signal);
    const sm = new StateMachine('a');
    sm.add('a', 'a');
    const cache = new CacheWithBackgroundRefresh<number, number>(1000, 200, { defaultLoader: (k) => k });
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < 2_500; i++) {
      waits.push(sm.transition('a', { signal: ac.signal, timeout: 1 }).catch(() => undefined));
      waits.push(cache.get(i, null, { signal: ac.signal, timeout: 1 }));
      waits.push(gatherWithLimitedConcurrency(1, [() => i], { signal: ac.signal, timeout: 5 }));
      waits.push(gatherWithLimitedConcurrency(1, [new Promise(() => {})], { signal: ac.signal, timeout: 1 }).catch(() => undefined));
    }
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(waits);
    expect(listeners(ac.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
