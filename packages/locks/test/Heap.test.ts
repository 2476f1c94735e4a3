import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap, HeapWaiter } from '../src/Heap.js';

describe('Heap', () => {
  it('serves by (priority, arrival), with removals anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), (prios, removals) => {
        const h = new Heap({}, 'acquire');
        const ws = prios.map((p, i) => new HeapWaiter(h, p, i));
        for (const w of ws) h.push(w);
        const removed = new Set<number>();
        for (const r of removals) {
          if (ws.length === 0) break;
          const w = ws[r % ws.length] as HeapWaiter;
          if (w.q !== undefined) {
            h.leave(w);
            removed.add(w.d as number);
          }
        }
        const expected = prios
          .map((p, i) => [p, i] as const)
          .filter(([, i]) => !removed.has(i))
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .map(([, i]) => i);
        const got: number[] = [];
        for (let w = h.shift(); w !== undefined; w = h.shift()) got.push(w.d as number);
        expect(got).toEqual(expected);
        expect(h.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
