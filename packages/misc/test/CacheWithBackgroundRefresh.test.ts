import { addAuditHook } from '@asyncutils/audit';
import { BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH, BACKGROUND_REFRESH_CACHE_DEFAULT_TTL, localContext } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CacheWithBackgroundRefresh, type RefreshCacheLoader } from '../src/CacheWithBackgroundRefresh.js';
import { deferred, failLater, flush, isDomError, later, listeners, record, rejection, track } from './support/harness.js';

const EVENT = 'asyncutils.misc.CacheWithBackgroundRefresh';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CacheWithBackgroundRefresh construction and audit', () => {
  it('check 1: raises the event with [ttl, refresh] before construction; a veto makes it throw; defaults and bad input', () => {
    {
      using rec = record(EVENT);
      new CacheWithBackgroundRefresh(1000, 200);
      expect(rec.calls).toEqual([[1000, 200]]);
    }
    {
      const veto = new Error('vetoed');
      using rec = record(EVENT, veto);
      expect(() => new CacheWithBackgroundRefresh(1000, 200)).toThrow(veto);
      expect(rec.calls).toEqual([[1000, 200]]);
    }
    {
      using rec = record(EVENT);
      new CacheWithBackgroundRefresh();
      expect(rec.calls).toEqual([[60_000, 15_000]]);
    }
    {
      using rec = record(EVENT);
      localContext({ BACKGROUND_REFRESH_CACHE_DEFAULT_TTL: 5000 }, () => new CacheWithBackgroundRefresh());
      expect(rec.calls).toEqual([[5000, 15_000]]);
    }
    {
      using rec = record(EVENT);
      expect(() => new CacheWithBackgroundRefresh(-1)).toThrow(RangeError);
      expect(rec.calls).toEqual([]);
    }
  });

  it('raises the event before configure runs (subclasses included); a veto leaves configure uncalled', () => {
    const order: string[] = [];
    class Sub extends CacheWithBackgroundRefresh<string, number> {
      override configure(ttl: number, refresh: number): void {
        order.push(`configure ${ttl} ${refresh}`);
        super.configure(ttl, refresh);
      }
    }
    {
      using _hook = addAuditHook((event, args) => {
        if (event === EVENT) order.push(`audit ${args.join(' ')}`);
      });
      new Sub(5, 10);
    }
    expect(order).toEqual(['audit 5 10', 'configure 5 10']);
    {
      using _rec = record(EVENT, new Error('no'));
      expect(() => new Sub(1, 1)).toThrow('no');
    }
    expect(order).toHaveLength(2);
  });

  it('reads the context defaults per construction', () => {
    using rec = record(EVENT);
    localContext({ BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH: 7 }, () => new CacheWithBackgroundRefresh(null, undefined));
    expect(rec.calls).toEqual([[BACKGROUND_REFRESH_CACHE_DEFAULT_TTL.default, 7]]);
    expect(BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH.get()).toBe(15_000);
  });

  it('rejects bad arguments with TypeError / RangeError naming the API and the value, raising nothing', () => {
    using rec = record(EVENT);
    expect(() => new CacheWithBackgroundRefresh(Number.NaN)).toThrow(/^asyncutils\.misc\.CacheWithBackgroundRefresh: ttl must be a finite number of milliseconds >= 0, got NaN$/);
    expect(() => new CacheWithBackgroundRefresh(1, Infinity)).toThrow(RangeError);
    expect(() => new CacheWithBackgroundRefresh(1, -5)).toThrow(/refresh .* got -5/);
    expect(() => new CacheWithBackgroundRefresh('1' as unknown as number)).toThrow(TypeError);
    expect(() => new CacheWithBackgroundRefresh(1, 1, 5 as never)).toThrow(/options must be an object, got 5/);
    expect(() => new CacheWithBackgroundRefresh(1, 1, { processor: 1 as never })).toThrow(/processor must be a function, got 1/);
    expect(() => new CacheWithBackgroundRefresh(1, 1, { defaultLoader: 'x' as never })).toThrow(/defaultLoader must be a function, got "x"/);
    expect(() => new CacheWithBackgroundRefresh(1, 1, { timer: {} as never })).toThrow(/timer must be a function, got object/);
    expect(() => new CacheWithBackgroundRefresh(1, 1, { staleIfError: -1 })).toThrow(RangeError);
    expect(() => new CacheWithBackgroundRefresh(1, 1, { staleIfError: Infinity })).not.toThrow();
    expect(rec.calls).toEqual([[1, 1]]);
  });
});

