import { localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenBucket } from '../src/TokenBucket.js';
import { breakableClock, flush, isDomError, listeners, record, rejection, thrown, track } from './support/harness.js';

const EVENT = 'asyncutils.buckets.TokenBucket';

describe('TokenBucket', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  describe('construction', () => {
    it('check 1: rate 0, capacity -1 and NaN throw RangeError; a string throws TypeError; no audit event for them', () => {
      using rec = record(EVENT);
      for (const [rate, capacity, name] of [
        [0, 5, 'rate'],
        [2, -1, 'capacity'],
        [NaN, 5, 'rate'],
        [-1, 5, 'rate'],
        [Infinity, 5, 'rate'],
        [2, 0, 'capacity'],
        [2, Infinity, 'capacity'],
      ] as const) {
        const e = thrown(() => new TokenBucket(rate, capacity));
        expect(e, `${rate}, ${capacity}`).toBeInstanceOf(RangeError);
        expect((e as Error).message).toBe(`asyncutils.buckets.TokenBucket: ${name} must be a finite number > 0, got ${name === 'rate' ? rate : capacity}`);
      }
      expect(() => new TokenBucket('2' as unknown as number, 5)).toThrow(
        new TypeError('asyncutils.buckets.TokenBucket: rate must be a number, got string'),
      );
      expect(() => new TokenBucket(2, null as unknown as number)).toThrow(TypeError);
      expect(rec.calls).toEqual([]);
    });

    it('bad options throw TypeError before the audit event', () => {
      using rec = record(EVENT);
      expect(() => new TokenBucket(2, 5, 7 as unknown as object)).toThrow(
        new TypeError('asyncutils.buckets.TokenBucket: options must be an object, got 7'),
      );
      expect(() => new TokenBucket(2, 5, null as unknown as object)).toThrow(TypeError);
      expect(() => new TokenBucket(2, 5, { timer: 5 as unknown as () => number })).toThrow(
        new TypeError('asyncutils.buckets.TokenBucket: timer must be a function, got 5'),
      );
      expect(rec.calls).toEqual([]);
      expect(new TokenBucket(2, 5, {}).capacity).toBe(5);
    });

    it('check 2: raises asyncutils.buckets.TokenBucket with [2, 5] before any state exists; a throwing hook vetoes it', () => {
      const timer = vi.fn(() => 0);
      {
        using rec = record(EVENT, undefined, () => expect(timer).not.toHaveBeenCalled());
        const b = new TokenBucket(2, 5, { timer });
        expect(rec.calls).toEqual([[EVENT, [2, 5]]]);
        expect(Object.isFrozen(rec.calls[0]?.[1])).toBe(true);
        expect(b.capacity).toBe(5);
        expect(timer).toHaveBeenCalledTimes(1); // the first refill time is read after the event
      }
      timer.mockClear();
      const veto = new Error('no buckets today');
      {
        using rec = record(EVENT, veto);
        let made: TokenBucket | undefined;
        expect(() => {
          made = new TokenBucket(2, 5, { timer });
        }).toThrow(veto);
        expect(made).toBeUndefined();
        expect(timer).not.toHaveBeenCalled(); // nothing was created
        expect(rec.calls).toHaveLength(1);
      }
    });

    it('subclasses raise the same event, with the arguments as passed', () => {
      class Sub extends TokenBucket {}
      using rec = record(EVENT);
      const s = new Sub(0.5, 1e6);
      expect(s).toBeInstanceOf(TokenBucket);
      expect(rec.calls).toEqual([[EVENT, [0.5, 1e6]]]);
    });

    it('check 3: capacity is as constructed; the qualname names the class', () => {
      expect(new TokenBucket(2, 5).capacity).toBe(5);
      expect(new TokenBucket(2, 0.5).capacity).toBe(0.5);
      expect(TokenBucket.qualname).toBe('asyncutils.buckets.TokenBucket');
    });
  });

  describe('consume', () => {
    it('check 4: a fresh TokenBucket(10, 5): five consume() resolve at once; the sixth only after 100 ms', async () => {
      const b = new TokenBucket(10, 5);
      const first = Array.from({ length: 5 }, () => track(b.consume()));
      await flush();
      expect(first.map((t) => t.state)).toEqual(Array(5).fill('fulfilled'));
      const sixth = track(b.consume());
      await vi.advanceTimersByTimeAsync(99);
      expect(sixth.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(sixth.state).toBe('fulfilled');
    });

    it('returns the same pre-resolved promise whenever tokens are available and nobody waits', async () => {
      const b = new TokenBucket(1, 10);
      const p1 = b.consume(1);
      const p2 = b.consume(2, { timeout: 5 });
      const p3 = b.consume(0, { signal: new AbortController().signal });
      expect(p2).toBe(p1);
      expect(p3).toBe(p1);
      await expect(p1).resolves.toBeUndefined();
    });

    it('check 5 + regression: no double credit for a sleep: consume(3) at 3000 ms, then consume(1) at 4000 ms', async () => {
      const b = new TokenBucket(1, 5);
      await b.consume(5);
      const three = track(b.consume(3));
      const one = track(b.consume(1));
      await vi.advanceTimersByTimeAsync(2999);
      expect(three.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(three.state).toBe('fulfilled');
      expect(one.state).toBe('pending'); // upstream would credit the 3 s sleep again and grant it now
      await vi.advanceTimersByTimeAsync(999);
      expect(one.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(one.state).toBe('fulfilled');
    });

    it('check 6: FIFO: after draining TokenBucket(1, 10), consume(5) then consume(1): the second after the first, at 6000 ms', async () => {
      const b = new TokenBucket(1, 10);
      await b.consume(10);
      const order: string[] = [];
      const five = b.consume(5).then(() => order.push(`five@${Date.now() - start}`));
      const one = b.consume(1).then(() => order.push(`one@${Date.now() - start}`));
      const start = Date.now();
      await vi.advanceTimersByTimeAsync(1000); // 1 token: enough for the small one, but the large one is first
      expect(order).toEqual([]);
      await vi.advanceTimersByTimeAsync(5000);
      await Promise.all([five, one]);
      expect(order).toEqual(['five@5000', 'one@6000']);
    });

    it('a newcomer queues behind a waiter even when the bucket holds enough for it', async () => {
      const b = new TokenBucket(1, 10);
      await b.consume(10);
      const head = track(b.consume(8));
      await vi.advanceTimersByTimeAsync(3000); // 3 tokens refilled, head needs 8
      const newcomer = track(b.consume(1));
      await flush();
      expect(newcomer.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(5000);
      expect(head.state).toBe('fulfilled');
      expect(newcomer.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1000);
      expect(newcomer.state).toBe('fulfilled');
    });

    it('check 7: refill caps at capacity: TokenBucket(1, 2) idle 10 s, then three consume(): two at once, the third after 1000 ms', async () => {
      const b = new TokenBucket(1, 2);
      await b.consume(2);
      await vi.advanceTimersByTimeAsync(10_000);
      const calls = [track(b.consume()), track(b.consume()), track(b.consume())];
      await flush();
      expect(calls.map((t) => t.state)).toEqual(['fulfilled', 'fulfilled', 'pending']);
      await vi.advanceTimersByTimeAsync(999);
      expect(calls[2]?.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(calls[2]?.state).toBe('fulfilled');
    });

    it('check 8: consume(7) on a full TokenBucket(1, 5) resolves at 2000 ms (more than capacity is allowed)', async () => {
      const b = new TokenBucket(1, 5);
      const seven = track(b.consume(7));
      await vi.advanceTimersByTimeAsync(1999);
      expect(seven.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(seven.state).toBe('fulfilled');
      const next = track(b.consume(1)); // empty at the end of the wait
      await vi.advanceTimersByTimeAsync(999);
      expect(next.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(next.state).toBe('fulfilled');
    });

    it('consume(0) resolves at once on an empty bucket, but only after the requests ahead of it', async () => {
      const b = new TokenBucket(1, 2);
      await b.consume(2);
      await expect(b.consume(0)).resolves.toBeUndefined();
      const two = track(b.consume(2));
      const zero = track(b.consume(0));
      await vi.advanceTimersByTimeAsync(1999);
      expect([two.state, zero.state]).toEqual(['pending', 'pending']);
      await vi.advanceTimersByTimeAsync(1);
      expect([two.state, zero.state]).toEqual(['fulfilled', 'fulfilled']);
    });

    it('check 9: consume() reads TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS per call: a scoped 2 empties TokenBucket(1, 2)', async () => {
      const b = new TokenBucket(1, 2);
      await localContext({ TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS: 2 }, () => b.consume());
      const after = track(b.consume()); // outside the scope: 1 token, and the bucket is empty
      await vi.advanceTimersByTimeAsync(999);
      expect(after.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(after.state).toBe('fulfilled');
    });

    it('check 10: consume(-1), consume(NaN) and consume(Infinity) reject RangeError; a string rejects TypeError; nothing is taken', async () => {
      const b = new TokenBucket(1, 1);
      const results: unknown[] = [];
      let p!: Promise<void>;
      expect(() => {
        p = b.consume(-1);
      }).not.toThrow();
      results.push(await rejection(p));
      results.push(await rejection(b.consume(NaN)));
      results.push(await rejection(b.consume(Infinity)));
      for (const e of results) expect(e).toBeInstanceOf(RangeError);
      expect((results[0] as Error).message).toBe('asyncutils.buckets.TokenBucket.consume: tokens must be a finite number >= 0, got -1');
      expect(await rejection(b.consume('1' as unknown as number))).toBeInstanceOf(TypeError);
      await expect(localContext({ TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS: -2 }, () => b.consume())).rejects.toBeInstanceOf(RangeError);
      await b.consume(1); // the one token is still there
    });

    it('bad options reject without throwing: not an object, bad timeout, bad signal', async () => {
      const b = new TokenBucket(1, 1);
      expect(await rejection(b.consume(1, 3 as unknown as object))).toBeInstanceOf(TypeError);
      expect(await rejection(b.consume(1, null as unknown as object))).toBeInstanceOf(TypeError);
      const nan = await rejection(b.consume(1, { timeout: NaN }));
      expect(nan).toBeInstanceOf(RangeError);
      expect((nan as Error).message).toBe('asyncutils.buckets.TokenBucket.consume: timeout must be a finite number >= 0, got NaN');
      expect(await rejection(b.consume(1, { timeout: -1 }))).toEqual(
        new RangeError('asyncutils.buckets.TokenBucket.consume: timeout must be a finite number >= 0, got -1'),
      );
      expect(await rejection(b.consume(1, { timeout: -Infinity }))).toBeInstanceOf(RangeError);
      expect(await rejection(b.consume(1, { timeout: '5' as unknown as number }))).toEqual(
        new TypeError('asyncutils.buckets.TokenBucket.consume: timeout must be a number, got string'),
      );
      expect(await rejection(b.consume(1, { signal: {} as AbortSignal }))).toBeInstanceOf(TypeError);
      await b.consume(1, { timeout: Infinity }); // still full, Infinity = no limit
    });
  });

  describe('abort and timeout', () => {
    it('check 11: a queued consume aborted with reason r rejects with r; the one behind it is served as if it never existed', async () => {
      const b = new TokenBucket(1, 5);
      await b.consume(5);
      const ac = new AbortController();
      const head = track(b.consume(2));
      const queued = track(b.consume(2, { signal: ac.signal }));
      const last = track(b.consume(1));
      await vi.advanceTimersByTimeAsync(500);
      const r = { reason: 'changed my mind' };
      ac.abort(r);
      await flush();
      expect(queued.state).toBe('rejected');
      expect(queued.reason).toBe(r);
      expect(listeners(ac.signal)).toBe(0);
      await vi.advanceTimersByTimeAsync(1500);
      expect(head.state).toBe('fulfilled');
      await vi.advanceTimersByTimeAsync(999);
      expect(last.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(last.state).toBe('fulfilled'); // at 3000 ms: 2 for the head, 1 for it
    });

    it('check 11: aborting the head mid-wait takes nothing: a later consume of the same size resolves when the aborted one would have', async () => {
      const b = new TokenBucket(1, 5);
      await b.consume(5);
      const ac = new AbortController();
      const head = track(b.consume(3, { signal: ac.signal }));
      const behind = track(b.consume(0));
      await vi.advanceTimersByTimeAsync(1000);
      expect(behind.state).toBe('pending');
      ac.abort();
      await flush();
      expect(isDomError(head.reason, 'AbortError')).toBe(true);
      expect(behind.state).toBe('fulfilled'); // the next request proceeds at once
      expect(vi.getTimerCount()).toBe(0);
      const again = track(b.consume(3));
      await vi.advanceTimersByTimeAsync(1999);
      expect(again.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(again.state).toBe('fulfilled'); // at 3000 ms, as the aborted one would have
    });

    it('check 12: consume(1, {timeout: 50}) on a drained TokenBucket(1, 1) rejects TimeoutError at 50 ms; an aborted signal rejects at once', async () => {
      const b = new TokenBucket(1, 1);
      await b.consume(1);
      const t = track(b.consume(1, { timeout: 50 }));
      await vi.advanceTimersByTimeAsync(49);
      expect(t.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(t.state).toBe('rejected');
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      expect((t.reason as Error).message).toBe('asyncutils.buckets.TokenBucket.consume: timed out after 50 ms');
      const reason = new Error('stop');
      const ac = new AbortController();
      ac.abort(reason);
      const full = new TokenBucket(1, 1);
      const aborted = track(full.consume(1, { signal: ac.signal }));
      await flush();
      expect(aborted.reason).toBe(reason);
      await full.consume(1, { timeout: 0 }); // nothing was taken by the aborted call
    });

    it('timeout 0 rejects at once when the call would wait, and takes nothing', async () => {
      const b = new TokenBucket(1, 2);
      await b.consume(1);
      expect(isDomError(await rejection(b.consume(2, { timeout: 0 })), 'TimeoutError')).toBe(true);
      const waiting = b.consume(2);
      expect(isDomError(await rejection(b.consume(0, { timeout: 0 })), 'TimeoutError')).toBe(true);
      await vi.advanceTimersByTimeAsync(1000);
      await waiting;
    });

    it('a timeout that fires while the request waits at the head cancels its wait; the next request proceeds', async () => {
      const b = new TokenBucket(2, 4);
      await b.consume(4);
      const head = track(b.consume(4, { timeout: 1000 }));
      const next = track(b.consume(3, { timeout: 10_000 }));
      await vi.advanceTimersByTimeAsync(1000);
      expect(isDomError(head.reason, 'TimeoutError')).toBe(true);
      expect(next.state).toBe('pending'); // 2 tokens refilled, it needs 3: 500 ms more
      await vi.advanceTimersByTimeAsync(499);
      expect(next.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(next.state).toBe('fulfilled');
    });

    it('a granted request leaves no listener and no timer behind', async () => {
      const b = new TokenBucket(10, 1);
      await b.consume(1);
      const ac = new AbortController();
      const p = b.consume(1, { signal: ac.signal, timeout: 60_000 });
      expect(listeners(ac.signal)).toBe(1);
      expect(vi.getTimerCount()).toBe(2);
      await vi.advanceTimersByTimeAsync(100);
      await p;
      expect(listeners(ac.signal)).toBe(0);
      ac.abort(); // too late: nothing happens
    });

    it('waits and timeouts longer than setTimeout allows are armed in steps', async () => {
      const b = new TokenBucket(1e-7, 1); // one token per 1e10 ms (116 days)
      await b.consume(1);
      const long = track(b.consume(1, { timeout: 2 ** 34 }));
      const day = 86_400_000;
      await vi.advanceTimersByTimeAsync(25 * day); // beyond 2^31 - 1 ms: neither fired early
      expect(long.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1e10 - 25 * day - 1);
      expect(long.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(long.state).toBe('fulfilled'); // at 1e10 ms, before the 2^34 ms timeout
      const timed = track(b.consume(1, { timeout: 2 ** 31 + 5 }));
      await vi.advanceTimersByTimeAsync(2 ** 31 + 4);
      expect(timed.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    });
  });

  describe('clock', () => {
    it('check 13 + regression (timer in ms): advancing only a custom clock by 1000 ms gives rate tokens', async () => {
      let ms = 0;
      const b = new TokenBucket(2, 4, { timer: () => ms });
      await b.consume(4);
      ms += 1000;
      const two = track(b.consume(2));
      await flush();
      expect(two.state).toBe('fulfilled');
      const more = track(b.consume(1)); // empty: waits 500 ms of setTimeout
      await flush();
      expect(more.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(500);
      expect(more.state).toBe('fulfilled');
    });

    it('a wait ends when its deficit is refilled, even when the timer fires early against the clock: nothing is over-granted', async () => {
      let ms = 0;
      const b = new TokenBucket(1, 1, { timer: () => ms });
      await b.consume(1);
      const w = track(b.consume(1)); // waits 1000 ms of setTimeout
      ms = 400; // the custom clock lags behind the timers
      await vi.advanceTimersByTimeAsync(1000);
      expect(w.state).toBe('fulfilled');
      ms = 1500; // the bucket owes nothing for 0..1000; 1000..1500 gives half a token
      const next = track(b.consume(0.5));
      const after = track(b.consume(0.1));
      await flush();
      expect(next.state).toBe('fulfilled');
      expect(after.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(100);
      expect(after.state).toBe('fulfilled');
    });

    it('a clock that goes backwards refills nothing until it catches up', async () => {
      let ms = 1000;
      const b = new TokenBucket(1, 2, { timer: () => ms });
      await b.consume(2);
      ms = 0;
      expect(isDomError(await rejection(b.consume(1, { timeout: 0 })), 'TimeoutError')).toBe(true);
      ms = 2000;
      await b.consume(1, { timeout: 0 });
    });

    it('a clock that throws makes consume reject, never throw', async () => {
      const { timer, breakIt, boom } = breakableClock();
      const b = new TokenBucket(1, 1, { timer });
      breakIt();
      let p!: Promise<void>;
      expect(() => {
        p = b.consume(1);
      }).not.toThrow();
      expect(await rejection(p)).toBe(boom);
    });

    it('the default clock is performance.now(), read at each refill', async () => {
      const spy = vi.spyOn(performance, 'now');
      const b = new TokenBucket(1, 1);
      expect(spy).toHaveBeenCalledTimes(1);
      await b.consume(1);
      expect(spy).toHaveBeenCalledTimes(2);
    });
  });
});
