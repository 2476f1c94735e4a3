import { describe, expect, it, vi } from 'vitest';
import { star } from '../src/star.js';

async function* asyncGenOf(...xs: number[]): AsyncGenerator<number> {
  for (const x of xs) yield x;
}

describe('star', () => {
  it('check 6: spreads an iterable or async iterable and appends the extra argument', async () => {
    const g = vi.fn((...a: unknown[]) => a.length);
    await star(g)([1], { c: 16, d: 2 });
    expect(g).toHaveBeenLastCalledWith(1, { c: 16, d: 2 });
    await star(g)(asyncGenOf(16, 20, 24), { e: 6, d: 8 });
    expect(g).toHaveBeenLastCalledWith(16, 20, 24, { e: 6, d: 8 });
    expect(await star(g)()).toBe(0);
    expect(await star(g)(new Set([1, 2]))).toBe(2);
    expect(g).toHaveBeenLastCalledWith(1, 2);
  });

  it('keeps the name, forwards this, awaits the result and rejects non-iterables', async () => {
    const s = star(async function add(a: number, b: number) {
      return a + b;
    });
    expect(s.name).toBe('add');
    expect(await s([2, 3])).toBe(5);
    const obj = { base: 10, m: star(function (this: { base: number }, x: number) { return this.base + x; }) };
    expect(await obj.m([1])).toBe(11);
    await expect(s(7 as never)).rejects.toThrow(/asyncutils\.func\.star: args must be an iterable or an async iterable, got 7/);
    expect(() => star(1 as never)).toThrow(TypeError);
  });
});