describe('CacheWithBackgroundRefresh configuration and inspection', () => {
  it('check 2: configure(100, 500) behaves as ttl 500, refresh 100; the event keeps the constructor arguments', async () => {
    using rec = record(EVENT);
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => 1 });
    cache.configure(100, 500);
    expect([cache.ttl, cache.refresh]).toEqual([500, 100]);
    expect(rec.calls).toEqual([[1000, 200]]);
    await cache.get('k');
    vi.advanceTimersByTime(401);
    expect(cache.shouldRefresh('k')).toBe(true);
    expect(cache.expired('k')).toBe(false);
    vi.advanceTimersByTime(100);
    expect(cache.expired('k')).toBe(true);
    expect(() => cache.configure(-1, 0)).toThrow(/^asyncutils\.misc\.CacheWithBackgroundRefresh\.configure: ttl/);
    expect(() => cache.configure(1, 1, 3 as never)).toThrow(TypeError);
    expect([cache.ttl, cache.refresh]).toEqual([500, 100]);
  });

  it('check 6: expired, shouldRefresh and timePast follow the formulas; a missing key throws or is false', async () => {
    let now = 0;
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: (k) => k, timer: () => now });
    await cache.get('k');
    now = 800;
    expect(cache.timePast('k')).toBe(800);
    expect(cache.shouldRefresh('k')).toBe(false);
    expect(cache.expired('k')).toBe(false);
    now = 801;
    expect(cache.shouldRefresh('k')).toBe(true);
    now = 1000;
    expect(cache.expired('k')).toBe(false);
    now = 1000.5;
    expect(cache.expired('k')).toBe(true);
    expect(() => cache.timePast('missing')).toThrow(RangeError);
    expect(() => cache.timePast('missing')).toThrow('asyncutils.misc.CacheWithBackgroundRefresh.timePast: key missing is not cached');
    expect(() => cache.expired('missing')).toThrow(RangeError);
    expect(cache.shouldRefresh('missing')).toBe(false);
  });

  it('check 10: a registered loader wins over the default; get(key, loader) registers it; getLoader returns it', async () => {
    const dflt = vi.fn((k: string) => `default ${k}`);
    const own = vi.fn((k: string) => `own ${k}`);
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: dflt });
    expect(cache.getLoader('a')).toBe(dflt);
    cache.registerLoader('a', own);
    expect(cache.getLoader('a')).toBe(own);
    expect(await cache.get('a')).toBe('own a');
    expect(dflt).not.toHaveBeenCalled();
    const viaGet = vi.fn(() => 'via get');
    expect(await cache.get('b', viaGet)).toBe('via get');
    expect(cache.getLoader('b')).toBe(viaGet);
    expect(() => cache.registerLoader('c', 1 as never)).toThrow(/^asyncutils\.misc\.CacheWithBackgroundRefresh\.registerLoader: loader must be a function/);
    const bare = new CacheWithBackgroundRefresh<unknown, string>(1000, 200);
    expect(() => bare.getLoader('x')).toThrow('asyncutils.misc.CacheWithBackgroundRefresh: no loader registered for key x');
    expect(() => bare.getLoader(Object.create(null))).toThrow('asyncutils.misc.CacheWithBackgroundRefresh: no loader registered for key object');
    expect(() => bare.timePast(Symbol('s'))).toThrow('asyncutils.misc.CacheWithBackgroundRefresh.timePast: key Symbol(s) is not cached');
  });
});

