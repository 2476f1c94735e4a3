// `MultiCountDownLatch`: one count-down latch per key.
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { repr } from './validate.js';
import { badOpts, Fifo, grant, head, qualname, show, timeoutError, VOID, wait, type Waiter } from './waitQueue.js';

/**
 * The initial counts of a {@link MultiCountDownLatch}: a `Map`, an iterable of `[key, count]` pairs, or a
 * plain object (string keys).
 *
 * @typeParam K - The key type.
 *
 * @example
 * ```ts
 * const a: LatchCounts<string> = { db: 1, cache: 2 };
 * const b: LatchCounts<number> = new Map([[1, 3]]);
 * const c: LatchCounts<symbol> = [[Symbol.for('x'), 1]];
 * ```
 */
export type LatchCounts<K> =
  | ReadonlyMap<K, number>
  | Iterable<readonly [K, number]>
  | Readonly<Record<K & string, number>>;

/**
 * Options of {@link MultiCountDownLatch.wait}: the wait options plus `strict`.
 *
 * @example
 * ```ts
 * const opts: MultiCountDownLatchWaitOptions = { strict: true, timeout: 1_000 };
 * await latch.wait('db', opts); // RangeError if 'db' has no count
 * ```
 */
export type MultiCountDownLatchWaitOptions = LockAcquireOptions & {
  /**
   * `true`: waiting on a key without a count rejects `RangeError`; `false`: it resolves at once.
   * @default false
   */
  strict?: boolean;
};

/** The waiters of one key; the map entry goes when the last one leaves. */
class LatchQueue<K> extends Fifo {
  readonly map: Map<K, LatchQueue<K>>;
  readonly key: K;

  constructor(o: object, map: Map<K, LatchQueue<K>>, key: K) {
    super(o, 'wait');
    this.map = map;
    this.key = key;
  }

  override leave(w: Waiter): void {
    this.remove(w);
    if (head(this) === undefined) this.map.delete(this.key);
  }
}

function wakeAll(q: Fifo | undefined): void {
  if (q !== undefined) for (let w = q.shift(); w !== undefined; w = q.shift()) grant(w, undefined);
}

/**
 * One count-down latch per key (Python `MultiCountDownLatch`): `countDown(key)` decrements a key's
 * count; `wait(key)` resolves when it reaches zero, `waitAll()` when every count has.
 *
 * @remarks
 * Counts are fixed at construction (keys with a count `<= 0` are dropped); no key can be added later.
 * `countDown`/`countDownAll` are synchronous (Python's are coroutines; `await` on them still works).
 * Waits take `{ signal, timeout }` (ms). Python deadlocked `wait` against `count_down` and broke
 * `count_down_all` once a key reached zero; both work here.
 *
 * @typeParam K - The key type (`Map` key equality).
 *
 * @example
 * ```ts
 * import { MultiCountDownLatch } from '@asyncutils/locks';
 *
 * const ready = new MultiCountDownLatch({ db: 1, workers: 3 });
 * for (let i = 0; i < 3; i++) setTimeout(() => ready.countDown('workers'), 10 * i);
 * setTimeout(() => ready.countDown('db'), 5);
 * await ready.wait('db', { timeout: 1_000 });
 * await ready.waitAll();
 * ready.broken; // true: every count is zero
 * ```
 */
export class MultiCountDownLatch<K> {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.MultiCountDownLatch';
  readonly #counts: Map<K, number> = new Map();
  readonly #waiters: Map<K, LatchQueue<K>> = new Map();
  readonly #all: Fifo = new Fifo(this, 'waitAll');

  /**
   * @param counts - The initial count of each key (integers; `<= 0` dropped).
   * @throws TypeError when `counts` is not a map, an iterable of pairs or an object, or a count is not a
   * number; RangeError when a count is not an integer.
   */
  constructor(counts: LatchCounts<K>) {
    if (typeof counts !== 'object' || counts === null) {
      throw new TypeError(`${qualname(this)}: counts must be a Map, an iterable of [key, count] pairs or an object, got ${show(counts)}`);
    }
    const entries: Iterable<unknown> =
      Symbol.iterator in counts ? (counts as Iterable<unknown>) : Object.entries(counts as Record<string, number>);
    for (const entry of entries) {
      if (!Array.isArray(entry)) throw new TypeError(`${qualname(this)}: each entry must be a [key, count] pair, got ${show(entry)}`);
      const [key, count] = entry as [K, unknown];
      if (typeof count !== 'number') throw new TypeError(`${qualname(this)}: the count of key ${repr(key)} must be a number, got ${show(count)}`);
      if (!Number.isInteger(count)) throw new RangeError(`${qualname(this)}: the count of key ${repr(key)} must be an integer, got ${count}`);
      if (count > 0) this.#counts.set(key, count);
    }
  }

  /** Whether no count is left (`waitAll()` would resolve at once). */
  get broken(): boolean {
    return this.#counts.size === 0;
  }

  /**
   * Decrements `key`'s count; at zero the key goes and its waiters resolve.
   * @param key - The key.
   * @param opts - `strict` (default `false`): throw when `key` has no count left.
   * @throws RangeError `asyncutils.locks.MultiCountDownLatch: cannot count down key <key> further` when
   * strict and `key` has no count (unknown or already zero).
   */
  countDown(key: K, opts?: { strict?: boolean }): void {
    const c = this.#counts.get(key);
    if (c === undefined) {
      if (opts?.strict) throw new RangeError(`${qualname(this)}: cannot count down key ${repr(key)} further`);
      return;
    }
    if (c > 1) {
      this.#counts.set(key, c - 1);
      return;
    }
    this.#counts.delete(key);
    const q = this.#waiters.get(key);
    this.#waiters.delete(key);
    wakeAll(q);
    if (this.#counts.size === 0) wakeAll(this.#all);
  }

  /** Decrements every remaining key once (keys reaching zero go and their waiters resolve). */
  countDownAll(): void {
    for (const key of [...this.#counts.keys()]) this.countDown(key);
  }

  /**
   * Waits until `key`'s count reaches zero.
   * @param key - The key.
   * @param opts - Abort signal, deadline (ms) and `strict` (default `false`).
   * @returns A promise settled when the count is zero (at once when `key` has no count and not strict).
   * @throws RangeError `asyncutils.locks.MultiCountDownLatch: no count for key <key>` (as a rejection)
   * when strict and `key` has no count; the abort reason or a `TimeoutError`.
   */
  wait(key: K, opts?: MultiCountDownLatchWaitOptions): Promise<void> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'wait', opts);
      if (bad !== undefined) return bad;
    }
    if (!this.#counts.has(key)) {
      return opts?.strict ? Promise.reject(new RangeError(`${qualname(this)}: no count for key ${repr(key)}`)) : VOID;
    }
    if (opts !== undefined && opts.timeout === 0) return Promise.reject(timeoutError(this, 'wait', 0));
    let q = this.#waiters.get(key);
    if (q === undefined) this.#waiters.set(key, (q = new LatchQueue(this, this.#waiters, key)));
    return wait(q, opts);
  }

  /**
   * Waits until every count is zero.
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise settled when no count is left (at once if none is).
   */
  waitAll(opts?: LockAcquireOptions): Promise<void> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'waitAll', opts);
      if (bad !== undefined) return bad;
    }
    return this.#counts.size === 0 ? VOID : wait(this.#all, opts);
  }
}
