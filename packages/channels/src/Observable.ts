// `Observable`: observers notified concurrently, notification runs serialised, extra notifications accumulated
// in a FIFO buffer, and operators that derive new observables.
import { audit } from '@asyncutils/audit';
import { OBSERVABLE_DEFAULT_NTIMES_N } from '@asyncutils/context';
import { append, chain, first, type Link, unlink } from './chain.js';
import { bool, dur, fnc, int, isThenable, need, opts, report, settleAll, sig, timedOut } from './shared.js';
import { after, arm } from './timers.js';

/**
 * An observer: called with the arguments of each notification; it may be synchronous or return a promise (the
 * notification waits for it).
 *
 * @example
 * ```ts
 * import { Observable, type Observer } from '@asyncutils/channels';
 *
 * const log: Observer<[level: string, text: string]> = (level, text) => console.log(`[${level}] ${text}`);
 * new Observable([log]);
 * ```
 */
export type Observer<A extends unknown[] = unknown[]> = (...args: A) => unknown;

/**
 * Removes the subscription it was returned for. With `strict`, a subscription that is already gone is a
 * `RangeError`; without, removing twice does nothing.
 *
 * @example
 * ```ts
 * import { Observable, type Unsubscriber } from '@asyncutils/channels';
 *
 * const off: Unsubscriber = new Observable().subscribeNowait(() => {});
 * off(); // removed
 * off(); // no-op
 * off(true); // RangeError: the observer is not subscribed
 * ```
 */
export type Unsubscriber = (strict?: boolean) => void;

/**
 * Options of the {@link Observable} constructor.
 *
 * @example
 * ```ts
 * import { Observable, type ObservableOptions } from '@asyncutils/channels';
 *
 * const noBuffer: ObservableOptions = { maxsize: null }; // a notify during a run waits for the run to end
 * new Observable([], noBuffer);
 * ```
 */
export interface ObservableOptions {
  /**
   * Bound of the buffer of notifications made while a run is in progress: an integer, `<= 0` for no bound; `null`
   * disables accumulation (such a `notify` waits until the observable is idle, then runs itself).
   * @default 0 (unbounded)
   */
  maxsize?: number | null;
}

/**
 * Options of {@link Observable.notifyWith}.
 *
 * @example
 * ```ts
 * import { Observable, type NotifyOptions } from '@asyncutils/channels';
 *
 * const o: NotifyOptions = { suppressErrors: true, timeout: 1_000 };
 * await new Observable<[number]>().notifyWith([1], o);
 * ```
 */
export interface NotifyOptions {
  /** Resolve even when observers fail. @default false */
  suppressErrors?: boolean;
  /** Aborts the waiting phases (waiting for buffer room, or for idle): the call rejects with its reason. */
  signal?: AbortSignal;
  /** Limit of the waiting phases, in ms; then a `DOMException` named `TimeoutError`. @default Infinity */
  timeout?: number;
}

/**
 * Options of {@link Observable.notifySequential}.
 *
 * @example
 * ```ts
 * import { Observable, type NotifySequentialOptions } from '@asyncutils/channels';
 *
 * const o: NotifySequentialOptions<[number]> = { persistent: true, onError: (err) => console.warn(err) };
 * for await (const r of new Observable<[number]>().notifySequential([1], o)) console.log(r);
 * ```
 */
export interface NotifySequentialOptions<A extends unknown[] = unknown[]> {
  /** On a failure, stop (or, with `persistent`, skip the observer) without reporting. @default false */
  silent?: boolean;
  /** On a failure, go on with the next observer. @default false */
  persistent?: boolean;
  /** Receives failures when `persistent` but not `silent`. @default console.error */
  onError?: (err: unknown, observer: Observer<A>) => unknown;
}

/**
 * Options of the operators of {@link Observable} (`filter`, `map`, `debounce`, …).
 *
 * @example
 * ```ts
 * import { Observable, type OperatorOptions } from '@asyncutils/channels';
 *
 * const o: OperatorOptions = { suppressErrors: true }; // failures of derived observers do not reach the source
 * new Observable<[number]>().filter((x) => x > 0, o);
 * ```
 */