describe('CacheWithBackgroundRefresh.get and loading', () => {
  it('check 3: get with a defaultLoader loads once and then answers from the cache; no loader rejects RangeError', async () => {
    const loader = vi.fn(async (k: string) => `v:${k}`);
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: loader });
    expect(await cache.get('a')).toBe('v:a');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loader.mock.calls[0]?.[0]).toBe('a');
    vi.advanceTimersByTime(500);
    expect(await cache.get('a')).toBe('v:a');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(cache.has('a')).toBe(true);
    const bare = new CacheWithBackgroundRefresh<string, string>(1000, 200);
    const error = await rejection(bare.get('b'));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/no loader registered for key b/);
  });

  it('check 4: two concurrent gets on an empty cache share one load', async () => {
    const d = deferred<number>();
    const loader = vi.fn(() => d.promise);
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: loader });
    const a = cache.get('k');
    const b = cache.get('k');
    const c = cache.loadItem('k');
    expect(cache.loadItem('k')).toBe(c); // the same promise while the load runs
    d.resolve(7);
    expect(await Promise.all([a, b, c])).toEqual([7, 7, undefined]);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('check 5: in the refresh window get answers at once and reloads in the background; after expiry it waits', async () => {
    const loader = vi.fn((k: string) => later(50, `${k}@${performance.now()}`));
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: loader });
    const first = cache.get('k');
    await vi.advanceTimersByTimeAsync(50);
    expect(await first).toBe('k@0');
    await vi.advanceTimersByTimeAsync(850); // t = 900, loaded at 50: age 850 > 800
    const t = track(cache.get('k'));
    await flush();
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBe('k@0');
    expect(loader).toHaveBeenCalledTimes(2); // the background reload started
    expect(track(cache.get('k'))).toBeTruthy(); // no second reload while one runs
    await flush();
    expect(loader).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(cache.timePast('k')).toBe(0);
    expect(await cache.get('k')).toBe('k@900');

    const other = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: loader });
    const o = other.get('x');
    await vi.advanceTimersByTimeAsync(50);
    await o;
    await vi.advanceTimersByTimeAsync(1050); // expired without any refresh
    const at = performance.now();
    const waiting = track(other.get('x'));
    await flush();
    expect(waiting.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(50);
    expect(waiting.state).toBe('fulfilled');
    expect(waiting.value).toBe(`x@${at}`);
  });

  it('check 7: a failing load rejects and keeps the old entry; a failing background refresh goes to processor(err, false)', async () => {
    let fail = false;
    const boom = new Error('boom');
    const processor = vi.fn();
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      defaultLoader: async () => {
        if (fail) throw boom;
        return 1;
      },
    });
    await cache.get('k');
    fail = true;
    vi.advanceTimersByTime(900);
    expect(await cache.get('k')).toBe(1); // served, background refresh fails
    await flush();
    expect(processor).toHaveBeenCalledExactlyOnceWith(boom, false);
    expect(await cache.get('k')).toBe(1);
    vi.advanceTimersByTime(200); // expired
    expect(await rejection(cache.get('k'))).toBe(boom);
    expect(cache.has('k')).toBe(true);
    expect(processor).toHaveBeenCalledTimes(2); // the second in-window get refreshed again
  });

  it('a loader that throws synchronously, or resolves synchronously, works like an async one', async () => {
    const boom = new TypeError('sync');
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      defaultLoader: (k) => {
        if (k === 'bad') throw boom;
        return k.length;
      },
    });
    expect(await rejection(cache.get('bad'))).toBe(boom);
    expect(await rejection(cache.loadItem('bad'))).toBe(boom);
    expect(cache.has('bad')).toBe(false);
    expect(await cache.get('good')).toBe(4);
    await cache.loadItem('good');
    expect(cache.has('good')).toBe(true);
  });

  it('loadItem stores { value, timestamp: timer() } when the load completes', async () => {
    let now = 10;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { timer: () => now, defaultLoader: () => later(5, 3) });
    const p = cache.loadItem('k');
    now = 15;
    await vi.advanceTimersByTimeAsync(5);
    await p;
    expect(cache.timePast('k')).toBe(0);
    expect(await cache.get('k')).toBe(3);
  });

  it('get rejects (never throws) on bad options, and an already aborted signal rejects with its reason', async () => {
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => 1 });
    expect(await rejection(cache.get('k', null, 5 as never))).toBeInstanceOf(TypeError);
    expect(await rejection(cache.get('k', null, { timeout: -1 }))).toBeInstanceOf(RangeError);
    expect(await rejection(cache.get('k', null, { signal: {} as never }))).toBeInstanceOf(TypeError);
    expect(await rejection(cache.get('k', 3 as never))).toBeInstanceOf(TypeError);
    const ac = new AbortController();
    ac.abort(new Error('stop'));
    expect(await rejection(cache.get('k', null, { signal: ac.signal }))).toBe(ac.signal.reason);
    expect(cache.has('k')).toBe(false);
  });

  it('get signal/timeout bound the caller only: the shared load still stores its value, and listeners and timers are gone', async () => {
    const loader = vi.fn(() => later(100, 'v'));
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: loader });
    const ac = new AbortController();
    const aborted = track(cache.get('k', null, { signal: ac.signal }));
    const timed = track(cache.get('k', null, { timeout: 10 }));
    const patient = cache.get('k', null, { signal: new AbortController().signal, timeout: Infinity });
    expect(listeners(ac.signal)).toBe(1);
    ac.abort();
    await flush();
    expect(aborted.state).toBe('rejected');
    expect(isDomError(aborted.reason, 'AbortError')).toBe(true);
    expect(listeners(ac.signal)).toBe(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(timed.state).toBe('rejected');
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    expect((timed.reason as Error).message).toBe('asyncutils.misc.CacheWithBackgroundRefresh.get: timed out after 10 ms');
    await vi.advanceTimersByTimeAsync(90);
    expect(await patient).toBe('v');
    expect(cache.has('k')).toBe(true);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    // a waited get whose load fails rejects with the load's error
    const boom = new Error('boom');
    const failing = rejection(cache.get('f', () => failLater(5, boom), { timeout: 100 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(await failing).toBe(boom);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an error processor that throws or rejects is reported with console.error; the cache keeps working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = new Error('processor broke');
    let calls = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor: () => {
        calls++;
        if (calls === 1) throw bad;
        return Promise.reject(bad);
      },
      defaultLoader: () => {
        if (cache.has('k')) throw new Error('refresh fails');
        return 1;
      },
    });
    await cache.get('k');
    vi.advanceTimersByTime(900);
    await cache.get('k');
    await cache.refreshItem('k');
    await flush();
    expect(calls).toBe(2);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0]).toEqual(['asyncutils.misc.CacheWithBackgroundRefresh: the error processor failed', bad]);
    expect(await cache.get('k')).toBe(1);
  });

  it('an async processor is awaited by refreshItem', async () => {
    const order: string[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor: async () => {
        await later(10, undefined);
        order.push('processed');
      },
      defaultLoader: () => {
        if (cache.has('k')) throw new Error('x');
        return 1;
      },
    });
    await cache.get('k');
    const p = cache.refreshItem('k').then(() => order.push('refreshed'));
    await vi.advanceTimersByTimeAsync(10);
    await p;
    expect(order).toEqual(['processed', 'refreshed']);
  });

  it('refreshItem does nothing for a missing key or while a load runs, and reloads otherwise', async () => {
    let n = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => later(10, ++n) });
    await cache.refreshItem('k');
    expect(n).toBe(0);
    const first = cache.get('k');
    await cache.refreshItem('k'); // a load is in flight: resolves at once
    expect(n).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    await first;
    const r = cache.refreshItem('k');
    await vi.advanceTimersByTimeAsync(10);
    await r;
    expect(await cache.get('k')).toBe(2);
  });

  it('a throwing clock makes the load reject instead of hanging', async () => {
    let broken = false;
    const boom = new Error('clock');
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      timer: () => {
        if (broken) throw boom;
        return 0;
      },
      defaultLoader: () => later(1, 1),
    });
    const p = rejection(cache.get('k'));
    broken = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toBe(boom);
  });
});

