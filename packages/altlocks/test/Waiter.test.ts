import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkWaitOptions, Waiter } from '../src/Waiter.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

describe('checkWaitOptions', () => {
  it('accepts undefined, empty options, Infinity and a live signal', () => {
    expect(() => checkWaitOptions('api', undefined)).not.toThrow();
    expect(() => checkWaitOptions('api', {})).not.toThrow();
    expect(() => checkWaitOptions('api', { timeout: Infinity, signal: new AbortController().signal })).not.toThrow();
    expect(() => checkWaitOptions('api', { timeout: 0 })).not.toThrow();
  });

  it('rejects bad options with errors naming the API', () => {
    expect(() => checkWaitOptions('api.wait', null as never)).toThrow(new TypeError('api.wait: options must be an object, got null'));
    expect(() => checkWaitOptions('api.wait', { timeout: '5' as never })).toThrow(
      new TypeError("api.wait: timeout must be a number of milliseconds, got '5'"),
    );
    expect(() => checkWaitOptions('api.wait', { timeout: -1 })).toThrow(
      new RangeError('api.wait: timeout must be a non-negative number of milliseconds, got -1'),
    );
    expect(() => checkWaitOptions('api.wait', { timeout: Number.NaN })).toThrow(RangeError);
    expect(() => checkWaitOptions('api.wait', { signal: 'x' as never })).toThrow(/^api\.wait: signal must be an AbortSignal, got 'x'$/);
    expect(() => checkWaitOptions('api.wait', { signal: null as never })).toThrow(TypeError);
  });

  it('throws the reason of an already aborted signal', () => {
    const reason = { why: 'already' };
    expect(() => checkWaitOptions('api', { signal: AbortSignal.abort(reason) })).toThrow(expect.objectContaining(reason));
  });
});

describe('Waiter', () => {
  it('settles once; resolve disarms listener and timer', async () => {
    const ac = new AbortController();
    const onCancel = vi.fn();
    const w = new Waiter<number>('api', { signal: ac.signal, timeout: 50 }, onCancel);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    expect(w.resolve(1)).toBe(true);
    expect(w.resolve(2)).toBe(false);
    expect(w.reject(new Error())).toBe(false);
    w.cancel('late');
    expect(await w.promise).toBe(1);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('reject disarms too', async () => {
    const ac = new AbortController();
    const w = new Waiter<number>('api', { signal: ac.signal, timeout: 50 }, () => {});
    const err = new Error('x');
    expect(w.reject(err)).toBe(true);
    await expect(w.promise).rejects.toBe(err);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
  });

  it('abort: the owner is told (waiter already done), then the promise rejects with the reason', async () => {
    const ac = new AbortController();
    const seen: boolean[] = [];
    const w = new Waiter<number>('api', { signal: ac.signal, timeout: 50 }, (self) => seen.push(self.done));
    ac.abort('why');
    await expect(w.promise).rejects.toBe('why');
    expect(seen).toEqual([true]);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
  });

  it('deadline: rejects a TimeoutError DOMException naming the API and the timeout', async () => {
    const onCancel = vi.fn();
    const w = new Waiter<number>('api.wait', { timeout: 25 }, onCancel);
    const out = w.promise.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(25);
    const e = (await out) as DOMException;
    expect(e).toBeInstanceOf(DOMException);
    expect(e.name).toBe('TimeoutError');
    expect(e.message).toBe('api.wait: timed out after 25 ms');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('unrefs its deadline timer where the runtime has unref', () => {
    vi.useRealTimers();
    const unref = vi.fn();
    const real = globalThis.setTimeout;
    const fake = vi.fn(() => ({ unref }));
    vi.stubGlobal('setTimeout', fake);
    vi.stubGlobal('clearTimeout', vi.fn());
    const w = new Waiter<number>('api', { timeout: 5 }, () => {});
    expect(unref).toHaveBeenCalledTimes(1);
    w.resolve(1);
    vi.unstubAllGlobals();
    expect(globalThis.setTimeout).toBe(real);
    vi.useFakeTimers();
  });

  it('Infinity and no options arm nothing', () => {
    const w = new Waiter<number>('api', { timeout: Infinity }, () => {});
    const v = new Waiter<number>('api', undefined, () => {});
    expect(vi.getTimerCount()).toBe(0);
    w.resolve(1);
    v.resolve(2);
  });
});
