import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../src/debounce.js';
import { clock, flush, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce', () => {
  it('check 19: calls at 0, 20, 40 ms: the first two resolve undefined when superseded, f runs once at 90 ms', async () => {
    const at: number[] = [];
    const f = vi.fn(async (x: string) => {
      at.push(clock());
      return `got ${x}`;
    });
    const d = debounce(50)(f);
    const t0 = clock();
    const a = track(d('a'));
    await vi.advanceTimersByTimeAsync(20);
    const b = track(d('b'));
    await flush();
    expect(a.state).toBe('fulfilled');
    expect(a.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(20);
    const c = track(d('c'));
    await flush();
    expect(b.value).toBeUndefined();
    await vi.advanceTimersByTimeAsync(49);
    expect(f).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(f).toHaveBeenCalledTimes(1);
    expect(f).toHaveBeenCalledWith('c');
    expect(at.map((t) => t - t0)).toEqual([90]);
    expect(c.value).toBe('got c');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 19: a rejection of f rejects that call', async () => {
    const boom = new Error('boom');
    const d = debounce(10)(() => Promise.reject(boom));
    const p = track(d());
    await vi.advanceTimersByTimeAsync(10);
    expect(p.reason).toBe(boom);
    const sync = debounce(10)(() => {
      throw boom;
    });
    const q = track(sync());
    await vi.advanceTimersByTimeAsync(10);
    expect(q.reason).toBe(boom);
  });

  it('a call while f runs does not affect that run; each decorated function has its own state', async () => {
    let release!: () => void;
    const f = vi.fn((x: number) => new Promise<number>((r) => (release = () => r(x))));
    const dec = debounce(10);
    const d = dec(f);
    const other = vi.fn(async () => 'other');
    const e = dec(other);
    const first = track(d(1));
    const o = track(e());
    await vi.advanceTimersByTimeAsync(10);
    expect(o.value).toBe('other');
    expect(f).toHaveBeenCalledTimes(1);
    const second = track(d(2));
    release();
    await flush();
    expect(first.value).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    release();
    await flush();
    expect(second.value).toBe(2);
  });

  it('forwards this, keeps the name, rejects bad arguments', async () => {
    const obj = { k: 5, m: debounce(0)(function m(this: { k: number }) { return this.k; }) };
    expect(obj.m.name).toBe('m');
    const p = obj.m();
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toBe(5);
    expect(() => debounce(-1)).toThrow(/asyncutils\.func\.debounce: wait must be a finite number of milliseconds >= 0, got -1/);
    expect(() => debounce(NaN)).toThrow(RangeError);
    expect(() => debounce('5' as never)).toThrow(TypeError);
    expect(() => debounce(5)(null as never)).toThrow(/f must be a function/);
  });

  it('regression: debouncing installs nothing global (no task factory): plain timers per call', async () => {
    const before = vi.getTimerCount();
    const d = debounce(30)(() => 1);
    const p = d();
    expect(vi.getTimerCount()).toBe(before + 1);
    await vi.advanceTimersByTimeAsync(30);
    expect(await p).toBe(1);
    expect(vi.getTimerCount()).toBe(before);
  });
});