describe('CacheWithBackgroundRefresh invalidation', () => {
  it('check 9: invalidate resolves the old value; clear empties; a load in flight during invalidate does not store', async () => {
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => 1 });
    await cache.get('k');
    expect(await cache.invalidate('k')).toBe(1);
    expect(cache.has('k')).toBe(false);
    expect(await cache.invalidate('x')).toBeUndefined();
    await cache.get('a');
    await cache.get('b');
    await cache.clear();
    expect(cache.has('a') || cache.has('b')).toBe(false);

    const d = deferred<number>();
    const slow = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => d.promise });
    const p = slow.get('k');
    await slow.invalidate('k');
    d.resolve(5);
    expect(await p).toBe(5); // its caller still receives the value
    expect(slow.has('k')).toBe(false);

    const d2 = deferred<number>();
    const cleared = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => d2.promise });
    const p2 = cleared.get('k');
    await cleared.clear();
    d2.resolve(6);
    expect(await p2).toBe(6);
    expect(cleared.has('k')).toBe(false);
  });

  it('a get after invalidate starts a new load instead of joining the stale one', async () => {
    const ds = [deferred<number>(), deferred<number>()];
    let i = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => (ds[i++] as { promise: Promise<number> }).promise });
    const stale = cache.get('k');
    await cache.invalidate('k');
    const fresh = cache.get('k');
    ds[1]?.resolve(2);
    ds[0]?.resolve(1);
    expect(await Promise.all([stale, fresh])).toEqual([1, 2]);
    expect(await cache.get('k')).toBe(2);
  });

  it('invalidate and clear abort a background-only reload (its signal), without reporting it', async () => {
    const processor = vi.fn();
    const signals: AbortSignal[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      defaultLoader: (_k, { signal }) => {
        signals.push(signal);
        return signals.length === 1 ? 1 : new Promise<number>(() => {});
      },
    });
    await cache.get('k');
    vi.advanceTimersByTime(900);
    const refresh = cache.refreshItem('k');
    await cache.invalidate('k');
    await refresh;
    expect(signals[1]?.aborted).toBe(true);
    expect(isDomError(signals[1]?.reason, 'AbortError')).toBe(true);
    expect((signals[1]?.reason as Error).message).toMatch(/invalidated/);
    expect(processor).not.toHaveBeenCalled();
  });
});

