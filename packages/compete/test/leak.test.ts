// Leak test: 100 000 races sharing one long-lived caller signal — decided by a winner, a rejection, a timeout
// or a batch abort — leave no abort listener on that signal and no timer behind.
import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enhancedStaggeredRace } from '../src/enhancedStaggeredRace.js';
import { firstCompleted } from '../src/firstCompleted.js';
import { multiWinnerRaceWithCallback } from '../src/multiWinnerRaceWithCallback.js';
import { raceWithCallback } from '../src/raceWithCallback.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const never = new Promise<never>(() => {});
const obedient = (signal: AbortSignal): Promise<never> =>
  new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

describe('leaks', () => {
  it('100 000 races on one long-lived signal leave 0 listeners and 0 timers', async () => {
    const longLived = new AbortController();
    const signal = longLived.signal;
    setMaxListeners(0, signal); // many concurrent races on one signal are the point here
    const err = new Error('expected');
    let settled = 0;
    for (let batch = 0; batch < 100; batch++) {
      const batchCtl = new AbortController();
      setMaxListeners(0, batchCtl.signal);
      const calls: Promise<unknown>[] = [];
      for (let j = 0; j < 1_000; j++) {
        switch (j % 10) {
          case 0:
            calls.push(firstCompleted([Promise.resolve(j), obedient], { signal }));
            break;
          case 1:
            calls.push(raceWithCallback([Promise.reject(err), obedient], { signal }));
            break;
          case 2: // the only cases with a timer (fake timers are slow in bulk): a timeout, a stagger delay
            calls.push(
              batch % 2 === 0
                ? firstCompleted([never, obedient], { signal, timeout: 10 })
                : enhancedStaggeredRace([obedient, Promise.resolve(1)], 0, { signal }),
            );
            break;
          case 3:
            calls.push(multiWinnerRaceWithCallback([Promise.resolve(1), Promise.reject(err)], { signal, timeout: null }));
            break;
          case 4:
            calls.push(enhancedStaggeredRace([Promise.reject(err), Promise.resolve(1)], null, { signal }));
            break;
          case 5:
            calls.push(enhancedStaggeredRace([obedient], null, { signal: batchCtl.signal }));
            break;
          case 6:
          case 7:
            calls.push(firstCompleted([obedient, obedient, Promise.resolve(j)], { signal, timeout: Infinity }));
            break;
          default: // decided by an abort
            calls.push(firstCompleted([obedient], { signal: batchCtl.signal }));
        }
      }
      const all = Promise.allSettled(calls); // every rejection handled at once
      batchCtl.abort(new Error('batch aborted'));
      await vi.advanceTimersByTimeAsync(10);
      settled += (await all).length;
      expect(getEventListeners(batchCtl.signal, 'abort')).toHaveLength(0);
    }
    expect(settled).toBe(100_000);
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
