// Internal: the waiting machinery every class of the package shares. A waiter is one record that is its own
// abort listener (`handleEvent`) and timer argument, so a contended wait allocates the record, its promise and
// the promise's executor and nothing else; the uncontended paths return the shared pre-resolved promises below
// and allocate nothing.
import type { LockAcquireOptions } from '@asyncutils/mixins';

/**
 * The pre-resolved `Promise<true>` that every uncontended acquire/wait of every class returns.
 * @internal
 */
export const TRUE: Promise<true> = /* @__PURE__ */ Promise.resolve(true);

/**
 * The pre-resolved `Promise<void>` of waits that need not wait.
 * @internal
 */
export const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/** setTimeout's largest delay; longer timeouts are re-armed in steps. */
const MAX_DELAY = 2 ** 31 - 1;

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
 * A node of a circular doubly linked {@link Fifo}: a waiter, or the list itself (the sentinel).
 * @internal
 */
export interface Link {
  /** Next (towards the tail; the list itself after the tail). */
  n: Link;
  /** Previous (towards the head; the list itself before the head). */
  p: Link;
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
 * The error `<qualname>.<m>: <what>, got <shown v>`; by default a `RangeError` for a number, else a
 * `TypeError`.
 * @internal
 */
export function invalid(
  o: object,
  m: string,
  what: string,
  v: unknown,
  type: new (message: string) => Error = typeof v === 'number' ? RangeError : TypeError,
): Error {
  return new type(`${qualname(o)}.${m}: ${what}, got ${show(v)}`);
}

/**
 * The error for a `timeout`-like option (ms) other than `undefined` or a number `>= 0` (`Infinity` = none):
 * `RangeError` for a number (`NaN`, negative), `TypeError` for anything else.
 * @internal
 */
export function badTimeout(o: object, m: string, name: string, t: unknown): Error | undefined {
  return t === undefined || (typeof t === 'number' && t >= 0)
    ? undefined
    : invalid(o, m, `${name} must be a non-negative number of milliseconds`, t);
}

/**
 * Validates wait options: a rejected promise (bad options, `timeout` or `signal`, or the reason of an
 * aborted signal), else `undefined`. Reads only `signal` and `timeout`; allocates nothing when they are fine.
 * @internal
 */
export function badOpts(o: object, m: string, opts: LockAcquireOptions): Promise<never> | undefined {
  let s: AbortSignal | undefined;
  const e =
    typeof opts !== 'object' || opts === null
      ? invalid(o, m, 'options must be an object', opts, TypeError)
      : (badTimeout(o, m, 'timeout', opts.timeout) ??
        ((s = opts.signal) !== undefined && typeof (s as AbortSignal | null)?.aborted !== 'boolean'
          ? invalid(o, m, 'signal must be an AbortSignal', s, TypeError)
          : undefined));
  return e ? Promise.reject(e) : s?.aborted ? Promise.reject(s.reason) : undefined;
}

/**
 * One pending wait: links for a {@link Fifo}, the promise's settle functions, its signal and timer.
 * @internal
 */
export class Waiter implements Link {
  /** Next in a {@link Fifo}. */
  declare n: Link;
  /** Previous in a {@link Fifo}. */
  declare p: Link;
  /** Resolves the wait. */
  declare res: (value: unknown) => void;
  /** Rejects the wait. */
  declare rej: (reason: unknown) => void;
  /** The signal it listens to. */
  declare s: AbortSignal | undefined;
  /** Its timer. */
  declare t: ReturnType<typeof setTimeout> | undefined;
  /** Where it waits; `undefined` once settled or taken out. */
  declare q: WaitList | undefined;
  /** What the owner needs to know about it (tokens, owner token, …). */
  declare d: unknown;

  constructor(q: WaitList) {
    this.q = q;
  }

  /** The abort listener: leave at once and reject with the signal's reason. */
  handleEvent(): void {
    drop(this, (this.s as AbortSignal).reason);
  }
}

const ONCE: AddEventListenerOptions = { once: true };

/**
 * Makes the promise of a waiter already in its list and arms its signal and timeout. The options must be
 * valid (see {@link badOpts}) with a `timeout` other than `0` (callers reject that without queueing).
 * @internal
 */
export function arm<T>(w: Waiter, opts: LockAcquireOptions | undefined): Promise<T> {
  const p = new Promise<unknown>((res, rej) => {
    w.res = res;
    w.rej = rej;
  }) as Promise<T>;
  if (opts) {
    const s = opts.signal;
    if (s) {
      w.s = s;
      s.addEventListener('abort', w, ONCE);
    }
    const t = opts.timeout as number;
    if (t < Infinity) startTimer(w, t, t);
  }
  return p;
}

function startTimer(w: Waiter, left: number, total: number): void {
  const id = setTimeout(onTimer, left > MAX_DELAY ? MAX_DELAY : left, w, left - MAX_DELAY, total);
  (id as { unref?: () => unknown }).unref?.();
  w.t = id;
}

function onTimer(w: Waiter, rest: number, total: number): void {
  const q = w.q as WaitList; // settling clears the timer, so the waiter is still waiting
  if (rest > 0) startTimer(w, rest, total);
  else drop(w, timeoutError(q.o, q.m, total));
}

/** A waiter leaves early (abort, timeout) and rejects with `reason`; nothing when already settled. */
function drop(w: Waiter, reason: unknown): void {
  const q = w.q;
  if (q) {
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
  for (let w; (w = list.shift()); ) {
    off(w);
    w.rej(reason);
    k++;
  }
  return k;
}

/**
 * A FIFO of waiters: a circular doubly linked list whose sentinel is the list itself, O(1) push, shift
 * and removal.
 * @internal
 */
export class Fifo implements WaitList, Link {
  /** Head (the next to serve); the list itself when empty. */
  n: Link = this;
  /** Tail; the list itself when empty. */
  p: Link = this;
  declare readonly o: object;
  declare readonly m: string;

  constructor(o: object, m: string) {
    this.o = o;
    this.m = m;
  }

  /** Appends a waiter. */
  push(w: Waiter): void {
    const t = this.p;
    w.n = this;
    w.p = t;
    this.p = t.n = w;
  }

  /** Takes out and returns the head. */
  shift(): Waiter | undefined {
    const w = this.n;
    if (w !== this) {
      this.remove(w as Waiter);
      return w as Waiter;
    }
    return undefined;
  }

  /** Takes a waiter out (marks it settled). */
  remove(w: Waiter): void {
    w.p.n = w.n;
    w.n.p = w.p;
    w.q = undefined;
  }

  leave(w: Waiter): void {
    this.remove(w);
  }
}

/**
 * A {@link Fifo} that counts its waiters.
 * @internal
 */
export class CountedFifo extends Fifo {
  /** How many wait. */
  size = 0;

  override push(w: Waiter): void {
    super.push(w);
    this.size++;
  }

  override remove(w: Waiter): void {
    super.remove(w);
    this.size--;
  }
}

/**
 * The head of a {@link Fifo} (the next to serve), or `undefined` when it is empty.
 * @internal
 */
export function head(q: Fifo): Waiter | undefined {
  return q.n === q ? undefined : (q.n as Waiter);
}

/**
 * Enqueues a new waiter at the tail of `q` and returns its promise; `timeout: 0` rejects at once instead.
 * The options must be valid (see {@link badOpts}).
 * @internal
 */
export function wait<T>(q: Fifo, opts: LockAcquireOptions | undefined): Promise<T> {
  if (opts?.timeout === 0) return Promise.reject(timeoutError(q.o, q.m, 0));
  const w = new Waiter(q);
  q.push(w);
  return arm(w, opts);
}
