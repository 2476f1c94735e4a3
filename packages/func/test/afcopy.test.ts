import { describe, expect, it } from 'vitest';
import { afcopy } from '../src/afcopy.js';

describe('afcopy', () => {
  it('check 3: a new function with the same name, returning a native Promise even for a sync f', async () => {
    function ident<T>(x: T): T {
      return x;
    }
    const c = afcopy(ident);
    expect(c).not.toBe(ident);
    expect(c.name).toBe('ident');
    const p = c(1);
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toBe(1);
    expect(await afcopy((x: Promise<number>) => x)(Promise.resolve(1))).toBe(1);
    const thenable = { then: (r: (v: number) => void) => r(2) };
    const q = afcopy(() => thenable)();
    expect(q).toBeInstanceOf(Promise);
    expect(await q).toBe(2);
  });

  it('calls f synchronously with this and the arguments; a synchronous throw becomes a rejection', async () => {
    const seen: unknown[] = [];
    const obj = {
      m: afcopy(function (this: unknown, ...a: unknown[]) {
        seen.push(this, ...a);
      }),
    };
    void obj.m(1, 2);
    expect(seen).toEqual([obj, 1, 2]);
    const boom = new SyntaxError('bad');
    const thrower = afcopy(() => {
      throw boom;
    });
    let p: Promise<unknown> | undefined;
    expect(() => (p = thrower())).not.toThrow();
    await expect(p).rejects.toBe(boom);
  });

  it('regression: built-in functions are accepted (no method-binding hazard in JS)', async () => {
    const parse = afcopy(JSON.parse);
    expect(parse.name).toBe('parse');
    expect(await parse('[1]')).toEqual([1]);
    await expect(parse('{')).rejects.toBeInstanceOf(SyntaxError);
    expect(await afcopy(Math.max)(1, 3, 2)).toBe(3);
    expect(() => afcopy(3 as never)).toThrow(/asyncutils\.func\.afcopy: f must be a function, got 3/);
  });
});
