// Internal: what both buckets share, kept small because all of it ships with each class: argument checks
// with one message builder, and one waiting mechanism. A waiter is one record that is its own abort listener
// (`handleEvent`) and timer argument, so a wait allocates the record and its promise and nothing else (no
// closure, no derived signal). Helpers are arrow constants: they minify smaller than function declarations.
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
export const now = (): number => performance.now();

/**
 * Throws `E` (default `TypeError`) with the message `<api>: <what>, got <v>`, where a number shows as itself
 * and anything else by its type.
 * @internal
 */
export const fail = (api: string, what: string, v: unknown, E: ErrorConstructor = TypeError): never => {
  throw new E(`${api}: ${what}, got ${v === null || typeof v == 'number' ? v : typeof v}`);
};

/**
 * `v` when it is a finite number `> 0` (`strict`) or `>= 0`; else throws `TypeError` (not a number) or
 * `RangeError`: `<api>: <name> must be a finite number > 0, got -1`.
 * @internal
 */
export const num = (api: string, name: string, v: unknown, strict?: boolean): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number`, v);
  if (!((strict ? (v as number) > 0 : (v as number) >= 0) && (v as number) < Infinity)) {
    fail(api, `${name} must be a finite number ${strict ? '>' : '>='} 0`, v, RangeError);
  }
  return v as number;
};

/**
 * `opts` when it is `undefined` or an object, else throws `TypeError`.
 * @internal
 */
export const optsObject = <T>(api: string, opts: T): T => (
  opts === undefined || (typeof opts == 'object' && opts) || fail(api, 'options must be an object', opts), opts
);

/**
 * The clock of the constructor options `opts` (`undefined` or an object whose `timer` is `undefined` or a
 * function; else throws `TypeError`).
 * @internal
 */
export const clockOf = (api: string, opts: { timer?: () => number } | undefined): (() => number) => {
  const t = optsObject(api, opts)?.timer;
  return t === undefined ? now : typeof t == 'function' ? t : fail(api, 'timer must be a function', t);
};

/**
 * Validates wait options (throws `TypeError`/`RangeError`), and throws the reason of an already aborted
 * signal: callers run it inside their `try`, so each becomes the rejection.
 * @internal
 */
export const checkWait = (api: string, opts: BucketWaitOptions): void => {
  const { timeout: t, signal: s } = optsObject(api, opts);
  // `Infinity` is no limit; anything else must be a finite number of ms `>= 0` (the spec's wording).
  if (t !== undefined && t !== Infinity) num(api, 'timeout', t);
  if (s !== undefined) {
    if (typeof (s as AbortSignal | null)?.aborted != 'boolean') fail(api, 'signal must be an AbortSignal', s);
    if (s.aborted) throw s.reason;
  }
};

/**
 * The rejection of a wait of `api` that timed out after `ms`.
 * @internal
 */
export const timeoutError = (api: string, ms: number): DOMException =>
  new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');

/**
 * One pending wait. Its fields are set by {@link arm} and by its owner (no constructor, nothing emitted):
 * settle functions, signal, timeout timer and its length, the API (for the timeout message), the owner's own
 * timer `d` (cleared on every settle), what to do after an abort or timeout, and the owner's data.
 * @internal
 */
export class Waiter {
  declare y: (value: unknown) => void;
  declare x: (reason: unknown) => void;
  declare s: AbortSignal | undefined;
  declare t: Timer | undefined;
  declare d: Timer | undefined;
  declare o: number;
  declare a: string;
  declare l: ((w: never) => void) | undefined;
  /** How much it asks for. */
  declare n: number;
  /** Its owner's data: the end of a TokenBucket wait; the slept total of a LeakyBucket poll. */
  declare z: number;

  /** The abort listener: leave at once and reject with the signal's reason. */
  handleEvent(): void {
    drop(this, (this.s as AbortSignal).reason);
  }
}

// `new Promise(exec)` runs `exec` synchronously, so one module slot hands the settle functions over
// without allocating a closure per wait.
let slot: Waiter;
const exec = (y: (value: unknown) => void, x: (reason: unknown) => void): void => {
  slot.y = y;
  slot.x = x;
};
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Calls `f(w)` after `ms` (any length: re-armed in steps of setTimeout's limit), keeping the current handle
 * in `w[k]`. The timeout timer (`t`) does not keep a Node process alive; the owner's timer (`d`) does, as a
 * sleep would.
 * @internal
 */
export const later = <W extends Waiter>(w: W, k: 't' | 'd', ms: number, f: (w: W) => void): void => {
  const id = (w[k] = setTimeout(ms > MAX_DELAY ? later : f, ms > MAX_DELAY ? MAX_DELAY : ms, w, k, ms - MAX_DELAY, f));
  if (k == 't') (id as { unref?: () => unknown }).unref?.();
};

/** A timeout expires. */
const expire = (w: Waiter): void => drop(w, timeoutError(w.a, w.o));

/**
 * Makes the promise of a new waiter and arms its signal and timeout. The options must have passed
 * {@link checkWait}; a `timeout` of `0` must have been handled by the caller. `leave` runs after an abort or
 * a timeout has rejected it.
 * @internal
 */
export const arm = <T, W extends Waiter>(w: W, api: string, opts: BucketWaitOptions | undefined, leave?: (w: W) => void): Promise<T> => {
  slot = w;
  w.a = api;
  w.l = leave;
  const p = new Promise(exec) as Promise<T>;
  const s = opts?.signal;
  const t = opts?.timeout as number; // `undefined < Infinity` is false: no timer
  if ((w.s = s)) s.addEventListener('abort', w, ONCE);
  if (t < Infinity) later(w, 't', (w.o = t), expire);
  return p;
};

/** Clears a settling waiter's timers and abort listener: nothing can settle it again. */
const detach = (w: Waiter): void => {
  clearTimeout(w.t);
  clearTimeout(w.d);
  w.s?.removeEventListener('abort', w);
};

/**
 * Leaves early (abort, timeout): detach, reject with `reason`, then let the owner take it out (which may
 * serve the next waiter: rejecting first keeps the settlements in queue order).
 * @internal
 */
export const drop = (w: Waiter, reason: unknown): void => {
  detach(w);
  w.x(reason);
  w.l?.(w as never);
};

/**
 * Grants a waiter its owner has already taken out: detach, resolve with `value`.
 * @internal
 */
export const win = (w: Waiter, value?: unknown): void => {
  detach(w);
  w.y(value);
};
