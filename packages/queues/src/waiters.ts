// Internal: how callers wait on a queue.
//
// A waiter is one record that is its own abort listener (`handleEvent`) and timer argument, so a wait allocates
// the record and its promise and nothing else. A list is a circular chain with itself as sentinel (linking and
// unlinking never branch) plus a count of pending wake-ups, which the first waiters use, in one microtask: a retry
// gives a result (the waiter resolves), `WAIT` (the condition is gone again: the pass ends, everyone keeps their
// place) or throws (the waiter rejects; its wake-up goes to the next one).
import type { QueueWaitOptions } from './PotentQueueBase.js';

/** setTimeout's largest delay; longer timeouts are re-armed in steps. */
const MAX_DELAY = 0x7fffffff;

/**
 * The pre-resolved `Promise<void>` every wait that need not wait returns.
 * @internal
 */
export const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/**
 * What an attempt returns when the caller has to wait.
 * @internal
 */
export const WAIT: object = {};

/**
 * The rejection of a wait in `api` that timed out after `ms`.
 * @internal
 */
export function timedOut(api: string, ms: number): DOMException {
  return new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');
}

/**
 * A link of a chain.
 * @internal
 */
export interface Link {
  /** Next. */
  n: Link;
  /** Previous. */
  p: Link;
}

/**
 * One pending wait.
 * @internal
 */
export interface Waiter extends Link {
  /** Resolves the wait. */
  res: (v: unknown) => void;
  /** Rejects the wait. */
  rej: (e: unknown) => void;
  /** Its timer. */
  t: ReturnType<typeof setTimeout> | undefined;
  /** The list it belongs to; `undefined` once settled. */
  l: WaitList | undefined;
  /** The item of a put. */
  d: unknown;
  /** The options of the call (signal, timeout, and what the storage reads, such as `priority`). */
  o: QueueWaitOptions | undefined;
  /** The abort listener. */
  handleEvent(): void;
}

/**
 * The waiters of one method of one queue (`get`, `put` or `join`), in arrival order; itself the sentinel of its
 * chain. The first `k` waiters are woken: they retry in one microtask. A waiter that leaves early leaves the count
 * alone, so its wake-up goes to the next waiter. A retry that gets `WAIT` ends the pass: the condition is shared by
 * every waiter of the list, so that waiter and the woken ones after it wait again, in place (the first at the front).
 * @internal
 */
export interface WaitList extends Link {
  /** Pending wake-ups. */
  k: number;
  /** A retry pass is scheduled. */
  s: boolean;
  /** The qualified method name, for messages. */
  m: string;
  /** The scheduled retry pass. */
  f: () => void;
}

/**
 * Creates a list whose woken waiters retry with `r`.
 * @internal
 */
export function waitList(m: string, r: (w: Waiter) => unknown): WaitList {
  const l = { k: 0, s: false, m } as WaitList;
  l.n = l.p = l;
  l.f = () => {
    l.s = false;
    for (let w = l.n; w !== l && l.k > 0; w = l.n) {
      let v: unknown;
      try {
        v = r(w as Waiter);
      } catch (e) {
        settle(w as Waiter, e, true); // its wake-up goes to the next waiter
        continue;
      }
      if (v === WAIT) break;
      l.k--;
      settle(w as Waiter, v);
    }
    l.k = 0;
  };
  return l;
}

/** Settles a waiter: unlinks it (leaving it linked to itself, so this runs once), detaches its timer and listener. */
function settle(w: Waiter, v: unknown, bad?: boolean): void {
  w.p.n = w.n;
  w.n.p = w.p;
  w.n = w.p = w;
  w.l = undefined;
  clearTimeout(w.t);
  w.o?.signal?.removeEventListener('abort', w);
  (bad ? w.rej : w.res)(v);
}

/**
 * Wakes up to `k` more waiters (in order): they retry in one microtask.
 * @internal
 */
export function wake(l: WaitList, k: number): void {
  if (l.n !== l) {
    l.k += k;
    if (!l.s) {
      l.s = true;
      queueMicrotask(l.f);
    }
  }
}

/** A waiter leaves early (abort, timeout): it rejects, unless it has settled. */
function drop(w: Waiter, e: unknown): void {
  if (w.l) settle(w, e, true);
}

/**
 * Settles every waiter: rejects with `e`, or resolves when `ok`.
 * @internal
 */
export function all(l: WaitList, e?: unknown, ok?: boolean): void {
  while (l.n !== l) settle(l.n as Waiter, e, !ok);
}

let slot: Waiter;
function exec(res: (v: unknown) => void, rej: (e: unknown) => void): void {
  slot.res = res;
  slot.rej = rej;
}
const ONCE: AddEventListenerOptions = { once: true };
function handleEvent(this: Waiter): void {
  drop(this, (this.o as { signal: AbortSignal }).signal.reason);
}

/**
 * Appends a new waiter to `l` and returns its promise (`timeout: 0` rejects at once instead). The options
 * must be valid (see {@link waitOpts}).
 * @internal
 */
export function wait<R>(l: WaitList, o: QueueWaitOptions | undefined, d?: unknown): Promise<R> {
  const ms = o?.timeout;
  if (ms === 0) return Promise.reject(timedOut(l.m, 0));
  const w = (slot = { n: l, p: l.p, l, d, o, handleEvent } as unknown as Waiter);
  l.p = l.p.n = w;
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
  if (rest > 0) arm(w, rest, total);
  else drop(w, timedOut((w.l as WaitList).m, total));
}