export interface OperatorOptions {
  /** Failures of the derived observable's observers do not make the source's notification fail. @default false */
  suppressErrors?: boolean;
}

/** A queued notification: its arguments and its `suppressErrors` flag. */
interface Note<A> {
  readonly a: A;
  readonly s: boolean | undefined;
}

/** A caller waiting for idle or for buffer room. */
interface Waiter extends Link {
  /** Called when woken, after it was unlinked and disarmed. */
  g: () => void;
  /** Disarms its timer and abort listener. */
  d: () => void;
}

/** The pre-resolved promise of calls that need not wait. */
const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/**
 * Delivers `args` to a snapshot of `obs` (subscription order, all started synchronously): `undefined` when every
 * observer returned synchronously without throwing; else a promise that settles once all have settled and, unless
 * `suppress`, rejects with the failure of the earliest observer.
 */
function deliver<A extends unknown[]>(obs: ReadonlySet<Observer<A>>, args: A, suppress: boolean | undefined): Promise<void> | undefined {
  let rs: unknown[] | undefined;
  let i = 0;
  for (const f of [...obs]) {
    try {
      const r = f(...args);
      if (isThenable(r)) (rs ??= [])[i] = r;
    } catch (e) {
      (rs ??= [])[i] = Promise.reject(e);
    }
    i++;
  }
  if (rs === undefined) return undefined;
  const all = settleAll(rs);
  return suppress ? all.catch(() => {}) : all;
}

/** Whether two argument lists have the same length and `Object.is`-equal elements. */
function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/** Checks `{ signal, timeout }` and returns them; an already aborted signal throws its reason. */
function waitOpts(api: string, o: { signal?: AbortSignal; timeout?: number } | undefined): [number | undefined, AbortSignal | undefined] {
  const { signal, timeout } = opts(api, o);
  const ms = dur(api, 'timeout', timeout) as number | undefined;
  const s = sig(api, signal);
  if (s?.aborted) throw s.reason;
  return [ms, s];
}

/**
 * Observers notified concurrently, with notification runs serialised: a notification made while a run is in
 * progress is buffered (FIFO, optionally bounded) and delivered by that run, so no observer is ever called for two
 * notifications at once by the same observable. Includes operators (`filter`, `map`, `debounce`, `throttle`,
 * `buffer`, `atChange`, `fork`, `merge`) that derive new observables.
 *
 * @remarks
 * The port of Python's `asyncutils.channels.Observable`. Construction raises the audit event
 * `asyncutils.channels.Observable` with `[maxsize]`. Observers are kept in a `Set`: subscribing one function twice
 * is one subscription. Delivery calls every observer of a snapshot (subscription order) synchronously, then waits
 * until all have settled; the failure of the earliest failing observer is the notification's failure.
 *
 * Awaiting `subscribe`, `unsubscribe`, `waitUntilIdle`, or `notify` with accumulation disabled, from inside one of
 * the same observable's observers never resolves (the run waits for the observer, the observer for the run).
 *
 * The name shadows the WICG `Observable` global proposal in modules that import it; rename on import if needed.
 *
 * @typeParam A - The argument list of a notification.
 *
 * @example
 * ```ts
 * import { Observable } from '@asyncutils/channels';
 *
 * const temperature = new Observable<[celsius: number]>();
 * temperature.subscribeNowait(async (c) => {
 *   await saveReading(c);
 * });
 * const alerts = temperature.filter((c) => c > 30);
 * alerts.subscribeNowait((c) => console.warn(`hot: ${c}`));
 *
 * await temperature.notify(31); // saved, and warned
 * ```
 */
export class Observable<A extends unknown[] = unknown[]> {
  /** The observers, in subscription order. */
  #obs = new Set<Observer<A>>();
  /** Buffered notifications; `null`: accumulation disabled. */
  #q: Note<A>[] | null;
  /** Bound of `#q`; `<= 0`: none. */
  #max: number;
  /** A notification run is in progress. */
  #busy = false;
  /** Callers waiting for idle. */
  #idle: Link = chain();
  /** Callers waiting for room in `#q`. */
  #room: Link = chain();
  /** Observers to remove at the end of the current (or next) run. */
  #later = new Set<Observer<A>>();

