// Internal: how callers wait on a queue. A waiter is one record that is its own abort listener (`handleEvent`)
// and timer argument, so a wait allocates the record and its promise and nothing else. A list keeps two chains:
// the waiting callers (arrival order) and the woken ones (their retry runs in one microtask, in wake order).
// A woken waiter whose condition is gone again goes back *before* every later arrival, so the order holds.
import type { QueueWaitOptions } from './PotentQueueBase.js';

/** setTimeout's largest delay; longer timeouts are re-armed in steps. */
const MAX_DELAY = 0x7fffffff;

/**
 * The pre-resolved `Promise<void>` every wait that need not wait returns.
 * @internal
 */
export const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/**
 * How a bad value appears in a message: a number as itself, anything else by its type.
 * @internal
 */
export function show(v: unknown): string {
  return typeof v === 'number' ? String(v) : v === null ? 'null' : typeof v;
}

/**
 * Validates `{ signal, timeout }` options: the error (bad options) or the reason of an already aborted signal,
 * else `undefined`. `timeout` is `undefined` or a number `>= 0` (ms, `Infinity` = none).
 * @internal
 */
export function badWait(api: string, o: unknown): unknown {
  if (o === undefined) return undefined;
  if (typeof o !== 'object' || o === null) return new TypeError(`${api}: options must be an object, got ${show(o)}`);
  const { signal: s, timeout: t } = o as QueueWaitOptions;
  if (t !== undefined && !(typeof t === 'number' && t >= 0)) {
    return new (typeof t === 'number' ? RangeError : TypeError)(`${api}: timeout must be a number of ms >= 0, got ${show(t)}`);
  }
  if (s !== undefined) {
    if (typeof (s as AbortSignal | null)?.aborted !== 'boolean') return new TypeError(`${api}: signal must be an AbortSignal, got ${show(s)}`);
    if (s.aborted) return s.reason;
  }
  return undefined;
}

/**
 * The rejection of a wait in `api` that timed out after `ms`.
 * @internal
 */
export function timedOut(api: string, ms: number): DOMException {
  return new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');
}

/**
 * One pending wait.
 * @internal
 */
export class Waiter {
  /** Next in its chain. */
  n: Waiter | undefined = undefined;
  /** Previous in its chain. */
  p: Waiter | undefined = undefined;
  /** Resolves the wait. */
  res!: (v: unknown) => void;
  /** Rejects the wait. */
  rej!: (e: unknown) => void;
  /** Its timer. */
  t: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The list it belongs to; `undefined` once settled. */
  l: WaitList | undefined;
  /** In the woken chain (else in the waiting chain, or being retried). */
  w = false;
  /** Arrival number in its list. */
  readonly i: number;
  /** The item of a put. */
  readonly d: unknown;
  /** The options of the call (signal, timeout, and what the storage reads, such as `priority`). */
  readonly o: QueueWaitOptions | undefined;

  constructor(l: WaitList, d: unknown, o: QueueWaitOptions | undefined) {
    this.l = l;
    this.i = l.i++;
    this.d = d;
    this.o = o;
  }

  /** The abort listener: leave at once, reject with the signal's reason. */
  handleEvent(): void {
    this.l?.drop(this, (this.o as { signal: AbortSignal }).signal.reason);
  }
}

/** Detaches a settling waiter (timer, abort listener) and marks it settled. */
function off(w: Waiter): void {
  w.l = undefined;
  clearTimeout(w.t);
  w.o?.signal?.removeEventListener('abort', w);
}

/**
 * Resolves a waiter that is in no chain.
 * @internal
 */
export function grant(w: Waiter, v?: unknown): void {
  off(w);
  w.res(v);
}

/**
 * Rejects a waiter that is in no chain.
 * @internal
 */
export function fail(w: Waiter, e: unknown): void {
  off(w);
  w.rej(e);
}

/**
 * The waiters of one method of one queue (`get`, `put` or `join`).
 * @internal
 */
