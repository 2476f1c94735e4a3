// `PotentQueueBase` (the asyncio.Queue contract plus the extras) and its two array-backed classes, `SmartQueue`
// (FIFO) and `SmartLifoQueue` (LIFO). They share one module because the base's derived queues (`map`, …) create
// the other two: as separate modules, the import cycle would make `extends` run before the base exists whenever
// the base module is loaded first.
//
// Compactness: every put/get variant goes through one attempt (`#try`: a result, `WAIT`, or a throw), which the
// waiters retry too; every argument check through `need`; every queue error through `#err`; every derived queue
// through one feeder (`#derive`).
import { audit, functionName, objectId } from '@asyncutils/audit';
import { QueueEmpty, QueueFull, QueueShutDown } from '@asyncutils/exceptions';
import { isSignal, need, obj, show, waitOpts } from './check.js';
import { all, VOID, WAIT, wait, waitList, wake, type WaitList } from './waiters.js';

/**
 * Options of every queue operation that can wait.
 *
 * @example
 * ```ts
 * import { SmartQueue, type QueueWaitOptions } from '@asyncutils/queues';
 *
 * const opts: QueueWaitOptions = { signal: AbortSignal.timeout(5_000), timeout: 1_000 };
 * await new SmartQueue<number>().put(1, opts);
 * ```
 */
export interface QueueWaitOptions {
  /** Aborting it rejects the wait with `signal.reason` and withdraws it at once (no item taken or put). */
  readonly signal?: AbortSignal | undefined;
  /**
   * The longest wait, in milliseconds; expiry rejects with a `DOMException` named `TimeoutError`. It limits
   * waiting only: an operation that can complete at once completes, even with `timeout: 0`.
   * @defaultValue `undefined` (no limit; `Infinity` too)
   */
  readonly timeout?: number | undefined;
}

/**
 * The handle of an open transaction (see {@link PotentQueueBase.transaction}): it works on the live contents
 * while the queue is locked for everyone else, then keeps them (`commit()`) or restores the snapshot taken
 * when it opened (`rollback()`, or disposal without commit).
 *
 * @typeParam T - The item type.
 * @typeParam Q - The queue type (its `putNowait` parameters are the handle's).
 *
 * @example
 * ```ts
 * import { SmartQueue } from '@asyncutils/queues';
 *
 * const q = new SmartQueue<number>();
 * q.putNowait(1);
 * {
 *   using tx = q.transaction();
 *   tx.putNowait(tx.getNowait() * 10);
 *   tx.commit(); // without this line the block would roll back
 * }
 * q.getNowait(); // 10
 * ```
 */