  /**
   * Creates an idle observable (usable at once).
   *
   * @param initObservers - The first observers, in order.
   * @param opts - See {@link ObservableOptions}.
   * @throws Whatever an audit hook throws for `asyncutils.channels.Observable` (raised first, with `[maxsize]`).
   * @throws RangeError when `maxsize` is a fractional number or `NaN`.
   * @throws TypeError when `maxsize` is neither a number nor `null`, or an initial observer is not a function.
   *
   * @example
   * ```ts
   * import { Observable } from '@asyncutils/channels';
   *
   * const bounded = new Observable<[string]>([(s) => console.log(s)], { maxsize: 10 });
   * ```
   */
  constructor(initObservers?: Iterable<Observer<A>>, opts?: ObservableOptions) {
    const given = (opts as ObservableOptions | null | undefined)?.maxsize;
    const m = given === undefined ? 0 : given;
    audit('asyncutils.channels.Observable', m);
    const api = 'Observable';
    need(opts === undefined || (typeof opts === 'object' && opts !== null), api, 'options must be an object', opts);
    if (m !== null) int(api, 'maxsize', 'an integer or null', m);
    this.#max = m ?? 0;
    this.#q = m === null ? null : [];
    for (const f of initObservers ?? []) {
      fnc(api, 'observer', f);
      this.#obs.add(f);
    }
  }

  /**
   * Whether no notification run is in progress.
   *
   * @example
   * ```ts
   * new Observable().idle; // true
   * ```
   */
  get idle(): boolean {
    return !this.#busy;
  }

  /**
   * Whether a notification run is in progress (the opposite of {@link Observable.idle}).
   *
   * @example
   * ```ts
   * const o = new Observable();
   * o.subscribeNowait(() => new Promise((r) => setTimeout(r, 10)));
   * void o.notify();
   * o.notifying; // true
   * ```
   */
  get notifying(): boolean {
    return this.#busy;
  }

  /**
   * Notifies every observer with `args`: `notifyWith(args)`.
   *
   * @param args - The notification's arguments.
   * @returns See {@link Observable.notifyWith}.
   *
   * @example
   * ```ts
   * const o = new Observable<[number, string]>([(n, s) => console.log(n, s)]);
   * await o.notify(1, 'a'); // logs 1 a
   * ```
   */
  notify(...args: A): Promise<void> {
    return this.notifyWith(args);
  }

  /**
   * Notifies every observer with `args`.
   *
   * @remarks
   * - No observers: resolves at once and the notification is dropped (a later subscriber never sees it).
   * - A run is in progress: with accumulation, the notification is buffered and the call resolves once it is
   *   buffered (when the bounded buffer is full it first waits for room, FIFO among callers); without accumulation
   *   the call waits until the observable is idle (FIFO among callers) and then runs.
   * - Otherwise this call runs: it delivers `args`, then the buffered notifications one at a time (FIFO, each with
   *   its own `suppressErrors`), and resolves when the buffer is empty and the observable idle again. A delivery
   *   error ends the run (the rest stays buffered) and this call rejects with it.
   *
   * A caller that waited re-checks afterwards and runs itself when no run is in progress, so nothing is left
   * stranded in the buffer. `signal` and `timeout` apply to the waiting phases only.
   *
   * @param args - The notification's arguments (an array).
   * @param opts - See {@link NotifyOptions}.
   * @returns A promise as described; it rejects (never throws) on bad arguments.
   *
   * @example
   * ```ts
   * const o = new Observable<[number]>([(n) => { if (n < 0) throw new RangeError('negative'); }]);
   * await o.notifyWith([-1], { suppressErrors: true }); // resolves
   * await o.notifyWith([-1]); // rejects with the RangeError
   * ```
   */
  notifyWith(args: A, opts?: NotifyOptions): Promise<void> {
    const api = 'Observable.notifyWith';
    let s: boolean | undefined;
    let w: [number | undefined, AbortSignal | undefined];
    try {
      need(Array.isArray(args), api, 'args must be an array', args);
      w = waitOpts(api, opts);
      s = opts?.suppressErrors;
      bool(api, 'suppressErrors', s);
    } catch (e) {
      return Promise.reject(e);
    }
    if (this.#obs.size === 0) return VOID;
    return this.#notify(args, s, w, api);
  }

  /** Runs, buffers, or waits (for room or idle) and then re-checks. */
  #notify(a: A, s: boolean | undefined, w: [number | undefined, AbortSignal | undefined], api: string): Promise<void> {
    if (!this.#busy) return this.#run(a, s);
    const q = this.#q;
    if (q !== null && (this.#max <= 0 || q.length < this.#max)) {
      q.push({ a, s });
      return VOID;
    }
    return this.#park(q === null ? this.#idle : this.#room, api, w, (res) => res(this.#notify(a, s, w, api)));
  }

  /** Queues a waiter on `l`; `go` runs (synchronously, in FIFO order) when it is woken. */
  #park<T>(l: Link, api: string, [ms, signal]: [number | undefined, AbortSignal | undefined], go: (res: (v: T | PromiseLike<T>) => void, rej: (e: unknown) => void) => void): Promise<T> {
    return new Promise<T>((res, rej) => {
      const w = { g: () => go(res, rej) } as Waiter;
      append(l, w);
      const leave = (e: unknown): void => {
        unlink(w);
        rej(e);
      };
      w.d = arm(
        ms,
        signal,
        () => leave(timedOut(api, ms as number)),
        (r) => leave(r),
      );
    });
  }

  /** Starts a run with `a` first. */
  #run(a: A, s: boolean | undefined): Promise<void> {
    this.#busy = true;
    return this.#loop(a, s);
  }

