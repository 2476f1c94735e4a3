// enhancedStaggeredRace: checks 22–24 of spec/compete.md, plus the regressions of its "Not portable as-is" rows.
import { localContext } from '@asyncutils/context';
import { flush, track } from '@asyncutils/tooling/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enhancedStaggeredRace } from '../src/enhancedStaggeredRace.js';
import { deferred, failAfter, isLostRace, sleep, type Probe } from './support/inputs.js';

const API = 'asyncutils.compete.enhanced_staggered_race';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

/** Wraps a probe so that the (fake) time of its call is recorded. */
function timed<T>(probe: Probe<T>, starts: Map<Probe<unknown>, number>): (signal: AbortSignal) => unknown {
  return (signal) => {
    starts.set(probe as Probe<unknown>, Date.now());
    return (probe.input as (s: AbortSignal) => unknown)(signal);
  };
}

describe('enhancedStaggeredRace', () => {
  it('check 22: f1 starts at 100 ms and wins at 250 ms; f2 starts at 200 ms and is aborted; f0 is aborted', async () => {
    const starts = new Map<Probe<unknown>, number>();
    const [f0, f1, f2] = [sleep(500, 'f0'), sleep(150, 'f1'), sleep(1_000, 'f2')];
    const t = track(enhancedStaggeredRace([timed(f0, starts), timed(f1, starts), timed(f2, starts)], 100));
    await vi.advanceTimersByTimeAsync(249);
    expect(t.state).toBe('pending');
    expect([starts.get(f0), starts.get(f1), starts.get(f2)]).toEqual([0, 100, 200]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('fulfilled');
    const [value, index, exceptions] = t.value!;
    expect(value).toBe('f1');
    expect(index).toBe(1);
    expect(exceptions).toHaveLength(3);
    expect(isLostRace(exceptions[0], API)).toBe(true);
    expect(exceptions[1]).toBeNull();
    expect(exceptions[2]).toBe(exceptions[0]);
    expect(f0.signal?.aborted).toBe(true);
    expect(f2.signal?.aborted).toBe(true);
    expect(f1.signal?.aborted).toBe(false);
  });

  it('check 23: a failure hands off at once, before the delay; all failing → [undefined, null, [e0, e1, e2]]', async () => {
    const starts = new Map<Probe<unknown>, number>();
    const errors = [new Error('e0'), new Error('e1'), new Error('e2')];
    const fs = [failAfter(10, errors[0]), failAfter(20, errors[1]), failAfter(5, errors[2])];
    const t = track(enhancedStaggeredRace(fs.map((f) => timed(f, starts)), 100));
    await vi.advanceTimersByTimeAsync(35);
    expect(fs.map((f) => starts.get(f))).toEqual([0, 10, 30]);
    expect(t.value).toEqual([undefined, null, errors]);
  });

  it('check 23: delay null starts the next item only on failure; [] → [undefined, null, []]', async () => {
    const starts = new Map<Probe<unknown>, number>();
    const e0 = new Error('e0');
    const [f0, f1] = [failAfter(1_000, e0), sleep(10, 'second')];
    const t = track(enhancedStaggeredRace([timed(f0, starts), timed(f1, starts)], null));
    await vi.advanceTimersByTimeAsync(999);
    expect(starts.has(f1)).toBe(false);
    await vi.advanceTimersByTimeAsync(11);
    expect(starts.get(f1)).toBe(1_000);
    expect(t.value).toEqual(['second', 1, [e0, null]]);
    await expect(enhancedStaggeredRace([])).resolves.toEqual([undefined, null, []]);
  });

  it('check 24: an async generator of items is advanced only at each turn, and not after a winner', async () => {
    const pulls: number[] = [];
    let closed = false;
    async function* items(): AsyncGenerator<unknown> {
      try {
        for (let i = 0; ; i++) {
          pulls.push(Date.now());
          yield i === 1 ? sleep(30, 'win').input : sleep(10_000, `slow ${i}`).input;
        }
      } finally {
        closed = true;
      }
    }
    const t = track(enhancedStaggeredRace(items(), 50));
    await vi.advanceTimersByTimeAsync(0);
    expect(pulls).toEqual([0]);
    await vi.advanceTimersByTimeAsync(49);
    expect(pulls).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect(pulls).toEqual([0, 50]);
    await vi.advanceTimersByTimeAsync(30);
    expect(t.value?.[0]).toBe('win');
    expect(t.value?.[1]).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pulls).toEqual([0, 50]); // never advanced again
    expect(closed).toBe(true); // closed with return()
  });

  it('abort: running items are aborted and awaited, the call rejects with the reason', async () => {
    const ac = new AbortController();
    const [f0, f1] = [sleep(1_000, 0), sleep(1_000, 1)];
    const t = track(enhancedStaggeredRace([f0.input, f1.input], 10, { signal: ac.signal }));
    await vi.advanceTimersByTimeAsync(10);
    ac.abort('stop');
    await flush();
    expect(t.reason).toBe('stop');
    expect(f0.signal?.aborted && f1.signal?.aborted).toBe(true);
    const pre = new AbortController();
    pre.abort('early');
    const never = sleep(1, 1);
    await expect(enhancedStaggeredRace([never.input], 1, { signal: pre.signal })).rejects.toBe('early');
    expect(never.calls).toBe(0);
  });

  it('promise and iterable items are converted at their turn; invalid items are skipped without an index', async () => {
    const pending = deferred<string>();
    const t = track(enhancedStaggeredRace<unknown>([pending.promise, 42, null, 'ab'], 5));
    await vi.advanceTimersByTimeAsync(5);
    expect(t.state).toBe('fulfilled');
    const [value, index, exceptions] = t.value!;
    expect(value).toEqual(['a', 'b']);
    expect(index).toBe(1);
    expect(exceptions).toHaveLength(2);
    expect(isLostRace(exceptions[0], API)).toBe(true); // the abandoned promise item
    pending.reject(new Error('late')); // handled
    await flush();
  });

  it('an invalid item rejects TypeError when not skipping; running items are aborted first', async () => {
    const running = sleep(1_000, 0);
    const t = localContext({ CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: false }, () => track(enhancedStaggeredRace([running.input, 5], 1)));
    await vi.advanceTimersByTimeAsync(1);
    expect((t.reason as Error).message).toBe('asyncutils.compete.convert_to_coro_iter: invalid item in Array: number');
    expect(t.reason).toBeInstanceOf(TypeError);
    expect(running.signal?.aborted).toBe(true);
  });

  it('an iterator that throws rejects the call after the running items were aborted', async () => {
    const running = sleep(1_000, 0);
    const boom = new Error('iterator broke');
    function* items(): Generator<unknown> {
      yield running.input;
      throw boom;
    }
    const t = track(enhancedStaggeredRace(items(), 1));
    await vi.advanceTimersByTimeAsync(1);
    expect(t.reason).toBe(boom);
    expect(running.signal?.aborted).toBe(true);
  });

  it('a loser that fulfils after its abort has null; a synchronous throw of a function item is its failure', async () => {
    const stubborn = (signal: AbortSignal): Promise<string> =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve('finished anyway'), { once: true }));
    const err = new Error('sync');
    const t = track(
      enhancedStaggeredRace<string>(
        [
          stubborn,
          () => {
            throw err;
          },
          () => 'plain value wins',
        ],
        1,
      ),
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(t.value).toEqual(['plain value wins', 2, [null, err, null]]);
  });

  it('an item pulled while the race was decided is never started, and the iterator is closed', async () => {
    const gate = deferred<void>();
    let closed = false;
    const late = vi.fn(() => 'never');
    const winnerIn = deferred<string>();
    const iterable: AsyncIterable<unknown> = {
      [Symbol.asyncIterator]: () => {
        let i = 0;
        return {
          next: async () => {
            i++;
            if (i === 1) return { done: false, value: () => winnerIn.promise };
            await gate.promise;
            return { done: false, value: i === 2 ? late : Promise.reject(new Error('discarded')) };
          },
          return: async () => {
            closed = true;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const t = track(enhancedStaggeredRace(iterable, 0));
    await vi.advanceTimersByTimeAsync(0); // the delay elapsed: pulling item 2 (blocked on the gate)
    winnerIn.resolve('first');
    await flush();
    expect(t.value).toEqual(['first', 0, [null]]);
    expect(closed).toBe(false); // the pull is in flight
    gate.resolve();
    await flush();
    expect(late).not.toHaveBeenCalled();
    expect(closed).toBe(true);
  });

  it('an item whose then getter throws fails the race (the running items are aborted first)', async () => {
    const boom = new Error('then getter');
    const running = sleep(1_000, 0);
    const hostile = {
      get then(): never {
        throw boom;
      },
    };
    const t = track(enhancedStaggeredRace([running.input, hostile], 1));
    await vi.advanceTimersByTimeAsync(1);
    expect(t.reason).toBe(boom);
    expect(running.signal?.aborted).toBe(true);
  });

  it('a failing return() is ignored', async () => {
    const iterable: Iterable<unknown> = {
      [Symbol.iterator]: () => ({
        next: () => ({ done: false, value: Promise.resolve('v') }),
        return: () => {
          throw new Error('cannot close');
        },
      }),
    };
    await expect(enhancedStaggeredRace(iterable, null)).resolves.toEqual(['v', 0, [null]]);
  });

  it('regression: (None, None, exceptions) becomes [undefined, null, exceptions] with null for no exception', async () => {
    const e0 = new Error('e0');
    await expect(enhancedStaggeredRace([Promise.reject(e0)])).resolves.toEqual([undefined, null, [e0]]);
    await expect(enhancedStaggeredRace([Promise.reject(e0), Promise.resolve('ok')])).resolves.toEqual(['ok', 1, [e0, null]]);
  });

  it('rejects a non-iterable cfs and bad delay/options', async () => {
    await expect(enhancedStaggeredRace(5 as never)).rejects.toThrow(`${API}: cfs must be an iterable or an async iterable, got 5`);
    await expect(enhancedStaggeredRace([], -1)).rejects.toThrow(new RangeError(`${API}: delay must be a number of ms >= 0, got -1`));
    await expect(enhancedStaggeredRace([], 'x' as never)).rejects.toThrow(TypeError);
    await expect(enhancedStaggeredRace([], 1, { signal: 1 as never })).rejects.toThrow(TypeError);
    await expect(enhancedStaggeredRace([], 1, 1 as never)).rejects.toThrow(TypeError);
  });

  it('regression: items are converted at their turn, not all up front (promise-making functions start late)', async () => {
    const made: number[] = [];
    function* items(): Generator<unknown> {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield failAfter(10, new Error(`e${i}`)).input;
      }
    }
    const t = track(enhancedStaggeredRace(items(), null));
    await flush();
    expect(made).toEqual([0]);
    await vi.advanceTimersByTimeAsync(10);
    expect(made).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(20);
    expect(t.value?.[1]).toBeNull();
    expect(t.value?.[0]).toBeUndefined();
  });
});