export interface QueueTransaction<T, Q extends PotentQueueBase<T> = PotentQueueBase<T>> {
  /** `true` until `commit()`, `rollback()` or disposal. */
  readonly active: boolean;
  /**
   * Takes the next item, ignoring the lock and waking nobody.
   * @throws `QueueEmpty` (`QueueShutDown` when shut down) when there is none; `Error` once ended.
   */
  getNowait(): T;
  /**
   * Stores an item (counted unfinished), ignoring the lock and waking nobody.
   * @throws `QueueShutDown`, `QueueFull`; `Error` once ended.
   */
  putNowait(...args: Parameters<Q['putNowait']>): void;
  /** The live contents (see the queue's `peekAll`). @throws `Error` once ended. */
  peekAll(): T[];
  /** The live item count. @throws `Error` once ended. */
  qsize(): number;
  /** `qsize() === 0`. @throws `Error` once ended. */
  empty(): boolean;
  /** The queue is bounded and holds `maxsize` items. @throws `Error` once ended. */
  full(): boolean;
  /**
   * Marks one item done, at commit (discarded by a rollback).
   * @throws `RangeError` when more calls than unfinished items; `Error` once ended.
   */
  taskDone(): void;
  /** Keeps the contents, applies the deferred `taskDone()`s and unlocks. @throws `Error` once ended. */
  commit(): void;
  /** Restores the snapshot exactly and unlocks. @throws `Error` once ended. */
  rollback(): void;
  /** Rolls back when still active, else nothing. */
  [Symbol.dispose](): void;
  /** As `[Symbol.dispose]()`, for `await using`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The parameters of `starmap`'s function: the item tuple, made mutable (inference comes from the queue only). */
type Spread<A extends readonly unknown[]> = A extends readonly [...infer U] ? U : never;

/** The message of a `taskDone()` without an unfinished task. */
const TOO_MANY = 'taskDone() called too many times';

/** The qualified name of the base itself: its direct subclasses raise no events. */
const BASE = 'asyncutils.queues.PotentQueueBase';

/** What the derived queues accept as error handler. */
type OnError<T> = (err: unknown, item: T) => void;

/** Options of `map` and `starmap`. */
interface MapOptions<T> {
  /** Follow mode: take items as they come until this settles (a promise) or aborts (a signal). */
  readonly stopWhen?: PromiseLike<unknown> | AbortSignal | undefined;
  /** Output is a `SmartLifoQueue`. @defaultValue `false` */
  readonly lifo?: boolean | undefined;
  /** Called with an error of the function and the item it failed on. @defaultValue `console.error` */
  readonly onError?: OnError<T> | undefined;
}

/** Options of `filter` and `enumerate`. */
interface DeriveOptions<T> {
  /** Stops the feeder. */
  readonly signal?: AbortSignal | undefined;
  /** Output is a `SmartLifoQueue`. @defaultValue `false` */
  readonly lifo?: boolean | undefined;
  /** Called with an error of the predicate and the item it failed on. @defaultValue `console.error` */
  readonly onError?: OnError<T> | undefined;
}

/** A boolean option `name` of `o` (default `d`). */
function bool(api: string, o: object | undefined, name: string, d: boolean): boolean {
  const v = (obj(api, o) as Record<string, unknown>)[name];
  need(v === undefined || typeof v === 'boolean', api, name, 'a boolean', v);
  return (v ?? d) as boolean;
}

/** `maxItems`: `undefined` → `Infinity`; else an integer `>= 0` or `Infinity`. */
function maxItems(api: string, v: unknown): number {
  need(v === undefined || ((Number.isInteger(v) || v === Infinity) && (v as number) >= 0), api, 'maxItems', 'an integer >= 0 or Infinity', v, 1);
  return (v ?? Infinity) as number;
}

/** The one message builder of the queue errors: a `C` whose message is `<api>: <text>` (by default what the queue is). */
function qerr(C: new (message: string) => Error, api: string, text?: string): Error {
  return new C(`${api}: ${text ?? `the queue is ${C === QueueEmpty ? 'empty' : C === QueueFull ? 'full' : 'shut down'}`}`);
}

/** Whether `e` is a queue's own timeout (not an abort whose reason happens to be a TimeoutError). */
function isTimeout(e: unknown, s: AbortSignal | undefined): boolean {
  return (e as Error | null)?.name === 'TimeoutError' && !s?.aborted;
}

/**
 * The abstract base of the queues: the full `asyncio.Queue` contract (`maxsize`, `put`/`get`, `*Nowait`,
 * `taskDone`/`join`, `shutdown`) over storage hooks, plus eviction (`push`), drains, smart put/get, transactions
 * that roll back, and derived queues (`map`, `starmap`, `filter`, `enumerate`).
 *
 * @remarks
 * A subclass implements `_init(maxsize)` (recreate empty storage), `_get()` (remove and return the next item;
 * called only when non-empty), `_put(item)`, `peekAll()` and `qsize()`, and creates its storage in its own
 * field initialisers (the constructor does not call `_init`). Optional hooks: `_snapshot()` / `_restore(entries)`
 * copy and restore the storage exactly (default: `peekAll()` and re-putting each entry, which suits FIFO
 * storage), used by transaction rollbacks and `filterNowait`.
 *
 * - **Waiting:** every wait takes `{ signal, timeout }` (ms). Waiting `get()`s are served in arrival order, so
 *   are waiting `put()`s. As in asyncio, a put wakes the first waiting getter, which takes an item when it
 *   runs; a caller that gets in between (`getNowait()`) may take it first, and the woken getter then waits
 *   again at the front. A woken waiter that aborts or times out passes its wake-up on.
 * - **Counting:** puts add one unfinished task per item; `taskDone()` removes one; `join()` resolves at zero.
 *   Items the queue discards itself (`clear()`, eviction by `push`, `shutdown(true)`, `reset()`) are marked done.
 * - **Audit:** instances of `SmartQueue`, `SmartLifoQueue`, `SmartPriorityQueue`, `UserPriorityQueue` (and
 *   their subclasses) raise `asyncutils.queues.<Class>.push`, `.transaction/start`, `.transaction/end`, `.map`,
 *   `.starmap`, `.filter`, `.enumerate` before acting; a throwing hook vetoes. Direct subclasses raise none.
 * - Promise-returning methods never throw synchronously: every error rejects.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { PotentQueueBase } from '@asyncutils/queues';
 *
 * class RingQueue<T> extends PotentQueueBase<T> {
 *   #items: T[] = [];
 *   protected _init(): void { this.#items = []; }
 *   protected _get(): T { return this.#items.shift() as T; }
 *   protected _put(item: T): void { this.#items.push(item); }
 *   peekAll(): T[] { return [...this.#items]; }
 *   qsize(): number { return this.#items.length; }
 * }
 *
 * const q = new RingQueue<string>(2);
 * await q.put('a');
 * await q.get(); // 'a'
 * ```
 */
export abstract class PotentQueueBase<T> {
  /** The qualified name in messages and audit events (`asyncutils.queues.<Class>`). */
  static readonly qualname: string = BASE;
  readonly #max: number;
  readonly #cap: number;
  /** Unfinished tasks. */
  #n = 0;
  #shut = false;
  /** The open transaction. */
  #tx: object | undefined;
  /** `shutdown(true)` during a transaction: discard when it ends. */
  #imm: boolean | undefined;
  /** Runs on shutdown (derived queues stop their feeder with it). */
  #stop: (() => void) | undefined;
  readonly #q: string;
  readonly #g: WaitList;
  readonly #p: WaitList;
  readonly #j: WaitList;

