// `KeyedCondition`: a condition variable whose waiters are grouped by key.
import { LockMixin, type AsyncLockLike, type LockAcquireOptions } from '@asyncutils/mixins';
import { Lock } from './Lock.js';
import { repr } from './validate.js';
import { arm, badOpts, badTimeout, Fifo, grant, head, off, qualname, show, timeoutError, Waiter } from './waitQueue.js';

/**
 * Options of {@link KeyedCondition.waitFor}.
 *
 * @example
 * ```ts
 * const opts: KeyedConditionWaitForOptions = { perWaitTimeout: 100, timeout: 5_000 };
 * await cond.waitFor('job', () => done.has('job'), opts); // re-checks at least every 100 ms
 * ```
 */
export type KeyedConditionWaitForOptions = {
  /**
   * Deadline of each inner `wait` (ms): expiry rejects with a `TimeoutError`.
   * @default undefined (none)
   */
  perWaitTimeout?: number;
  /**
   * Deadline of the whole call (ms).
   * @default undefined (none)
   */
  timeout?: number;
  /**
   * Aborting it rejects with `signal.reason` (after re-acquiring the lock).
   * @default undefined
   */
  signal?: AbortSignal;
};

/** A `waitAll()` in progress: how many of the waiters it watches are still waiting. */
interface Group {
  left: number;
  w: Waiter;
}

/** The waiters of one key; the map entry goes when the last one leaves. */
class KeyQueue<K> extends Fifo {
  readonly map: Map<K, KeyQueue<K>>;
  readonly key: K;

  constructor(o: object, map: Map<K, KeyQueue<K>>, key: K) {
    super(o, 'wait');
    this.map = map;
    this.key = key;
  }

  override leave(w: Waiter): void {
    this.remove(w);
    if (head(this) === undefined) this.map.delete(this.key);
    done(w);
  }
}

/** A keyed waiter has settled: count it off the `waitAll()` groups watching it. */
function done(w: Waiter): void {
  const groups = w.d as Group[] | undefined;
  if (groups !== undefined) {
    for (const g of groups) {
      const q = g.w.q as Fifo | undefined;
      if (--g.left === 0 && q !== undefined) {
        q.remove(g.w);
        grant(g.w, undefined);
      }
    }
  }
}

/**
 * A condition variable with per-key waiters (Python `KeyedCondition`): while holding its lock, a task
 * `wait(key)`s (the lock is released meanwhile and re-acquired before it returns) until another holder
 * `notify(key)`s.
 *
 * @remarks
 * - Keys compare as `Map` keys; `undefined` is not a key. Waiters of a key are woken in arrival order.
 * - The lock may be any {@link AsyncLockLike} (a new {@link Lock} by default). `acquire()` resolves
 *   `false` instead of rejecting for errors of the lock other than an abort or a timeout.
 * - `wait`, `waitFor` and `waitAll` take `{ signal, timeout }` (ms) and re-acquire the lock (ignoring
 *   both) before rejecting.
 * - Python kept the lock while waiting (deadlocking every notifier) and returned 0 from `notify_all`;
 *   this is a classic condition variable with real counts.
 *
 * @typeParam K - The key type.
 *
 * @example
 * ```ts
 * import { KeyedCondition } from '@asyncutils/locks';
 *
 * const cond = new KeyedCondition<string>();
 * const results = new Map<string, number>();
 *
 * async function result(id: string): Promise<number> {
 *   await using _ = await cond.enter();
 *   await cond.waitFor(id, () => results.has(id), { timeout: 5_000 });
 *   return results.get(id)!;
 * }
 *
 * const pending = result('a');
 * await cond.runExclusive(() => {
 *   results.set('a', 42);
 *   cond.notifyAll('a');
 * });
 * await pending; // 42
 * ```
 */
export class KeyedCondition<K> extends LockMixin {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.KeyedCondition';
  readonly #lock: AsyncLockLike;
  readonly #keys: Map<K, KeyQueue<K>> = new Map();
  readonly #all: Fifo = new Fifo(this, 'waitAll');

  /**
   * @param lock - The lock to wait with; a new {@link Lock} by default.
   * @throws TypeError when `lock` lacks `acquire`, `release` or `locked`.
   */
  constructor(lock: AsyncLockLike = new Lock()) {
    super();
    const l = lock as Partial<AsyncLockLike> | null;
    if (typeof l?.acquire !== 'function' || typeof l.release !== 'function' || typeof l.locked !== 'function') {
      throw new TypeError(`${qualname(this)}: lock must have acquire, release and locked methods, got ${show(lock)}`);
    }
    this.#lock = lock;
  }

