import { describe, expect, it } from 'vitest';
import { star } from '../src/star.js';
import { unstar } from '../src/unstar.js';

describe('unstar', () => {
  it('check 6: unstar(f)(...args) calls f(args); it undoes star', async () => {
    const g = (...a: unknown[]): unknown[] => a;
    expect(await unstar((xs: number[]) => xs.length)(1, 2, 3)).toBe(3);
    expect(await unstar(star(g))(5, { d: 7 })).toEqual([5, { d: 7 }]);
    expect(unstar(function total(xs: number[]) { return xs; }).name).toBe('total');
    const obj = { k: 2, m: unstar(function (this: { k: number }, xs: number[]) { return this.k * xs.length; }) };
    expect(await obj.m(1, 1)).toBe(4);
    expect(() => unstar({} as never)).toThrow(/asyncutils\.func\.unstar: f must be a function, got object/);
  });
});