  /**
   * @param maxsize - The capacity: an integer, or `Infinity`; `<= 0` or `Infinity` means unbounded.
   * @defaultValue `maxsize`: `0` (unbounded)
   * @throws `TypeError` when constructed as `PotentQueueBase` itself or `maxsize` is not a number; `RangeError`
   * when it is `NaN` or fractional.
   */
  constructor(maxsize = 0) {
    const q = (this.#q = (new.target as typeof PotentQueueBase).qualname);
    if (new.target === PotentQueueBase) throw new TypeError(`${q}: abstract class, extend it`);
    need(Number.isInteger(maxsize) || maxsize === Infinity, q, 'maxsize', 'an integer or Infinity', maxsize, 1);
    this.#max = maxsize;
    this.#cap = maxsize > 0 ? maxsize : Infinity;
    const list = (k: number, m: string): WaitList => waitList(`${q}.${m}`, (w) => this.#try(k, m, w.d, w.o));
    this.#g = list(0, 'get');
    this.#p = list(1, 'put');
    this.#j = list(2, 'join');
  }

  /** Recreates empty storage (called by `reset()`, `clear()`, `shutdown(true)`). */
  protected abstract _init(maxsize: number): void;
  /** Removes and returns the next item (called only when non-empty). */
  protected abstract _get(): T;
  /**
   * Stores an item.
   * @param opts - The options of the inserting call (`UserPriorityQueue` reads `priority`).
   */
  protected abstract _put(item: T, opts?: never): void;
  /** The items, in storage order (each class documents its order). */
  abstract peekAll(): T[];
  /** The item count. */
  abstract qsize(): number;

  /**
   * A copy of the storage's entries (restorable by `_restore`).
   * @returns By default `peekAll()`.
   */
  protected _snapshot(): unknown[] {
    return this.peekAll();
  }

  /** Replaces the storage with `entries` from `_snapshot()`, exactly. By default `_init` and `_put` each. */
  protected _restore(entries: unknown[]): void {
    this._init(this.#max);
    for (const e of entries) this._put(e as T);
  }

  /** The item of a `_snapshot()` entry. By default the entry itself. */
  protected _item(entry: unknown): T {
    return entry as T;
  }

  /** The capacity as constructed. */
  get maxsize(): number {
    return this.#max;
  }

  /** `qsize() === 0`. */
  empty(): boolean {
    return !this.qsize();
  }

  /** Bounded and holding `maxsize` items or more. */
  full(): boolean {
    return this.qsize() >= this.#cap;
  }

  /** Raises `<prefix>.<name>` with `objectId(this)` and `args`, for the library classes. */
  #ev(name: string, ...args: unknown[]): void {
    if (this.#q !== BASE) (audit as (e: string, ...a: unknown[]) => void)(`${this.#q}.${name}`, objectId(this), ...args);
  }

  /** A `C` whose message is `<prefix>.<m>: <text>` (see {@link qerr}). */
  #err(C: new (message: string) => Error, m: string, text?: string): Error {
    return qerr(C, `${this.#q}.${m}`, text);
  }

  /**
   * The one attempt behind every get (`k` 0), put (1) and join (2), first try or retry of a woken waiter: the
   * result, `WAIT` when the caller has to wait (`*Nowait`: throw), or a throw. `ign`: ignore the lock (the
   * transaction handle).
   */
  #try(k: number, m: string, d?: unknown, o?: unknown, ign?: boolean): unknown {
    const lock = !ign && this.#tx;
    if (k > 1) return this.#n ? WAIT : undefined;
    if (k) {
      if (this.#shut) throw this.#err(QueueShutDown, m);
      if (lock || this.full()) return WAIT;
      this._put(d as T, o as never);
      this.#n++;
      wake(this.#g, 1);
      return undefined;
    }
    if (!lock && this.qsize()) {
      const x = this._get();
      wake(this.#p, 1);
      return x;
    }
    if (this.#shut && !lock) throw this.#err(QueueShutDown, m);
    return WAIT;
  }

  /** `#try` without waiting: `WAIT` throws `QueueEmpty` (get) or `QueueFull` (put). */
  #now(k: number, m: string, d?: unknown, o?: unknown, ign?: boolean): T {
    const v = this.#try(k, m, d, o, ign);
    if (v === WAIT) throw this.#err(k ? QueueFull : QueueEmpty, m);
    return v as T;
  }

  /** `#try` or wait, as a promise that never throws synchronously. */
  #call<R>(k: number, l: WaitList, m: string, o: QueueWaitOptions | undefined, d?: unknown): Promise<R> {
    try {
      if (o !== undefined) waitOpts(l.m, o);
      const v = this.#try(k, m, d, o);
      if (v !== WAIT) return (v === undefined ? VOID : Promise.resolve(v)) as Promise<R>;
    } catch (e) {
      return Promise.reject(e);
    }
    return wait(l, o, d);
  }

  /** Marks `k` discarded items done (floored at 0). */
  #done(k: number): void {
    this.#n = Math.max(0, this.#n - k);
    if (!this.#n) all(this.#j, undefined, true);
  }

  /**
   * Stores an item without waiting and wakes the first waiting getter.
   * @param item - The item.
   * @param opts - Unused here (`UserPriorityQueue` takes `{ priority }`).
   * @throws `QueueShutDown` when shut down; `QueueFull` when full (or a transaction is open).
   */
  putNowait(item: T, opts?: never): void {
    this.#now(1, 'putNowait', item, opts);
  }

  /**
   * Stores an item, waiting for a free slot while the queue is full.
   * @param item - The item.
   * @param opts - `signal`, `timeout` (ms).
   * @returns A promise that resolves once the item is stored.
   * @throws (rejects) `QueueShutDown` when shut down (also while waiting); a `TimeoutError` `DOMException`;
   * the signal's reason; `TypeError`/`RangeError` for bad options.
   */
  put(item: T, opts?: QueueWaitOptions): Promise<void> {
    // The uncontended case first, written out: V8 then inlines it whole even when several queue classes share
    // these methods (through `#call` it costs a tenth more).
    if (opts === undefined && !(this.#shut || this.#tx || this.full())) {
      try {
        this._put(item);
        this.#n++;
        wake(this.#g, 1);
        return VOID;
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return this.#call(1, this.#p, 'put', opts, item);
  }

  /**
   * Removes and returns the next item without waiting; wakes the first waiting putter. Works on a shut-down
   * queue while items remain.
   * @throws `QueueEmpty` when empty (or a transaction is open); `QueueShutDown` when empty and shut down.
   */
  getNowait(): T {
    return this.#now(0, 'getNowait');
  }

  /**
   * Removes and returns the next item, waiting while the queue is empty.
   * @param opts - `signal`, `timeout` (ms).
   * @returns A promise of the item.
   * @throws (rejects) `QueueShutDown` when empty and shut down (also while waiting); a `TimeoutError`
   * `DOMException`; the signal's reason; `TypeError`/`RangeError` for bad options.
   */
  get(opts?: QueueWaitOptions): Promise<T> {
    // the uncontended case first, as in `put`
    if (opts === undefined && !this.#tx && this.qsize()) {
      try {
        const x = this._get();
        wake(this.#p, 1);
        return Promise.resolve(x);
      } catch (e) {
        return Promise.reject(e);
      }
    }
    return this.#call(0, this.#g, 'get', opts);
  }

  /**
   * Marks one item handed out by a get as done; at zero unfinished items, `join()` resolves.
   * @throws `RangeError` `…taskDone: taskDone() called too many times` when nothing is unfinished.
   */
  taskDone(): void {
    if (!this.#n) throw this.#err(RangeError, 'taskDone', TOO_MANY);
    this.#done(1);
  }

  /**
   * Waits until every item put has been marked done (at once when none is unfinished).
   * @param opts - `signal`, `timeout` (ms).
   * @returns A promise that resolves at zero unfinished tasks.
   */
  join(opts?: QueueWaitOptions): Promise<void> {
    return this.#call(2, this.#j, 'join', opts);
  }

  /**
   * Shuts the queue down: puts fail from now on, gets fail once it is empty. Waiting putters reject
   * `QueueShutDown`; waiting getters take what remains, then reject. Idempotent.
   * @param immediate - Also discard every item (each marked done). During a transaction, discarding and
   * releasing getters happen when it ends.
   * @defaultValue `immediate`: `false`
   */
  shutdown(immediate = false): void {
    this.#shut = true;
    this.#stop?.();
    all(this.#p, this.#err(QueueShutDown, 'put'));
    if (this.#tx) this.#imm ||= immediate;
    else {
      if (immediate) this.#discard();
      wake(this.#g, Infinity);
    }
  }

  /** Empties the storage, marking every item done; returns how many there were. */
  #discard(): number {
    const k = this.qsize();
    this._init(this.#max);
    this.#done(k);
    return k;
  }

  /**
   * Empties the storage, zeroes the unfinished count (`join()` resolves) and clears `isShutdown`. Waiting
   * putters are woken for the free slots; waiting getters keep waiting.
   * @throws `Error` while a transaction is open.
   */
  reset(): void {
    this._unlocked('reset');
    this._init(this.#max);
    this.#shut = this.#imm = false;
    this.#done(Infinity);
    wake(this.#p, this.#cap);
  }

  /**
   * Throws when a transaction is open (for subclass methods that rewrite the storage).
   * @internal
   */
  protected _unlocked(m: string): void {
    if (this.#tx) throw this.#err(Error, m, 'a transaction is open');
  }

  /** Whether the queue is shut down. Setting `true` shuts it down; setting `false` on a shut-down queue resets it (contents are lost). */
  get isShutdown(): boolean {
    return this.#shut;
  }

  set isShutdown(v: boolean) {
    if (v) this.shutdown();
    else if (this.#shut) this.reset();
  }

  /** `putNowait` would succeed: not shut down, not full, no transaction open. */
  get canPutNow(): boolean {
    return !(this.#shut || this.#tx || this.full());
  }

  /** `getNowait` would succeed: not shut down, not empty, no transaction open. */
  get canGetNow(): boolean {
    return !(this.#shut || this.#tx || this.empty());
  }

  /** Both `canPutNow` and `canGetNow`. */
  get fullyFunctional(): boolean {
    return this.canPutNow && this.canGetNow;
  }

  /** `maxsize` when bounded, else `Infinity`. */
  get capacity(): number {
    return this.#cap;
  }

  /** `capacity - qsize()`. */
  get remainingCapacity(): number {
    return this.#cap - this.qsize();
  }

  /** `qsize() / capacity` (0 when unbounded). */
  get utilizationRate(): number {
    return this.qsize() / this.#cap;
  }

  /**
   * Puts without waiting when possible, else waits (up to `timeout`).
   * @param item - The item.
   * @param opts - `signal`, `timeout` (ms), `raising`: on timeout reject (`true`) or resolve `false`.
   * @defaultValue `opts.raising`: `true`
   * @returns `true` once the item is stored; `false` when it timed out with `raising: false`.
   * @throws (rejects) `QueueShutDown`; a `TimeoutError` when `raising`; the signal's reason.
   */
  async smartPut(item: T, opts?: QueueWaitOptions & { readonly raising?: boolean | undefined }): Promise<boolean> {
    const api = `${this.#q}.smartPut`;
    waitOpts(api, opts);
    const raising = bool(api, opts, 'raising', true);
    try {
      await this.put(item, opts);
      return true;
    } catch (x) {
      if (raising || !isTimeout(x, opts?.signal)) throw x;
      return false;
    }
  }

  /**
   * Gets without waiting when possible, else waits (up to `timeout`); `default` (when the key is present)
   * replaces a `QueueShutDown` found at once and a timeout.
   * @param opts - `signal`, `timeout` (ms), `default`.
   * @returns The item, or `default`.
   * @throws (rejects) `QueueShutDown` (always when raised while waiting); a `TimeoutError` without `default`;
   * the signal's reason.
   */
  async smartGet(opts?: QueueWaitOptions & { readonly default?: T }): Promise<T> {
    waitOpts(`${this.#q}.smartGet`, opts);
    const has = opts !== undefined && 'default' in opts;
    if (has && this.#shut && !this.#tx && this.empty()) return opts.default as T;
    try {
      return await this.get(opts);
    } catch (x) {
      if (has && isTimeout(x, opts.signal)) return opts.default as T;
      throw x;
    }
  }

  /**
   * Puts every item of `items` in order with `smartPut` (waiting for space). The first rejection stops the
   * iteration (the iterator's `return()` runs) and rejects.
   * @param items - A sync or async iterable.
   * @param opts - `signal`.
   * @returns A promise that resolves once every item is stored.
   */
  async extend(items: Iterable<T> | AsyncIterable<T>, opts?: { readonly signal?: AbortSignal | undefined }): Promise<void> {
    const api = `${this.#q}.extend`;
    const async = Symbol.asyncIterator in Object(items);
    need(items != null && (async || Symbol.iterator in Object(items)), api, 'items', 'iterable', items);
    waitOpts(api, opts);
    if (async) for await (const x of items as AsyncIterable<T>) await this.smartPut(x, opts);
    else for (const x of items as Iterable<T>) await this.smartPut(x, opts);
  }

  /**
   * Stores an item, evicting the next item (the one `getNowait()` would return) when full. Eviction raises
   * `<prefix>.push` `[addr, item, victim]` first; the evicted item is marked done.
   * @param item - The item.
   * @param opts - Unused here (`UserPriorityQueue` takes `{ priority }`).
   * @returns `true` when stored; `false` when shut down or a transaction is open (nothing changes).
   * @throws What a vetoing audit hook throws (nothing changes).
   */
  push(item: T, opts?: never): boolean {
    if (this.#shut || this.#tx) return false;
    if (!this.full()) this.#now(1, 'push', item, opts);
    else {
      if (this.#q !== BASE) this.#ev('push', item, (this as unknown as { peek(): T }).peek());
      const v = this._get();
      try {
        this._put(item, opts);
      } catch (x) {
        this._put(v);
        throw x;
      }
      this.#n = Math.max(0, this.#n - 1) + 1;
    }
    return true;
  }

  /**
   * Yields items as they come (`get` with `timeout` per item and `signal`); each yielded item is marked done
   * when the consumer resumes the generator. Ends on `QueueShutDown`, on a per-item timeout, or after
   * `maxItems` items; an abort rejects the pending `next()`.
   * @param opts - `maxItems` (`undefined`: unlimited), `timeout` (ms, per item), `signal`.
   * @throws `RangeError`/`TypeError` for bad options.
   */
  drainPersistent(opts?: QueueWaitOptions & { readonly maxItems?: number | undefined }): AsyncGenerator<T, void, undefined> {
    const api = `${this.#q}.drainPersistent`;
    const max = maxItems(api, obj(api, opts).maxItems);
    // an aborted signal is not a bad argument: the first next() rejects with its reason
    waitOpts(api, opts, true);
    return this.#persist(max, opts);
  }

  async *#persist(max: number, o: QueueWaitOptions | undefined): AsyncGenerator<T, void, undefined> {
    for (let k = 0; k < max; k++) {
      let x: T;
      try {
        x = await this.get(o);
      } catch (e) {
        if (e instanceof QueueShutDown || isTimeout(e, o?.signal)) return;
        throw e;
      }
      try {
        yield x;
      } finally {
        this.taskDone();
      }
    }
  }

  /**
   * Lazily takes items with `getNowait()` until the queue is empty (or `maxItems` items); no `taskDone()`.
   * @param max - The most items to take (`undefined`: unlimited).
   */
  drainUntilEmpty(max?: number): Generator<T, void, undefined> {
    return this.#until(maxItems(`${this.#q}.drainUntilEmpty`, max));
  }

  *#until(max: number): Generator<T, void, undefined> {
    for (let k = 0; k < max && !this.#tx && this.qsize(); k++) yield this.getNowait();
  }

  /**
   * `[...drainUntilEmpty(maxItems)]`.
   * @param maxItems - The most items to take (`undefined`: unlimited).
   */
  drainIntoList(maxItems?: number): T[] {
    return [...this.drainUntilEmpty(maxItems)];
  }

  /** `drainUntilEmpty()`. */
  [Symbol.iterator](): Generator<T, void, undefined> {
    return this.drainUntilEmpty();
  }

  /** `drainPersistent()`. */
  [Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    return this.drainPersistent();
  }

  /**
   * Puts then gets, without waiting: the item returned is the next one after `item` went in.
   * @param item - The item.
   * @param opts - `raising`: on an empty or full queue throw, else put only (empty) or get then put (full).
   * @defaultValue `opts.raising`: `true`
   * @returns The item taken, or `undefined` when the queue was empty and `raising` is `false`.
   * @throws `QueueShutDown`; `QueueEmpty` (also while a transaction is open); `QueueFull`.
   */
  pushpopNowait(item: T, opts?: { readonly raising?: boolean | undefined }): T | undefined {
    return this.#pair('pushpopNowait', item, opts, true);
  }

  /**
   * Gets then puts, without waiting.
   * @param item - The item.
   * @param opts - `raising`: on an empty queue throw, else put only.
   * @defaultValue `opts.raising`: `true`
   * @returns The item taken, or `undefined` when the queue was empty and `raising` is `false`.
   * @throws `QueueShutDown`; `QueueEmpty` (also while a transaction is open).
   */
  poppushNowait(item: T, opts?: { readonly raising?: boolean | undefined }): T | undefined {
    return this.#pair('poppushNowait', item, opts);
  }

  /** `pushpopNowait` (`push`) and `poppushNowait`. */
  #pair(m: string, item: T, opts: { readonly raising?: boolean | undefined } | undefined, push?: boolean): T | undefined {
    const raising = bool(`${this.#q}.${m}`, opts, 'raising', true);
    if (this.#shut) throw this.#err(QueueShutDown, m);
    if (this.#tx || this.empty()) {
      if (raising || this.#tx) throw this.#err(QueueEmpty, m);
      this.putNowait(item);
      return undefined;
    }
    if (push) {
      if (!this.full()) {
        this.putNowait(item);
        return this.getNowait();
      }
      if (raising) throw this.#err(QueueFull, m);
    }
    const x = this.getNowait();
    this.putNowait(item);
    return x;
  }

  /**
   * `await put(item)` then `return await get()`; one `timeout`/`signal` covers both steps, and a failure in
   * the second step does not undo the first.
   * @param item - The item.
   * @param opts - `signal`, `timeout` (ms, for both steps together).
   * @returns The item got.
   */
  async pushpop(item: T, opts?: QueueWaitOptions): Promise<T> {
    const rest = this.#rest('pushpop', opts);
    await this.put(item, opts);
    return this.get(rest());
  }

  /**
   * `r = await get(); await put(item); return r`; one `timeout`/`signal` covers both steps.
   * @param item - The item.
   * @param opts - `signal`, `timeout` (ms, for both steps together).
   * @returns The item got.
   */
  async poppush(item: T, opts?: QueueWaitOptions): Promise<T> {
    const rest = this.#rest('poppush', opts);
    const x = await this.get(opts);
    await this.put(item, rest());
    return x;
  }

  /** Checks the options of a two-step wait; returns the options of the second step (what is left of `timeout`). */
  #rest(m: string, o: QueueWaitOptions | undefined): () => QueueWaitOptions | undefined {
    waitOpts(`${this.#q}.${m}`, o);
    const t = o?.timeout;
    const end = Date.now() + (t as number);
    return () => (t === undefined ? o : { signal: o?.signal, timeout: Math.max(0, end - Date.now()) });
  }

  /** Removes every item (each marked done), waking putters for the freed slots. Nothing while a transaction is open. */
  clear(): void {
    if (!this.#tx) wake(this.#p, this.#discard());
  }

  /**
   * Removes the items failing `pred` (all predicates run first; a throwing one changes nothing). The others
   * stay in their relative order.
   * @param pred - The test. @defaultValue `Boolean`
   * @returns `[removed, removed.length]`: the removed items in get order (handed to the caller: still unfinished).
   */
  filterNowait(pred: (item: T) => unknown = Boolean): [removed: T[], overflowIndex: number] {
    need(typeof pred === 'function', `${this.#q}.filterNowait`, 'pred', 'a function', pred);
    let out: T[] = [];
    if (!this.#tx && this.qsize()) {
      const es = this._snapshot();
      const keep = es.map((e) => !!pred(this._item(e)));
      this._restore(es.filter((_, i) => keep[i]));
      out = es.filter((_, i) => !keep[i]).map((e) => this._item(e));
      if (this instanceof SmartLifoQueue) out.reverse();
      wake(this.#p, out.length);
    }
    return [out, out.length];
  }

  /**
   * Lazily takes items with `getNowait()`, paired with `start + k * step`; stops when empty.
   * @param start - The first index. @defaultValue `0`
   * @param opts - `step`. @defaultValue `opts.step`: `1`
   * @throws `RangeError`/`TypeError` when `start` or `step` is not a finite number.
   */
  enumerateNowait(start = 0, opts?: { readonly step?: number | undefined }): Generator<[number, T], void, undefined> {
    const api = `${this.#q}.enumerateNowait`;
    let step = obj(api, opts).step;
    if (step === undefined) step = 1;
    need(Number.isFinite(start), api, 'start', 'a finite number', start, 1);
    need(Number.isFinite(step), api, 'step', 'a finite number', step, 1);
    return this.#enum(start, step);
  }

  *#enum(start: number, step: number): Generator<[number, T], void, undefined> {
    let k = 0;
    for (const x of this.#until(Infinity)) yield [start + k++ * step, x];
  }

  /**
   * Opens a transaction: raises `<prefix>.transaction/start`, snapshots contents and unfinished count, and
   * locks the queue. While open, others see it locked: `get()`/`put()` wait, `getNowait` throws `QueueEmpty`,
   * `putNowait` throws `QueueFull`, `push` returns `false`, drains see nothing. `commit()` keeps the contents,
   * `rollback()` (or disposal without commit) restores them exactly; either raises `transaction/end` once.
   *
   * With `fn`: calls `fn(tx)`; a return commits, a throw rolls back and rethrows; a thenable is awaited the
   * same way (the result is then a promise). `fn` may end the transaction itself.
   * @throws `Error` when a transaction is already open (no event); what a vetoing audit hook throws.
   */
  transaction(): QueueTransaction<T, this>;
  transaction<R>(fn: (tx: QueueTransaction<T, this>) => PromiseLike<R>): Promise<Awaited<R>>;
  transaction<R>(fn: (tx: QueueTransaction<T, this>) => R): R;
  transaction<R>(fn?: (tx: QueueTransaction<T, this>) => R): unknown {
    const m = 'transaction';
    if (fn !== undefined) need(typeof fn === 'function', `${this.#q}.${m}`, 'fn', 'a function', fn);
    if (this.#tx) throw this.#err(Error, m, 'a transaction is already open');
    this.#ev(`${m}/start`);
    const snap = this._snapshot();
    let live = true;
    let puts = 0;
    let dones = 0;
    /** Wraps a handle method: it throws once the transaction has ended. */
    const on =
      <A extends unknown[], V>(f: (...a: A) => V) =>
      (...a: A): V => {
        if (!live) throw this.#err(Error, m, 'transaction has ended');
        return f(...a);
      };
    const end = on((keep: boolean): void => {
      live = false;
      if (!keep) this._restore(snap);
      this.#done(keep ? dones : puts);
      this.#tx = undefined;
      if (this.#imm) {
        this.#imm = false;
        this.#discard();
      }
      try {
        this.#ev(`${m}/end`);
      } finally {
        wake(this.#g, this.#shut ? Infinity : this.qsize());
        wake(this.#p, this.#cap - this.qsize());
      }
    });
    /** Ends the transaction unless it already ended. */
    const fin = (keep: boolean): void => {
      if (live) end(keep);
    };
    const tx = {
      get active() {
        return live;
      },
      getNowait: on(() => this.#now(0, `${m}.getNowait`, 0, 0, true)),
      putNowait: on((item: unknown, o?: unknown) => {
        this.#now(1, `${m}.putNowait`, item, o, true);
        puts++;
      }),
      taskDone: on(() => {
        if (this.#n - dones < 1) throw this.#err(RangeError, `${m}.taskDone`, TOO_MANY);
        dones++;
      }),
      commit: () => end(true),
      rollback: () => end(false),
      [Symbol.dispose]: () => fin(false),
      [Symbol.asyncDispose]: async () => fin(false),
    } as unknown as QueueTransaction<T, this>;
    for (const k of ['peekAll', 'qsize', 'empty', 'full'] as const) (tx as unknown as Record<string, unknown>)[k] = on(() => this[k]());
    this.#tx = tx;
    if (fn === undefined) return tx;
    /** Ends the callback form: commit and return `v`, or roll back and throw it. */
    const out = (ok: boolean, v: unknown): R => {
      fin(ok);
      if (!ok) throw v;
      return v as R;
    };
    let r: R;
    try {
      r = fn(tx);
    } catch (e) {
      return out(false, e);
    }
    return typeof (r as PromiseLike<unknown> | null)?.then === 'function'
      ? Promise.resolve(r).then(
          (v) => out(true, v),
          (e: unknown) => out(false, e),
        )
      : out(true, r);
  }

  /**
   * A new queue fed with `f(item)` for each item of this one, in order (one at a time, with back-pressure).
   * Raises `<prefix>.map` `[addr, fname]` first. Without `stopWhen` it drains what is there (including items
   * added meanwhile) then ends; with it, it follows new items until `stopWhen` settles or aborts, or this queue
   * shuts down. Each item taken is marked done here once handed on. When the feeder ends, the output is shut
   * down (consumers get what was produced, then `QueueShutDown` / the end of iteration). An error of `f` drops
   * that item, stops the feeder and goes to `onError(err, item)`. Shutting the output down stops the feeder too:
   * a pending get on this queue is withdrawn, and an item already being transformed is dropped (marked done).
   * @param f - The transformation (may be async).
   * @param opts - `stopWhen`, `lifo` (output is a `SmartLifoQueue`), `onError`.
   * @returns The output queue, with this queue's `maxsize`.
   * @throws `TypeError` for a non-function `f` or bad options; what a vetoing audit hook throws.
   */
  map<R>(f: (item: T) => R | PromiseLike<R>, opts: MapOptions<T> & { readonly lifo: true }): SmartLifoQueue<Awaited<R>>;
  map<R>(f: (item: T) => R | PromiseLike<R>, opts?: MapOptions<T> & { readonly lifo?: false | undefined }): SmartQueue<Awaited<R>>;
  map<R>(f: (item: T) => R | PromiseLike<R>, opts?: MapOptions<T>): SmartQueue<Awaited<R>> | SmartLifoQueue<Awaited<R>>;
  map<R>(f: (item: T) => R | PromiseLike<R>, opts?: MapOptions<T>): SmartQueue<Awaited<R>> | SmartLifoQueue<Awaited<R>> {
    return this.#derive('map', f, opts, f);
  }

  /**
   * As {@link PotentQueueBase.map}, calling `f(...item)`; a non-array item is an error of `f` (`TypeError`).
   * Raises `<prefix>.starmap` `[addr, fname]`.
   * @param f - The function (may be async).
   * @param opts - `stopWhen`, `lifo`, `onError`.
   * @returns The output queue.
   */
  starmap<A extends readonly unknown[], R>(
    this: PotentQueueBase<A>,
    f: (...args: Spread<A>) => R | PromiseLike<R>,
    opts: MapOptions<A> & { readonly lifo: true },
  ): SmartLifoQueue<Awaited<R>>;
  starmap<A extends readonly unknown[], R>(
    this: PotentQueueBase<A>,
    f: (...args: Spread<A>) => R | PromiseLike<R>,
    opts?: MapOptions<A> & { readonly lifo?: false | undefined },
  ): SmartQueue<Awaited<R>>;
  starmap<A extends readonly unknown[], R>(
    this: PotentQueueBase<A>,
    f: (...args: Spread<A>) => R | PromiseLike<R>,
    opts?: MapOptions<A>,
  ): SmartQueue<Awaited<R>> | SmartLifoQueue<Awaited<R>>;
  starmap<A extends readonly unknown[], R>(
    this: PotentQueueBase<A>,
    f: (...args: Spread<A>) => R | PromiseLike<R>,
    opts?: MapOptions<A>,
  ): SmartQueue<Awaited<R>> | SmartLifoQueue<Awaited<R>> {
    return this.#derive('starmap', f, opts, (x) => {
      need(Array.isArray(x), `${this.#q}.starmap`, 'item', 'an array', x);
      return f(...(x as unknown as Spread<A>));
    });
  }

  /**
   * One drain pass: items passing `pred` (may be async) move to a new queue; failing items are put back into
   * this one (original relative order) when the pass ends (also on abort or error), then the output is shut
   * down. Raises `<prefix>.filter` `[addr, fname]` first.
   * @param pred - The test. @defaultValue `Boolean`
   * @param opts - `lifo`, `signal` (stops the pass), `onError`.
   * @returns The output queue.
   */
  filter(pred: (item: T) => unknown, opts: DeriveOptions<T> & { readonly lifo: true }): SmartLifoQueue<T>;
  filter(pred?: (item: T) => unknown, opts?: DeriveOptions<T> & { readonly lifo?: false | undefined }): SmartQueue<T>;
  filter(pred?: (item: T) => unknown, opts?: DeriveOptions<T>): SmartQueue<T> | SmartLifoQueue<T>;
  filter(pred: (item: T) => unknown = Boolean, opts?: DeriveOptions<T>): SmartQueue<T> | SmartLifoQueue<T> {
    return this.#derive('filter', pred, opts);
  }

  /**
   * A new queue fed with `[i, item]` (`i` from 0) for each item as it comes, until this queue shuts down or
   * `signal` aborts. Raises `<prefix>.enumerate` `[addr]` first.
   * @param opts - `lifo`, `signal`.
   * @returns The output queue.
   */
  enumerate(opts: DeriveOptions<never> & { readonly lifo: true }): SmartLifoQueue<[number, T]>;
  enumerate(opts?: DeriveOptions<never> & { readonly lifo?: false | undefined }): SmartQueue<[number, T]>;
  enumerate(opts?: DeriveOptions<never>): SmartQueue<[number, T]> | SmartLifoQueue<[number, T]>;
  enumerate(opts?: DeriveOptions<never>): SmartQueue<[number, T]> | SmartLifoQueue<[number, T]> {
    let i = 0;
    return this.#derive('enumerate', undefined, opts, (x) => [i++, x]);
  }

  /**
   * The one feeder of the derived queues: raises the event, checks the options, creates the output and feeds it
   * in the background, then shuts it down. `step` maps an item to what the output gets; without it (`filter`),
   * `f` is a predicate: passing items move, failing ones are held and put back at the end. Drain mode (`map`
   * and `starmap` without `stopWhen`, `filter`) takes items with `getNowait` until the source is empty; follow
   * mode (`map`/`starmap` with `stopWhen`, `enumerate`) waits for items until stopped or this queue shuts down.
   */
  #derive<R>(
    kind: string,
    f: ((...a: never[]) => unknown) | undefined,
    opts: (MapOptions<never> & DeriveOptions<never>) | undefined,
    step?: (x: T) => unknown,
  ): SmartQueue<R> | SmartLifoQueue<R> {
    const api = `${this.#q}.${kind}`;
    const mapping = f && step;
    if (f) {
      this.#ev(kind, functionName(f));
      need(typeof f === 'function', api, 'the function', 'a function', f);
    } else this.#ev(kind);
    const o = obj(api, opts);
    const onError = (o.onError === undefined ? (e: unknown) => console.error(e) : o.onError) as OnError<T>;
    need(typeof onError === 'function', api, 'onError', 'a function', onError);
    const until = mapping ? o.stopWhen : o.signal;
    need(
      until === undefined || isSignal(until) || (mapping && typeof (until as PromiseLike<unknown>).then === 'function'),
      api,
      mapping ? 'stopWhen' : 'signal',
      mapping ? 'a promise or an AbortSignal' : 'an AbortSignal',
      until,
    );
    const out = new (bool(api, o, 'lifo', false) ? SmartLifoQueue : SmartQueue)<R>(this.#max);
    const follow = mapping ? until !== undefined : !f;
    const ac = new AbortController();
    const signal = ac.signal;
    const stop = (): void => ac.abort();
    out.#stop = stop;
    // the listener goes when the feeder's own signal aborts, which every way of ending does
    if (isSignal(until)) {
      if (until.aborted) stop();
      else until.addEventListener('abort', stop, { signal });
    } else until?.then(stop, stop);
    const held: T[] = [];
    void (async () => {
      await undefined;
      try {
        while (!signal.aborted) {
          let x: T;
          if (!follow) {
            if (this.#tx || !this.qsize()) break;
            x = this.getNowait();
          } else {
            try {
              x = await this.get({ signal });
            } catch (e) {
              if (!(signal.aborted || e instanceof QueueShutDown)) onError(e, undefined as T);
              break;
            }
          }
          let keep = false;
          try {
            const v: unknown = await (step ?? (f as (x: T) => unknown))(x);
            if (step) await out.put(v as R);
            else {
              keep = true;
              if (!v) held.push(x);
              else {
                await out.put(x as unknown as R, { signal });
                keep = false;
              }
            }
          } catch (e) {
            if (keep) held.push(x);
            else if (!(e instanceof QueueShutDown && out.#shut)) onError(e, x);
            break;
          } finally {
            if (!keep) this.#done(1);
          }
        }
      } finally {
        stop();
        if (this instanceof SmartLifoQueue) held.reverse();
        for (const x of held) {
          try {
            await this.put(x);
          } catch (e) {
            onError(e, x);
          }
          this.#done(1);
        }
        out.shutdown();
      }
    })();
    return out;
  }

  /** `asyncutils.queues.<Class>(<maxsize>)`. */
  toString(): string {
    return `${this.#q}(${this.#max})`;
  }
}

/** A new, empty ring buffer of `SmartQueue` (emptying a queue gives back the memory a burst took). */
function ring(): undefined[] {
  return Array<undefined>(4).fill(undefined);
}

/**
 * A FIFO queue (Python `SmartQueue`): the {@link PotentQueueBase} contract over an array, plus `peek()` and
 * `rotate(n)`.
 *
 * @remarks
 * Uncontended, `await q.put(x)` returns a shared pre-resolved promise and `await q.get()` one already
 * resolved with the item, so the pair costs about two `await Promise.resolve()`.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { SmartQueue } from '@asyncutils/queues';
 *
 * const q = new SmartQueue<string>(2);
 * const consumer = (async () => {
 *   for await (const job of q) console.log('done', job); // marks each job done, ends on shutdown
 * })();
 * await q.put('a');
 * await q.put('b');
 * await q.join(); // both consumed and marked done
 * q.shutdown();
 * await consumer;
 * ```
 */
export class SmartQueue<T> extends PotentQueueBase<T> {
  /** `'asyncutils.queues.SmartQueue'`. */
  static override readonly qualname: string = 'asyncutils.queues.SmartQueue';
  /** A ring buffer: its length is a power of two, it doubles when full and never shrinks (no allocation per item). */
  #a: (T | undefined)[] = ring();
  /** Index of the next item. */
  #h = 0;
  /** Item count. */
  #n = 0;

  protected _init(): void {
    this.#a = ring();
    this.#h = this.#n = 0;
  }

  protected _get(): T {
    const a = this.#a;
    const h = this.#h;
    const x = a[h] as T;
    a[h] = undefined;
    this.#h = (h + 1) & (a.length - 1);
    this.#n--;
    return x;
  }

  protected _put(item: T): void {
    let a = this.#a;
    const n = this.#n;
    if (n === a.length) {
      this.#a = a = this.peekAll().concat(a.fill(undefined) as T[]);
      this.#h = 0;
    }
    a[(this.#h + n) & (a.length - 1)] = item;
    this.#n = n + 1;
  }

  /** The item count. */
  qsize(): number {
    return this.#n;
  }

  /** The items, front (next to get) to back. */
  peekAll(): T[] {
    const a = this.#a;
    const out: T[] = [];
    for (let i = 0; i < this.#n; i++) out.push(a[(this.#h + i) & (a.length - 1)] as T);
    return out;
  }

  /**
   * The next item, without removing it.
   * @throws `QueueEmpty` when empty.
   */
  peek(): T {
    if (!this.#n) throw qerr(QueueEmpty, 'asyncutils.queues.SmartQueue.peek');
    return this.#a[this.#h] as T;
  }

  /**
   * Moves the last `n` items to the front (`n < 0`: the first `-n` to the back).
   * @param n - An integer. @defaultValue `1`
   * @throws `RangeError`/`TypeError` when `n` is not an integer; `Error` while a transaction is open.
   */
  rotate(n = 1): void {
    need(Number.isInteger(n), 'asyncutils.queues.SmartQueue.rotate', 'n', 'an integer', n, 1);
    this._unlocked('rotate');
    const a = this.peekAll();
    const k = a.length;
    this._restore(a.splice((((k - n) % k) + k) % k || 0).concat(a));
  }
}

/**
 * A LIFO queue (Python `SmartLifoQueue`): the {@link PotentQueueBase} contract over an array, plus
 * `peek(i)`. `pushpop`/`pushpopNowait` throw `TypeError` (push-then-pop of a stack gives the item back).
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { SmartLifoQueue } from '@asyncutils/queues';
 *
 * const q = new SmartLifoQueue<number>();
 * q.putNowait(1);
 * q.putNowait(2);
 * q.peek(); // 2 (the top)
 * q.peek(0); // 1 (the bottom)
 * await q.get(); // 2
 * ```
 */
export class SmartLifoQueue<T> extends PotentQueueBase<T> {
  /** `'asyncutils.queues.SmartLifoQueue'`. */
  static override readonly qualname: string = 'asyncutils.queues.SmartLifoQueue';
  #a: T[] = [];

  protected _init(): void {
    this.#a = [];
  }

  protected _get(): T {
    return this.#a.pop() as T;
  }

  protected _put(item: T): void {
    this.#a.push(item);
  }

  /** The item count. */
  qsize(): number {
    return this.#a.length;
  }

  /** The items, bottom to top (the last one is the next to get). */
  peekAll(): T[] {
    return this.#a.slice();
  }

  /**
   * The item at index `i` of `peekAll()`; negative indices count from the top.
   * @param i - An integer. @defaultValue `-1` (the top: the next to get)
   * @throws `RangeError` `asyncutils.queues.SmartLifoQueue.peek: failed to peek item at index <i>` when out of
   * range (also when empty); `TypeError` when `i` is not a number.
   */
  peek(i = -1): T {
    const a = this.#a;
    const j = i < 0 ? i + a.length : i;
    if (!(Number.isInteger(j) && j >= 0 && j < a.length)) {
      throw new (typeof i === 'number' ? RangeError : TypeError)(`asyncutils.queues.SmartLifoQueue.peek: failed to peek item at index ${show(i)}`);
    }
    return a[j] as T;
  }

  /**
   * Not supported on a stack.
   * @throws `TypeError` always.
   */
  override pushpopNowait(item: T): never;
  override pushpopNowait(): never {
    throw noPushpop('pushpopNowait');
  }

  /**
   * Not supported on a stack.
   * @returns A promise that rejects with a `TypeError`.
   */
  override pushpop(item: T): Promise<never>;
  override pushpop(): Promise<never> {
    return Promise.reject(noPushpop('pushpop'));
  }
}

/** The error of `pushpop`/`pushpopNowait` on a stack. */
function noPushpop(m: string): TypeError {
  return new TypeError(`asyncutils.queues.SmartLifoQueue.${m}: push-then-pop is meaningless on a LIFO queue`);
}
