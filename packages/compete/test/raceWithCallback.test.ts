// raceWithCallback: checks 10–12 of spec/compete.md, plus the regressions of its "Not portable as-is" rows.
import { flush, rejection, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RaceInput } from '../src/race.js';
import { raceWithCallback } from '../src/raceWithCallback.js';
import { recordEvents, veto } from './support/audit.js';
import { deferred, failAfter, isLostRace, sleep } from './support/inputs.js';

const API = 'asyncutils.compete.race_with_callback';
const START = `${API}/start`;
const END = `${API}/end`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('raceWithCallback', () => {
  it('check 1: no inputs rejects TypeError with the spec message and raises no event', async () => {
    using rec = recordEvents();
    const e = await rejection(raceWithCallback([]));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe('asyncutils.compete.race_with_callback: pass in at least one coroutine');
    expect(rec.events).toEqual([]);
  });

  it('check 10: upstream port — resolves 1 at 10 ms; winner once before /end; loser gets the abort reasons', async () => {
    const log: string[] = [];
    using _rec = recordEvents('asyncutils.compete.', log);
    const probes = [sleep(10, 1), sleep(200, 2), sleep(10, 3)];
    const winner = vi.fn((v: number) => void log.push(`winner ${v}`));
    const loser = vi.fn((o: unknown) => void log.push(`loser ${isLostRace(o, API) ? 'aborted' : String(o)}`));
    const t = track(raceWithCallback(probes.map((p) => p.input), { winner, loser }));
    await vi.advanceTimersByTimeAsync(9);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(t.value).toBe(1);
    expect(t.value! % 2).toBe(1);
    expect(winner).toHaveBeenCalledOnce();
    expect(winner).toHaveBeenCalledWith(1);
    expect(log.indexOf('winner 1')).toBeLessThan(log.indexOf(END));
    // input 2 lost (aborted); input 3 was still pending when input 1 was observed (its timer fires later).
    expect(probes[1]?.signal?.aborted).toBe(true);
    expect(loser.mock.calls.map(([o]) => isLostRace(o, API))).toEqual(probes[2]?.signal?.aborted ? [true, true] : [true]);
    expect(log.slice(log.indexOf(END))).toEqual([END, ...loser.mock.calls.map(() => 'loser aborted')]);
  });

  it('check 11: a timeout resolves undefined at 50 ms and loser receives the abort reason', async () => {
    const slow = sleep(1_000, 'slow');
    const loser = vi.fn();
    const t = track(raceWithCallback([slow.input], { timeout: 50, loser }));
    await vi.advanceTimersByTimeAsync(49);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBeUndefined();
    expect(slow.signal?.aborted).toBe(true);
    expect(loser).toHaveBeenCalledOnce();
    expect(isLostRace(loser.mock.calls[0]?.[0], API)).toBe(true);
  });

  it('check 11: a rejected winner rejects the call and winner is not called', async () => {
    const failure = new Error('nope');
    const winner = vi.fn();
    const f = failAfter(5, failure);
    const slow = sleep(100, 1);
    const t = track(raceWithCallback([f.input, slow.input], { winner }));
    await vi.advanceTimersByTimeAsync(5);
    expect(t.reason).toBe(failure);
    expect(winner).not.toHaveBeenCalled();
    expect(slow.signal?.aborted).toBe(true);
  });

  it('check 11: an async winner is awaited before the call resolves (and before the losers are aborted)', async () => {
    const slow = sleep(500, 2);
    let winnerDone = false;
    const winner = (): Promise<void> =>
      new Promise((resolve) =>
        setTimeout(() => {
          winnerDone = true;
          resolve();
        }, 40),
      );
    const t = track(raceWithCallback([sleep(10, 1).input, slow.input], { winner }));
    await vi.advanceTimersByTimeAsync(10);
    expect(t.state).toBe('pending');
    expect(slow.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(winnerDone).toBe(true);
    expect(t.value).toBe(1);
    expect(slow.signal?.aborted).toBe(true);
  });

  it('check 11: a throwing or rejecting winner rejects the call after the cleanup', async () => {
    const err = new Error('winner failed');
    const slow1 = sleep(100, 2);
    await expect(
      raceWithCallback([Promise.resolve(1), slow1.input], {
        winner: () => {
          throw err;
        },
      }),
    ).rejects.toBe(err);
    expect(slow1.settled?.ok).toBe(false);
    const slow2 = sleep(100, 2);
    await expect(raceWithCallback([Promise.resolve(1), slow2.input], { winner: () => Promise.reject(err) })).rejects.toBe(err);
    expect(slow2.settled?.ok).toBe(false);
  });

  it('check 12: events start and end carry [n], once each, /end after the winner callback returned', async () => {
    const log: string[] = [];
    using rec = recordEvents('asyncutils.compete.', log);
    await raceWithCallback([Promise.resolve('a'), Promise.resolve('b'), new Promise<string>(() => {})], {
      winner: async () => {
        await flush(3);
        log.push('winner returned');
      },
    });
    expect(rec.events).toEqual([
      { event: START, args: [3] },
      { event: END, args: [3] },
    ]);
    expect(log).toEqual([START, 'winner returned', END]);
  });

  it('check 12: a throwing /start hook vetoes the race; a throwing /end hook replaces the outcome and the cleanup still runs', async () => {
    const probe = sleep(10, 1);
    {
      using _v = veto(START);
      await expect(raceWithCallback([probe.input])).rejects.toThrow(`vetoed ${START}`);
      expect(probe.calls).toBe(0);
    }
    const slow = sleep(100, 2);
    const loser = vi.fn();
    using _v = veto(END);
    await expect(raceWithCallback([Promise.resolve(1), slow.input], { loser })).rejects.toThrow(`vetoed ${END}`);
    expect(slow.signal?.aborted).toBe(true);
    expect(loser).toHaveBeenCalledOnce();
  });

  it('aborting the signal rejects with its reason; losers are reported', async () => {
    const ac = new AbortController();
    const slow = sleep(100, 1);
    const loser = vi.fn();
    const t = track(raceWithCallback([slow.input], { signal: ac.signal, loser }));
    await flush();
    ac.abort('stop');
    await flush();
    expect(t.reason).toBe('stop');
    expect(slow.signal?.aborted).toBe(true);
    expect(loser).toHaveBeenCalledOnce();
    const pre = new AbortController();
    pre.abort('early');
    await expect(raceWithCallback([slow.input], { signal: pre.signal })).rejects.toBe('early');
  });

  it('loser: called in input order after every function loser settled; thenables awaited; errors ignored', async () => {
    const order: string[] = [];
    const p = deferred<number>();
    // A function loser that winds down 20 ms after its abort, fulfilling 'cleaned'.
    const windDown: RaceInput<string> = (signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => setTimeout(resolve, 20, 'cleaned'), { once: true }));
    let asyncLoserDone = false;
    const loser = (o: unknown): unknown => {
      order.push(isLostRace(o, API) ? 'lost' : String(o));
      if (order.length === 1) throw new Error('ignored');
      if (order.length === 2) {
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            asyncLoserDone = true;
            resolve();
          }, 5),
        );
      }
      return Promise.reject(new Error('ignored too'));
    };
    const t = track(raceWithCallback<unknown>([p.promise, windDown, Promise.resolve('win'), sleep(50, 'x').input], { loser }));
    await flush();
    expect(t.state).toBe('pending');
    expect(order).toEqual([]); // waiting for windDown
    await vi.advanceTimersByTimeAsync(20);
    expect(order).toEqual(['lost', 'cleaned', 'lost']);
    expect(t.state).toBe('pending'); // waiting for the async loser callback
    await vi.advanceTimersByTimeAsync(5);
    expect(asyncLoserDone).toBe(true);
    expect(t.value).toBe('win');
    p.reject(new Error('late')); // handled
    await flush();
  });

  it('rejects bad callbacks with TypeError naming the API', async () => {
    await expect(raceWithCallback([Promise.resolve(1)], { winner: 1 as never })).rejects.toThrow(`${API}: winner must be a function, got 1`);
    await expect(raceWithCallback([Promise.resolve(1)], { loser: 'x' as never })).rejects.toThrow(`${API}: loser must be a function, got 'x'`);
  });

  it('regression: several inputs done at once — the first in input order wins, the others are not losers', async () => {
    const loser = vi.fn();
    const winner = vi.fn();
    await expect(raceWithCallback([Promise.resolve(1), Promise.resolve(2), () => 3], { winner, loser })).resolves.toBe(1);
    expect(winner).toHaveBeenCalledWith(1);
    expect(loser).not.toHaveBeenCalled();
  });

  it('regression: a promise loser counts as cancelled at once (outcome = abort reason), a function loser is aborted', async () => {
    const outcomes: unknown[] = [];
    const slow = sleep(100, 'f');
    await raceWithCallback<string>([new Promise<string>(() => {}), slow.input, Promise.resolve('w')], { loser: (o) => void outcomes.push(o) });
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).toBe(outcomes[1]); // the same AbortError for the race
    expect(isLostRace(outcomes[0], API)).toBe(true);
  });
});
