// firstCompleted: checks 1–9 of spec/compete.md, plus the regressions of its "Not portable as-is" rows.
import { exceptionOccurred, unwrapExc, Critical } from '@asyncutils/exceptions';
import { flush, isDomError, rejection, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstCompleted } from '../src/firstCompleted.js';
import type { RaceInput } from '../src/race.js';
import { recordEvents, veto } from './support/audit.js';
import { deferred, failAfter, isLostRace, sleep } from './support/inputs.js';

const API = 'asyncutils.compete.first_completed';
const START = `${API}/start`;
const END = `${API}/end`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('firstCompleted', () => {
  it('check 1: no inputs rejects TypeError with the spec message and raises no event', async () => {
    using rec = recordEvents();
    const e = await rejection(firstCompleted([]));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe('asyncutils.compete.first_completed: pass in at least one coroutine');
    expect(rec.events).toEqual([]);
  });

  it('check 2: upstream port — the 10 ms sleep wins with 2 at 10 ms', async () => {
    const probes = [sleep(100, 1), sleep(10, 2), sleep(200, 3), sleep(300, 4)];
    const t = track(firstCompleted(probes.map((p) => p.input)));
    await vi.advanceTimersByTimeAsync(9);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBe(2);
    expect(probes.map((p) => p.calls)).toEqual([1, 1, 1, 1]);
  });

  it('check 3: the losers are aborted with the lost-the-race AbortError, and the call waits until they settled', async () => {
    const probes = [sleep(100, 1), sleep(10, 2), sleep(200, 3)];
    let lateSettled = false;
    // A loser that needs 30 ms to wind down after its abort.
    const slowToStop: RaceInput<number> = (signal) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => setTimeout(() => ((lateSettled = true), reject(signal.reason)), 30), { once: true });
      });
    const t = track(firstCompleted([...probes.map((p) => p.input), slowToStop]));
    await vi.advanceTimersByTimeAsync(10);
    for (const i of [0, 2]) {
      expect(probes[i]?.signal?.aborted).toBe(true);
      expect(isLostRace(probes[i]?.signal?.reason, API)).toBe(true);
      expect(probes[i]?.settled?.ok).toBe(false);
    }
    expect(probes[1]?.signal?.aborted).toBe(false); // the winner is not aborted
    expect(t.state).toBe('pending'); // slowToStop has not settled yet
    await vi.advanceTimersByTimeAsync(30);
    expect(lateSettled).toBe(true);
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBe(2);
  });

  it('check 4: start [4] before any input is called, end [4] once before the losers are aborted', async () => {
    const log: string[] = [];
    using rec = recordEvents('asyncutils.compete.', log);
    const probes = [sleep(100, 1), sleep(10, 2), sleep(200, 3), sleep(300, 4)];
    const inputs = probes.map(
      (p, i): RaceInput<number> =>
        (signal) => {
          log.push(`call ${i}`);
          signal.addEventListener('abort', () => log.push(`abort ${i}`));
          return (p.input as (s: AbortSignal) => Promise<number>)(signal);
        },
    );
    const t = track(firstCompleted(inputs));
    await vi.advanceTimersByTimeAsync(10);
    expect(t.value).toBe(2);
    expect(log).toEqual([START, 'call 0', 'call 1', 'call 2', 'call 3', END, 'abort 0', 'abort 2', 'abort 3']);
    expect(rec.events).toEqual([
      { event: START, args: [4] },
      { event: END, args: [4] },
    ]);
  });

  it('check 4: a hook throwing on /start rejects the call and no input is called', async () => {
    const err = new Error('no racing');
    using _veto = veto(START, err);
    const probes = [sleep(10, 1), sleep(20, 2)];
    await expect(firstCompleted(probes.map((p) => p.input))).rejects.toBe(err);
    expect(probes.map((p) => p.calls)).toEqual([0, 0]);
  });

  it('check 4: a hook throwing on /end rejects with the hook error and the losers are still aborted', async () => {
    const err = new Error('end vetoed');
    using _veto = veto(END, err);
    const probes = [sleep(100, 1), sleep(10, 2)];
    const t = track(firstCompleted(probes.map((p) => p.input)));
    await vi.advanceTimersByTimeAsync(10);
    expect(t.state).toBe('rejected');
    expect(t.reason).toBe(err);
    expect(probes[0]?.signal?.aborted).toBe(true);
    expect(probes[0]?.settled?.ok).toBe(false);
  });

  it('check 5: a rejected winner rejects the call; with retExc it resolves an exception wrapper', async () => {
    const failure = new Error('fast failure');
    const fail1 = failAfter(5, failure);
    const slow1 = sleep(100, 'slow');
    const t1 = track(firstCompleted([fail1.input, slow1.input]));
    await vi.advanceTimersByTimeAsync(5);
    expect(t1.reason).toBe(failure);
    expect(slow1.signal?.aborted).toBe(true);

    const fail2 = failAfter(5, failure);
    const slow2 = sleep(100, 'slow');
    const t2 = track(firstCompleted([fail2.input, slow2.input], { retExc: true }));
    await vi.advanceTimersByTimeAsync(5);
    expect(t2.state).toBe('fulfilled');
    const w = t2.value;
    expect(exceptionOccurred(w)).toBe(true);
    if (exceptionOccurred(w)) expect(unwrapExc(w)).toBe(failure);
    expect(slow2.signal?.aborted).toBe(true);
  });

  it('check 5: retExc leaves a fulfilled winner alone', async () => {
    await expect(firstCompleted([Promise.resolve(3)], { retExc: true })).resolves.toBe(3);
  });

  it('check 6: a timeout rejects TimeoutError at 50 ms, aborts the input and raises /end once', async () => {
    using rec = recordEvents('asyncutils.compete.');
    const slow = sleep(1_000, 'slow');
    const t = track(firstCompleted([slow.input], { timeout: 50 }));
    await vi.advanceTimersByTimeAsync(49);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('rejected');
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe(`${API}: timed out after 50 ms`);
    expect(slow.signal?.aborted).toBe(true);
    expect(rec.events.filter((e) => e.event === END)).toHaveLength(1);
  });

  it('check 7: promise inputs — already settled ones are observed in input order', async () => {
    await expect(firstCompleted([Promise.resolve(1), Promise.resolve(2)])).resolves.toBe(1);
    await expect(firstCompleted([new Promise<number>(() => {}), Promise.resolve(2)])).resolves.toBe(2);
  });

  it('check 7: a pending promise loser is not awaited and its later rejection is handled', async () => {
    const pending = deferred<number>();
    const t = track(firstCompleted([pending.promise, Promise.resolve(5)]));
    await flush();
    expect(t.state).toBe('fulfilled'); // resolved while `pending` still is
    expect(t.value).toBe(5);
    pending.reject(new Error('late failure')); // no unhandled rejection (vitest would fail the run)
    await flush();
  });

  it('check 8: an input that is neither a promise nor a function rejects TypeError before the start event', async () => {
    using rec = recordEvents();
    const e = await rejection(firstCompleted([42] as never));
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe(`${API}: input 0 is not a promise or a function, got 42`);
    const probe = sleep(10, 1);
    await expect(firstCompleted([probe.input, null] as never)).rejects.toThrow(/input 1 is not a promise or a function/);
    expect(probe.calls).toBe(0);
    expect(rec.events).toEqual([]);
  });

  it('check 9: aborting the signal mid-race rejects with its reason, aborts every input and raises /end', async () => {
    using rec = recordEvents('asyncutils.compete.');
    const ac = new AbortController();
    const probes = [sleep(100, 1), sleep(200, 2)];
    const t = track(firstCompleted(probes.map((p) => p.input), { signal: ac.signal }));
    await vi.advanceTimersByTimeAsync(20);
    const reason = new Error('caller gave up');
    ac.abort(reason);
    await flush();
    expect(t.reason).toBe(reason);
    for (const p of probes) {
      expect(p.signal?.aborted).toBe(true);
      expect(isLostRace(p.signal?.reason, API)).toBe(true);
    }
    expect(rec.events.map((e) => e.event)).toEqual([START, END]);
  });

  it('check 9: an already aborted signal rejects at once, without events and without calling any input', async () => {
    using rec = recordEvents();
    const ac = new AbortController();
    const reason = new Error('already');
    ac.abort(reason);
    const probe = sleep(10, 1);
    await expect(firstCompleted([probe.input], { signal: ac.signal })).rejects.toBe(reason);
    expect(probe.calls).toBe(0);
    expect(rec.events).toEqual([]);
  });

  it('check 9: a signal aborted by an input while the race starts decides the race once every input was called', async () => {
    const ac = new AbortController();
    const second = sleep(10, 2);
    const first: RaceInput<number> = (signal) => {
      ac.abort('stop');
      return new Promise<number>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    await expect(firstCompleted([first, second.input], { signal: ac.signal })).rejects.toBe('stop');
    expect(second.calls).toBe(1);
    expect(second.signal?.aborted).toBe(true);
  });

  it('removes its abort listener and its timer on every path', async () => {
    const ac = new AbortController();
    const add = vi.spyOn(ac.signal, 'addEventListener');
    const remove = vi.spyOn(ac.signal, 'removeEventListener');
    await firstCompleted([Promise.resolve(1)], { signal: ac.signal, timeout: 100 });
    const slow = sleep(500, 1);
    const t = track(firstCompleted([slow.input], { signal: ac.signal, timeout: 100 }));
    await vi.advanceTimersByTimeAsync(100);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    await expect(firstCompleted([Promise.reject(new Error('x'))], { signal: ac.signal, timeout: 100 })).rejects.toThrow('x');
    expect(add).toHaveBeenCalledTimes(3);
    expect(remove).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a function input that throws synchronously or returns a plain value takes part like a promise', async () => {
    const boom = new Error('sync throw');
    await expect(
      firstCompleted([
        () => {
          throw boom;
        },
        () => 1,
      ]),
    ).rejects.toBe(boom);
    await expect(firstCompleted([new Promise<number>(() => {}), () => 7])).resolves.toBe(7);
  });

  it('accepts any iterable of inputs, materialised at the call', async () => {
    function* gen(): Generator<RaceInput<number>> {
      yield new Promise<number>(() => {});
      yield Promise.resolve(9);
    }
    await expect(firstCompleted(gen())).resolves.toBe(9);
    await expect(firstCompleted(new Set([Promise.resolve(4)]))).resolves.toBe(4);
  });

  it('rejects bad options with TypeError/RangeError naming the API', async () => {
    const p = (): Promise<number> => Promise.resolve(1);
    await expect(firstCompleted([p()], 5 as never)).rejects.toThrow(new TypeError(`${API}: options must be an object, got 5`));
    await expect(firstCompleted([p()], { timeout: -1 })).rejects.toThrow(new RangeError(`${API}: timeout must be a number of ms >= 0, got -1`));
    await expect(firstCompleted([p()], { timeout: Number.NaN })).rejects.toBeInstanceOf(RangeError);
    await expect(firstCompleted([p()], { timeout: '5' as never })).rejects.toBeInstanceOf(TypeError);
    await expect(firstCompleted([p()], { retExc: 1 as never })).rejects.toThrow(`${API}: retExc must be a boolean, got 1`);
    await expect(firstCompleted([p()], { signal: {} as never })).rejects.toThrow(`${API}: signal must be an AbortSignal, got <object>`);
    await expect(firstCompleted(5 as never)).rejects.toThrow(`${API}: inputs must be an iterable of promises and functions, got 5`);
    await expect(firstCompleted('ab' as never)).rejects.toBeInstanceOf(TypeError);
  });

  it('timeout null, undefined and Infinity mean no timer', async () => {
    for (const timeout of [null, undefined, Infinity]) {
      const slow = sleep(10_000, 'v');
      const t = track(firstCompleted([slow.input], { timeout }));
      await flush();
      expect(vi.getTimerCount()).toBe(1); // only the sleep's own timer
      await vi.advanceTimersByTimeAsync(10_000);
      expect(t.value).toBe('v');
    }
  });

  it('regression: the timeout rejects TimeoutError (the Python stub said None)', async () => {
    const t = track(firstCompleted([new Promise(() => {})], { timeout: 0 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
  });

  it('regression: a throwing /end hook does not skip the loser cleanup (upstream raised it in `finally`)', async () => {
    using _veto = veto(END);
    const slow = sleep(100, 1);
    await expect(firstCompleted([Promise.resolve(0), slow.input])).rejects.toThrow(`vetoed ${END}`);
    expect(slow.signal?.aborted).toBe(true);
    expect(slow.settled?.ok).toBe(false);
  });

  it('regression: inputs are an iterable plus an options object, not a rest parameter with keywords', async () => {
    // The options object is never mistaken for an input.
    await expect(firstCompleted([Promise.resolve('a')], { timeout: 10 })).resolves.toBe('a');
  });

  it('regression: no Critical re-raise — a critical winner rejection with retExc rejects as is', async () => {
    const critical = new Critical('fatal');
    await expect(firstCompleted([Promise.reject(critical)], { retExc: true })).rejects.toBe(critical);
  });
});
