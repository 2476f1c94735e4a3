// `EventWithValue<T>`: a broadcast value event with a bounded, timestamped history.
import { EVENT_WITH_VALUE_DEFAULT_MAX_HIST, EVENT_WITH_VALUE_DEFAULT_RECENT } from '@asyncutils/context';
import { EventValueError } from '@asyncutils/exceptions';
import { EventMixin } from '@asyncutils/mixins';
import type { HistoryEntry } from './HistoryEntry.js';
import type { EventWaitOptions, TransitionOptions, WaitForValueOptions } from './options.js';
import { checkFlag, checkOptions, checkSignal, checkTimeout, describe, enqueue, Waiter, WaiterQueue } from './waiter.js';

const QUALNAME = 'asyncutils.events.EventWithValue';

/**
 * A value event: `set(value)` stores a value and wakes every waiter with it; waiters can wait for the
 * next value, for a given value, or for an `old → next` transition. Past values are kept in a bounded,
 * timestamped history.
 *
 * @remarks
 * The port of Python's `asyncutils.events.EventWithValue`, with the `asyncio.Event` interface
 * (`set`/`clear`/`isSet`/`wait`) plus a value. `null` and `undefined` mean "unset", so `T` excludes
 * them. Values are compared with `Object.is`.
 *
 * - **Broadcast.** `set(v)` resolves every `waitForNext` waiter registered before the call with `v`, also
 *   when `v` equals the held value; `clear()` wakes nobody.
 * - **History.** Each `set` that changes the value appends `[performance.now(), value]`. The history is
 *   bounded: it keeps the latest `maxhist` entries (default `EVENT_WITH_VALUE_DEFAULT_MAX_HIST`, 128),
 *   dropping the oldest; `maxhist: null` keeps every entry (memory grows with each change). Entries hold
 *   strong references (Python's are weak).
 * - **Waits** take `{ signal, timeout }` (ms). A timeout or abort affects only its own wait and leaves no
 *   listener or timer behind.
 * - Not thenable: write `await ev.wait()` where Python writes `await ev`. A value that is itself a
 *   thenable is adopted by the promises of the waits, as any promise does.
 *
 * @typeParam T - The value type; `null` and `undefined` are excluded.
 *
 * @example
 * ```ts
 * import { EventWithValue } from '@asyncutils/events';
 *
 * const status = new EventWithValue<'idle' | 'busy'>();
 * const next = status.waitForNext();
 * status.set('busy');
 * await next; // 'busy'
 * await status.wait(); // 'busy' at once: a value is held
 * status.history.map(([, v]) => v); // ['busy']
 * ```
 */
export class EventWithValue<T extends {}> extends EventMixin<T> {
  /** The qualified name used in messages. */
  static readonly qualname: string = QUALNAME;

  /** The held value; `undefined` = unset. */
  private _value: T | undefined = undefined;
  /** Pending waits: plain waiters and value/transition observers, oldest first. */
  private readonly _waiters: WaiterQueue<T> = new WaiterQueue<T>();
  /** History ring buffer: oldest entry at `_start` once full. */
  private readonly _hist: HistoryEntry<T>[] = [];
  private _start = 0;
  /** Capacity: `null` = unbounded. */
  private readonly _maxhist: number | null;

