import { describe, expect, it, vi } from 'vitest';
import { aiterFromF } from '../src/aiterFromF.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('aiterFromF', () => {
  it('check 5: yields until the sentinel, optionally yielding it, resuming the same producer', async () => {
    let i = 0;
    const counter = (): number => i++;
    expect(await collect(aiterFromF(counter, { sentinel: 10 }))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    let n = 0;
    const acounter = async (): Promise<number> => (n += 2);
    expect(await collect(aiterFromF(acounter, { sentinel: 10 }))).toEqual([2, 4, 6, 8]);
    expect(await collect(aiterFromF(acounter, { sentinel: 20, yieldSentinel: true }))).toEqual([12, 14, 16, 18, 20]);
  });

  it('compares with SameValueZero, counts an undefined sentinel, and never ends without one', async () => {
    const nan = [1, NaN, 2];
    expect(await collect(aiterFromF(() => nan.shift() as number, { sentinel: NaN }))).toEqual([1]);
    const xs = [1, undefined, 2];
    expect(await collect(aiterFromF(() => xs.shift(), { sentinel: undefined }))).toEqual([1]);
    const zero = [1, -0];
    expect(await collect(aiterFromF(() => zero.shift() as number, { sentinel: 0 }))).toEqual([1]);
    const f = vi.fn(() => 7);
    const it = aiterFromF(f);
    for (let k = 0; k < 100; k++) expect(await it.next()).toEqual({ value: 7, done: false });
    expect(await it.return()).toEqual({ value: undefined, done: true });
    expect(f).toHaveBeenCalledTimes(100);
  });

  it('an error of f rejects next() and ends the generator', async () => {
    const boom = new Error('boom');
    const it = aiterFromF(() => Promise.reject(boom));
    await expect(it.next()).rejects.toBe(boom);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it('rejects bad arguments synchronously', () => {
    expect(() => aiterFromF(3 as never)).toThrow(/asyncutils\.func\.aiter_from_f: f must be a function, got 3/);
    expect(() => aiterFromF(() => 1, 1 as never)).toThrow(/options must be an object/);
    expect(() => aiterFromF(() => 1, { yieldSentinel: 1 as never })).toThrow(/yieldSentinel must be a boolean/);
  });
});
