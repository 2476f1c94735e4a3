// Internal: what both buckets share: argument checks with messages that name the API, and the waiting
// machinery. A waiter is one record that is its own abort listener (`handleEvent`) and timer argument, so a
// wait allocates the record and its promise and nothing else (no closure, no derived signal).
import type { BucketWaitOptions } from './BucketWaitOptions.js';

/**
 * A handle of `setTimeout` (a number in browsers, an object in Node).
 * @internal
 */
export type Timer = ReturnType<typeof setTimeout>;

/**
 * setTimeout's longest delay (ms); longer waits are re-armed in steps of at most this.
 * @internal
 */
export const MAX_DELAY = 0x7fffffff;

/**
 * The default clock: `performance.now()`, looked up at each call (never captured at import, so fake timers
 * and polyfills installed later are seen).
 * @internal
 */
export function now(): number {
  return performance.now();
}

/**
 * How a bad value is shown in a message: a number as itself, anything else by its type.
 * @internal
 */
export function show(v: unknown): string {
  return typeof v === 'number' ? String(v) : v === null ? 'null' : typeof v;
}

/**
 * `v` when it is a number `> lo` (`strict`) or `>= lo`, finite and `<= hi`; else throws `TypeError` (not a
 * number) or `RangeError`, with the message `<api>: <name> must be …, got <v>`.
 * @internal
 */
export function num(api: string, name: string, v: unknown, lo: number, strict: boolean, hi: number = Infinity): number {
  if (typeof v !== 'number') throw new TypeError(`${api}: ${name} must be a number, got ${show(v)}`);
  if (!(strict ? v > lo : v >= lo) || !(v <= hi) || v === Infinity) {
    throw new RangeError(`${api}: ${name} must be a finite number ${strict ? '>' : '>='} ${lo}${hi < Infinity ? ` and <= ${hi}` : ''}, got ${v}`);
  }
  return v;
}

/**
 * `opts` when it is `undefined` or an object, else throws `TypeError`.
 * @internal
 */
export function optsObject<T>(api: string, opts: T): T {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new TypeError(`${api}: options must be an object, got ${show(opts)}`);
  }
  return opts;
}

/**
 * The `timer` option: `undefined` (use {@link now}) or a function, else throws `TypeError`.
 * @internal
 */
export function clockOf(api: string, timer: unknown): () => number {
  if (timer === undefined) return now;
  if (typeof timer !== 'function') throw new TypeError(`${api}: timer must be a function, got ${show(timer)}`);
  return timer as () => number;
}

/**
 * Validates wait options without allocating when they are fine: a rejected promise (options not an object,
 * bad `timeout` or `signal`, or the reason of an already aborted signal), else `undefined`.
 * @internal
 */
export function badOpts(api: string, opts: BucketWaitOptions): Promise<never> | undefined {
  let e: unknown;
  try {
    optsObject(api, opts);
    const t = opts.timeout;
    if (t !== undefined && !(typeof t === 'number' && t >= 0)) {
      throw new (typeof t === 'number' ? RangeError : TypeError)(
        `${api}: timeout must be a non-negative number of milliseconds, got ${show(t)}`,
      );
    }
    const s = opts.signal;
    if (s !== undefined) {
      if (typeof (s as AbortSignal | null)?.aborted !== 'boolean') throw new TypeError(`${api}: signal must be an AbortSignal, got ${show(s)}`);
      if (s.aborted) return Promise.reject(s.reason);
    }
    return undefined;
  } catch (error) {
    e = error;
  }
  return Promise.reject(e);
}

/**
 * The rejection of a wait of `api` that timed out after `ms`.
 * @internal
 */
export function timeoutError(api: string, ms: number): DOMException {
  return new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');
}

/**
 * One pending wait: its settle functions, signal and timeout timer, the API it waits in (for the timeout
 * message) and how it leaves its owner early. Subclasses add what their owner needs.
 * @internal
 */
export class Waiter {
  /** Resolves the wait. */
  y!: (value: unknown) => void;
  /** Rejects the wait. */
  x!: (reason: unknown) => void;
  /** The signal it listens to. */
  s: AbortSignal | undefined = undefined;
  /** Its timeout timer. */
  t: Timer | undefined = undefined;
  /** The qualified API, for the timeout message. */
  readonly a: string;
  /** Takes it out of its owner after an abort or a timeout; `undefined` once settled. */
  l: ((w: Waiter) => void) | undefined;

  constructor(api: string, leave: (w: Waiter) => void) {
    this.a = api;
    this.l = leave;
  }

  /** The abort listener: leave at once and reject with the signal's reason. */
  handleEvent(): void {
    fail(this, (this.s as AbortSignal).reason);
  }
}

// `new Promise(exec)` runs `exec` synchronously, so one module slot hands the settle functions over
// without allocating a closure per wait.
let slot: Waiter;
function exec(res: (value: unknown) => void, rej: (reason: unknown) => void): void {
  slot.y = res;
  slot.x = rej;
}
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Makes the promise of a new waiter and arms its signal and timeout. The options must be valid (see
 * {@link badOpts}) and the signal not aborted; a `timeout` of `0` must have been handled by the caller.
 * @internal
 */
export function arm<T>(w: Waiter, opts: BucketWaitOptions | undefined): Promise<T> {
  slot = w;
  const p = new Promise(exec) as Promise<T>;
  if (opts !== undefined) {
    const s = opts.signal;
    if (s !== undefined) {
      w.s = s;
      s.addEventListener('abort', w, ONCE);
    }
    const t = opts.timeout;
    if (t !== undefined && t !== Infinity) startTimeout(w, t, t);
  }
  return p;
}

function startTimeout(w: Waiter, left: number, total: number): void {
  const id = setTimeout(onTimeout, left > MAX_DELAY ? MAX_DELAY : left, w, left - MAX_DELAY, total);
  (id as { unref?: () => unknown }).unref?.();
  w.t = id;
}

function onTimeout(w: Waiter, rest: number, total: number): void {
  if (rest > 0) startTimeout(w, rest, total);
  else fail(w, timeoutError(w.a, total));
}

/** Detaches a settling waiter: clears its timer and abort listener, marks it settled; returns its leave. */
function detach(w: Waiter): ((w: Waiter) => void) | undefined {
  const l = w.l;
  w.l = undefined;
  clearTimeout(w.t);
  w.s?.removeEventListener('abort', w);
  return l;
}

/**
 * Leaves early (abort, timeout): detach, reject with `reason`, then take it out of its owner (which may
 * serve the next waiter: rejecting first keeps the settlements in queue order). Nothing when already settled.
 * @internal
 */
export function fail(w: Waiter, reason: unknown): void {
  const l = detach(w);
  if (l !== undefined) {
    w.x(reason);
    l(w);
  }
}

/**
 * Grants a waiter its owner has already taken out: detach, resolve with `value`.
 * @internal
 */
export function win(w: Waiter, value?: unknown): void {
  detach(w);
  w.y(value);
}