  /**
   * Creates an unset event.
   *
   * @param opts - `maxhist`: how many history entries to keep; `null` keeps all, `0` none.
   * Default: `EVENT_WITH_VALUE_DEFAULT_MAX_HIST` (128), read from the context at construction.
   * @throws RangeError when `maxhist` (or the context's default) is not a safe integer `>= 0`.
   * @throws TypeError when `maxhist` is not a number, `null` or `undefined`.
   *
   * @example
   * ```ts
   * const ev = new EventWithValue<number>({ maxhist: 2 });
   * ev.set(1); ev.set(2); ev.set(3);
   * ev.history.map(([, v]) => v); // [2, 3]
   * ```
   */
  constructor(opts?: { maxhist?: number | null }) {
    super();
    checkOptions(opts, QUALNAME);
    let maxhist = opts?.maxhist;
    if (maxhist === undefined) maxhist = EVENT_WITH_VALUE_DEFAULT_MAX_HIST.get();
    if (maxhist !== null) {
      if (typeof maxhist !== 'number') throw new TypeError(`${QUALNAME}: maxhist must be a number or null, got ${describe(maxhist)}`);
      if (!Number.isSafeInteger(maxhist) || maxhist < 0) throw new RangeError(`${QUALNAME}: maxhist must be an integer >= 0 or null, got ${maxhist}`);
    }
    this._maxhist = maxhist;
  }

  /**
   * Stores `value` and wakes every waiter registered before this call with it.
   *
   * @remarks
   * If `value` differs from the held one (`Object.is`), it is stored and `[performance.now(), value]` is
   * appended to the history (the oldest entry is dropped beyond `maxhist`). Waiters are woken also when
   * the value did not change. `null`/`undefined` is rejected (`strict`, the default) or means `clear()`.
   *
   * @param value - The new value.
   * @param opts - `strict` (default `true`): reject `null`/`undefined` instead of clearing.
   * @throws EventValueError `asyncutils.events.EventWithValue: use clear instead` for `null`/`undefined`
   * when `strict` (nothing changes).
   *
   * @example
   * ```ts
   * const ev = new EventWithValue<number>();
   * ev.set(1);
   * ev.set(1); // same value: no history entry, but pending waiters still wake with 1
   * ev.set(null); // type error and EventValueError at run time: use clear()
   * ```
   */
  set(value: T, opts?: { strict?: boolean }): void;
  /**
   * Clears the event: `set(null | undefined, { strict: false })` is `clear()`.
   *
   * @param value - `null` or `undefined`.
   * @param opts - `{ strict: false }`.
   *
   * @example
   * ```ts
   * ev.set(null, { strict: false }); // ev.isSet() === false
   * ```
   */
  set(value: null | undefined, opts: { strict: false }): void;
  set(value: T | null | undefined, opts?: { strict?: boolean }): void {
    if (value === null || value === undefined) {
      if (checkFlag(checkOptions(opts, QUALNAME)?.strict, 'strict', true, QUALNAME)) throw new EventValueError(`${QUALNAME}: use clear instead`);
      this.clear();
      return;
    }
    if (opts !== undefined) checkFlag(checkOptions(opts, QUALNAME)?.strict, 'strict', true, QUALNAME);
    if (!Object.is(value, this._value)) {
      this._value = value;
      this._record(value);
    }
    if (this._waiters.size !== 0) this._waiters.broadcast(value);
  }

  /**
   * Unsets the event. Wakes nobody and records no history.
   *
   * @example
   * ```ts
   * ev.set(1);
   * ev.clear();
   * ev.isSet(); // false
   * ```
   */
  clear(): void {
    this._value = undefined;
  }

  /**
   * Sets `value` for one instant: waiters registered now receive `value`, then the previous state is
   * restored (`clear()` if the event was unset, else `set(previous)`, which observers also see).
   *
   * @param value - The value to broadcast.
   * @throws EventValueError for `null`/`undefined` (nothing changes).
   *
   * @example
   * ```ts
   * const ev = new EventWithValue<number>();
   * ev.set(1);
   * const w = ev.waitForNext();
   * ev.setOnce(5);
   * await w; // 5
   * ev.get(); // 1
   * ```
   */
  setOnce(value: T): void {
    const prev = this._value;
    this.set(value);
    if (prev === undefined) this.clear();
    else this.set(prev);
  }

