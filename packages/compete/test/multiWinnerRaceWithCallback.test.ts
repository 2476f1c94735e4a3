// multiWinnerRaceWithCallback: checks 13–17 of spec/compete.md, plus the regressions of its "Not portable" rows.
import { Critical } from '@asyncutils/exceptions';
import { flush, rejection, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { multiWinnerRaceWithCallback } from '../src/multiWinnerRaceWithCallback.js';
import { recordEvents, veto } from './support/audit.js';
import { failAfter, isLostRace, sleep } from './support/inputs.js';

const API = 'asyncutils.compete.multi_winner_race_with_callback';
const START = `${API}/start`;
const END = `${API}/end`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('multiWinnerRaceWithCallback', () => {
  it('check 1: no inputs rejects TypeError with the spec message and raises no event', async () => {
    using rec = recordEvents();
    const e = await rejection(multiWinnerRaceWithCallback([], { timeout: 5000 }));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe('asyncutils.compete.multi_winner_race_with_callback: pass in at least one coroutine');
    expect(rec.events).toEqual([]);
  });

  it('check 13: upstream port — [1, 3] at 100 ms; input 2 is aborted and passed to loser', async () => {
    const probes = [sleep(10, 1), sleep(200, 2), sleep(10, 3)];
    const loser = vi.fn();
    const t = track(multiWinnerRaceWithCallback(probes.map((p) => p.input), { timeout: 100, loser }));
    await vi.advanceTimersByTimeAsync(99);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.value).toEqual([1, 3]);
    expect(probes[1]?.signal?.aborted).toBe(true);
    expect(probes[0]?.signal?.aborted).toBe(false);
    expect(loser).toHaveBeenCalledOnce();
    expect(isLostRace(loser.mock.calls[0]?.[0], API)).toBe(true);
  });

  it('check 14: timeout null waits for every input, and resolves as soon as all settled', async () => {
    const probes = [sleep(30, 'a'), sleep(5_000, 'b')];
    const t = track(multiWinnerRaceWithCallback(probes.map((p) => p.input), { timeout: null }));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.value).toEqual(['a', 'b']);

    const early = track(multiWinnerRaceWithCallback([sleep(10, 1).input, sleep(20, 2).input], { timeout: 1_000 }));
    await vi.advanceTimersByTimeAsync(20);
    expect(early.value).toEqual([1, 2]); // before the 1 000 ms deadline
  });

  it('check 15: a rejected winner rejects the call and winner is never called', async () => {
    const failure = new Error('fails');
    const winner = vi.fn();
    const t = track(multiWinnerRaceWithCallback([sleep(10, 'ok').input, failAfter(20, failure).input], { timeout: 100, winner }));
    await vi.advanceTimersByTimeAsync(20);
    expect(t.reason).toBe(failure);
    expect(winner).not.toHaveBeenCalled();
  });

  it('check 15: the first rejection in input order is the reason', async () => {
    const [e1, e2] = [new Error('first by time'), new Error('first by order')];
    const t = track(multiWinnerRaceWithCallback([failAfter(20, e2).input, failAfter(10, e1).input], { timeout: null }));
    await vi.advanceTimersByTimeAsync(20);
    expect(t.reason).toBe(e2);
  });

  it('check 15: a missing timeout key is a TypeError', async () => {
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], {} as never)).rejects.toThrow(
      new TypeError(`${API}: timeout is required (null waits for all)`),
    );
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], { timeout: undefined } as never)).rejects.toThrow(/timeout is required/);
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], undefined as never)).rejects.toThrow(
      `${API}: options must be an object with a timeout, got undefined`,
    );
  });

  it('check 16: with winner, values come in the completion order of the winner calls', async () => {
    const calls: number[] = [];
    const winner = (v: number): Promise<void> => {
      calls.push(v);
      return new Promise((resolve) => setTimeout(resolve, 30 - 10 * v));
    };
    const t = track(multiWinnerRaceWithCallback([Promise.resolve(0), Promise.resolve(1), Promise.resolve(2)], { timeout: null, winner }));
    await flush();
    expect(calls).toEqual([0, 1, 2]); // all called, in input order, before any is awaited
    await vi.advanceTimersByTimeAsync(30);
    expect(t.value).toEqual([2, 1, 0]);
  });

  it('check 16: synchronous winner results complete first, in input order', async () => {
    const winner = (v: number): unknown => (v === 0 ? new Promise((r) => setTimeout(r, 5)) : undefined);
    const t = track(multiWinnerRaceWithCallback([Promise.resolve(0), Promise.resolve(1), Promise.resolve(2)], { timeout: null, winner }));
    await vi.advanceTimersByTimeAsync(5);
    expect(t.value).toEqual([1, 2, 0]);
  });

  it('check 16: a throwing or rejecting winner rejects the call after every winner call settled and the cleanup', async () => {
    const err = new Error('winner failed');
    const slow = sleep(500, 9);
    const seen: number[] = [];
    const winner = (v: number): unknown => {
      seen.push(v);
      if (v === 1) throw err;
      return new Promise((r) => setTimeout(r, 10));
    };
    const t = track(multiWinnerRaceWithCallback([Promise.resolve(1), Promise.resolve(2), slow.input], { timeout: 50, winner }));
    await vi.advanceTimersByTimeAsync(50);
    expect(t.state).toBe('pending'); // winner(2) still running
    await vi.advanceTimersByTimeAsync(10);
    expect(t.reason).toBe(err);
    expect(seen).toEqual([1, 2]);
    expect(slow.signal?.aborted).toBe(true);

    const t2 = track(multiWinnerRaceWithCallback([Promise.resolve(1)], { timeout: null, winner: () => Promise.reject(err) }));
    await flush();
    expect(t2.reason).toBe(err);
  });

  it('check 17: start and end carry [3]; a throwing /start hook prevents every input call', async () => {
    {
      using rec = recordEvents('asyncutils.compete.');
      await multiWinnerRaceWithCallback([Promise.resolve(1), Promise.resolve(2), Promise.resolve(3)], { timeout: null });
      expect(rec.events).toEqual([
        { event: START, args: [3] },
        { event: END, args: [3] },
      ]);
    }
    const probes = [sleep(1, 1), sleep(2, 2), sleep(3, 3)];
    using _v = veto(START);
    await expect(multiWinnerRaceWithCallback(probes.map((p) => p.input), { timeout: 10 })).rejects.toThrow(`vetoed ${START}`);
    expect(probes.map((p) => p.calls)).toEqual([0, 0, 0]);
  });

  it('check 17: /end comes after the winner callbacks settled; a throwing /end hook replaces the outcome', async () => {
    const log: string[] = [];
    using _rec = recordEvents('asyncutils.compete.', log);
    await multiWinnerRaceWithCallback([Promise.resolve(1)], {
      timeout: null,
      winner: async () => {
        await flush(2);
        log.push('winner done');
      },
    });
    expect(log).toEqual([START, 'winner done', END]);
    const slow = sleep(100, 2);
    using _v = veto(END);
    const t = track(multiWinnerRaceWithCallback([Promise.resolve(1), slow.input], { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect((t.reason as Error).message).toBe(`vetoed ${END}`);
    expect(slow.signal?.aborted).toBe(true);
  });

  it('aborting the signal rejects with its reason and aborts every pending input', async () => {
    const ac = new AbortController();
    const probes = [sleep(10, 1), sleep(100, 2)];
    const t = track(multiWinnerRaceWithCallback(probes.map((p) => p.input), { timeout: null, signal: ac.signal }));
    await vi.advanceTimersByTimeAsync(10);
    ac.abort('stop');
    await flush();
    expect(t.reason).toBe('stop');
    expect(probes[0]?.signal?.aborted).toBe(false); // it had settled: not a loser
    expect(probes[1]?.signal?.aborted).toBe(true);
    const pre = new AbortController();
    pre.abort('early');
    const never = sleep(1, 1);
    await expect(multiWinnerRaceWithCallback([never.input], { timeout: null, signal: pre.signal })).rejects.toBe('early');
    expect(never.calls).toBe(0);
  });

  it('rejects bad options with TypeError/RangeError naming the API', async () => {
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], { timeout: -5 })).rejects.toThrow(RangeError);
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], { timeout: null, winner: 3 as never })).rejects.toThrow(TypeError);
    await expect(multiWinnerRaceWithCallback([Promise.resolve(1)], { timeout: null, signal: 3 as never })).rejects.toThrow(TypeError);
  });

  it('regression: results in input order (not set order) without winner', async () => {
    const t = track(multiWinnerRaceWithCallback([sleep(30, 'a').input, sleep(10, 'b').input, sleep(20, 'c').input], { timeout: null }));
    await vi.advanceTimersByTimeAsync(30);
    expect(t.value).toEqual(['a', 'b', 'c']);
  });

  it('regression: no Critical re-raise — a Critical thrown by winner rejects the call unchanged', async () => {
    const critical = new Critical(new Error('fatal'));
    await expect(
      multiWinnerRaceWithCallback([Promise.resolve(1)], {
        timeout: null,
        winner: () => {
          throw critical;
        },
      }),
    ).rejects.toBe(critical);
  });
});
