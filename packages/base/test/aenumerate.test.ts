import { describe, expect, it } from 'vitest';
import { aenumerate } from '../src/index.js';
import { all, asyncSource, capture } from './support/helpers.js';

describe('aenumerate', () => {
  it('check 20: start and step', async () => {
    expect(await all(aenumerate(['a', 'b'], 10, -2))).toEqual([
      [10, 'a'],
      [8, 'b'],
    ]);
    expect(await all(aenumerate(['x', 'y']))).toEqual([
      [0, 'x'],
      [1, 'y'],
    ]);
  });

  it('indices are start + k * step (no accumulated rounding)', async () => {
    const pairs = await all(aenumerate(Array.from({ length: 11 }, () => 0), 0, 0.1));
    expect(pairs[10]?.[0]).toBe(10 * 0.1);
  });

  it('works on async sources and closes them on return()', async () => {
    const { gen, closed } = asyncSource(['p', 'q']);
    const e = aenumerate(gen, 1);
    expect(await e.next()).toEqual({ value: [1, 'p'], done: false });
    await e.return();
    expect(closed()).toBe(true);
    expect(await all(aenumerate(asyncSource(['a']).gen))).toEqual([[0, 'a']]);
  });

  it('validates start and step at the call', () => {
    expect(() => aenumerate([1], '1' as never)).toThrow(/asyncutils\.base\.aenumerate: start must be a number, got "1"/);
    expect(() => aenumerate([1], 0, Number.NaN)).toThrow(RangeError);
    expect(() => aenumerate([1], Number.POSITIVE_INFINITY)).toThrow(/start must be finite, got Infinity/);
    expect(() => aenumerate(1 as never)).toThrow(TypeError);
  });

  it('check 21: raises no asyncutils.base.iter_to_agen', async () => {
    const { seen, off } = capture();
    try {
      await all(aenumerate([1, 2]));
      expect(seen).toEqual([]);
    } finally {
      off();
    }
  });
});
