// `defaultCompare`: Python's `<` for the values a priority queue usually holds.
import { typeName } from '@asyncutils/audit';

/**
 * Orders two items for a priority queue: a negative number when `a` comes first, positive when `b` does,
 * `0` when they tie.
 *
 * @example
 * ```ts
 * import { SmartPriorityQueue, type Comparator } from '@asyncutils/queues';
 *
 * const byLength: Comparator<string> = (a, b) => a.length - b.length;
 * const q = new SmartPriorityQueue<string>(0, { compare: byLength });
 * ```
 */
export type Comparator<T> = (a: T, b: T) => number;

/**
 * The default order of the priority queues, Python's `<`: numbers and bigints (mixed freely) by value,
 * strings by UTF-16 code units, arrays element by element like tuples (the first difference decides, a proper
 * prefix comes first). `NaN` ties with everything, as in Python.
 *
 * @param a - An item.
 * @param b - Another item.
 * @returns `-1`, `0` or `1`.
 * @throws `TypeError` `asyncutils.queues.defaultCompare: cannot order <type> and <type>` for any other pair.
 *
 * @example
 * ```ts
 * import { defaultCompare } from '@asyncutils/queues';
 *
 * defaultCompare(1, 2n); // -1
 * defaultCompare([2, 'a'], [1, 'z']); // 1
 * defaultCompare([1, 2], [1]); // 1
 * defaultCompare(1, 'a'); // throws TypeError
 * ```
 */
export function defaultCompare(a: unknown, b: unknown): number {
  const ta = typeof a;
  const tb = typeof b;
  if (((ta === 'number' || ta === 'bigint') && (tb === 'number' || tb === 'bigint')) || (ta === 'string' && tb === 'string')) {
    return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = defaultCompare(a[i], b[i]);
      if (c) return c;
    }
    return Math.sign(a.length - b.length);
  }
  throw new TypeError(`asyncutils.queues.defaultCompare: cannot order ${typeName(a)} and ${typeName(b)}`);
}
