// Internal: the waiting machinery every class of the package shares. A waiter is one record that is its own
// abort listener (`handleEvent`) and timer argument, so a contended wait allocates the record and its promise
// and nothing else; the uncontended paths return the shared pre-resolved promises below and allocate nothing.
import type { LockAcquireOptions } from '@asyncutils/mixins';

/**
 * The pre-resolved `Promise<true>` that every uncontended acquire/wait of every class returns.
 * @internal
 */
export const TRUE: Promise<true> = /* @__PURE__ */ Promise.resolve(true);

/**
 * The pre-resolved `Promise<void>` of synchronous disposals and waits that need not wait.
 * @internal
 */
export const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/** setTimeout's largest delay; longer timeouts are re-armed in steps. */
const MAX_DELAY = 0x7fffffff;

/**
 * Where a waiter waits: the owner (named in messages), the method it waits in, and how it leaves early.
 * @internal
 */
export interface WaitList {
  /** The object whose class names the errors (its static `qualname`). */
  readonly o: object;
  /** The method waited in, for timeout messages. */
  readonly m: string;
  /** Takes the waiter out after an abort or a timeout (may grant others it was holding up). */
  leave(w: Waiter): void;
}

/**
 * The qualified name of an object's class: its static `qualname`, else the class name.
 * @internal
 */
export function qualname(o: object): string {
  const c = o.constructor as { qualname?: string; name: string };
  return c.qualname ?? c.name;
}

/**
 * The default reason of `cancelWaiters()`.
 * @internal
 */
export function cancelled(o: object): DOMException {
  return new DOMException(`${qualname(o)}: waiters cancelled`, 'AbortError');
}

/**
 * The rejection of a wait in `o`'s method `m` that timed out after `ms`.
 * @internal
 */
export function timeoutError(o: object, m: string, ms: number): DOMException {
  return new DOMException(`${qualname(o)}.${m}: timed out after ${ms} ms`, 'TimeoutError');
}

/**
 * How a bad value is shown in a message: a number as itself, anything else by its type.
 * @internal
 */
export function show(v: unknown): string {
  return typeof v === 'number' ? String(v) : v === null ? 'null' : typeof v;
}

/**
 * The error for a `timeout`-like option (ms) other than `undefined` or a number `>= 0` (`Infinity` = none):
 * `RangeError` for a number (`NaN`, negative), `TypeError` for anything else.
 * @internal
 */
export function badTimeout(o: object, m: string, name: string, t: unknown): Error | undefined {
  if (t === undefined || (typeof t === 'number' && t >= 0)) return undefined;
  return new (typeof t === 'number' ? RangeError : TypeError)(
    `${qualname(o)}.${m}: ${name} must be a non-negative number of milliseconds, got ${show(t)}`,
  );
}

/**
 * Validates wait options: a rejected promise (bad `timeout` or `signal`, or the reason of an aborted
 * signal), else `undefined`. Reads only `signal` and `timeout`, allocates nothing when they are fine.
 * @internal
 */
export function badOpts(o: object, m: string, opts: LockAcquireOptions): Promise<never> | undefined {
  let e: unknown;
  if (typeof opts !== 'object' || opts === null) {
    e = new TypeError(`${qualname(o)}.${m}: options must be an object, got ${show(opts)}`);
  } else {
    const s = opts.signal;
    e = badTimeout(o, m, 'timeout', opts.timeout);
    if (e === undefined && s !== undefined) {
      if (typeof (s as AbortSignal | null)?.aborted !== 'boolean') {
        e = new TypeError(`${qualname(o)}.${m}: signal must be an AbortSignal, got ${show(s)}`);
      } else if (s.aborted) return Promise.reject(s.reason);
    }
  }
  return e === undefined ? undefined : Promise.reject(e);
}

/**
 * One pending wait: links for a {@link Fifo}, the promise's settle functions, its signal and timer.
 * @internal
 */
export class Waiter {
  /** Next in a {@link Fifo}. */
  n: Waiter | undefined;
  /** Previous in a {@link Fifo}. */
  p: Waiter | undefined;
  /** Resolves the wait. */
  res!: (value: unknown) => void;
  /** Rejects the wait. */
  rej!: (reason: unknown) => void;
  /** The signal it listens to. */
  s: AbortSignal | undefined;
  /** Its timer. */
  t: ReturnType<typeof setTimeout> | undefined;
  /** Where it waits; `undefined` once settled or taken out. */
  q: WaitList | undefined;
  /** What the owner needs to know about it (tokens, owner token, …). */
  d: unknown;

