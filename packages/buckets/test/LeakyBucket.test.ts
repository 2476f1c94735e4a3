import { localContext } from '@asyncutils/context';
import { AsyncContextMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeakyBucket } from '../src/LeakyBucket.js';
import { breakableClock, flush, isDomError, listeners, record, rejection, thrown, track } from './support/harness.js';

const EVENT = 'asyncutils.buckets.LeakyBucket';

describe('LeakyBucket', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  describe('construction', () => {
    it('check 14: capacity 0, leak 0, minFactor 0, minFactor 2 > maxFactor 1, initialLevel 6 > capacity 5 throw RangeError; no event', () => {
      using rec = record(EVENT);
      const cases: [() => unknown, string][] = [
        [() => new LeakyBucket(0, 1), 'capacity must be a finite number > 0, got 0'],
        [() => new LeakyBucket(5, 0), 'leak must be a finite number > 0, got 0'],
        [() => new LeakyBucket(NaN, 1), 'capacity must be a finite number > 0, got NaN'],
        [() => new LeakyBucket(5, Infinity), 'leak must be a finite number > 0, got Infinity'],
        [() => new LeakyBucket(5, 1, { minFactor: 0 }), 'minFactor must be a finite number > 0, got 0'],
        [() => new LeakyBucket(5, 1, { minFactor: 2, maxFactor: 1 }), 'maxFactor must be a finite number >= 2, got 1'],
        [() => new LeakyBucket(5, 1, { maxFactor: Infinity }), 'maxFactor must be a finite number >= 0.1, got Infinity'],
        [() => new LeakyBucket(5, 1, { initialLevel: 6 }), 'initialLevel must be a finite number >= 0 and <= 5, got 6'],
        [() => new LeakyBucket(5, 1, { initialLevel: -1 }), 'initialLevel must be a finite number >= 0 and <= 5, got -1'],
      ];
      for (const [make, message] of cases) {
        const e = thrown(make);
        expect(e, message).toBeInstanceOf(RangeError);
        expect((e as Error).message).toBe(`asyncutils.buckets.LeakyBucket: ${message}`);
      }
      expect(rec.calls).toEqual([]);
    });

    it('wrong types throw TypeError: non-number arguments and options, non-boolean externalFactorSettable, non-function timer', () => {
      using rec = record(EVENT);
      expect(() => new LeakyBucket('5' as unknown as number, 1)).toThrow(TypeError);
      expect(() => new LeakyBucket(5, 1, 'x' as unknown as object)).toThrow(TypeError);
      expect(() => new LeakyBucket(5, 1, { minFactor: '1' as unknown as number })).toThrow(TypeError);
      expect(() => new LeakyBucket(5, 1, { externalFactorSettable: 1 as unknown as boolean })).toThrow(
        new TypeError('asyncutils.buckets.LeakyBucket: externalFactorSettable must be a boolean, got 1'),
      );
      expect(() => new LeakyBucket(5, 1, { timer: {} as () => number })).toThrow(TypeError);
      expect(rec.calls).toEqual([]);
    });

    it('option defaults come from the context at construction', () => {
      const b = localContext(
        { LEAKY_BUCKET_DEFAULT_MIN_FACTOR: 0.5, LEAKY_BUCKET_DEFAULT_MAX_FACTOR: 3, LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR: false },
        () => new LeakyBucket(5, 1),
      );
      expect(() => {
        b.factor = 2;
      }).toThrow(TypeError);
      const c = localContext({ LEAKY_BUCKET_DEFAULT_MIN_FACTOR: 0.5, LEAKY_BUCKET_DEFAULT_MAX_FACTOR: 3 }, () => new LeakyBucket(5, 1));
      c.factor = 100;
      expect(c.factor).toBe(3);
      c.factor = 0;
      expect(c.factor).toBe(0.5);
      expect(() => localContext({ LEAKY_BUCKET_DEFAULT_MIN_FACTOR: -1 }, () => new LeakyBucket(5, 1))).toThrow(RangeError);
    });

    it('check 15: raises asyncutils.buckets.LeakyBucket with [10, 2] before any state exists; a throwing hook vetoes it', () => {
      const timer = vi.fn(() => 0);
      {
        using rec = record(EVENT, undefined, () => expect(timer).not.toHaveBeenCalled());
        const b = new LeakyBucket(10, 2, { timer });
        expect(rec.calls).toEqual([[EVENT, [10, 2]]]);
        expect(b.capacity).toBe(10);
        expect(timer).toHaveBeenCalledTimes(1);
      }
      timer.mockClear();
      const veto = new RangeError('vetoed');
      {
        using rec = record(EVENT, veto);
        let made: LeakyBucket | undefined;
        expect(() => {
          made = new LeakyBucket(10, 2, { timer });
        }).toThrow(veto);
        expect(made).toBeUndefined();
        expect(timer).not.toHaveBeenCalled();
        expect(rec.calls).toHaveLength(1);
      }
      class Sub extends LeakyBucket {}
      using rec = record(EVENT);
      new Sub(3, 0.25);
      expect(rec.calls).toEqual([[EVENT, [3, 0.25]]]);
      expect(LeakyBucket.qualname).toBe('asyncutils.buckets.LeakyBucket');
    });
  });

  describe('acquire', () => {
    it('check 16 + regression (starts empty): fresh LeakyBucket(5, 1): level 0, factor 1; acquire(5) true, acquire() false; after 1 s true', async () => {
      const b = new LeakyBucket(5, 1);
      expect(b.level).toBe(0);
      expect(b.factor).toBe(1);
      expect(b.acquire(5)).toBe(true);
      expect(b.acquire()).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      expect(b.acquire()).toBe(true);
      expect(b.level).toBe(5);
    });

    it('regression: initialLevel: capacity reproduces upstream (starts full, early acquires fail)', async () => {
      const b = new LeakyBucket(5, 1, { initialLevel: 5 });
      expect(b.level).toBe(5);
      expect(b.acquire()).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      expect(b.acquire()).toBe(true);
    });

    it('check 17: acquire leaves the level unchanged when it returns false, and never changes the factor', async () => {
      const b = new LeakyBucket(10, 1, { initialLevel: 9.5 });
      expect(b.acquire(1)).toBe(false);
      expect(b.level).toBe(9.5);
      expect(b.factor).toBe(1); // a fill of 0.95 would lower the factor on an adjust; acquire does not adjust
      const empty = new LeakyBucket(10, 1);
      for (let i = 0; i < 5; i++) expect(empty.acquire(0)).toBe(true);
      expect(empty.factor).toBe(1);
      await vi.advanceTimersByTimeAsync(500);
      expect(b.acquire(1)).toBe(true);
      expect(b.level).toBe(10);
    });

    it('regression (acquire is synchronous): returns a boolean, and awaiting it still works', async () => {
      const b = new LeakyBucket(1, 1);
      const r = b.acquire();
      expect(r).toBe(true);
      expect(await b.acquire()).toBe(false);
    });

    it('acquire reads LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS per call and throws on bad amounts', () => {
      const b = new LeakyBucket(5, 1);
      expect(localContext({ LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS: 4 }, () => b.acquire())).toBe(true);
      expect(b.level).toBe(4);
      expect(() => b.acquire(-1)).toThrow(new RangeError('asyncutils.buckets.LeakyBucket.acquire: amount must be a finite number >= 0, got -1'));
      expect(() => b.acquire(NaN)).toThrow(RangeError);
      expect(() => b.acquire(Infinity)).toThrow(RangeError);
      expect(() => b.acquire('1' as unknown as number)).toThrow(TypeError);
      expect(b.acquire(6)).toBe(false); // more than capacity never fits, but is not an error here
      expect(b.level).toBe(4);
    });
  });

  describe('waitForTokens', () => {
    it('check 18: factor pinned to 1 on a full LeakyBucket(5, 1): sleeps 100 ms ticks, resolves after about 1000 ms with 999 <= v <= 1001', async () => {
      const b = new LeakyBucket(5, 1, { initialLevel: 5, minFactor: 1, maxFactor: 1 });
      const sleeps: number[] = [];
      const real = globalThis.setTimeout;
      vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
        sleeps.push(ms ?? 0);
        return real(fn, ms, ...args);
      }) as unknown as typeof setTimeout);
      const w = track(b.waitForTokens(1));
      await vi.advanceTimersByTimeAsync(999);
      expect(w.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(w.state).toBe('fulfilled');
      expect(w.value).toBeGreaterThanOrEqual(999);
      expect(w.value).toBeLessThanOrEqual(1001);
      expect(sleeps.every((ms) => ms <= 100)).toBe(true);
      expect(sleeps.slice(0, 9)).toEqual(Array(9).fill(100));
      expect(b.level).toBeCloseTo(5, 6);
      expect(b.factor).toBe(1);
    });

    it('check 19: waitForTokens(6) on capacity 5 rejects RangeError; a 30 ms timeout on a full bucket rejects TimeoutError at 30 ms, nothing added', async () => {
      const b = new LeakyBucket(5, 1, { initialLevel: 5, timer: () => 0 }); // a stopped clock: no leak
      const big = await rejection(b.waitForTokens(6));
      expect(big).toBeInstanceOf(RangeError);
      expect((big as Error).message).toBe('asyncutils.buckets.LeakyBucket.waitForTokens: amount must be a finite number >= 0 and <= 5, got 6');
      const t = track(b.waitForTokens(1, { timeout: 30 }));
      await vi.advanceTimersByTimeAsync(29);
      expect(t.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      expect((t.reason as Error).message).toBe('asyncutils.buckets.LeakyBucket.waitForTokens: timed out after 30 ms');
      expect(b.level).toBe(5);
    });

    it('regression: waitForTokens(n > capacity) rejects instead of polling forever', async () => {
      const b = new LeakyBucket(5, 1);
      expect(await rejection(b.waitForTokens(5.0001))).toBeInstanceOf(RangeError);
      expect(b.level).toBe(0);
    });

    it('bad amounts and options reject without throwing', async () => {
      const b = new LeakyBucket(5, 1);
      let p!: Promise<number>;
      expect(() => {
        p = b.waitForTokens(-1);
      }).not.toThrow();
      expect(await rejection(p)).toBeInstanceOf(RangeError);
      expect(await rejection(b.waitForTokens(NaN))).toBeInstanceOf(RangeError);
      expect(await rejection(b.waitForTokens('1' as unknown as number))).toBeInstanceOf(TypeError);
      expect(await rejection(b.waitForTokens(1, { timeout: -5 }))).toBeInstanceOf(RangeError);
      expect(await rejection(b.waitForTokens(1, 'x' as unknown as object))).toBeInstanceOf(TypeError);
      expect(b.level).toBe(0);
    });

    it('reads its defaults per call: LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS and LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK', async () => {
      const b = new LeakyBucket(5, 1, { initialLevel: 5, minFactor: 1, maxFactor: 1 });
      const w = track(localContext({ LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS: 2, LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK: 500 }, () => b.waitForTokens()));
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1500);
      expect(w.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(500);
      expect(w.state).toBe('fulfilled');
      expect(w.value).toBe(2000); // four 500 ms ticks for 2 tokens at 1/s
      expect(b.level).toBe(5);
    });

    it('resolves 0 when the amount fits at once; a pre-aborted signal rejects with its reason and adds nothing', async () => {
      const b = new LeakyBucket(5, 1, { minFactor: 1, maxFactor: 1 });
      await expect(b.waitForTokens(3)).resolves.toBe(0);
      expect(b.level).toBe(3);
      const ac = new AbortController();
      ac.abort('why');
      expect(await rejection(b.waitForTokens(1, { signal: ac.signal }))).toBe('why');
      expect(b.level).toBe(3);
      expect(isDomError(await rejection(b.waitForTokens(3, { timeout: 0 })), 'TimeoutError')).toBe(true);
      await expect(b.waitForTokens(2, { timeout: 0 })).resolves.toBe(0);
    });

    it('abort while polling rejects with the reason, clears the sleep, removes the listener, adds nothing', async () => {
      const b = new LeakyBucket(5, 1, { initialLevel: 5, minFactor: 1, maxFactor: 1 });
      const ac = new AbortController();
      const w = track(b.waitForTokens(2, { signal: ac.signal, timeout: 10_000 }));
      await vi.advanceTimersByTimeAsync(1500);
      expect(listeners(ac.signal)).toBe(1);
      const reason = new Error('enough');
      ac.abort(reason);
      await flush();
      expect(w.reason).toBe(reason);
      expect(listeners(ac.signal)).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
      expect(b.level).toBeCloseTo(3.5, 9);
    });

    it('a clock that moves between two readings of one poll never makes it sleep a negative time', async () => {
      let reads = 0;
      // Reading 0: construction; 1: the fit check (full); 2: the sleep computation (drained by then).
      const b = new LeakyBucket(2, 1, { initialLevel: 2, timer: () => (reads++ < 2 ? 0 : 5000) });
      const w = track(localContext({ LEAKY_BUCKET_ADJMAP: [] }, () => b.waitForTokens(1)));
      expect(reads).toBe(3);
      await vi.advanceTimersByTimeAsync(0);
      expect(w.state).toBe('fulfilled');
      expect(w.value).toBe(0);
      expect(b.level).toBe(1);
    });

    it('a clock that throws makes waitForTokens reject, never throw; acquire throws it', async () => {
      const { timer, breakIt, boom } = breakableClock();
      const b = new LeakyBucket(5, 1, { timer });
      breakIt();
      let p!: Promise<number>;
      expect(() => {
        p = b.waitForTokens(1);
      }).not.toThrow();
      expect(await rejection(p)).toBe(boom);
      expect(() => b.acquire()).toThrow(boom);
    });

    it('concurrent waits poll independently (no FIFO): a small later wait can fit first', async () => {
      const b = new LeakyBucket(10, 1, { initialLevel: 10, minFactor: 1, maxFactor: 1 });
      const order: string[] = [];
      const big = b.waitForTokens(5).then(() => order.push('big'));
      const small = b.waitForTokens(1).then(() => order.push('small'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(order).toEqual(['small']);
      await vi.advanceTimersByTimeAsync(5000);
      await Promise.all([big, small]);
      expect(order).toEqual(['small', 'big']);
    });
  });

  describe('adaptive factor', () => {
    it('check 20: low fill: an empty LeakyBucket(10, 1), waitForTokens(0) → factor 1.4', async () => {
      const b = new LeakyBucket(10, 1);
      await expect(b.waitForTokens(0)).resolves.toBe(0);
      expect(b.factor).toBeCloseTo(1.4, 12);
      await b.waitForTokens(0);
      expect(b.factor).toBeCloseTo(1.96, 12);
      for (let i = 0; i < 20; i++) await b.waitForTokens(0);
      expect(b.factor).toBe(10); // capped at maxFactor
    });

    it('check 21: high fill: initialLevel 8 of 10 → factor 0.73; repeated polls never go below minFactor', async () => {
      const b = new LeakyBucket(10, 1, { initialLevel: 8, minFactor: 0.1 });
      await b.waitForTokens(0);
      expect(b.factor).toBeCloseTo(0.73, 12);
      for (let i = 0; i < 30; i++) {
        await b.waitForTokens(0);
        expect(b.factor).toBeGreaterThanOrEqual(0.1);
      }
      expect(b.factor).toBe(0.1);
    });

    it('check 22: the row is picked by capacity (300 → first row, 200 → second); a scoped LEAKY_BUCKET_ADJMAP is honoured', async () => {
      const b300 = new LeakyBucket(300, 1);
      await b300.waitForTokens(0);
      expect(b300.factor).toBeCloseTo(1.1, 12);
      const b300high = new LeakyBucket(300, 1, { initialLevel: 255 }); // 0.85: the first row's ubound
      await b300high.waitForTokens(0);
      expect(b300high.factor).toBeCloseTo(0.9, 12);
      const b200 = new LeakyBucket(200, 1);
      await b200.waitForTokens(0);
      expect(b200.factor).toBeCloseTo(1.2, 12);
      const b200high = new LeakyBucket(200, 1, { initialLevel: 154 }); // 0.77
      await b200high.waitForTokens(0);
      expect(b200high.factor).toBeCloseTo(0.81, 12);
      const scoped = new LeakyBucket(10, 1);
      await localContext({ LEAKY_BUCKET_ADJMAP: [[0, [0.5, 2, 0.9, 0.5]]] }, () => scoped.waitForTokens(0));
      expect(scoped.factor).toBe(2);
      const none = new LeakyBucket(10, 1);
      await localContext({ LEAKY_BUCKET_ADJMAP: [[50, [0.5, 2, 0.9, 0.5]]] }, () => none.waitForTokens(0));
      expect(none.factor).toBe(1); // no row applies: no change
    });

    it('check 23: the middle band drifts toward 1 from below (0.5 → 0.525); 2 stays 2; changes of 1 % or less are ignored', async () => {
      const b = new LeakyBucket(10, 1, { initialLevel: 5 });
      b.factor = 0.5;
      await b.waitForTokens(0);
      expect(b.factor).toBeCloseTo(0.525, 12);
      const c = new LeakyBucket(10, 1, { initialLevel: 5 });
      c.factor = 2;
      await c.waitForTokens(0);
      expect(c.factor).toBe(2);
      const d = new LeakyBucket(10, 1, { initialLevel: 5 });
      d.factor = 0.99; // 0.99 → 1 is a 1.0101 % change: applied
      await d.waitForTokens(0);
      expect(d.factor).toBe(1);
      const e = new LeakyBucket(10, 1, { initialLevel: 5 });
      e.factor = 0.995; // → 1 would be 0.5 %: ignored
      await e.waitForTokens(0);
      expect(e.factor).toBe(0.995);
    });

    it('check 24: factor = 100 clamps to maxFactor, 0 to minFactor; not settable → TypeError; resetFactor() sets 1 in both cases', () => {
      const b = new LeakyBucket(10, 1);
      b.factor = 100;
      expect(b.factor).toBe(10);
      b.factor = 0;
      expect(b.factor).toBe(0.1);
      b.factor = 2.5;
      expect(b.factor).toBe(2.5);
      b.resetFactor();
      expect(b.factor).toBe(1);
      expect(() => {
        b.factor = NaN;
      }).toThrow(new RangeError('asyncutils.buckets.LeakyBucket.factor: factor must be a finite number, got NaN'));
      expect(() => {
        b.factor = -Infinity;
      }).toThrow(RangeError);
      expect(() => {
        b.factor = '2' as unknown as number;
      }).toThrow(TypeError);
      const fixed = new LeakyBucket(10, 1, { externalFactorSettable: false });
      const e = thrown(() => {
        fixed.factor = 2;
      });
      expect(e).toBeInstanceOf(TypeError);
      expect((e as Error).message).toBe('asyncutils.buckets.LeakyBucket.factor: factor is not externally settable');
      expect(fixed.factor).toBe(1);
      fixed.acquire(0);
      return fixed.waitForTokens(0).then(() => {
        expect(fixed.factor).toBeCloseTo(1.4, 12); // the bucket itself still adapts it
        fixed.resetFactor();
        expect(fixed.factor).toBe(1);
      });
    });

    it('check 26: a higher factor drains faster: factor 2 on a full capacity 4, leak 1 accepts acquire(2) after 1000 ms', async () => {
      const b = new LeakyBucket(4, 1, { initialLevel: 4 });
      b.factor = 2;
      await vi.advanceTimersByTimeAsync(999);
      expect(b.acquire(2)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(b.acquire(2)).toBe(true);
    });

    it('a factor change applies from now on: what leaked before at the old factor is kept', async () => {
      const b = new LeakyBucket(10, 1, { initialLevel: 10 });
      await vi.advanceTimersByTimeAsync(2000); // 2 leaked at factor 1
      b.factor = 3;
      expect(b.level).toBe(8);
      await vi.advanceTimersByTimeAsync(1000); // 3 more at factor 3
      expect(b.level).toBe(5);
      b.resetFactor();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(b.level).toBe(0); // never below 0
    });
  });

  describe('context manager', () => {
    it('check 25: enter() returns this, is idempotent (one timer), adapts the factor while idle; exit() clears it', async () => {
      const b = new LeakyBucket(10, 1);
      expect(b).toBeInstanceOf(AsyncContextMixin);
      expect(new LeakyBucket(1, 1)).toBeInstanceOf(AsyncContextMixin);
      expect(b.enter()).toBe(b);
      expect(b.enter()).toBe(b);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(b.factor).toBeCloseTo(1.4, 12); // empty: drain faster
      await vi.advanceTimersByTimeAsync(Math.ceil(1000 / 1.4));
      expect(b.factor).toBeCloseTo(1.96, 12);
      expect(vi.getTimerCount()).toBe(1);
      b.exit();
      b.exit();
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(5000);
      expect(b.factor).toBeCloseTo(1.96, 12);
    });

    it('check 25: the loop period is min(1000 / (leak × factor), 1000) ms, with the factor read each round', async () => {
      const b = new LeakyBucket(100, 4, { initialLevel: 50 }); // fill 0.5: the middle band, factor stays 1
      using _ = b.enter();
      const spy = vi.spyOn(globalThis, 'setTimeout');
      await vi.advanceTimersByTimeAsync(250);
      expect(spy).toHaveBeenLastCalledWith(expect.any(Function), 250, b);
      b.factor = 0.1;
      await vi.advanceTimersByTimeAsync(250);
      expect(spy).toHaveBeenLastCalledWith(expect.any(Function), 1000, b);
    });

    it('check 25: `using b = new LeakyBucket(10, 1).enter()` leaves no timer after the block', async () => {
      {
        using b = new LeakyBucket(10, 1).enter();
        expect(vi.getTimerCount()).toBe(1);
        b.acquire(3);
      }
      expect(vi.getTimerCount()).toBe(0);
      {
        await using b = await new LeakyBucket(10, 1).enterAsync();
        expect(vi.getTimerCount()).toBe(1);
        expect(b.capacity).toBe(10);
      }
      expect(vi.getTimerCount()).toBe(0);
    });

    it('check 25: run(fn) stops the loop after fn, also when it throws (the error propagates)', async () => {
      const b = new LeakyBucket(10, 1);
      expect(
        b.run((x) => {
          expect(x).toBe(b);
          expect(vi.getTimerCount()).toBe(1);
          return 7;
        }),
      ).toBe(7);
      expect(vi.getTimerCount()).toBe(0);
      const boom = new Error('boom');
      expect(() =>
        b.run(() => {
          throw boom;
        }),
      ).toThrow(boom);
      expect(vi.getTimerCount()).toBe(0);
      await expect(
        b.runAsync(async () => {
          await vi.advanceTimersByTimeAsync(1000);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(vi.getTimerCount()).toBe(0);
      expect(b.exit(boom)).toBeUndefined(); // never suppresses
    });

    it('the loop timer is unref()ed where the runtime has unref', () => {
      const unref = vi.fn();
      const real = globalThis.setTimeout;
      vi.spyOn(globalThis, 'setTimeout').mockImplementationOnce(((fn: () => void, ms?: number, ...args: unknown[]) => {
        const id = real(fn, ms, ...args);
        return Object.assign(id, { unref });
      }) as unknown as typeof setTimeout);
      const b = new LeakyBucket(10, 1).enter();
      expect(unref).toHaveBeenCalledTimes(1);
      b.exit();
    });
  });
});
