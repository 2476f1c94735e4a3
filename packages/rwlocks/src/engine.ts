// Internal: the queueing engine behind every library lock class — waiter queues, hand-off grants,
// handles, abort and timeout handling. One `Core` per lock; the lock forwards to it.
import { checkOptions, checkSignal, checkTimeout, timeoutError } from './options.js';
import type { AgingRWLockAcquireOptions, RWLockHandle } from './types.js';
import { compareRanks, WaiterList, type WaiterNode } from './waiters.js';

/** What `_attempted` reports: an attempt started (0), was granted (1), or was given up (2). */
export type Outcome = 0 | 1 | 2;
const STARTED = 0;
const GRANTED = 1;
const ABANDONED = 2;

/**
 * How a lock grants: 0 read-preferred (readers whenever no writer holds), 1 write-preferred (readers only
 * while no writer holds or waits), 2 ordered (one queue, in arrival or rank order, under the head rule).
 * Writers are FIFO in all three.
 */
export type Policy = 0 | 1 | 2;
/** Readers whenever no writer holds. */
export const READ_PREFERRED = 0;
/** Readers only while no writer holds or waits. */
export const WRITE_PREFERRED = 1;
/** One queue under the head rule: `FairRWLock` and the priority classes. */
export const ORDERED = 2;

/**
 * The members of the lock the engine reads and writes. They are `protected` on the lock classes, so the
 * engine reaches them through this view.
 */
export interface LockSide {
  _readers: number;
  _writing: boolean;
  /** The public class name, for messages (`asyncutils.rwlocks.<name>.<method>`). */
  _apiName: string;
  /** The request's priority (validating `opts.priority`), or `undefined` for an unranked lock. */
  _priorityOf(write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): number | undefined;
  /** Attempt bookkeeping (`AgingRWLock`). */
  _attempted(write: boolean, owner: unknown, outcome: Outcome): void;
  /** The rank of a request; only called when `_priorityOf` returned a number. */
  rank?(priority: number, isWriter: boolean, arrival: number): readonly number[];
}

/** Longest delay `setTimeout` honours (2^31 − 1 ms); longer timeouts are re-armed in steps. */
const MAX_DELAY = 2_147_483_647;

function symbolOr(name: 'dispose' | 'asyncDispose'): symbol {
  const s = (Symbol as unknown as Record<string, unknown>)[name];
  return typeof s === 'symbol' ? s : Symbol.for(`Symbol.${name}`);
}
/** `Symbol.dispose`, or the key down-levelled `using` looks up where the runtime lacks it. */
const disposeKey: typeof Symbol.dispose = /* @__PURE__ */ symbolOr('dispose') as typeof Symbol.dispose;
/** `Symbol.asyncDispose`, likewise. */
const asyncDisposeKey: typeof Symbol.asyncDispose = /* @__PURE__ */ symbolOr('asyncDispose') as typeof Symbol.asyncDispose;

/** The handle of the library classes. */
class Handle implements RWLockHandle {
  #core: Core | null;
  readonly mode: 'read' | 'write';

  constructor(core: Core, write: boolean) {
    this.#core = core;
    this.mode = write ? 'write' : 'read';
  }

  get released(): boolean {
    return this.#core === null;
  }

  release(): void {
    const core = this.#core;
    if (core === null) return;
    this.#core = null;
    core.release(this.mode === 'write');
  }

  [disposeKey](): void {
    this.release();
  }

  [asyncDisposeKey](): Promise<void> {
    try {
      this.release();
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }
}

function noop(): void {}

function byArrival(a: Waiter, b: Waiter): number {
  return a.seq - b.seq;
}

/** A queued request. It is its own abort listener (`handleEvent`), so waiting allocates no closure for it. */
class Waiter implements WaiterNode {
  prev: WaiterNode | null = null;
  next: WaiterNode | null = null;
  queued = true;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** Milliseconds still to wait after the current timer (timeouts beyond `MAX_DELAY`). */
  rest = 0;
  /** Arrival order among the lock's waiters (ranked queues resolve a batch of readers by it). */
  seq = 0;
  /** The handle of a granted reader whose resolution waits for the rest of its batch. */
  handle: RWLockHandle | null = null;
  resolve: (handle: RWLockHandle) => void = noop;
  reject: (reason: unknown) => void = noop;

