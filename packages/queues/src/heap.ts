// Internal: a binary min-heap over an array, ordered by a comparator. Both operations are O(log n) and atomic:
// they compare first (reads only) and move afterwards, so a comparator that throws leaves the heap unchanged.
import type { Comparator } from './defaultCompare.js';

/** The child indices chosen by the compare phase of `heapPop` (reused; no allocation per pop). */
const path: number[] = [];

/**
 * Inserts `x`.
 * @internal
 */
export function heapPush<E>(h: E[], x: E, c: Comparator<E>): void {
  let i = h.length;
  let j = i;
  while (j > 0) {
    const p = (j - 1) >> 1;
    if (c(x, h[p] as E) >= 0) break;
    j = p;
  }
  while (i > j) {
    const p = (i - 1) >> 1;
    h[i] = h[p] as E;
    i = p;
  }
  h[j] = x;
}

/**
 * Removes and returns the smallest entry (the heap must not be empty).
 * @internal
 */
export function heapPop<E>(h: E[], c: Comparator<E>): E {
  const top = h[0] as E;
  const n = h.length - 1;
  const last = h[n] as E;
  let k = 0;
  for (let i = 0; ; ) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const m = l + 1 < n && c(h[l + 1] as E, h[l] as E) < 0 ? l + 1 : l;
    if (c(h[m] as E, last) >= 0) break;
    path[k++] = m;
    i = m;
  }
  let hole = 0;
  for (let t = 0; t < k; t++) {
    const m = path[t] as number;
    h[hole] = h[m] as E;
    hole = m;
  }
  h[hole] = last;
  h.length = n;
  return top;
}