  constructor(q: WaitList, d?: unknown) {
    this.q = q;
    this.d = d;
  }

  /** The abort listener: leave at once and reject with the signal's reason. */
  handleEvent(): void {
    drop(this, (this.s as AbortSignal).reason);
  }
}

// `new Promise(exec)` runs `exec` synchronously, so one module slot hands the settle functions over
// without allocating a closure per wait.
let slot: Waiter;
function exec(res: (value: unknown) => void, rej: (reason: unknown) => void): void {
  slot.res = res;
  slot.rej = rej;
}
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Makes the promise of a waiter already in its list and arms its signal and timeout. The options must be
 * valid (see {@link badOpts}) with a `timeout` other than `0` (callers reject that without queueing).
 * @internal
 */
export function arm<T>(w: Waiter, opts: LockAcquireOptions | undefined): Promise<T> {
  slot = w;
  const p = new Promise(exec) as Promise<T>;
  if (opts !== undefined) {
    const s = opts.signal;
    if (s !== undefined) {
      w.s = s;
      s.addEventListener('abort', w, ONCE);
    }
    const t = opts.timeout;
    if (t !== undefined && t !== Infinity) startTimer(w, t, t);
  }
  return p;
}

function startTimer(w: Waiter, left: number, total: number): void {
  const id = setTimeout(onTimer, left > MAX_DELAY ? MAX_DELAY : left, w, left - MAX_DELAY, total);
  (id as { unref?: () => unknown }).unref?.();
  w.t = id;
}

function onTimer(w: Waiter, rest: number, total: number): void {
  if (rest > 0) startTimer(w, rest, total);
  else if (w.q !== undefined) drop(w, timeoutError(w.q.o, w.q.m, total));
}

/** A waiter leaves early (abort, timeout) and rejects with `reason`; nothing when already settled. */
function drop(w: Waiter, reason: unknown): void {
  const q = w.q;
  if (q !== undefined) {
    q.leave(w);
    off(w);
    w.rej(reason);
  }
}

/**
 * Detaches a settling waiter's timer and abort listener.
 * @internal
 */
export function off(w: Waiter): void {
  clearTimeout(w.t);
  w.s?.removeEventListener('abort', w);
}

/**
 * Grants a waiter already taken out of its list: detach, resolve with `value`. Final: a later abort or
 * timeout can no longer reach it.
 * @internal
 */
export function grant(w: Waiter, value: unknown): void {
  off(w);
  w.res(value);
}

/**
 * Rejects every waiter of a list with `reason`, in order; returns how many.
 * @internal
 */
export function rejectAll(list: { shift(): Waiter | undefined }, reason: unknown): number {
  let k = 0;
  for (let w = list.shift(); w !== undefined; w = list.shift()) {
    off(w);
    w.rej(reason);
    k++;
  }
  return k;
}

/**
 * A FIFO of waiters: an intrusive doubly linked list, O(1) push, shift and removal.
 * @internal
 */
export class Fifo implements WaitList {
  /** Head (the next to serve). */
  h: Waiter | undefined = undefined;
  /** Tail. */
  t: Waiter | undefined = undefined;
  /** How many wait. */
  size = 0;
  readonly o: object;
  readonly m: string;

  constructor(o: object, m: string) {
    this.o = o;
    this.m = m;
  }

  /** Appends a waiter. */
  push(w: Waiter): void {
    const t = this.t;
    w.p = t;
    if (t === undefined) this.h = w;
    else t.n = w;
    this.t = w;
    this.size++;
  }

  /** Takes out and returns the head. */
  shift(): Waiter | undefined {
    const w = this.h;
    if (w !== undefined) this.remove(w);
    return w;
  }

  /** Takes a waiter out (marks it settled). */
  remove(w: Waiter): void {
    const p = w.p;
    const n = w.n;
    if (p === undefined) this.h = n;
    else p.n = n;
    if (n === undefined) this.t = p;
    else n.p = p;
    w.p = w.n = w.q = undefined;
    this.size--;
  }

  leave(w: Waiter): void {
    this.remove(w);
  }
}

/**
 * Enqueues a new waiter at the tail of `q` and returns its promise; `timeout: 0` rejects at once instead.
 * The options must be valid (see {@link badOpts}).
 * @internal
 */
export function wait<T>(q: Fifo, opts: LockAcquireOptions | undefined, d?: unknown): Promise<T> {
  if (opts !== undefined && opts.timeout === 0) return Promise.reject(timeoutError(q.o, q.m, 0));
  const w = new Waiter(q, d);
  q.push(w);
  return arm(w, opts);
}
