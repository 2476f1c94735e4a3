// The internal FIFO chain: append, unlink (twice is harmless), first.
import { describe, expect, it } from 'vitest';
import { append, chain, first, type Link, unlink } from '../src/chain.js';

interface Item extends Link {
  v: number;
}

const values = (l: Link): number[] => {
  const out: number[] = [];
  for (let x = l.n; x !== l; x = x.n) out.push((x as Item).v);
  return out;
};

describe('chain', () => {
  it('appends in order, unlinks in O(1) from anywhere, and reports the first link', () => {
    const l = chain();
    expect(first(l)).toBeUndefined();
    const items = [1, 2, 3].map((v) => ({ v }) as Item);
    for (const x of items) append(l, x);
    expect(values(l)).toEqual([1, 2, 3]);
    expect(first<Item>(l)?.v).toBe(1);
    unlink(items[1] as Item);
    expect(values(l)).toEqual([1, 3]);
    unlink(items[1] as Item); // already out: no effect
    expect(values(l)).toEqual([1, 3]);
    unlink(items[0] as Item);
    unlink(items[2] as Item);
    expect(first(l)).toBeUndefined();
    append(l, items[1] as Item);
    expect(values(l)).toEqual([2]);
  });
});
