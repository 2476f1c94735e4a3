// `SmartPriorityQueue`: smallest item first, by a comparator, over a binary heap (O(log n) put and get).
import { QueueEmpty } from '@asyncutils/exceptions';
import { defaultCompare, type Comparator } from './defaultCompare.js';
import { heapPop, heapPush } from './heap.js';
import { PotentQueueBase } from './PotentQueueBase.js';
import { need, obj } from './check.js';
import { VOID } from './waiters.js';

/** Options of the {@link SmartPriorityQueue} constructor. */
interface SmartPriorityQueueOptions<T> {
  /**
   * Initial items: a sync iterable is inserted synchronously while there is room, the rest (and any async
   * iterable) in the background; `ready` settles when all are in.
   */
  readonly initItems?: Iterable<T> | AsyncIterable<T> | undefined;
  /** The order: negative when `a` comes first. @defaultValue {@link defaultCompare} */
  readonly compare?: Comparator<T> | undefined;
}

/**
 * A priority queue (Python `SmartPriorityQueue`): the {@link PotentQueueBase} contract with the smallest item
 * (by `compare`) first, over a binary heap, so `put` and `get` cost O(log n). The order among equal items is
 * unspecified (use {@link UserPriorityQueue} for first-in-first-out ties).
 *
 * @remarks
 * A comparator that throws during an insertion makes that insertion fail and leaves the queue unchanged.
 * `peekAll()` returns an ascending copy (O(n log n)).
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { SmartPriorityQueue } from '@asyncutils/queues';
 *
 * const q = new SmartPriorityQueue<[number, string]>(0, { initItems: [[2, 'b'], [1, 'z'], [2, 'a']] });
 * q.getNowait(); // [1, 'z']
 * await q.get(); // [2, 'a']
 * q.peek(); // [2, 'b']
 *
 * const maxFirst = new SmartPriorityQueue<number>(0, { compare: (a, b) => b - a });
 * ```
 */
export class SmartPriorityQueue<T> extends PotentQueueBase<T> {
  /** `'asyncutils.queues.SmartPriorityQueue'`. */
  static override readonly qualname: string = 'asyncutils.queues.SmartPriorityQueue';
  /**
   * The heap (entries; items here, `[priority, tiebreak, item]` in `UserPriorityQueue`).
   * @internal
   */
  protected _h: unknown[] = [];
  /**
   * The entry order.
   * @internal
   */
  protected readonly _c: Comparator<unknown>;
  /**
   * Settles when every initial item is in (at once when there are none or all fitted); rejects with the
   * iterable's or the comparator's error (never reported as unhandled).
   */
  readonly ready: Promise<void>;

  /**
   * @param maxsize - The capacity (see {@link PotentQueueBase}). @defaultValue `0` (unbounded)
   * @param opts - `initItems`, `compare`.
   * @throws `TypeError`/`RangeError` for a bad `maxsize`, a non-function `compare` or a non-iterable `initItems`.
   */
  constructor(maxsize = 0, opts?: SmartPriorityQueueOptions<T>) {
    super(maxsize);
    const api = (this.constructor as typeof PotentQueueBase).qualname;
    let c = obj(api, opts).compare;
    if (c === undefined) c = defaultCompare;
    need(typeof c === 'function', api, 'compare', 'a function', c);
    this._c = c as Comparator<unknown>;
    this.ready = fill(this, opts?.initItems, opts, api);
  }

  protected _init(): void {
    this._h = [];
  }

  protected _get(): T {
    return this._item(heapPop(this._h, this._c));
  }

  protected _put(item: T): void {
    heapPush(this._h, item, this._c);
  }

  /** The item count. */
  qsize(): number {
    return this._h.length;
  }

  /** The items in ascending order (a sorted copy). */
  peekAll(): T[] {
    return this._snapshot().map((e) => this._item(e));
  }

  /**
   * The smallest item, without removing it.
   * @throws `QueueEmpty` when empty.
   */
  peek(): T {
    if (!this._h.length) throw new QueueEmpty(`${(this.constructor as typeof PotentQueueBase).qualname}.peek: the queue is empty`);
    return this._item(this._h[0]);
  }

  /** The entries in ascending order (a sorted array is a valid heap). */
  protected override _snapshot(): unknown[] {
    return this._h.slice().sort(this._c);
  }

  protected override _restore(entries: unknown[]): void {
    this._h = entries.slice();
  }
}

/** `first`, then the rest of `it`; closing it early closes `it`. */
function* prepend<T>(first: T, it: Iterator<T>): Generator<T, void, undefined> {
  let inner = false;
  try {
    yield first;
    inner = true;
    yield* { [Symbol.iterator]: () => it };
  } finally {
    if (!inner) it.return?.();
  }
}

/**
 * Inserts the initial items of a priority queue: a sync iterable synchronously while there is room, the rest
 * through `extend` in the background. Returns the `ready` promise (marked handled).
 * @internal
 */
export function fill<T>(q: PotentQueueBase<T>, items: Iterable<T> | AsyncIterable<T> | undefined, o: object | undefined, api: string): Promise<void> {
  if (items === undefined) return VOID;
  const box = Object(items) as object;
  need(items !== null && (Symbol.iterator in box || Symbol.asyncIterator in box), api, 'initItems', 'iterable', items);
  let p: Promise<void>;
  if (Symbol.asyncIterator in box) p = q.extend(items, o);
  else {
    const it = (items as Iterable<T>)[Symbol.iterator]();
    try {
      for (;;) {
        const r = it.next();
        if (r.done) return VOID;
        if (q.full()) {
          p = q.extend(prepend(r.value, it), o);
          break;
        }
        q.putNowait(r.value, o as never);
      }
    } catch (e) {
      it.return?.();
      p = Promise.reject(e);
    }
  }
  p.catch(() => undefined);
  return p;
}
