// `StatefulBarrier<T>`: a single-use barrier whose parties pool state, handed to all of them at the trip.
import { BrokenBarrierError } from '@asyncutils/exceptions';
import { AwaitableMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { checkNumber, checkOptions, fail } from './validate.js';
import { checkWaitOptions, Waiter } from './Waiter.js';

const QUALNAME = 'asyncutils.altlocks.StatefulBarrier';
const WAIT = 'asyncutils.altlocks.StatefulBarrier.wait';

/**
 * Options of {@link StatefulBarrier}.
 *
 * @typeParam T - The type of the state items.
 *
 * @example
 * ```ts
 * import { StatefulBarrier, type StatefulBarrierOptions } from '@asyncutils/altlocks';
 *
 * const opts: StatefulBarrierOptions<string> = { name: 'boot', initState: ['config'], maxState: 10 };
 * const barrier = new StatefulBarrier<string>(3, opts);
 * ```
 */
export interface StatefulBarrierOptions<T> {
  /** A name for the `BrokenBarrierError` message (`asyncutils.altlocks.StatefulBarrier <name> is broken`). */
  readonly name?: string;
  /**
   * Items that precede every party's state, consumed by the first `wait()` (a sync iterable at once, an
   * async one awaited before any party is counted).
   */
  readonly initState?: Iterable<T> | AsyncIterable<T>;
  /**
   * The most states kept; the oldest are dropped beyond it. `null`/`undefined`: unbounded; else an
   * integer, minimum 0.
   * @defaultValue `null`
   */
  readonly maxState?: number | null;
}

/** A call of `wait` queued behind the asynchronous consumption of `initState`. */
type Queued<T> = [waiter: Waiter<[number, T[]]>, state: T | undefined];

/**
 * A single-use barrier for `parties` tasks that also gathers state: each party may add one item with
 * `wait(item)`, and when the last party arrives every party resolves `[position, states]` (its arrival
 * position and its own copy of all states, oldest first).
 *
 * @remarks
 * Tripping breaks the barrier (as upstream): later `wait()` calls reject `BrokenBarrierError`. A waiting
 * party whose signal aborts or whose `timeout` passes breaks the barrier for everyone (the others reject
 * `BrokenBarrierError`; this call rejects with the abort reason or a `TimeoutError`), because the state it
 * added cannot be withdrawn. A call with an already aborted signal rejects without joining.
 * Not thenable: write `await barrier.wait()`.
 *
 * @typeParam T - The type of the state items.
 *
 * @example
 * ```ts
 * import { StatefulBarrier } from '@asyncutils/altlocks';
 *
 * const barrier = new StatefulBarrier<string>(3, { name: 'shards' });
 * const results = await Promise.all(['a', 'b', 'c'].map((shard) => barrier.wait(`${shard} ready`)));
 * results[2]; // [2, ['a ready', 'b ready', 'c ready']]
 * barrier.broken; // true: a barrier trips once
 * ```
 */
export class StatefulBarrier<T> extends AwaitableMixin<[position: number, states: T[]]> {
  /**
   * The qualified name used in messages.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * StatefulBarrier.qualname; // 'asyncutils.altlocks.StatefulBarrier'
   * ```
   */
  static readonly qualname: string = QUALNAME;

  readonly #parties: number;
  readonly #name: string | undefined;
  readonly #maxState: number;
  #states: T[] = [];
  #init: Iterable<T> | AsyncIterable<T> | undefined;
  /** Calls waiting for an asynchronous `initState` (the first one first); `undefined` when none is running. */
  #queued: Queued<T>[] | undefined;
  /** Parties that arrived, in arrival order (index = position). */
  #waiting: Waiter<[number, T[]]>[] = [];
  #broken = false;
  readonly #onCancel = (): void => this.abort();

  /**
   * @param parties - How many parties trip the barrier: an integer, minimum 1.
   * @param opts - `name`, `initState`, `maxState`; see {@link StatefulBarrierOptions}.
   * @throws TypeError for a non-number `parties`, a non-string `name`, an `initState` that is not
   * iterable, or a non-number `maxState`.
   * @throws RangeError for `parties` or `maxState` out of range.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * const barrier = new StatefulBarrier<number>(2, { maxState: 1 });
   * ```
   */
  constructor(parties: number, opts?: StatefulBarrierOptions<T>) {
    super();
    this.#parties = checkNumber(QUALNAME, 'parties', parties, true, 1);
    const { name, initState, maxState } = checkOptions(QUALNAME, opts);
    if (name !== undefined && typeof name !== 'string') fail(QUALNAME, 'name must be a string', name);
    this.#name = name;
    this.#maxState = maxState == null ? Infinity : checkNumber(QUALNAME, 'maxState', maxState, true, 0);
    if (initState != null) {
      const it = initState as unknown as Partial<Record<symbol, unknown>>;
      if (typeof it[Symbol.iterator] !== 'function' && typeof it[Symbol.asyncIterator] !== 'function') {
        fail(QUALNAME, 'initState must be an iterable or an async iterable', initState);
      }
      this.#init = initState;
    }
  }

  /**
   * Arrives at the barrier, adding `state` (unless `undefined`), and waits for the other parties.
   *
   * @param state - This party's contribution.
   * @param opts - Abort signal and deadline (ms) of the wait; see {@link LockAcquireOptions}.
   * @returns A promise of `[position, states]`: this party's arrival position (0 first) and a fresh copy
   * of the gathered states.
   * @throws (as rejections) BrokenBarrierError when the barrier is broken, or breaks while waiting;
   * the abort reason or a `DOMException` named `TimeoutError` when this wait is withdrawn (which breaks
   * the barrier); the error of an `initState` iteration (for the call that consumed it; that party is
   * not counted); TypeError/RangeError for bad options.
   *
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * const barrier = new StatefulBarrier<number>(2);
   * const [[p0, s0], [p1]] = await Promise.all([barrier.wait(1, { timeout: 1_000 }), barrier.wait(2)]);
   * // p0 === 0, p1 === 1, s0 → [1, 2]
   * ```
   */
  wait(state?: T, opts?: LockAcquireOptions): Promise<[position: number, states: T[]]> {
    try {
      checkWaitOptions(WAIT, opts);
      this.raiseForAbort();
    } catch (err) {
      return Promise.reject(err);
    }
    const queued = this.#queued;
    const init = this.#init;
    if (queued === undefined && init === undefined) {
      const waiter = new Waiter<[number, T[]]>(WAIT, opts, this.#onCancel);
      this.#arrive(waiter, state);
      return waiter.promise;
    }
    if (queued === undefined) {
      this.#init = undefined;
      if (typeof (init as Partial<Iterable<T>>)[Symbol.iterator] === 'function') {
        try {
          this.#add(Array.from(init as Iterable<T>));
        } catch (err) {
          return Promise.reject(err);
        }
        return this.wait(state, opts);
      }
      this.#consume(init as AsyncIterable<T>);
    }
    const waiter = new Waiter<[number, T[]]>(WAIT, opts, this.#onCancel);
    (this.#queued as Queued<T>[]).push([waiter, state]);
    return waiter.promise;
  }

  /**
   * Breaks the barrier: every waiting party rejects `BrokenBarrierError`. Idempotent. (Python: a
   * coroutine; nothing to wait for here.)
   *
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * const barrier = new StatefulBarrier(3);
   * const pending = barrier.wait().catch((e: unknown) => e);
   * barrier.abort();
   * await pending; // BrokenBarrierError
   * ```
   */
  abort(): void {
    if (this.#broken) return;
    this.#broken = true;
    const waiting = this.#waiting;
    const queued = this.#queued ?? [];
    this.#waiting = [];
    if (this.#queued !== undefined) this.#queued = [];
    for (const w of [...waiting, ...queued.map(([q]) => q)]) w.reject(this.#error());
  }

  /**
   * Throws `BrokenBarrierError` when the barrier is broken (tripped or aborted).
   *
   * @throws BrokenBarrierError `asyncutils.altlocks.StatefulBarrier[ <name>] is broken`.
   *
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * const barrier = new StatefulBarrier(1);
   * await barrier.wait();
   * barrier.raiseForAbort(); // throws BrokenBarrierError
   * ```
   */
  raiseForAbort(): void {
    if (this.#broken) throw this.#error();
  }

  /**
   * Whether the barrier tripped or was aborted.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * new StatefulBarrier(2).broken; // false
   * ```
   */
  get broken(): boolean {
    return this.#broken;
  }

  /**
   * How many parties trip the barrier.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * new StatefulBarrier(2).parties; // 2
   * ```
   */
  get parties(): number {
    return this.#parties;
  }

  /**
   * Parties still missing: `parties - nWaiting`.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * new StatefulBarrier(2).remainingParties; // 2
   * ```
   */
  get remainingParties(): number {
    return this.#parties - this.#waiting.length;
  }

  /**
   * Parties waiting now.
   * @example
   * ```ts
   * import { StatefulBarrier } from '@asyncutils/altlocks';
   *
   * new StatefulBarrier(2).nWaiting; // 0
   * ```
   */
  get nWaiting(): number {
    return this.#waiting.length;
  }

  #error(): BrokenBarrierError {
    return new BrokenBarrierError(`${QUALNAME}${this.#name === undefined ? '' : ` ${this.#name}`} is broken`);
  }

  #add(items: readonly T[]): void {
    const states = this.#states;
    states.push(...items);
    const extra = states.length - this.#maxState;
    if (extra > 0) states.splice(0, extra);
  }

  /** A party arrives (its waiter may have been withdrawn while queued). */
  #arrive(waiter: Waiter<[number, T[]]>, state: T | undefined): void {
    if (waiter.done) return;
    if (this.#broken) {
      waiter.reject(this.#error());
      return;
    }
    if (state !== undefined) this.#add([state]);
    const waiting = this.#waiting;
    waiting.push(waiter);
    if (waiting.length < this.#parties) return;
    this.#broken = true;
    this.#waiting = [];
    const states = this.#states;
    waiting.forEach((w, position) => w.resolve([position, states.slice()]));
  }

  /** Consumes an asynchronous `initState`, then lets the queued calls arrive in call order. */
  #consume(init: AsyncIterable<T>): void {
    const queue: Queued<T>[] = (this.#queued = []);
    const flush = (failure: { error: unknown } | undefined): void => {
      const calls = this.#queued ?? queue;
      this.#queued = undefined;
      calls.forEach(([w, s], i) => {
        if (i === 0 && calls === queue && failure !== undefined) w.reject(failure.error);
        else this.#arrive(w, s);
      });
    };
    (async () => {
      const items: T[] = [];
      for await (const item of init) items.push(item);
      return items;
    })().then(
      (items) => {
        if (!this.#broken) this.#add(items);
        flush(undefined);
      },
      (error: unknown) => flush({ error }),
    );
  }
}
