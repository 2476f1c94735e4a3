import { describe, expect, it, vi } from 'vitest';
import { iterf } from '../src/iterf.js';

describe('iterf', () => {
  it('check 7: applies f n times, 0 times without calling it, and rejects bad n', async () => {
    expect(await iterf(3)(async (x: number) => x * 2)(1)).toBe(8);
    const f = vi.fn((x: number) => x + 1);
    expect(await iterf(0)(f)(5)).toBe(5);
    expect(f).not.toHaveBeenCalled();
    expect(await iterf(2)(f)(5)).toBe(7);
    expect(() => iterf(-1)).toThrow(RangeError);
    expect(() => iterf(1.5)).toThrow(/asyncutils\.func\.iterf: n must be an integer >= 0, got 1\.5/);
    expect(() => iterf('2' as never)).toThrow(TypeError);
    expect(() => iterf(1)(2 as never)).toThrow(/f must be a function/);
    expect(iterf(1)(function inc(x: number) { return x + 1; }).name).toBe('inc');
  });

  it('rejects with the error of f', async () => {
    const boom = new Error('x');
    await expect(iterf(2)((_: number): Promise<number> => Promise.reject(boom))(0)).rejects.toBe(boom);
  });
});
