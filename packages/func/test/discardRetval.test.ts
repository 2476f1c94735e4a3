import { describe, expect, it } from 'vitest';
import { discardRetval } from '../src/discardRetval.js';

describe('discardRetval', () => {
  it('check 4: resolves undefined after awaiting f, keeping its name and this', async () => {
    const f = async (_a: number, b: number): Promise<number> => b;
    const g = discardRetval(f);
    expect(await g(0, 42)).toBeUndefined();
    expect(g.name).toBe('f');
    const obj = {
      n: 1,
      m: discardRetval(function (this: { n: number }) {
        this.n++;
      }),
    };
    await obj.m();
    expect(obj.n).toBe(2);
    await expect(discardRetval(() => Promise.reject(new RangeError('x')))()).rejects.toThrow(RangeError);
    expect(() => discardRetval(null as never)).toThrow(/asyncutils\.func\.discard_retval: f must be a function, got null/);
  });
});