describe('CacheWithBackgroundRefresh refresh loop and disposal', () => {
  it('check 8: enterAsync resolves this, is idempotent; the loop reloads by ttl; loop failures go to processor(err, true); exit leaves no timer', async () => {
    const plain = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => 1 });
    await plain.get('k');
    expect(vi.getTimerCount()).toBe(0); // no loop without enterAsync

    let n = 0;
    let failing = false;
    const boom = new Error('loop');
    const processor = vi.fn();
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      defaultLoader: () => {
        if (failing) throw boom;
        return ++n;
      },
    });
    expect(await cache.enterAsync()).toBe(cache);
    expect(await cache.enterAsync()).toBe(cache);
    expect(vi.getTimerCount()).toBe(1);
    await cache.get('k'); // loaded at 0
    await vi.advanceTimersByTimeAsync(800);
    expect(n).toBe(1);
    await vi.advanceTimersByTimeAsync(200); // round at 1000
    expect(n).toBe(2);
    expect(cache.timePast('k')).toBe(0);
    failing = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(processor).toHaveBeenCalledWith(boom, true);
    await cache.exitAsync();
    expect(vi.getTimerCount()).toBe(0);
    await cache.exitAsync(); // idempotent
    expect(vi.getTimerCount()).toBe(0);
  });

  it('await using starts nothing by itself, and ends the loop of an entered cache', async () => {
    {
      await using cache = await new CacheWithBackgroundRefresh<string, number>(1000, 200).enterAsync();
      expect(vi.getTimerCount()).toBe(1);
      void cache;
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a running loop uses reconfigured values from its next round', async () => {
    let n = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => ++n });
    await cache.enterAsync();
    await cache.get('k');
    cache.configure(100, 50); // the pending round still fires at 200; then every 50 ms
    await vi.advanceTimersByTimeAsync(200);
    expect(n).toBe(2); // at 200: due (age 200 > 100 - 50)
    await vi.advanceTimersByTimeAsync(50);
    expect(n).toBe(2); // age 50: not due
    await vi.advanceTimersByTimeAsync(50);
    expect(n).toBe(3);
    await cache.exitAsync();
  });

  it('the loop refreshes the due keys concurrently and waits for them before the next round', async () => {
    const started: string[] = [];
    const cache: CacheWithBackgroundRefresh<string, string> = new CacheWithBackgroundRefresh<string, string>(1000, 200, {
      defaultLoader: (k) => {
        started.push(`${k}@${performance.now()}`);
        return cache.has(k) ? later(500, k) : k;
      },
    });
    await cache.get('a');
    await cache.get('b');
    await vi.advanceTimersByTimeAsync(100);
    await cache.get('c'); // loaded at 100: due one round later
    await cache.enterAsync();
    await vi.advanceTimersByTimeAsync(800); // rounds at 300, 500, 700, 900: at 900 a and b are due, not c
    expect(started.slice(3)).toEqual(['a@900', 'b@900']);
    await vi.advanceTimersByTimeAsync(699); // the round waits for them until 1400; the next one is at 1600
    expect(started.slice(5)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started.slice(5)).toEqual(['c@1600']);
    await cache.exitAsync();
  });

  it('disposal aborts a background refresh through its signal: no report, old entry kept, late result discarded', async () => {
    const processor = vi.fn();
    const loads: { signal: AbortSignal; d: ReturnType<typeof deferred<number>> }[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      defaultLoader: (_k, { signal }) => {
        const d = deferred<number>();
        loads.push({ signal, d });
        return d.promise;
      },
    });
    const first = cache.get('k');
    loads[0]?.d.resolve(1);
    expect(await first).toBe(1);
    expect(loads[0]?.signal.aborted).toBe(false);
    vi.advanceTimersByTime(900);
    expect(await cache.get('k')).toBe(1); // background refresh started
    expect(loads).toHaveLength(2);
    await cache.exitAsync();
    const reason = loads[1]?.signal.reason as DOMException;
    expect(loads[1]?.signal.aborted).toBe(true);
    expect(isDomError(reason, 'AbortError')).toBe(true);
    expect(reason.message).toBe('asyncutils.misc.CacheWithBackgroundRefresh: background refresh aborted (the cache was disposed)');
    loads[1]?.d.resolve(2); // ignored the signal: discarded
    await flush();
    expect(processor).not.toHaveBeenCalled();
    expect(cache.timePast('k')).toBe(900);
    expect(await cache.get('k')).toBe(1);
  });

  it('disposal never aborts a load somebody awaits, even one that began as a background refresh', async () => {
    const signals: AbortSignal[] = [];
    const ds: ReturnType<typeof deferred<number>>[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      defaultLoader: (_k, { signal }) => {
        signals.push(signal);
        const d = deferred<number>();
        ds.push(d);
        return d.promise;
      },
    });
    const a = cache.get('a');
    const b = cache.get('b');
    ds[0]?.resolve(1);
    ds[1]?.resolve(1);
    await Promise.all([a, b]);
    vi.advanceTimersByTime(900);
    await cache.get('b'); // background refresh of b
    vi.advanceTimersByTime(200); // b expired: a get joins the background load
    const joined = cache.get('b');
    const foreground = cache.get('a'); // expired too: a foreground load
    cache[Symbol.dispose]();
    expect(signals.map((s) => s.aborted)).toEqual([false, false, false, false]);
    ds[2]?.resolve(2);
    ds[3]?.resolve(3);
    expect(await Promise.all([joined, foreground])).toEqual([2, 3]);
  });

  it('exitAsync ends a round whose loaders ignore the signal, promptly', async () => {
    const signals: AbortSignal[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(100, 50, {
      defaultLoader: (_k, { signal }) => {
        signals.push(signal);
        return signals.length === 1 ? 1 : new Promise<number>(() => {});
      },
    });
    await cache.get('k');
    await cache.enterAsync();
    await vi.advanceTimersByTimeAsync(100); // round at 100 hangs on the reload
    expect(signals).toHaveLength(2);
    const exit = track(cache.exitAsync());
    await flush();
    expect(exit.state).toBe('fulfilled');
    expect(signals[1]?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('exitAsync waits for a round whose pinned load finishes, and re-entering restarts the loop once', async () => {
    const d = deferred<number>();
    let n = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(100, 50, {
      defaultLoader: () => (++n === 2 ? d.promise : n),
    });
    await cache.get('k');
    await cache.enterAsync();
    await vi.advanceTimersByTimeAsync(100); // the round's reload of k is in flight
    vi.advanceTimersByTime(10); // k expired (age 110)
    const joined = cache.get('k'); // pins it
    const exit = track(cache.exitAsync());
    await flush();
    expect(exit.state).toBe('fulfilled'); // the round stopped waiting
    await cache.enterAsync();
    expect(vi.getTimerCount()).toBe(1);
    d.resolve(2);
    expect(await joined).toBe(2);
    await flush();
    expect(vi.getTimerCount()).toBe(1); // the old round did not schedule a second timer
    await cache.exitAsync();
  });

  it('a clock that throws during a round is reported as a batched error, and the loop goes on', async () => {
    let broken = false;
    const boom = new Error('clock');
    const processor = vi.fn();
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      timer: () => {
        if (broken) throw boom;
        return 0;
      },
    });
    await cache.enterAsync();
    broken = true;
    await vi.advanceTimersByTimeAsync(200);
    expect(processor).toHaveBeenCalledWith(boom, true);
    expect(vi.getTimerCount()).toBe(1);
    await cache.exitAsync();
  });

  it('loop timers do not keep a Node process alive (unref)', async () => {
    vi.useRealTimers();
    const unref = vi.fn();
    const real = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', ((fn: () => void, ms?: number) => Object.assign(real(fn, ms), { unref })) as unknown as typeof setTimeout);
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200);
    await cache.enterAsync();
    expect(unref).toHaveBeenCalledTimes(1);
    await cache.exitAsync();
    vi.unstubAllGlobals();
  });
});

