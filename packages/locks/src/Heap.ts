// Internal: a priority queue of waiters, served by `(priority, arrival)`, with O(log n) removal.
import { Waiter, type WaitList } from './waitQueue.js';

/**
 * A waiter of a {@link Heap}: its priority, arrival number and heap index.
 * @internal
 */
export class HeapWaiter extends Waiter {
  /** Priority: lower is served first. */
  readonly pr: number;
  /** Arrival number (ties on priority go to the earlier). */
  k = 0;
  /** Index in the heap array. */
  i = 0;

  constructor(q: Heap, pr: number, d?: unknown) {
    super(q);
    this.pr = pr;
    this.d = d;
  }
}

const before = (x: HeapWaiter, y: HeapWaiter): boolean => x.pr < y.pr || (x.pr === y.pr && x.k < y.k);

/**
 * A binary min-heap of waiters ordered by `(priority, arrival)`.
 * @internal
 */
export class Heap implements WaitList {
  readonly a: HeapWaiter[] = [];
  /** The next arrival number. */
  seq = 0;
  readonly o: object;
  readonly m: string;

  constructor(o: object, m: string) {
    this.o = o;
    this.m = m;
  }

  /** How many wait. */
  get size(): number {
    return this.a.length;
  }

  /** Adds a waiter (numbering its arrival). */
  push(w: HeapWaiter): void {
    w.k = this.seq++;
    w.i = this.a.length;
    this.a.push(w);
    this.#up(w);
  }

  /** Takes out and returns the best waiter. */
  shift(): HeapWaiter | undefined {
    const w = this.a[0];
    if (w !== undefined) this.remove(w);
    return w;
  }

  /** Takes a waiter out (marks it settled). */
  remove(w: HeapWaiter): void {
    const a = this.a;
    const last = a.pop() as HeapWaiter;
    if (last !== w) {
      last.i = w.i;
      a[w.i] = last;
      this.#down(last);
      this.#up(last);
    }
    w.q = undefined;
  }

  leave(w: Waiter): void {
    this.remove(w as HeapWaiter);
  }

  #up(w: HeapWaiter): void {
    const a = this.a;
    let i = w.i;
    while (i > 0) {
      const pi = (i - 1) >> 1;
      const p = a[pi] as HeapWaiter;
      if (!before(w, p)) break;
      a[i] = p;
      p.i = i;
      i = pi;
    }
    a[i] = w;
    w.i = i;
  }

  #down(w: HeapWaiter): void {
    const a = this.a;
    const n = a.length;
    let i = w.i;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && before(a[c + 1] as HeapWaiter, a[c] as HeapWaiter)) c++;
      const cw = a[c] as HeapWaiter;
      if (!before(cw, w)) break;
      a[i] = cw;
      cw.i = i;
      i = c;
    }
    a[i] = w;
    w.i = i;
  }
}
