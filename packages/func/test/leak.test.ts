// The leak test: 100 000 aborted waits (RateLimited admissions, retry pauses, every loops) on long-lived
// signals leave no abort listener, no timer and no queued waiter behind.
import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { every } from '../src/every.js';
import { stopStateOf } from '../src/periodic.js';
import { RateLimited } from '../src/RateLimited.js';
import { retry } from '../src/retry.js';
import { clock, flush, listeners } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs `TOTAL / BATCH` batches of `BATCH` waits made by `wait(signal)`, each batch aborted once all wait. */
async function abortedBatches(wait: (signal: AbortSignal) => Promise<unknown>, perWait = 1): Promise<number> {
  let rejected = 0;
  for (let k = 0; k < TOTAL / BATCH; k++) {
    const batch = new AbortController();
    setMaxListeners(0, batch.signal);
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < BATCH; i++) waits.push(wait(batch.signal).catch(() => rejected++));
    await flush(4);
    expect(listeners(batch.signal)).toBe(BATCH * perWait);
    batch.abort();
    await Promise.all(waits);
    expect(listeners(batch.signal)).toBe(0);
  }
  return rejected;
}

describe('leaks', () => {
  it('100 000 aborted RateLimited.callWith waits (with timeouts): 0 listeners, 0 timers, the next call admitted on time', async () => {
    const at: number[] = [];
    const rl = new RateLimited(() => at.push(clock()), 1, 1000);
    const t0 = clock();
    await rl.call();
    expect(await abortedBatches((signal) => rl.callWith({ signal, timeout: 60_000 }))).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    const next = rl.call();
    await vi.advanceTimersByTimeAsync(1000);
    await next;
    expect(at.map((t) => t - t0)).toEqual([0, 1000]);
  });

  it('100 000 aborted retry pauses: 0 listeners, 0 timers', async () => {
    const f = vi.fn(() => Promise.reject(new Error('again')));
    expect(await abortedBatches((signal) => retry(3, 1000, { signal })(f)())).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(f).toHaveBeenCalledTimes(TOTAL);
  });

  it('100 000 aborted every loops: 0 listeners, 0 timers, no stop-promise wake-up left', async () => {
    const stop = new Promise<never>(() => {});
    const f = vi.fn();
    expect(
      await abortedBatches((signal) => every(1000, { signal, stopWhen: stop })(f)()),
    ).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(f).toHaveBeenCalledTimes(TOTAL);
    expect(stopStateOf('api', 'stopWhen', stop).w.size).toBe(0);
  });
});