describe('CacheWithBackgroundRefresh staleIfError (a TypeScript addition)', () => {
  it('serves an expired value for up to staleIfError ms when the load fails, reporting the error', async () => {
    let failing = false;
    const boom = new Error('down');
    const processor = vi.fn();
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      processor,
      staleIfError: 500,
      defaultLoader: () => (failing ? failLater(10, boom) : later(10, 1)),
    });
    const p = cache.get('k');
    await vi.advanceTimersByTimeAsync(10);
    expect(await p).toBe(1);
    failing = true;
    await vi.advanceTimersByTimeAsync(1300); // age 1300 after the next failure's 10 ms: 1310 <= 1500
    const stale = cache.get('k');
    await vi.advanceTimersByTimeAsync(10);
    expect(await stale).toBe(1);
    expect(processor).toHaveBeenCalledWith(boom, false);
    await vi.advanceTimersByTimeAsync(190); // age 1500 + 10 > 1500
    const late = rejection(cache.get('k'));
    await vi.advanceTimersByTimeAsync(10);
    expect(await late).toBe(boom);
  });

  it('without staleIfError an expired value is never served', async () => {
    const boom = new Error('down');
    let failing = false;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, {
      defaultLoader: () => {
        if (failing) throw boom;
        return 1;
      },
    });
    await cache.get('k');
    failing = true;
    vi.advanceTimersByTime(1001);
    expect(await rejection(cache.get('k'))).toBe(boom);
  });
});