  /**
   * The held value.
   *
   * @returns The value.
   * @throws EventValueError `asyncutils.events.EventWithValue: no value is set and no default was
   * provided` when unset.
   *
   * @example
   * ```ts
   * new EventWithValue<number>().get(); // throws EventValueError
   * ```
   */
  get(): T;
  /**
   * The held value, or `defaultValue` when unset (also when `defaultValue` is `undefined`).
   *
   * @param defaultValue - Returned when no value is held.
   * @returns The value or the default.
   *
   * @example
   * ```ts
   * new EventWithValue<number>().get('none'); // 'none'
   * ```
   */
  get<D>(defaultValue: D): T | D;
  get(defaultValue?: unknown): unknown {
    if (this._value !== undefined) return this._value;
    if (arguments.length > 0) return defaultValue;
    throw new EventValueError(`${QUALNAME}: no value is set and no default was provided`);
  }

  /**
   * Whether a value is held.
   *
   * @returns `true` when set.
   *
   * @example
   * ```ts
   * ev.isSet(); // false until the first set()
   * ```
   */
  isSet(): boolean {
    return this._value !== undefined;
  }

  /**
   * Waits for the next `set()` call (with a non-null value), even if a value is held now.
   *
   * @param opts - `{ signal, timeout }` (ms).
   * @returns A promise of the value of that `set()` call.
   * @throws (rejects) `DOMException` `TimeoutError` on timeout; `signal.reason` on abort; `RangeError` /
   * `TypeError` for a bad option.
   *
   * @example
   * ```ts
   * const w = ev.waitForNext({ timeout: 1_000 });
   * ev.set(7);
   * await w; // 7
   * ```
   */
  waitForNext(opts?: EventWaitOptions): Promise<T> {
    if (opts === undefined) return enqueue(this._waiters, new Waiter<T>(API_NEXT), Infinity, undefined);
    let timeout: number;
    let signal: AbortSignal | undefined;
    try {
      checkOptions(opts, API_NEXT);
      timeout = checkTimeout(opts.timeout, API_NEXT);
      signal = checkSignal(opts.signal, API_NEXT);
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return enqueue(this._waiters, new Waiter<T>(API_NEXT), timeout, signal);
  }

  /**
   * Resolves when `value` is held: at once if it is held now, else at the first later `set()` whose
   * value is `value` (every call is observed, also several in one tick).
   *
   * @param value - The awaited value (`Object.is`).
   * @param opts - `{ signal, timeout, setAtTimeout }`.
   * @returns A promise resolving `undefined`.
   * @throws (rejects) `TimeoutError` on timeout (after `set(value)` when `setAtTimeout`);
   * `signal.reason` on abort (nothing is set); `EventValueError` for a `null`/`undefined` value.
   *
   * @example
   * ```ts
   * const ready = ev.waitForValue(3);
   * ev.set(1); ev.set(3); ev.set(4);
   * await ready; // resolved by set(3)
   * ```
   */
  override waitForValue(value: T, opts?: WaitForValueOptions): Promise<void> {
    let timeout = Infinity;
    let signal: AbortSignal | undefined;
    let setAtTimeout = false;
    try {
      if (value === null || value === undefined) throw new EventValueError(`${API_VALUE}: value must not be null or undefined`);
      if (opts !== undefined) {
        checkOptions(opts, API_VALUE);
        timeout = checkTimeout(opts.timeout, API_VALUE);
        signal = checkSignal(opts.signal, API_VALUE);
        setAtTimeout = checkFlag(opts.setAtTimeout, 'setAtTimeout', false, API_VALUE);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (Object.is(this._value, value)) return Promise.resolve();
    return enqueue(this._waiters, new ValueWaiter(this, value, setAtTimeout), timeout, signal);
  }

  /**
   * Resolves `true` at the first observed `old → next` transition.
   *
   * @remarks
   * The observed sequence starts with the value held at the call (or "unset") and continues with the
   * value of each later `set()` call (repeats included; `clear()` is not observed). The wait resolves
   * `true` at the first observed value that is `next` while the previous observed value is `old`. On
   * timeout it resolves `false`; with `forceTransition` it first performs `set(old)`, `set(next)` (so
   * other waiters observe the transition) and then restores the value held before (or clears).
   *
   * @param old - The value before the transition.
   * @param next - The value after it.
   * @param opts - `{ signal, timeout, forceTransition }`.
   * @returns A promise of whether the transition happened naturally.
   * @throws (rejects) `EventValueError` when `old` or `next` is `null`/`undefined`; `signal.reason` on
   * abort (nothing is forced).
   *
   * @example
   * ```ts
   * const light = new EventWithValue<string>();
   * light.set('red');
   * const changed = light.waitForTransition('red', 'green', { timeout: 1_000 });
   * light.set('green');
   * await changed; // true
   * ```
   */
  waitForTransition(old: T, next: T, opts?: TransitionOptions): Promise<boolean> {
    return this._transition(old, next, false, opts, API_TRANSITION);
  }

  /**
   * Resolves `true` at the first observed `a → b` or `b → a` transition; on timeout `false` (forcing
   * `a → b` first with `forceTransition`). Same observed sequence as {@link EventWithValue.waitForTransition}.
   *
   * @param a - One value.
   * @param b - The other value.
   * @param opts - `{ signal, timeout, forceTransition }`.
   * @returns A promise of whether a transition happened naturally.
   * @throws (rejects) `EventValueError` when `a` or `b` is `null`/`undefined`; `signal.reason` on abort.
   *
   * @example
   * ```ts
   * const flips = ev.waitForTransitionUnordered('on', 'off');
   * ev.set('off'); ev.set('on');
   * await flips; // true
   * ```
   */
  waitForTransitionUnordered(a: T, b: T, opts?: TransitionOptions): Promise<boolean> {
    return this._transition(a, b, true, opts, API_UNORDERED);
  }

  /**
   * The history, oldest first, as a new array of frozen `[timestamp, value]` entries.
   *
   * @example
   * ```ts
   * ev.set('a'); ev.set('b');
   * ev.history; // [[t1, 'a'], [t2, 'b']]
   * ```
   */
  get history(): HistoryEntry<T>[] {
    const buf = this._hist;
    const n = buf.length;
    const out = new Array<HistoryEntry<T>>(n);
    for (let i = 0; i < n; i++) out[i] = buf[(this._start + i) % n] as HistoryEntry<T>;
    return out;
  }

  /**
   * The history as a new `Map` timestamp → value (a later entry with an equal timestamp wins).
   *
   * @example
   * ```ts
   * for (const [at, value] of ev.historyAsdict) console.log(at, value);
   * ```
   */
  get historyAsdict(): Map<number, T> {
    const map = new Map<number, T>();
    for (const [at, value] of this.history) map.set(at, value);
    return map;
  }

  /**
   * Yields the history entries recorded in the last `duration` ms, oldest first.
   *
   * @remarks
   * The cutoff (`performance.now() - duration`) and the entries are fixed when the method is called, so
   * `set()` calls while iterating do not change what is yielded.
   *
   * @param duration - Window in ms, finite and `>= 0`.
   * @default duration `EVENT_WITH_VALUE_DEFAULT_RECENT` (5000 ms), read from the context per call
   * @returns A generator of entries.
   * @throws RangeError when `duration` is negative, `NaN` or infinite; TypeError when not a number.
   *
   * @example
   * ```ts
   * for (const [at, value] of ev.recentHistory(1_000)) console.log(at, value);
   * ```
   */
  recentHistory(duration?: number): Generator<HistoryEntry<T>, void, unknown> {
    const api = `${QUALNAME}.recentHistory`;
    let d: number;
    if (duration === undefined) d = EVENT_WITH_VALUE_DEFAULT_RECENT.get();
    else if (typeof duration !== 'number') throw new TypeError(`${api}: duration must be a number of milliseconds, got ${describe(duration)}`);
    else if (!(duration >= 0) || duration === Infinity) throw new RangeError(`${api}: duration must be a finite number of milliseconds >= 0, got ${duration}`);
    else d = duration;
    const cutoff = performance.now() - d;
    const entries = this.history;
    let i = 0;
    while (i < entries.length && (entries[i] as HistoryEntry<T>)[0] < cutoff) i++;
    return yieldAll(i === 0 ? entries : entries.slice(i));
  }

  /** Appends a history entry, dropping the oldest beyond capacity. */
  private _record(value: T): void {
    const cap = this._maxhist;
    if (cap === 0) return;
    const entry: HistoryEntry<T> = Object.freeze([performance.now(), value] as const);
    const buf = this._hist;
    if (cap === null || buf.length < cap) buf.push(entry);
    else {
      buf[this._start] = entry;
      this._start = (this._start + 1) % cap;
    }
  }

  private _transition(a: T, b: T, unordered: boolean, opts: TransitionOptions | undefined, api: string): Promise<boolean> {
    let timeout = Infinity;
    let signal: AbortSignal | undefined;
    let force = false;
    try {
      if (a === null || a === undefined || b === null || b === undefined) {
        throw new EventValueError(`${api}: transition values must not be null or undefined, got ${describe(a)} and ${describe(b)}`);
      }
      if (opts !== undefined) {
        checkOptions(opts, api);
        timeout = checkTimeout(opts.timeout, api);
        signal = checkSignal(opts.signal, api);
        force = checkFlag(opts.forceTransition, 'forceTransition', false, api);
      }
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return enqueue(this._waiters, new TransitionWaiter(this, this._value, a, b, unordered, force, api), timeout, signal);
  }
}

const API_NEXT = `${QUALNAME}.waitForNext`;
const API_VALUE = `${QUALNAME}.waitForValue`;
const API_TRANSITION = `${QUALNAME}.waitForTransition`;
const API_UNORDERED = `${QUALNAME}.waitForTransitionUnordered`;

function* yieldAll<E>(entries: E[]): Generator<E, void, unknown> {
  yield* entries;
}

/** Observer of `waitForValue`: resolves at the first broadcast of its value. */
class ValueWaiter<T extends {}> extends Waiter<T, void> {
  constructor(
    private readonly event: EventWithValue<T>,
    private readonly value: T,
    private readonly setAtTimeout: boolean,
  ) {
    super(API_VALUE);
  }

  override receive(value: T): boolean {
    if (!Object.is(value, this.value)) return false;
    this.detach();
    this.resolve();
    return true;
  }

  override expire(): void {
    if (this.setAtTimeout) this.event.set(this.value);
    super.expire();
  }
}

/** Observer of `waitForTransition(Unordered)`: tracks the previous observed value. */
class TransitionWaiter<T extends {}> extends Waiter<T, boolean> {
  private prevValue: T | undefined;

  constructor(
    private readonly event: EventWithValue<T>,
    held: T | undefined,
    private readonly a: T,
    private readonly b: T,
    private readonly unordered: boolean,
    private readonly force: boolean,
    api: string,
  ) {
    super(api);
    this.prevValue = held;
  }

  override receive(value: T): boolean {
    const prev = this.prevValue;
    this.prevValue = value;
    if ((Object.is(prev, this.a) && Object.is(value, this.b)) || (this.unordered && Object.is(prev, this.b) && Object.is(value, this.a))) {
      this.detach();
      this.resolve(true);
      return true;
    }
    return false;
  }

  override expire(): void {
    if (this.force) forceTransition(this.event, this.a, this.b);
    this.resolve(false);
  }
}

/** Performs `a → b` through the public API, then restores the value held before (or clears). */
function forceTransition<T extends {}>(event: EventWithValue<T>, a: T, b: T): void {
  const held = event.get(undefined);
  event.set(a);
  event.set(b);
  if (held === undefined) event.clear();
  else event.set(held);
}