  constructor(
    readonly core: Core,
    readonly write: boolean,
    readonly rank: readonly number[] | null,
    readonly owner: unknown,
    readonly signal: AbortSignal | undefined,
    readonly method: string,
    readonly ms: number,
  ) {}

  handleEvent(): void {
    this.core.giveUp(this, (this.signal as AbortSignal).reason);
  }
}

/** Starts (or continues) the timer of `w` for `ms` more milliseconds. */
function arm(w: Waiter, ms: number): void {
  const step = ms > MAX_DELAY ? MAX_DELAY : ms;
  w.rest = ms - step;
  const timer = setTimeout(expire, step, w);
  (timer as { unref?: () => void }).unref?.();
  w.timer = timer;
}

function expire(w: Waiter): void {
  if (w.rest > 0) arm(w, w.rest);
  else w.core.giveUp(w, timeoutError(`asyncutils.rwlocks.${w.core.lock._apiName}.${w.method}`, w.ms));
}

/**
 * The engine of one lock. Grants happen synchronously at the release or removal that makes a request
 * eligible (hand-off: nobody barges in between), and update the lock's `_readers` / `_writing` at once.
 */
export class Core {
  readonly lock: LockSide;
  readonly #policy: Policy;
  /** Waiting readers (read-/write-preferred) or every waiter (ordered). */
  readonly #a = new WaiterList<Waiter>();
  /** Waiting writers (read-/write-preferred). */
  readonly #b = new WaiterList<Waiter>();
  #arrival = 0;
  #waiters = 0;

  constructor(lock: object, policy: Policy) {
    this.lock = lock as LockSide;
    this.#policy = policy;
  }