  async #loop(a: A, s: boolean | undefined): Promise<void> {
    try {
      await deliver(this.#obs, a, s);
      await this.handleNotifications();
    } finally {
      this.#busy = false;
      this.handleUnsubscriptions();
      this.#wake();
    }
  }

  /** Wakes idle waiters while idle, then room waiters while there is room (or no run). */
  #wake(): void {
    for (let w: Waiter | undefined; !this.#busy && (w = first(this.#idle)); ) this.#go(w);
    for (let w: Waiter | undefined; (w = first(this.#room)) && (!this.#busy || this.#max <= 0 || (this.#q?.length ?? 0) < this.#max); ) this.#go(w);
  }

  #go(w: Waiter): void {
    unlink(w);
    w.d();
    w.g();
  }

  /**
   * Yields, for each observer of a snapshot in subscription order, what it returns (awaited), calling the next one
   * only when the consumer asks for it. Does not change {@link Observable.idle}.
   *
   * @remarks
   * On a failure: `silent` and `persistent` skip the observer; `silent` alone ends the generator; `persistent`
   * alone passes the error to `onError(err, observer)` and goes on; neither makes the generator throw it.
   *
   * @param args - The notification's arguments.
   * @param opts - See {@link NotifySequentialOptions}.
   * @returns An async generator of the observers' results.
   *
   * @example
   * ```ts
   * const o = new Observable<[number]>([(x) => x + 1, async (x) => x * 2]);
   * for await (const r of o.notifySequential([5])) console.log(r); // 6, then 10
   * ```
   */
  async *notifySequential(args: A, opts?: NotifySequentialOptions<A>): AsyncGenerator<unknown, void, undefined> {
    const api = 'Observable.notifySequential';
    need(Array.isArray(args), api, 'args must be an array', args);
    const { silent, persistent, onError = report } = optsOf(api, opts);
    bool(api, 'silent', silent);
    bool(api, 'persistent', persistent);
    fnc(api, 'onError', onError);
    for (const f of [...this.#obs]) {
      let r: unknown;
      try {
        r = await f(...args);
      } catch (e) {
        if (silent) {
          if (persistent) continue;
          return;
        }
        if (!persistent) throw e;
        onError(e, f);
        continue;
      }
      yield r;
    }
  }

  /**
   * Resolves with (a copy of) the arguments of the next notification delivered after the call.
   *
   * @remarks
   * Subscribes a fresh temporary observer, removed in every outcome. With `strict`, if other code removed it first,
   * the call rejects with that `RangeError` instead of its normal outcome.
   *
   * @param opts - `timeout` (ms; then a `DOMException` named `TimeoutError`), `signal` (rejects with its reason),
   * `strict` (default `false`).
   * @returns The next notification's arguments.
   *
   * @example
   * ```ts
   * const o = new Observable<[number, string]>();
   * const next = o.waitForNext({ timeout: 1_000 });
   * await o.notify(1, 'a');
   * await next; // [1, 'a']
   * ```
   */
  waitForNext(opts?: { timeout?: number; signal?: AbortSignal; strict?: boolean }): Promise<A> {
    return new Promise<A>((res, rej) => {
      const api = 'Observable.waitForNext';
      const [ms, signal] = waitOpts(api, opts);
      const strict = opts?.strict;
      bool(api, 'strict', strict);
      let done = false;
      const end = (ok: boolean, v: unknown): void => {
        if (done) return;
        done = true;
        off();
        try {
          this.unsubscribeNowait(f, strict);
        } catch (e) {
          return rej(e);
        }
        if (ok) res(v as A);
        else rej(v);
      };
      const f: Observer<A> = (...a) => end(true, a);
      this.#obs.add(f);
      const off = arm(
        ms,
        signal,
        () => end(false, timedOut(api, ms as number)),
        (r) => end(false, r),
      );
    });
  }

  /**
   * Resolves when no notification run is in progress (at once if idle).
   *
   * @param opts - `timeout` (ms; then a `DOMException` named `TimeoutError`), `signal` (rejects with its reason).
   * @returns A promise of idleness.
   *
   * @example
   * ```ts
   * await observable.waitUntilIdle({ timeout: 5_000 });
   * ```
   */
  waitUntilIdle(opts?: { timeout?: number; signal?: AbortSignal }): Promise<void> {
    return this.#whenIdle('Observable.waitUntilIdle', opts, () => {});
  }

  /** Runs `act` once idle (at once if idle); its return value resolves the call, its throw rejects it. */
  #whenIdle<T>(api: string, o: { timeout?: number; signal?: AbortSignal } | undefined, act: () => T): Promise<T> {
    try {
      const w = waitOpts(api, o);
      if (!this.#busy) return Promise.resolve(act());
      return this.#park<T>(this.#idle, api, w, (res, rej) => {
        try {
          res(act());
        } catch (e) {
          rej(e);
        }
      });
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Waits until idle, then subscribes `observer` ({@link Observable.subscribeNowait}).
   *
   * @param observer - The observer.
   * @returns Its unsubscriber.
   *
   * @example
   * ```ts
   * const off = await observable.subscribe((x) => console.log(x));
   * off();
   * ```
   */
  subscribe(observer: Observer<A>): Promise<Unsubscriber> {
    try {
      fnc('Observable.subscribe', 'observer', observer);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.#whenIdle('Observable.subscribe', undefined, () => this.subscribeNowait(observer));
  }

  /**
   * Waits until idle, then unsubscribes `observer` ({@link Observable.unsubscribeNowait}).
   *
   * @param observer - The observer.
   * @param strict - Reject with a `RangeError` when it is not subscribed.
   * @returns A promise of the removal.
   *
   * @example
   * ```ts
   * await observable.unsubscribe(log);
   * ```
   */
  unsubscribe(observer: Observer<A>, strict = false): Promise<void> {
    return this.#whenIdle('Observable.unsubscribe', undefined, () => this.unsubscribeNowait(observer, strict));
  }

  /**
   * Subscribes `observer` now; a run in progress keeps its snapshot (the observer sees the next notification
   * delivered). Subscribing a subscribed function again changes nothing.
   *
   * @param observer - The observer.
   * @returns Its unsubscriber, which calls `unsubscribeNowait(observer, strict)`.
   * @throws TypeError when `observer` is not a function.
   *
   * @example
   * ```ts
   * const off = observable.subscribeNowait((x) => console.log(x));
   * off();
   * ```
   */
  subscribeNowait(observer: Observer<A>): Unsubscriber {
    fnc('Observable.subscribeNowait', 'observer', observer);
    this.#obs.add(observer);
    return (strict?: boolean) => this.unsubscribeNowait(observer, strict);
  }

  /**
   * Unsubscribes `observer` now.
   *
   * @param observer - The observer.
   * @param strict - Throw when it is not subscribed.
   * @throws RangeError `asyncutils.channels.Observable.unsubscribeNowait: observer is not subscribed` when `strict`
   * and it is not subscribed.
   *
   * @example
   * ```ts
   * observable.unsubscribeNowait(log); // no-op when absent
   * ```
   */
  unsubscribeNowait(observer: Observer<A>, strict = false): void {
    need(this.#obs.delete(observer) || !strict, 'Observable.unsubscribeNowait', 'observer is not subscribed', observer, 1);
  }

  /**
   * Unsubscribes `observer` once no run needs it: now when `asap` and idle, else at the end of the current (or
   * next) run, or at {@link Observable.handleUnsubscriptions}.
   *
   * @param observer - The observer.
   * @param opts - `asap` (default `true`).
   *
   * @example
   * ```ts
   * observable.unsubscribeEventually(log); // it still sees the buffered notifications of the current run
   * ```
   */
  unsubscribeEventually(observer: Observer<A>, opts?: { asap?: boolean }): void {
    const asap = optsOf('Observable.unsubscribeEventually', opts).asap ?? true;
    bool('Observable.unsubscribeEventually', 'asap', asap);
    if (asap && !this.#busy) this.#obs.delete(observer);
    else this.#later.add(observer);
  }

  /**
   * Subscribes a synchronous observer: the same as {@link Observable.subscribeNowait} (JavaScript calls it inline;
   * Python ran it in a thread).
   *
   * @param observer - The observer.
   * @returns Its unsubscriber.
   *
   * @example
   * ```ts
   * observable.subscribeSyncObserver((x) => counts.push(x));
   * ```
   */
  subscribeSyncObserver(observer: Observer<A>): Unsubscriber {
    return this.subscribeNowait(observer);
  }

  /**
   * Subscribes `observer` for `n` notifications: a wrapper awaits it, and after the `n`-th call that completes
   * without throwing the wrapper is removed at once (also from inside a run).
   *
   * @param observer - The observer.
   * @param n - How many successful calls; a positive integer.
   * @default n `OBSERVABLE_DEFAULT_NTIMES_N` (`1`)
   * @returns The wrapper's unsubscriber.
   * @throws RangeError `asyncutils.channels.Observable.ntimes: n must be positive` when `n` is not a positive
   * integer.
   *
   * @example
   * ```ts
   * observable.ntimes((x) => console.log('first two:', x), 2);
   * ```
   */
  ntimes(observer: Observer<A>, n: number = OBSERVABLE_DEFAULT_NTIMES_N.get()): Unsubscriber {
    const api = 'Observable.ntimes';
    fnc(api, 'observer', observer);
    int(api, 'n', 'positive', n, 1);
    let calls = 0;
    const wrapper: Observer<A> = async (...a) => {
      await observer(...a);
      if (++calls >= n) this.#obs.delete(wrapper);
    };
    return this.subscribeNowait(wrapper);
  }

  /**
   * Delivers the buffered notifications one at a time until the buffer is empty (a no-op without accumulation).
   * Each is delivered exactly once, even while a run takes from the same buffer.
   *
   * @returns A promise that rejects with the first delivery error (the rest stays buffered).
   *
   * @example
   * ```ts
   * await observable.handleNotifications();
   * ```
   */
  async handleNotifications(): Promise<void> {
    for (let n: Note<A> | undefined; (n = this.#q?.shift()); ) {
      this.#wake();
      await deliver(this.#obs, n.a, n.s);
    }
  }

  /**
   * Applies the pending eventual unsubscriptions now.
   *
   * @example
   * ```ts
   * observable.unsubscribeEventually(log, { asap: false });
   * observable.handleUnsubscriptions(); // log removed
   * ```
   */
  handleUnsubscriptions(): void {
    for (const f of this.#later) this.#obs.delete(f);
    this.#later.clear();
  }

  /**
   * Enables accumulation with an unbounded buffer, if it is disabled.
   *
   * @returns `true` if it was disabled (and is now enabled), else `false`.
   *
   * @example
   * ```ts
   * const o = new Observable([], { maxsize: null });
   * o.startAccumulation(); // true
   * o.startAccumulation(); // false
   * ```
   */
  startAccumulation(): boolean {
    if (this.#q !== null) return false;
    this.#q = [];
    this.#max = 0;
    return true;
  }

  /**
   * Replaces the buffer with a new unbounded one (enabling accumulation), after delivering the buffered
   * notifications unless `flush` is `false` (then they are dropped).
   *
   * @param opts - `flush` (default `true`).
   * @returns A promise that rejects, keeping the old buffer, when flushing fails.
   *
   * @example
   * ```ts
   * await observable.restartAccumulation({ flush: false }); // drops what was buffered
   * ```
   */
  async restartAccumulation(opts?: { flush?: boolean }): Promise<void> {
    const flush = optsOf('Observable.restartAccumulation', opts).flush ?? true;
    bool('Observable.restartAccumulation', 'flush', flush);
    if (flush) await this.handleNotifications();
    this.#q = [];
    this.#max = 0;
    this.#wake();
  }

  /** Creates the derived observable of an operator and subscribes `forward(derived)` on this one. */
  #derive<B extends unknown[]>(api: string, o: OperatorOptions | undefined, forward: (d: Observable<B>, s: boolean | undefined) => Observer<A>): Observable<B> {
    const s = optsOf(`Observable.${api}`, o).suppressErrors;
    bool(`Observable.${api}`, 'suppressErrors', s);
    const d = new (this.constructor as new () => Observable<B>)();
    this.subscribeNowait(forward(d, s));
    return d;
  }

  /**
   * A derived observable notified with the notifications for which `pred(...args)` is truthy.
   *
   * @param pred - The predicate.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const positive = numbers.filter((x) => x > 0);
   * ```
   */
  filter(pred: (...args: A) => unknown, opts?: OperatorOptions): Observable<A> {
    fnc('Observable.filter', 'pred', pred);
    return this.#derive<A>('filter', opts, (d, s) => (...a) => (pred(...a) ? deliver(d.#obs, a, s) : undefined));
  }

  /**
   * A derived observable notified with `transform(...args)` (which must return the new argument array).
   *
   * @param transform - The transformation.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const doubled: Observable<[number]> = numbers.map((x) => [x * 2]);
   * ```
   */
  map<B extends unknown[]>(transform: (...args: A) => B, opts?: OperatorOptions): Observable<B> {
    const api = 'Observable.map';
    fnc(api, 'transform', transform);
    return this.#derive<B>('map', opts, (d, s) => (...a) => {
      const b = transform(...a);
      need(Array.isArray(b), api, 'transform must return an array', b);
      return deliver(d.#obs, b, s);
    });
  }

  /**
   * A derived observable notified with the latest arguments once `delay` ms passed without a notification. The
   * source's notification returns at once; delivery errors are reported (`console.error`).
   *
   * @param delay - The quiet period, in ms.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const settled = keystrokes.debounce(300);
   * ```
   */
  debounce(delay: number, opts?: OperatorOptions): Observable<A> {
    const ms = dur('Observable.debounce', 'delay', delay) ?? 0;
    let stop: (() => void) | undefined;
    return this.#derive<A>('debounce', opts, (d, s) => (...a) => {
      stop?.();
      stop = after(
        ms,
        () => {
          stop = undefined;
          deliver(d.#obs, a, s)?.catch(report);
        },
        true,
      );
    });
  }

  /**
   * A derived observable notified with the first notification and then with each one that comes at least
   * `interval` ms (`performance.now()`) after the last one delivered; the others are dropped.
   *
   * @param interval - The minimum spacing, in ms.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const sampled = mouseMoves.throttle(100);
   * ```
   */
  throttle(interval: number, opts?: OperatorOptions): Observable<A> {
    const ms = dur('Observable.throttle', 'interval', interval) ?? 0;
    let last: number | undefined;
    return this.#derive<A>('throttle', opts, (d, s) => (...a) => {
      const now = performance.now();
      if (last !== undefined && now - last < ms) return;
      last = now;
      return deliver(d.#obs, a, s);
    });
  }

  /**
   * A derived observable that collects notifications and, once `count` are collected, delivers them all
   * concurrently (the source's notification waits for them; the first failure in buffer order is its failure).
   *
   * @param count - An integer; values below 1 count as 1.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   * @throws RangeError when `count` is fractional or `NaN`.
   *
   * @example
   * ```ts
   * const pairs = numbers.buffer(2); // delivers after every second notification
   * ```
   */
  buffer(count: number, opts?: OperatorOptions): Observable<A> {
    const api = 'Observable.buffer';
    int(api, 'count', 'an integer', count);
    const c = Math.max(1, count);
    const b: A[] = [];
    return this.#derive<A>('buffer', opts, (d, s) => (...a) => {
      b.push(a);
      if (b.length >= c) return settleAll(b.splice(0).map((x) => deliver(d.#obs, x, s)));
    });
  }

  /**
   * A derived observable notified when the key of a notification differs (`Object.is`) from the key of the last
   * delivered one; the first always is. The default key is the argument list, compared element-wise.
   *
   * @param key - Computes the key of a notification.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const changes = readings.atChange(); // 1,1,2,2,1 → 1,2,1
   * const byLength = words.atChange((w) => w.length);
   * ```
   */
  atChange(key?: (...args: A) => unknown, opts?: OperatorOptions): Observable<A> {
    if (key !== undefined) fnc('Observable.atChange', 'key', key);
    let has = false;
    let last: unknown;
    return this.#derive<A>('atChange', opts, (d, s) => (...a) => {
      const k = key ? key(...a) : a;
      if (has && (key ? Object.is(k, last) : sameArgs(a, last as A))) return;
      has = true;
      last = k;
      return deliver(d.#obs, a, s);
    });
  }

  /**
   * A derived observable that receives every notification through its own `notifyWith` (so its own buffering
   * applies).
   *
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   *
   * @example
   * ```ts
   * const copy = source.fork();
   * ```
   */
  fork(opts?: OperatorOptions): Observable<A> {
    return this.#derive<A>('fork', opts, (d, s) => (...a) => d.notifyWith(a, { suppressErrors: s }));
  }

  /**
   * A derived observable that receives the notifications of this observable and of each of `others` (one
   * forwarding observer, subscribed on all of them).
   *
   * @param others - The other sources.
   * @param opts - See {@link OperatorOptions}.
   * @returns The derived observable.
   * @throws TypeError when an element of `others` is not an `Observable`.
   *
   * @example
   * ```ts
   * const all = clicks.merge([keys, touches]);
   * ```
   */
  merge(others: Iterable<Observable<A>>, opts?: OperatorOptions): Observable<A> {
    const srcs = [...others];
    for (const o of srcs) need(o instanceof Observable, 'Observable.merge', 'others must hold Observables', o);
    let fwd: Observer<A> | undefined;
    const d = this.#derive<A>('merge', opts, (d, s) => (fwd = (...a) => d.notifyWith(a, { suppressErrors: s })));
    for (const o of srcs) o.subscribeNowait(fwd as Observer<A>);
    return d;
  }

  /**
   * Iterates over a snapshot of the observers, in subscription order (subscribing or unsubscribing meanwhile is
   * allowed).
   *
   * @returns An iterator of the observers.
   *
   * @example
   * ```ts
   * for (const f of observable) observable.unsubscribeNowait(f); // empties it
   * ```
   */
  [Symbol.iterator](): IterableIterator<Observer<A>> {
    return [...this.#obs][Symbol.iterator]();
  }

  /**
   * Delivers the buffered notifications, then applies the pending eventual unsubscriptions (`await using`).
   *
   * @returns A promise of both.
   *
   * @example
   * ```ts
   * {
   *   await using obs = new Observable<[number]>();
   *   // …
   * } // buffered notifications delivered here
   * ```
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.handleNotifications();
    this.handleUnsubscriptions();
  }
}

/** `opts(api, o)` typed for the option bags of this module. */
function optsOf<O extends object>(api: string, o: O | undefined): O {
  return opts(api, o);
}