describe('CacheWithBackgroundRefresh: not portable as-is', () => {
  it('regression: get serves a stale-but-valid value while the background refresh runs (no deadlock)', async () => {
    const d = deferred<number>();
    let n = 0;
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => (++n === 1 ? 1 : d.promise) });
    await cache.get('k');
    vi.advanceTimersByTime(900);
    const t = track(cache.get('k'));
    await flush();
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBe(1);
    d.resolve(2);
    await flush();
    expect(await cache.get('k')).toBe(2);
  });

  it('regression: loads are de-duplicated per key, and different keys load concurrently', async () => {
    const ds = new Map<string, ReturnType<typeof deferred<string>>>();
    const loader = vi.fn((k: string) => {
      const d = deferred<string>();
      ds.set(k, d);
      return d.promise;
    });
    const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200, { defaultLoader: loader });
    const a = cache.get('a');
    const b = cache.get('b');
    expect(loader).toHaveBeenCalledTimes(2); // b did not wait for a
    ds.get('b')?.resolve('B');
    expect(await b).toBe('B');
    ds.get('a')?.resolve('A');
    expect(await a).toBe('A');
  });

  it('regression: enterAsync resolves the cache itself (Python __aenter__ returned None)', async () => {
    const cache = new CacheWithBackgroundRefresh<string, number>();
    await expect(cache.enterAsync()).resolves.toBe(cache);
    await cache[Symbol.asyncDispose]();
  });

  it('regression: processor is called inline with wasBatched true for loop refreshes (upstream passed false)', async () => {
    const seen: boolean[] = [];
    const cache = new CacheWithBackgroundRefresh<string, number>(100, 50, {
      processor: (_e, batched) => void seen.push(batched),
      defaultLoader: () => {
        if (cache.has('k')) throw new Error('x');
        return 1;
      },
    });
    await cache.get('k');
    await cache.enterAsync();
    await vi.advanceTimersByTimeAsync(100);
    await cache.exitAsync();
    await cache.refreshItem('k');
    expect(seen).toEqual([true, false]);
  });

  it('regression: invalidate resolves the value, not an entry record', async () => {
    const cache = new CacheWithBackgroundRefresh<string, { id: number }>(1000, 200);
    const v = { id: 1 };
    await cache.get('k', () => v);
    expect(await cache.invalidate('k')).toBe(v);
  });

  it('regression: keys follow Map semantics (SameValueZero, identity) and has() replaces `in`', async () => {
    const cache = new CacheWithBackgroundRefresh<unknown, string>(1000, 200, { defaultLoader: (k) => String(k) });
    await cache.get(Number.NaN);
    expect(cache.has(Number.NaN)).toBe(true);
    await cache.get(0);
    expect(cache.has(-0)).toBe(true);
    const key = { a: 1 };
    await cache.get(key);
    expect(cache.has(key)).toBe(true);
    expect(cache.has({ a: 1 })).toBe(false);
  });
});

describe('CacheWithBackgroundRefresh types', () => {
  it('accepts a loader ignoring the context argument', () => {
    const loader: RefreshCacheLoader<string, number> = (k) => k.length;
    expect(loader('abc', { signal: new AbortController().signal })).toBe(3);
  });
});