  /** A waiting acquisition (`reading` / `writing`). */
  request(write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): Promise<RWLockHandle> {
    const lock = this.lock;
    let signal: AbortSignal | undefined;
    let timeout = Infinity;
    let admitted: true | readonly number[] | null;
    try {
      if (opts !== undefined) {
        const api = `asyncutils.rwlocks.${lock._apiName}.${method}`;
        checkOptions(api, opts);
        signal = checkSignal(api, opts.signal);
        timeout = checkTimeout(api, opts.timeout);
      }
      const priority = lock._priorityOf(write, opts, method);
      if (signal?.aborted) return Promise.reject(signal.reason);
      admitted = this.#admit(write, priority);
    } catch (err) {
      return Promise.reject(err);
    }
    const owner = opts?.owner;
    lock._attempted(write, owner, STARTED);
    if (admitted === true) return Promise.resolve(this.#take(write, owner));
    if (timeout === 0) {
      lock._attempted(write, owner, ABANDONED);
      return Promise.reject(timeoutError(`asyncutils.rwlocks.${lock._apiName}.${method}`, 0));
    }
    const w = new Waiter(this, write, admitted, owner, signal, method, timeout);
    w.seq = this.#waiters++;
    const promise = new Promise<RWLockHandle>((resolve, reject) => {
      w.resolve = resolve;
      w.reject = reject;
    });
    const list = this.#policy !== ORDERED && write ? this.#b : this.#a;
    if (admitted === null) list.push(w);
    else list.insert(w);
    signal?.addEventListener('abort', w, { once: true });
    if (timeout !== Infinity) arm(w, timeout);
    return promise;
  }

  /** An acquisition that does not wait (`tryReading` / `tryWriting`): a handle or `null`. */
  try(write: boolean, opts: AgingRWLockAcquireOptions | undefined, method: string): RWLockHandle | null {
    const lock = this.lock;
    checkOptions(`asyncutils.rwlocks.${lock._apiName}.${method}`, opts);
    if (this.#admit(write, lock._priorityOf(write, opts, method)) !== true) return null;
    const owner = opts?.owner;
    lock._attempted(write, owner, STARTED);
    return this.#take(write, owner);
  }

  /** Gives access back and grants whatever became eligible. */
  release(write: boolean): void {
    const lock = this.lock;
    if (write) {
      if (!lock._writing) throw new Error(`asyncutils.rwlocks.${lock._apiName}: cannot release a write lock that is not held`);
      lock._writing = false;
    } else {
      if (!(lock._readers > 0)) throw new Error(`asyncutils.rwlocks.${lock._apiName}: cannot release a read lock that is not held`);
      if (--lock._readers > 0) return;
    }
    this.#pump();
  }

  /** Removes a waiter that gave up (abort or timeout), rejects it, and re-runs the policy. */
  giveUp(w: Waiter, reason: unknown): void {
    if (!w.queued) return;
    this.#unqueue(w);
    this.lock._attempted(w.write, w.owner, ABANDONED);
    w.reject(reason);
    this.#pump();
  }

  /**
   * `true` when a new request is granted at once; otherwise its rank (ranked locks) or `null`. Ordered
   * queues are at rest with an incompatible head, so an arrival enters at once only when it is compatible
   * and ranked before the head.
   */
  #admit(write: boolean, priority: number | undefined): true | readonly number[] | null {
    const lock = this.lock;
    const compatible = !lock._writing && (!write || lock._readers === 0);
    const policy = this.#policy;
    if (policy === READ_PREFERRED) return compatible && (!write || this.#b.head === null) ? true : null;
    if (policy === WRITE_PREFERRED) return compatible && this.#b.head === null ? true : null;
    const head = this.#a.head;
    if (priority === undefined) return compatible && head === null ? true : null;
    const arrival = this.#arrival++;
    if (compatible && head === null) return true;
    const rank = (lock.rank as NonNullable<LockSide['rank']>).call(lock, priority, write, arrival);
    return compatible && head !== null && compareRanks(rank, head.rank as readonly number[]) < 0 ? true : rank;
  }

  #take(write: boolean, owner: unknown): Handle {
    const lock = this.lock;
    if (write) lock._writing = true;
    else lock._readers++;
    lock._attempted(write, owner, GRANTED);
    return new Handle(this, write);
  }

  #unqueue(w: Waiter): void {
    w.queued = false;
    (this.#policy !== ORDERED && w.write ? this.#b : this.#a).remove(w);
    w.signal?.removeEventListener('abort', w);
    if (w.timer !== undefined) clearTimeout(w.timer);
  }

  #grant(w: Waiter): void {
    this.#unqueue(w);
    w.resolve(this.#take(w.write, w.owner));
  }

  /** Grants every waiter the policy now allows, in queue order. */
  #pump(): void {
    const lock = this.lock;
    if (lock._writing) return;
    const readers = this.#a;
    const writers = this.#b;
    switch (this.#policy) {
      case READ_PREFERRED:
        while (readers.head !== null) this.#grant(readers.head);
        if (lock._readers === 0 && writers.head !== null) this.#grant(writers.head);
        return;
      case WRITE_PREFERRED:
        if (writers.head !== null) {
          if (lock._readers === 0) this.#grant(writers.head);
          return;
        }
        while (readers.head !== null) this.#grant(readers.head);
        return;
      default: {
        // Head rule. Readers granted together resolve in arrival order, which for a ranked queue is not
        // queue order, so their resolutions wait for the end of the batch.
        let batch: Waiter[] | null = null;
        for (let w = readers.head; w !== null && !lock._writing && !(w.write && lock._readers > 0); w = readers.head) {
          if (w.write || w.rank === null) this.#grant(w);
          else {
            this.#unqueue(w);
            w.handle = this.#take(false, w.owner);
            (batch ??= []).push(w);
          }
        }
        if (batch === null) return;
        if (batch.length > 1) batch.sort(byArrival);
        for (const w of batch) w.resolve(w.handle as RWLockHandle);
      }
    }
  }
}
