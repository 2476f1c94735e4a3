import { localContext, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retry } from '../src/retry.js';
import { clock, flush, listeners, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A function failing `failures` times with `err`, then resolving `'ok'`, recording the time of each call. */
function flaky(failures: number, err: unknown = new Error('flaky')): { f: (...a: unknown[]) => Promise<string>; at: number[] } {
  const at: number[] = [];
  const f = async (): Promise<string> => {
    at.push(clock());
    if (at.length <= failures) throw err;
    return 'ok';
  };
  return { f, at };
}

describe('retry', () => {
  it('check 15: waits 200 then 400 ms, calls onRetry (0, e), (1, e) and onSuccess (2, 400)', async () => {
    const err = new Error('e');
    const { f, at } = flaky(2, err);
    const onRetry = vi.fn();
    const onSuccess = vi.fn();
    const t0 = clock();
    const p = track(retry(3, 100, { jitter: 0, random: () => 0.5, onRetry, onSuccess })(f)());
    await vi.advanceTimersByTimeAsync(199);
    expect(at).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(at.map((t) => t - t0)).toEqual([0, 200, 600]);
    expect(p.value).toBe('ok');
    expect(onRetry.mock.calls).toEqual([
      [0, err],
      [1, err],
    ]);
    expect(onSuccess.mock.calls).toEqual([[2, 400]]);
  });

  it('check 16: a non-matching error rejects after one call', async () => {
    const { f, at } = flaky(5, new RangeError('r'));
    await expect(retry(3, 100, { exc: TypeError })(f)()).rejects.toThrow(RangeError);
    expect(at).toHaveLength(1);
  });

  it('check 16: all attempts failing rejects with the third error after 2 waits; maxDelay caps a wait', async () => {
    let n = 0;
    const errors = [new Error('1'), new Error('2'), new Error('3')];
    const at: number[] = [];
    const f = async (): Promise<never> => {
      at.push(clock());
      throw errors[n++];
    };
    const t0 = clock();
    const p = track(retry(3, 100, { jitter: 0, maxDelay: 150 })(f)());
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.reason).toBe(errors[2]);
    expect(at.map((t) => t - t0)).toEqual([0, 150, 300]);
  });

  it('check 16: retry(0) throws RangeError; abort during a wait rejects with the reason and f is not called again', async () => {
    expect(() => retry(0)).toThrow(RangeError);
    const ctl = new AbortController();
    const { f, at } = flaky(5);
    const p = track(retry(3, 100, { signal: ctl.signal })(f)());
    await vi.advanceTimersByTimeAsync(50);
    expect(listeners(ctl.signal)).toBe(1);
    ctl.abort('stop');
    await flush();
    expect(p.reason).toBe('stop');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(at).toHaveLength(1);
    expect(listeners(ctl.signal)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    const q = track(retry(3, 100, { signal: ctl.signal })(f)());
    await flush();
    expect(q.reason).toBe('stop');
    expect(at).toHaveLength(1);
  });

  it('abort during an attempt rejects at once without awaiting it; its late rejection is handled', async () => {
    const ctl = new AbortController();
    let fail!: (e: unknown) => void;
    const f = vi.fn(() => new Promise<never>((_, x) => (fail = x)));
    const p = track(retry(3, 100, { signal: ctl.signal })(f)());
    await flush();
    ctl.abort('now');
    await flush();
    expect(p.reason).toBe('now');
    fail(new Error('late'));
    await flush();
    expect(f).toHaveBeenCalledTimes(1);
    expect(listeners(ctl.signal)).toBe(0);
    const ok = await retry(2, 10, { signal: new AbortController().signal })(async (x: number) => x + 1)(1);
    expect(ok).toBe(2);
  });

  it('check 17: reads RETRY_DEFAULT_* when retry is called (a scoped RETRY_DEFAULT_TRIES = 1 gives one attempt)', async () => {
    const { f, at } = flaky(5);
    const once = localContext({ RETRY_DEFAULT_TRIES: 1 }, () => retry());
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    await expect(once(f)()).rejects.toThrow('flaky');
    expect(at).toHaveLength(1);
    const g = flaky(2);
    const t0 = clock();
    const p = track(retry(undefined, undefined, { random: () => 0.5 })(g.f)());
    await vi.advanceTimersByTimeAsync(5000);
    expect(p.value).toBe('ok');
    // defaults 500 ms, backoff 2: 500*1 + 1*500 = 1000, then 500*2 + 2*500 = 2000
    expect(g.at.map((t) => t - t0)).toEqual([0, 1000, 3000]);
  });

  it('applies jitter from the random source and never waits less than delay', async () => {
    const { f, at } = flaky(2);
    const t0 = clock();
    const p = track(retry(3, 100, { jitter: 1, backoff: 1, random: () => 0 })(f)());
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.value).toBe('ok');
    // 100 + c*100*(1 - 1) = 100 each time (floored at delay)
    expect(at.map((t) => t - t0)).toEqual([0, 100, 200]);
  });

  it('awaits thenable callbacks, forwards this and arguments, keeps the name', async () => {
    const order: string[] = [];
    const obj = {
      k: 2,
      m: retry(2, 10, {
        onRetry: async () => {
          order.push('retry');
        },
        onSuccess: () => Promise.resolve().then(() => order.push('success')),
      })(function m(this: { k: number }, x: number) {
        order.push('call');
        if (order.length === 1) throw new Error('once');
        return this.k * x;
      }),
    };
    expect(obj.m.name).toBe('m');
    const p = obj.m(21);
    await vi.advanceTimersByTimeAsync(100);
    expect(await p).toBe(42);
    expect(order).toEqual(['call', 'retry', 'call', 'success']);
    const failing = retry(2, 10, {
      onRetry: () => {
        throw new Error('onRetry failed');
      },
    })(() => Promise.reject(new Error('x')));
    await expect(failing()).rejects.toThrow('onRetry failed');
  });

  it('regression: the last attempt calls onSuccess too', async () => {
    const onSuccess = vi.fn();
    const { f } = flaky(2);
    const p = retry(3, 10, { jitter: 0, onSuccess })(f)();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await p).toBe('ok');
    expect(onSuccess).toHaveBeenCalledWith(2, 40);
    const single = vi.fn();
    expect(await retry(1, 10, { onSuccess: single })(async () => 1)()).toBe(1);
    expect(single).toHaveBeenCalledWith(0, 0);
  });

  it('rejects bad arguments', () => {
    expect(() => retry(1.5)).toThrow(/asyncutils\.func\.retry: tries must be an integer >= 1, got 1\.5/);
    expect(() => retry('3' as never)).toThrow(TypeError);
    expect(() => retry(3, -1)).toThrow(/delay must be a finite number of milliseconds >= 0, got -1/);
    expect(() => retry(3, NaN)).toThrow(RangeError);
    expect(() => retry(3, 1, { maxDelay: Infinity })).toThrow(RangeError);
    expect(() => retry(3, 1, { backoff: 0 })).toThrow(/backoff must be a finite number > 0, got 0/);
    expect(() => retry(3, 1, { backoff: Infinity })).toThrow(RangeError);
    expect(() => retry(3, 1, { jitter: 1.5 })).toThrow(/jitter must be a finite number >= 0 and <= 1, got 1\.5/);
    expect(() => retry(3, 1, { exc: 'TypeError' as never })).toThrow(TypeError);
    expect(() => retry(3, 1, { onRetry: 1 as never })).toThrow(/onRetry must be a function/);
    expect(() => retry(3, 1, { onSuccess: 1 as never })).toThrow(/onSuccess must be a function/);
    expect(() => retry(3, 1, { random: 1 as never })).toThrow(/random must be a function/);
    expect(() => retry(3, 1, { signal: 'x' as never })).toThrow(/signal must be an AbortSignal/);
    expect(() => retry(3, 1, 1 as never)).toThrow(/options must be an object/);
    expect(() => retry()(1 as never)).toThrow(/f must be a function/);
  });
});