  /**
   * Acquires the lock.
   * @param opts - Abort signal and deadline (ms), passed to the lock.
   * @returns A promise of `true` once held; of `false` when the lock resolved falsy or failed with an
   * error other than the abort reason or a `TimeoutError` (which reject).
   */
  async acquire(opts?: LockAcquireOptions): Promise<boolean> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'acquire', opts);
      if (bad !== undefined) return bad;
    }
    try {
      return Boolean(await this.#lock.acquire(opts));
    } catch (e) {
      if ((opts?.signal !== undefined && e === opts.signal.reason) || (e instanceof DOMException && e.name === 'TimeoutError')) throw e;
      return false;
    }
  }

  /**
   * Releases the lock, awaiting the release when it returns a thenable.
   * @returns A promise settled once released.
   */
  async release(): Promise<void> {
    const r = this.#lock.release();
    if (typeof (r as PromiseLike<unknown> | undefined)?.then === 'function') await r;
  }

  /**
   * Whether the lock is held.
   * @returns `true` when held.
   */
  locked(): boolean {
    return this.#lock.locked();
  }

  /**
   * Throws unless the lock is held.
   * @throws Error `asyncutils.locks.KeyedCondition: must acquire condition to notify`.
   */
  assertLocked(): void {
    if (!this.locked()) throw new Error(`${qualname(this)}: must acquire condition to notify`);
  }

  /**
   * Rejects every pending acquire of the lock, when the lock supports it.
   * @param reason - The rejection reason (the lock's default when omitted).
   * @returns How many were rejected (0 when the lock has no `cancelWaiters`).
   */
  override cancelWaiters(reason?: unknown): number {
    return this.#lock.cancelWaiters?.(reason) ?? 0;
  }

  /**
   * Enqueues a waiter in `q` (and in `group`), releases the lock, waits, re-acquires the lock (ignoring
   * the wait's signal and deadline), then settles.
   */
  async #park(q: Fifo, opts: LockAcquireOptions | undefined, group?: Group): Promise<void> {
    const w = new Waiter(q);
    q.push(w);
    if (group !== undefined) group.w = w;
    const waited = arm(w, opts);
    try {
      await this.release();
    } catch (e) {
      if (w.q !== undefined) {
        w.q.leave(w);
        off(w);
      }
      throw e;
    }
    let failed = false;
    let error: unknown;
    try {
      await waited;
    } catch (e) {
      failed = true;
      error = e;
    }
    if (!(await this.#lock.acquire())) throw new Error(`${qualname(this)}: could not re-acquire the lock`);
    if (failed) throw error;
  }

  /** Checks that the lock is held, for the waits. */
  #mustHold(): void {
    if (!this.locked()) throw new Error(`${qualname(this)}: must acquire condition to wait`);
  }

  /**
   * Releases the lock, waits until `key` is notified (or the timeout, or an abort), re-acquires the lock,
   * then resolves or rejects.
   * @param key - The key to wait on (not `undefined`).
   * @param opts - Abort signal and deadline (ms) of the wait for a notify.
   * @returns A promise settled once notified and holding the lock again.
   * @throws Error `asyncutils.locks.KeyedCondition: must acquire condition to wait` (as a rejection) when
   * the lock is not held; TypeError for an `undefined` key; the abort reason or a `TimeoutError`.
   */
  async wait(key: K, opts?: LockAcquireOptions): Promise<void> {
    this.#key(key, 'wait');
    if (opts !== undefined) {
      const bad = badOpts(this, 'wait', opts);
      if (bad !== undefined) return bad;
    }
    this.#mustHold();
    if (opts !== undefined && opts.timeout === 0) throw timeoutError(this, 'wait', 0);
    let q = this.#keys.get(key);
    if (q === undefined) this.#keys.set(key, (q = new KeyQueue(this, this.#keys, key)));
    return this.#park(q, opts);
  }

  /**
   * Waits until `pred()` is truthy: while it is falsy, `wait(key)` with `perWaitTimeout`; `timeout` and
   * `signal` cover the whole call.
   * @param key - The key to wait on.
   * @param pred - The condition, evaluated with the lock held.
   * @param opts - `perWaitTimeout`, `timeout` (ms) and `signal`.
   * @returns A promise settled once `pred()` is truthy (with the lock held).
   * @throws A `TimeoutError` when a per-wait or the overall deadline expires; as `wait` otherwise.
   */
  async waitFor(key: K, pred: () => unknown, opts?: KeyedConditionWaitForOptions): Promise<void> {
    this.#key(key, 'waitFor');
    let perWait: number | undefined;
    let deadline: number | undefined;
    let signal: AbortSignal | undefined;
    let timeout: number | undefined;
    if (opts !== undefined) {
      const bad = badOpts(this, 'waitFor', opts);
      if (bad !== undefined) return bad;
      const e = badTimeout(this, 'waitFor', 'perWaitTimeout', opts.perWaitTimeout);
      if (e !== undefined) throw e;
      perWait = opts.perWaitTimeout;
      signal = opts.signal;
      timeout = opts.timeout;
      if (timeout !== undefined && timeout !== Infinity) deadline = performance.now() + timeout;
    }
    while (!pred()) {
      let t = perWait;
      if (deadline !== undefined) {
        const left = deadline - performance.now();
        if (left <= 0) throw timeoutError(this, 'waitFor', timeout as number);
        if (t === undefined || left < t) t = left;
      }
      await this.wait(key, { signal, timeout: t });
    }
  }

  /**
   * Releases the lock until every waiter registered now (all keys) has been notified or has left, then
   * re-acquires it. Resolves at once when nobody waits.
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise settled once they are all gone and the lock is held again.
   * @throws Error `…: must acquire condition to wait` (as a rejection) when the lock is not held; the
   * abort reason or a `TimeoutError` (after re-acquiring).
   */
  async waitAll(opts?: LockAcquireOptions): Promise<void> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'waitAll', opts);
      if (bad !== undefined) return bad;
    }
    this.#mustHold();
    let n = 0;
    for (const q of this.#keys.values()) for (let w = q.n; w !== q; w = w.n) n++;
    if (n === 0) return;
    if (opts !== undefined && opts.timeout === 0) throw timeoutError(this, 'waitAll', 0);
    const g: Group = { left: n, w: undefined as unknown as Waiter };
    for (const q of this.#keys.values()) {
      for (let w = q.n; w !== q; w = w.n) (((w as Waiter).d ??= []) as Group[]).push(g);
    }
    return this.#park(this.#all, opts, g);
  }

  /**
   * Wakes up to `n` waiters of `key`, in arrival order.
   * @param key - The key to notify.
   * @param n - How many, an integer (or `Infinity`). Default 1.
   * @param opts - `strict` (default `false`): throw when `n <= 0`, when nobody waits for `key`, or when
   * fewer than `n` were woken (after waking them).
   * @throws Error `asyncutils.locks.KeyedCondition: must acquire condition to notify` when the lock is not
   * held; RangeError `…: n must be positive`, `…: no parties waiting for key <key>`, `…: not enough
   * parties to notify` when strict.
   */
  notify(key: K, n: number = 1, opts?: { strict?: boolean }): void {
    this.#key(key, 'notify');
    if (typeof n !== 'number') throw new TypeError(`${qualname(this)}: n must be a number, got ${show(n)}`);
    if (!(Number.isInteger(n) || n === Infinity)) throw new RangeError(`${qualname(this)}: n must be an integer, got ${n}`);
    const strict = opts?.strict ?? false;
    if (n <= 0) {
      if (strict) throw new RangeError(`${qualname(this)}: n must be positive`);
      return;
    }
    this.assertLocked();
    const q = this.#keys.get(key);
    if (q === undefined) {
      if (strict) throw new RangeError(`${qualname(this)}: no parties waiting for key ${repr(key)}`);
      return;
    }
    const woken = this.#wake(q, n);
    if (strict && woken < n) throw new RangeError(`${qualname(this)}: not enough parties to notify`);
  }

  /**
   * Wakes every waiter of `key`, or of every key when `key` is omitted.
   * @param key - The key; all keys when `undefined`.
   * @returns How many waiters were woken.
   * @throws Error `asyncutils.locks.KeyedCondition: must acquire condition to notify` when not locked.
   */
  notifyAll(key?: K): number {
    this.assertLocked();
    if (key !== undefined) {
      const q = this.#keys.get(key);
      return q === undefined ? 0 : this.#wake(q, Infinity);
    }
    let woken = 0;
    for (const q of [...this.#keys.values()]) woken += this.#wake(q, Infinity);
    return woken;
  }

  #wake(q: KeyQueue<K>, n: number): number {
    let woken = 0;
    while (woken < n) {
      const w = q.shift();
      if (w === undefined) break;
      grant(w, undefined);
      done(w);
      woken++;
    }
    if (head(q) === undefined) this.#keys.delete(q.key);
    return woken;
  }

  #key(key: K, m: string): void {
    if (key === undefined) throw new TypeError(`${qualname(this)}.${m}: undefined is not a valid key`);
  }
}
