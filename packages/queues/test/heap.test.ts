// The internal binary heap: order, and atomicity when the comparator throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heapPop, heapPush } from '../src/heap.js';

const byNumber = (a: number, b: number): number => a - b;

describe('heap', () => {
  it('pops in ascending order whatever the insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (xs) => {
        const h: number[] = [];
        for (const x of xs) heapPush(h, x, byNumber);
        const out: number[] = [];
        while (h.length) out.push(heapPop(h, byNumber));
        expect(out).toEqual([...xs].sort(byNumber));
      }),
      { numRuns: 200 },
    );
  });

  it('a throwing comparator leaves the heap unchanged on push and pop', () => {
    const h: number[] = [];
    for (const x of [5, 3, 8, 1, 9, 2, 7]) heapPush(h, x, byNumber);
    const before = [...h];
    const boom = (a: number, b: number): number => {
      if (a === 0 || b === 0 || a === 9 || b === 9) throw new Error('boom');
      return a - b;
    };
    expect(() => heapPush(h, 0, boom)).toThrow('boom');
    expect(h).toEqual(before);
    let calls = 0;
    const late = (a: number, b: number): number => {
      if (++calls === 3) throw new Error('boom');
      return a - b;
    };
    expect(() => heapPop(h, late)).toThrow('boom');
    expect(h).toEqual(before);
    expect(heapPop(h, byNumber)).toBe(1);
  });
});
