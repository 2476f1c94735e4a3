// The race engine shared by the three race functions: input checks, observation order, the decision, the
// snapshot of the losers and their cleanup.
import { flush, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BY_ABORT, BY_SETTLEMENT, BY_TIMEOUT, Race, raceInputs } from '../src/race.js';
import { deferred, isLostRace, sleep } from './support/inputs.js';

const API = 'asyncutils.compete.engine';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('raceInputs', () => {
  it('materialises an iterable and checks every input', () => {
    const p = Promise.resolve(1);
    const f = (): number => 1;
    const list = [p, f];
    const copy = raceInputs(API, list);
    expect(copy).toEqual(list);
    expect(copy).not.toBe(list);
    expect(raceInputs(API, new Set([p]))).toEqual([p]);
    expect(() => raceInputs(API, [])).toThrow(new TypeError(`${API}: pass in at least one coroutine`));
    expect(() => raceInputs(API, [p, {}])).toThrow(new TypeError(`${API}: input 1 is not a promise or a function, got <object>`));
    expect(() => raceInputs(API, null)).toThrow(TypeError);
    expect(() => raceInputs(API, 'ab')).toThrow(TypeError);
  });
});

describe('Race', () => {
  it('calls every function input once, synchronously, in input order, each with its own signal', () => {
    const signals: AbortSignal[] = [];
    const order: number[] = [];
    const f = (i: number) => (s: AbortSignal) => {
      order.push(i);
      signals.push(s);
      return new Promise(() => {});
    };
    const race = new Race(API, [f(0), Promise.resolve(), f(1)], false);
    expect(order).toEqual([0, 1]);
    expect(signals[0]).not.toBe(signals[1]);
    expect(race.how).toBe(0);
  });

  it('decides on the first settlement; the losers are those pending when it resumes', async () => {
    const pending = deferred<number>();
    const race = new Race(API, [pending.promise, Promise.resolve(1), Promise.reject(new Error('settled too'))], false);
    await race.decided(undefined, undefined);
    expect(race.how).toBe(BY_SETTLEMENT);
    expect(race.first).toBe(1);
    expect(race.state).toEqual([3, 1, 2]); // the pending promise is abandoned; the rejection was observed, not a loser
    expect(isLostRace(race.value[0], API)).toBe(true);
    const loser = vi.fn();
    await race.cleanup(loser);
    expect(loser.mock.calls).toEqual([[race.value[0]]]);
    pending.resolve(5); // ignored
    await flush();
    expect(race.state[0]).toBe(3);
  });

  it('in "all" mode, decides when every input settled', async () => {
    const a = sleep(10, 'a');
    const b = sleep(20, 'b');
    const race = new Race(API, [a.input, b.input], true);
    const t = track(race.decided(undefined, undefined));
    await vi.advanceTimersByTimeAsync(10);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(10);
    expect(t.state).toBe('fulfilled');
    expect(race.how).toBe(BY_SETTLEMENT);
    expect(race.value).toEqual(['a', 'b']);
    await race.cleanup(); // no losers: returns at once
  });

  it('decides by timeout and by abort, once', async () => {
    const a = sleep(100, 'a');
    const r1 = new Race(API, [a.input], false);
    const t1 = track(r1.decided(30, undefined));
    await vi.advanceTimersByTimeAsync(30);
    expect(t1.state).toBe('fulfilled');
    expect(r1.how).toBe(BY_TIMEOUT);
    await r1.cleanup();
    expect(a.settled?.ok).toBe(false);

    const ac = new AbortController();
    const b = sleep(100, 'b');
    const r2 = new Race(API, [b.input], false);
    const t2 = track(r2.decided(30, ac.signal));
    ac.abort('why');
    await flush();
    expect(t2.state).toBe('fulfilled');
    expect(r2.how).toBe(BY_ABORT);
    expect(r2.reason).toBe('why');
    await vi.advanceTimersByTimeAsync(30); // the timer was cleared
    expect(r2.how).toBe(BY_ABORT);
    await r2.cleanup();
  });

  it('an already aborted signal decides at once', async () => {
    const ac = new AbortController();
    ac.abort('pre');
    const b = sleep(100, 'b');
    const race = new Race(API, [b.input], false);
    await race.decided(10, ac.signal);
    expect(race.how).toBe(BY_ABORT);
    expect(race.reason).toBe('pre');
    await race.cleanup();
    expect(b.signal?.aborted).toBe(true);
  });
});
