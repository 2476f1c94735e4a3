import { describe, expect, it } from 'vitest';
import { acompose } from '../src/acompose.js';

describe('acompose', () => {
  it('check 1: composes right to left, awaits async steps, names the result', async () => {
    const f = acompose((x: number) => 1 << x, (x: number) => 8 >> x, { wrapLast: false });
    expect(await Promise.all([0, 1, 2, 3].map((x) => f(x)))).toEqual([256, 16, 4, 2]);
    expect(f.name).toBe('acomposed');
    const g = acompose((x: number) => 2 + x, (x: number) => 3 * x);
    expect(await Promise.all([0, 1, 2, 3, 4].map((x) => g(x)))).toEqual([2, 5, 8, 11, 14]);
    function triple(x: number): number {
      return 3 * x;
    }
    expect(acompose((x: number) => x, triple).name).toBe('triple');
    expect(acompose((x: number) => x, triple, { wrapLast: true }).name).toBe('triple');
    const h = acompose(async (x: number) => x + 1, (s: string) => Promise.resolve(s.length), async (a: string, b: string) => a + b);
    expect(await h('ab', 'cde')).toBe(6);
    // @ts-expect-error at least one function
    expect(() => acompose()).toThrow(TypeError);
    expect(() => acompose({ wrapLast: true } as never)).toThrow(/asyncutils\.func\.acompose: pass in at least one function/);
  });

  it('passes this and every argument to the last function only; a trailing undefined is an empty options slot', async () => {
    const seen: unknown[] = [];
    const last = function (this: unknown, ...a: unknown[]): number {
      seen.push(this, a);
      return a.length;
    };
    const f = acompose((n: number) => n * 10, last, undefined);
    const obj = { f };
    expect(await obj.f(1, 2, 3)).toBe(30);
    expect(seen).toEqual([obj, [1, 2, 3]]);
    expect(f.name).toBe('last');
  });

  it('rejects when a step throws, synchronously or not', async () => {
    const boom = new RangeError('boom');
    await expect(
      acompose(
        () => 1,
        () => {
          throw boom;
        },
      )(),
    ).rejects.toBe(boom);
    await expect(acompose(async () => Promise.reject(boom), (x: number) => x)(1)).rejects.toBe(boom);
  });

  it('rejects bad arguments with TypeError', () => {
    expect(() => acompose(1 as never, (x: number) => x)).toThrow(/every argument but the last must be a function, got 1/);
    expect(() => acompose((x: number) => x, 5 as never)).toThrow(/options must be an object, got 5/);
    expect(() => acompose((x: number) => x, { wrapLast: 'no' as never })).toThrow(/wrapLast must be a boolean, got "no"/);
  });
});
