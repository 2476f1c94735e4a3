// Leak tests: many aborted, timed-out and resolved waits leave no abort listener, no timer and no
// queued waiter behind.
import { setMaxListeners } from 'node:events';
import { abortListeners as listeners } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventWithValue } from '../src/EventWithValue.js';
import { SingleWaiterEventWithValue } from '../src/SingleWaiterEventWithValue.js';
import { flush, pendingWaits } from './support/track.js';

const ignore = (): void => {};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

type Wait = (signal: AbortSignal) => Promise<unknown>;

const cases: [string, () => { event: object; wait: Wait; settle: () => void }][] = [
  ['EventWithValue.waitForNext', () => {
    const ev = new EventWithValue<number>();
    return { event: ev, wait: (signal) => ev.waitForNext({ signal, timeout: 60_000 }), settle: () => ev.set(1) };
  }],
  ['SingleWaiterEventWithValue.waitForNext', () => {
    const box = new SingleWaiterEventWithValue<number>();
    return { event: box, wait: (signal) => box.waitForNext({ signal, timeout: 60_000 }), settle: () => box.set(1) };
  }],
];

const slowCases: [string, () => { event: object; wait: Wait; settle: () => void }][] = [
  ['EventWithValue.waitForValue', () => {
    const ev = new EventWithValue<number>();
    return { event: ev, wait: (signal) => ev.waitForValue(1, { signal, timeout: 60_000 }), settle: () => ev.set(1) };
  }],
  ['EventWithValue.waitForTransition', () => {
    const ev = new EventWithValue<number>();
    return { event: ev, wait: (signal) => ev.waitForTransition(1, 2, { signal, timeout: 60_000 }), settle: () => (ev.set(1), ev.set(2), ev.clear()) };
  }],
  ['SingleWaiterEventWithValue.waitForValue (mixin)', () => {
    const box = new SingleWaiterEventWithValue<number>();
    return { event: box, wait: (signal) => box.waitForValue(1, { signal, timeout: 60_000 }), settle: () => box.set(1) };
  }],
];

describe('leaks', () => {
  it.each(cases)('100 000 aborted waits of %s leave 0 listeners, 0 timers, 0 queued waiters', async (_name, make) => {
    const { event, wait } = make();
    const add = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const remove = vi.spyOn(EventTarget.prototype, 'removeEventListener');
    let rejected = 0;
    for (let batch = 0; batch < 1000; batch++) {
      const ac = new AbortController();
      setMaxListeners(100, ac.signal); // 100 waits share a signal on purpose: no warning
      const waits = [];
      for (let i = 0; i < 100; i++) waits.push(wait(ac.signal));
      expect(listeners(ac.signal)).toBe(100);
      expect(pendingWaits(event)).toBe(100);
      ac.abort(batch);
      expect(listeners(ac.signal)).toBe(0);
      expect(pendingWaits(event)).toBe(0);
      for (const w of waits) w.catch((reason: unknown) => void (reason === batch && rejected++));
    }
    await flush();
    expect(rejected).toBe(100_000);
    expect(add).toHaveBeenCalledTimes(100_000);
    expect(remove).toHaveBeenCalledTimes(100_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([...cases, ...slowCases])('a long-lived signal keeps 0 listeners after resolved, timed-out and aborted waits of %s', async (_name, make) => {
    const { event, wait, settle } = make();
    const long = new AbortController();
    for (let round = 0; round < 2_000; round++) {
      void wait(long.signal).catch(ignore);
      if (round % 2 === 0) settle();
      else await vi.advanceTimersByTimeAsync(60_000);
      await flush(3);
    }
    expect(listeners(long.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(pendingWaits(event)).toBe(0);
    // Aborting the long-lived signal afterwards rejects nothing and finds nothing to remove.
    long.abort();
    await flush();
    expect(pendingWaits(event)).toBe(0);
  });

  it.each(slowCases)('10 000 aborted waits of %s leave 0 listeners and 0 timers', async (_name, make) => {
    const { event, wait } = make();
    for (let batch = 0; batch < 100; batch++) {
      const ac = new AbortController();
      setMaxListeners(100, ac.signal);
      for (let i = 0; i < 100; i++) void wait(ac.signal).catch(ignore);
      ac.abort();
      expect(listeners(ac.signal)).toBe(0);
      await flush(3);
    }
    expect(vi.getTimerCount()).toBe(0);
    expect(pendingWaits(event)).toBe(0);
  });
});