export class WaitList {
  /** Head of the waiting chain (the next to wake). */
  h: Waiter | undefined = undefined;
  /** Tail of the waiting chain. */
  t: Waiter | undefined = undefined;
  /** Head of the woken chain (the next to retry). */
  x: Waiter | undefined = undefined;
  /** Tail of the woken chain. */
  y: Waiter | undefined = undefined;
  /** Arrival counter. */
  i = 0;
  /** A retry pass is scheduled. */
  s = false;
  /** The qualified method name, for messages. */
  readonly m: string;
  /** Retries a woken waiter: grant it, fail it, or `back(w)`. */
  readonly r: (w: Waiter) => void;
  /** The scheduled retry pass, bound once. */
  readonly f: () => void;

  constructor(m: string, r: (w: Waiter) => void) {
    this.m = m;
    this.r = r;
    this.f = () => {
      this.s = false;
      for (let w = this.x; w !== undefined; w = this.x) {
        this.un(w);
        this.r(w);
      }
    };
  }

  /** Unlinks a waiter from its chain. */
  un(w: Waiter): void {
    const { p, n } = w;
    if (w.w) {
      if (p) p.n = n;
      else this.x = n;
      if (n) n.p = p;
      else this.y = p;
      w.w = false;
    } else {
      if (p) p.n = n;
      else this.h = n;
      if (n) n.p = p;
      else this.t = p;
    }
    w.p = w.n = undefined;
  }

  /** Puts a waiter back in the waiting chain, before every later arrival. */
  back(w: Waiter): void {
    let n = this.h;
    while (n !== undefined && n.i < w.i) n = n.n;
    const p = n === undefined ? this.t : n.p;
    w.p = p;
    w.n = n;
    if (p) p.n = w;
    else this.h = w;
    if (n) n.p = w;
    else this.t = w;
  }

  /** Wakes up to `k` waiters, in order: they retry in one microtask. */
  wake(k: number): void {
    for (let w = this.h; w !== undefined && k-- > 0; w = this.h) {
      this.un(w);
      w.w = true;
      w.p = this.y;
      if (this.y) this.y.n = w;
      else this.x = w;
      this.y = w;
    }
    if (this.x !== undefined && !this.s) {
      this.s = true;
      queueMicrotask(this.f);
    }
  }

  /** A waiter leaves early (abort, timeout): reject it; a woken one passes its wake-up on. */
  drop(w: Waiter, e: unknown): void {
    const woken = w.w;
    this.un(w);
    fail(w, e);
    if (woken) this.wake(1);
  }

  /** Settles every waiter (both chains): rejects with `e`, or resolves when `ok`. */
  all(e?: unknown, ok?: boolean): void {
    for (let w = this.x ?? this.h; w !== undefined; w = this.x ?? this.h) {
      this.un(w);
      if (ok) grant(w);
      else fail(w, e);
    }
  }
}

let slot: Waiter;
function exec(res: (v: unknown) => void, rej: (e: unknown) => void): void {
  slot.res = res;
  slot.rej = rej;
}
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Appends a new waiter to `l` and returns its promise (`timeout: 0` rejects at once instead). The options
 * must be valid (see {@link badWait}).
 * @internal
 */
export function wait<R>(l: WaitList, o: QueueWaitOptions | undefined, d?: unknown): Promise<R> {
  const ms = o?.timeout;
  if (ms === 0) return Promise.reject(timedOut(l.m, 0));
  const w = new Waiter(l, d, o);
  const t = l.t;
  w.p = t;
  if (t) t.n = w;
  else l.h = w;
  l.t = w;
  slot = w;
  const p = new Promise(exec) as Promise<R>;
  o?.signal?.addEventListener('abort', w, ONCE);
  if (ms !== undefined && ms !== Infinity) arm(w, ms, ms);
  return p;
}

function arm(w: Waiter, left: number, total: number): void {
  const id = setTimeout(ring, left > MAX_DELAY ? MAX_DELAY : left, w, left - MAX_DELAY, total);
  (id as { unref?: () => unknown }).unref?.();
  w.t = id;
}

/** A waiter's timer fired (settling clears it, so the waiter is still waiting): re-arm or time out. */
function ring(w: Waiter, rest: number, total: number): void {
  const l = w.l as WaitList;
  if (rest > 0) arm(w, rest, total);
  else l.drop(w, timedOut(l.m, total));
}
