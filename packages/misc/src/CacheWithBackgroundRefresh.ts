// `CacheWithBackgroundRefresh<K, V>`: a keyed async TTL cache (stale-while-revalidate) whose entries are
// reloaded in the background shortly before they expire, by `get` and by an optional refresh loop.
import { audit } from '@asyncutils/audit';
import { BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH, BACKGROUND_REFRESH_CACHE_DEFAULT_TTL } from '@asyncutils/context';
import { checkWait, duration, func, isThenable, optionsObject, type WaitOptions } from './validate.js';
import { Wait } from './Wait.js';

/**
 * Loads the value of one key: a function of the key returning the value or a promise of it.
 *
 * @remarks
 * The second argument carries an `AbortSignal` that the cache aborts when it stops a background refresh
 * (on `exitAsync()` / disposal); a loader may pass it on to `fetch` and the like, or ignore it (its
 * result is then discarded). A load somebody awaits through `get` or `loadItem` is never aborted.
 *
 * @typeParam K - The key type.
 * @typeParam V - The value type.
 *
 * @example
 * ```ts
 * import type { RefreshCacheLoader } from '@asyncutils/misc';
 *
 * const loadUser: RefreshCacheLoader<string, unknown> = async (id, { signal }) =>
 *   (await fetch(`/api/users/${id}`, { signal })).json();
 * ```
 */
export type RefreshCacheLoader<K, V> = (key: K, context: { readonly signal: AbortSignal }) => V | PromiseLike<V>;

/**
 * Receives the errors of background refreshes: `(error, wasBatched)`, `wasBatched` being `true` for a
 * refresh started by the refresh loop and `false` for one started by `get`/`refreshItem` (or for a failed
 * load answered with a stale value, see `staleIfError`). A returned thenable is awaited.
 *
 * @example
 * ```ts
 * import type { RefreshCacheErrorProcessor } from '@asyncutils/misc';
 *
 * const processor: RefreshCacheErrorProcessor = (error, wasBatched) => {
 *   console.warn(`refresh failed (${wasBatched ? 'loop' : 'single'})`, error);
 * };
 * ```
 */
export type RefreshCacheErrorProcessor = (error: unknown, wasBatched: boolean) => unknown;

/**
 * Options of the {@link CacheWithBackgroundRefresh} constructor.
 *
 * @typeParam K - The key type.
 * @typeParam V - The value type.
 *
 * @example
 * ```ts
 * import { CacheWithBackgroundRefresh, type CacheWithBackgroundRefreshOptions } from '@asyncutils/misc';
 *
 * const opts: CacheWithBackgroundRefreshOptions<string, string> = {
 *   defaultLoader: async (key) => key.toUpperCase(),
 *   processor: (error) => console.warn(error),
 *   staleIfError: 30_000,
 * };
 * const cache = new CacheWithBackgroundRefresh(60_000, 15_000, opts);
 * ```
 */
export interface CacheWithBackgroundRefreshOptions<K, V> {
  /**
   * Receives the errors of background refreshes (see {@link RefreshCacheErrorProcessor}).
   * @default a function that does nothing
   */
  processor?: RefreshCacheErrorProcessor | null | undefined;
  /** The loader of keys that have none registered with `registerLoader`/`get(key, loader)`. */
  defaultLoader?: RefreshCacheLoader<K, V> | null | undefined;
  /**
   * The clock, in milliseconds; only differences of its values are used.
   * @default () => performance.now()
   */
  timer?: (() => number) | undefined;
  /**
   * How long past its `ttl` (ms) an entry may still be served when loading a fresh value fails: `get`
   * then resolves the old value (and reports the error to `processor(error, false)`) instead of rejecting.
   * `0` never serves an expired value; `Infinity` serves the last value forever while loads fail. A finite
   * number `>= 0` or `Infinity`. (A TypeScript addition, after HTTP's `stale-if-error`.)
   * @default 0 ms
   */
  staleIfError?: number | undefined;
}

/** Options of `get`: `signal` and `timeout` (ms) bound the caller's wait for a load. */
type GetOptions = WaitOptions;

/** A stored value and when (clock ms) its load completed. */
interface Entry<V> {
  value: V;
  timestamp: number;
}

/** One load in flight for a key. */
interface Load<V> {
  /** Its value (rejects with the loader's error, or the disposal reason once aborted). */
  value: Promise<V>;
  /** `loadItem`'s promise for this load, made on first request (so that concurrent calls get the same one). */
  done: Promise<void> | undefined;
  /** Aborted (with the loader's signal) when the cache stops a background load. */
  ctrl: AbortController;
  /** Nobody awaits it but a background refresh: disposal may abort it. */
  background: boolean;
  /** An invalidate/clear/disposal happened since it started: its result is not stored. */
  stale: boolean;
  /** It was aborted by disposal (its rejection is not an error to report). */
  aborted: boolean;
  /** Rejects `value` (used by disposal). */
  reject: (reason: unknown) => void;
}

const API = 'asyncutils.misc.CacheWithBackgroundRefresh';
const nothing = (): void => {};
const clock = (): number => performance.now();

/** A key in a message: `String(key)`, or its `typeof` when that throws (e.g. a null-prototype object). */
const keyText = (key: unknown): string => {
  try {
    return String(key);
  } catch {
    return typeof key;
  }
};

/**
 * A keyed async cache with a time-to-live whose entries are reloaded in the background shortly before they
 * expire (stale-while-revalidate): `get` answers from the cache while an entry is younger than `ttl` and,
 * in the last `refresh` ms of that window, starts a reload without waiting for it; an expired or missing
 * entry is loaded while the caller waits. Concurrent loads of one key are shared.
 *
 * @remarks
 * The port of Python's `asyncutils.misc.CacheWithBackgroundRefresh`; durations are in ms. Each key is
 * loaded by the loader registered for it (`registerLoader`, or `get(key, loader)`), else by
 * `opts.defaultLoader`. Keys are compared as `Map` keys (SameValueZero).
 *
 * Never serves a value older than `ttl`: a failed reload keeps the old entry, which is served while it is
 * not expired; once expired, `get` loads again and rejects when that fails, unless `opts.staleIfError`
 * allows serving it a while longer.
 *
 * `enterAsync()` also starts a refresh loop: every `refresh` ms it reloads, concurrently, each entry whose
 * age exceeds `ttl - refresh`; `exitAsync()` (or the end of an `await using` / `using` block) stops it and
 * aborts every background reload in flight through the `signal` its loader received; entries stay and the
 * cache stays usable. Background failures go to `opts.processor`; a processor that throws is reported with
 * `console.error`. Timers do not keep a Node process alive.
 *
 * Raises the audit event `asyncutils.misc.CacheWithBackgroundRefresh` with `[ttl, refresh]` (as given or
 * defaulted) on every construction, after validation and before any state exists: a throwing hook makes
 * the constructor throw.
 *
 * @typeParam K - The key type.
 * @typeParam V - The value type.
 * @throws TypeError when `ttl`/`refresh` is not a number or an option has the wrong type.
 * @throws RangeError when `ttl`/`refresh` is not a finite number `>= 0`, or `staleIfError` is negative or `NaN`.
 *
 * @example
 * ```ts
 * import { CacheWithBackgroundRefresh } from '@asyncutils/misc';
 *
 * await using prices = await new CacheWithBackgroundRefresh<string, number>(60_000, 10_000, {
 *   defaultLoader: async (symbol, { signal }) => (await fetch(`/price/${symbol}`, { signal })).json(),
 * }).enterAsync();
 *
 * await prices.get('ACME'); // loads once; later calls within 60 s answer from the cache,
 * // and entries older than 50 s are reloaded in the background
 * ```
 */
export class CacheWithBackgroundRefresh<K, V> {
  readonly #cache = new Map<K, Entry<V>>();
  readonly #loads = new Map<K, Load<V>>();
  readonly #loaders = new Map<K, RefreshCacheLoader<K, V>>();
  readonly #defaultLoader: RefreshCacheLoader<K, V> | undefined;
  readonly #timer: () => number;
  readonly #staleIfError: number;
  #ttl = 0;
  #refresh = 0;
  #processor: RefreshCacheErrorProcessor = nothing;
  /** The loop is running (between `enterAsync` and `exitAsync`). */
  #running = false;
  /** The timer of the next round. */
  #next: ReturnType<typeof setTimeout> | undefined;
  /** The round in progress. */
  #round: Promise<void> | undefined;
  /** Ends the wait of the round in progress (on stop). */
  #endRound: (() => void) | undefined;

  /**
   * Creates an empty cache.
   * @param ttl - Entry lifetime (ms), a finite number `>= 0`.
   * @default ttl `BACKGROUND_REFRESH_CACHE_DEFAULT_TTL` from `@asyncutils/context` (`60_000` ms), read now.
   * @param refresh - How long before expiry (ms) an entry is reloaded in the background; a finite number `>= 0`.
   * @default refresh `BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH` (`15_000` ms), read now.
   * @param opts - {@link CacheWithBackgroundRefreshOptions}.
   * @throws TypeError / RangeError for bad arguments (see the class); whatever an audit hook throws.
   */
  constructor(ttl?: number | null, refresh?: number | null, opts?: CacheWithBackgroundRefreshOptions<K, V>) {
    ttl ??= BACKGROUND_REFRESH_CACHE_DEFAULT_TTL.get();
    refresh ??= BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH.get();
    duration(API, 'ttl', ttl);
    duration(API, 'refresh', refresh);
    const o = optionsObject(API, opts);
    const processor = o?.processor ?? undefined;
    if (processor !== undefined) func(API, 'processor', processor);
    const loader = o?.defaultLoader ?? undefined;
    if (loader !== undefined) func(API, 'defaultLoader', loader);
    const timer = o?.timer;
    if (timer !== undefined) func(API, 'timer', timer);
    const stale = o?.staleIfError === undefined ? 0 : duration(API, 'staleIfError', o.staleIfError, true);
    audit(API, ttl, refresh);
    this.#defaultLoader = loader;
    this.#timer = timer ?? clock;
    this.#staleIfError = stale;
    this.configure(ttl, refresh, processor);
  }

  /** The entry lifetime (ms), as configured (the larger of the two configured durations). */
  get ttl(): number {
    return this.#ttl;
  }

  /** How long before expiry (ms) entries are reloaded (the smaller of the two configured durations). */
  get refresh(): number {
    return this.#refresh;
  }

  /**
   * Sets the durations and the error processor: `ttl = max(ttl, refresh)`, `refresh = min(ttl, refresh)`.
   * A running loop uses the new values from its next round.
   * @param ttl - A finite number of ms `>= 0`.
   * @param refresh - A finite number of ms `>= 0`.
   * @param processor - The new error processor; `undefined`/`null` restores the default, which does nothing.
   * @throws TypeError / RangeError for bad arguments; nothing changes then.
   *
   * @example
   * ```ts
   * const cache = new CacheWithBackgroundRefresh();
   * cache.configure(100, 500); // ttl 500 ms, refresh 100 ms
   * ```
   */
  configure(ttl: number, refresh: number, processor?: RefreshCacheErrorProcessor | null): void {
    const api = `${API}.configure`;
    duration(api, 'ttl', ttl);
    duration(api, 'refresh', refresh);
    if (processor != null) func(api, 'processor', processor);
    this.#ttl = ttl > refresh ? ttl : refresh;
    this.#refresh = ttl > refresh ? refresh : ttl;
    this.#processor = processor ?? nothing;
  }

  /**
   * Whether a value is cached for `key`, expired or not (Python `key in cache`).
   * @param key - The key.
   * @returns `true` when an entry exists.
   */
  has(key: K): boolean {
    return this.#cache.has(key);
  }

  /**
   * Registers the loader of `key`, preferred over `defaultLoader`.
   * @param key - The key.
   * @param loader - Its loader.
   * @throws TypeError when `loader` is not a function.
   */
  registerLoader(key: K, loader: RefreshCacheLoader<K, V>): void {
    this.#loaders.set(key, func(`${API}.registerLoader`, 'loader', loader));
  }

  /**
   * The loader of `key`: the registered one, else `defaultLoader`.
   * @param key - The key.
   * @returns The loader.
   * @throws RangeError `asyncutils.misc.CacheWithBackgroundRefresh: no loader registered for key <key>` when
   * there is neither.
   */
  getLoader(key: K): RefreshCacheLoader<K, V> {
    const loader = this.#loaders.get(key) ?? this.#defaultLoader;
    if (loader === undefined) throw new RangeError(`${API}: no loader registered for key ${keyText(key)}`);
    return loader;
  }

  /** The entry of `key`, or a `RangeError` naming `member`. */
  #entry(key: K, member: string): Entry<V> {
    const e = this.#cache.get(key);
    if (e === undefined) throw new RangeError(`${API}.${member}: key ${keyText(key)} is not cached`);
    return e;
  }

  /**
   * Milliseconds since the entry of `key` was last loaded.
   * @param key - The key.
   * @returns `timer() - timestamp`.
   * @throws RangeError when `key` is not cached.
   */
  timePast(key: K): number {
    return this.#timer() - this.#entry(key, 'timePast').timestamp;
  }

  /**
   * Whether the entry of `key` is older than `ttl`.
   * @param key - The key.
   * @returns `timePast(key) > ttl`.
   * @throws RangeError when `key` is not cached.
   */
  expired(key: K): boolean {
    return this.#timer() - this.#entry(key, 'expired').timestamp > this.#ttl;
  }

  /**
   * Whether the entry of `key` is due for a background reload.
   * @param key - The key.
   * @returns `timePast(key) > ttl - refresh`; `false` when `key` is not cached.
   */
  shouldRefresh(key: K): boolean {
    const e = this.#cache.get(key);
    return e !== undefined && this.#timer() - e.timestamp > this.#ttl - this.#refresh;
  }

  /**
   * The value of `key`: from the cache while its entry is not expired (starting a background reload when
   * it is due, see {@link CacheWithBackgroundRefresh.shouldRefresh | shouldRefresh}), else from a load the
   * call waits for (shared with any load of `key` already in flight).
   *
   * @remarks
   * A failed load rejects and keeps any old entry; with `staleIfError` the old entry is resolved instead
   * while it is at most `ttl + staleIfError` ms old. `signal`/`timeout` bound only this caller's wait: the
   * load goes on for the others and still stores its value.
   *
   * @param key - The key.
   * @param loader - Registered for `key` first (see `registerLoader`) when given.
   * @param opts - `signal`: abandons the wait (rejecting with its reason); `timeout` (ms): rejects with a
   * `DOMException` named `TimeoutError` (`Infinity`: none).
   * @returns A promise of the value.
   * @throws Never synchronously. Rejects with the loader's error, a `RangeError` when `key` has no loader,
   * `TypeError`/`RangeError` for bad arguments, the signal's reason, or a `TimeoutError`.
   *
   * @example
   * ```ts
   * const cache = new CacheWithBackgroundRefresh<string, string>(1000, 200);
   * await cache.get('a', async (key) => key.repeat(2)); // 'aa', loaded
   * await cache.get('a'); // 'aa', cached
   * ```
   */
  get(key: K, loader?: RefreshCacheLoader<K, V> | null, opts?: GetOptions): Promise<V> {
    try {
      checkWait(`${API}.get`, opts);
      if (loader != null) this.registerLoader(key, loader);
      const e = this.#cache.get(key);
      if (e !== undefined) {
        const age = this.#timer() - e.timestamp;
        if (!(age > this.#ttl)) {
          if (age > this.#ttl - this.#refresh && !this.#loads.has(key)) void this.#refreshOne(key, false);
          return Promise.resolve(e.value);
        }
      }
      const load = this.#load(key, false);
      const value = this.#staleIfError > 0 ? load.value.catch((error: unknown) => this.#stale(key, error)) : load.value;
      if (opts?.signal === undefined && !(opts?.timeout !== undefined && opts.timeout < Infinity)) return value;
      const wait = new Wait<V>(`${API}.get`, opts);
      value.then(
        (v) => wait.resolve(v),
        (error: unknown) => wait.reject(error),
      );
      return wait.promise;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * After a failed foreground load: the value of `key` when its entry is young enough for `staleIfError`
   * (the error goes to the processor, not awaited), else rethrows.
   */
  #stale(key: K, error: unknown): V {
    const e = this.#cache.get(key);
    if (e === undefined || this.#timer() - e.timestamp > this.#ttl + this.#staleIfError) throw error;
    void this.#report(error, false);
    return e.value;
  }

  /**
   * Loads `key` with its loader and stores `{ value, timestamp: timer() }`. At most one load per key is in
   * flight: a call while one runs returns the same promise.
   * @param key - The key.
   * @returns A promise that resolves once the value is stored (or, after an `invalidate`/`clear` of `key`
   * during the load, discarded).
   * @throws Never synchronously. Rejects with the loader's error, or a `RangeError` when `key` has no loader.
   *
   * @example
   * ```ts
   * const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: () => 42 });
   * await cache.loadItem('answer');
   * cache.has('answer'); // true
   * ```
   */
  loadItem(key: K): Promise<void> {
    const load = this.#load(key, false);
    return (load.done ??= load.value.then(nothing));
  }

  /** The load of `key` in flight, or a new one; `background: false` pins it against disposal. */
  #load(key: K, background: boolean): Load<V> {
    const load = this.#loads.get(key);
    if (load !== undefined) {
      if (!background) load.background = false;
      return load;
    }
    const ctrl = new AbortController();
    let resolve!: (value: V) => void;
    let reject!: (reason: unknown) => void;
    const value = new Promise<V>((y, x) => {
      resolve = y;
      reject = x;
    });
    const l: Load<V> = { value, done: undefined, ctrl, background, stale: false, aborted: false, reject };
    this.#loads.set(key, l);
    let result: V | PromiseLike<V>;
    try {
      result = this.getLoader(key)(key, { signal: ctrl.signal });
      if (!isThenable(result)) {
        if (this.#store(key, l, result)) resolve(result);
        return l;
      }
    } catch (error) {
      if (this.#finish(key, l)) l.reject(error);
      return l;
    }
    Promise.resolve(result).then(
      (v) => {
        try {
          if (this.#store(key, l, v)) resolve(v);
        } catch (error) {
          l.reject(error); // the clock threw
        }
      },
      (error: unknown) => {
        if (this.#finish(key, l)) l.reject(error);
      },
    );
    return l;
  }

  /** Ends load `l` of `key`: forgets it; false when it was aborted already (nothing else to do). */
  #finish(key: K, l: Load<V>): boolean {
    if (this.#loads.get(key) === l) this.#loads.delete(key);
    return !l.aborted;
  }

  /** Ends load `l` of `key` with `value`, stored unless the load went stale; false when it was aborted. */
  #store(key: K, l: Load<V>, value: V): boolean {
    if (!this.#finish(key, l)) return false;
    if (!l.stale) this.#cache.set(key, { value, timestamp: this.#timer() });
    return true;
  }

  /**
   * Makes load `l` stale (its result will not be stored) and forgets it; when only a background refresh
   * waits for it, aborts it too (its loader's signal, and its promise, with `why`).
   */
  #drop(key: K, l: Load<V>, why: string): void {
    if (this.#loads.get(key) === l) this.#loads.delete(key);
    l.stale = true;
    if (!l.background || l.aborted) return;
    l.aborted = true;
    const reason = new DOMException(`${API}: background refresh aborted (${why})`, 'AbortError');
    l.ctrl.abort(reason);
    l.reject(reason);
  }

  /**
   * Reloads `key` in the background: does nothing when it is not cached or a load of it is in flight;
   * else loads it, passing a failure to `processor(error, false)` and keeping the old entry.
   * @param key - The key.
   * @returns A promise that resolves when done; it never rejects.
   *
   * @example
   * ```ts
   * await cache.refreshItem('answer'); // reloaded, or the error went to the processor
   * ```
   */
  refreshItem(key: K): Promise<void> {
    return this.#refreshOne(key, false);
  }

  /** One background reload of `key` (`batched`: started by the loop). */
  async #refreshOne(key: K, batched: boolean): Promise<void> {
    if (!this.#cache.has(key) || this.#loads.has(key)) return;
    const load = this.#load(key, true);
    try {
      await load.value;
    } catch (error) {
      if (!(load.aborted && error === load.ctrl.signal.reason)) await this.#report(error, batched);
    }
  }

  /** Passes `error` to the processor (awaiting a thenable result); its own failure goes to `console.error`. */
  async #report(error: unknown, batched: boolean): Promise<void> {
    try {
      await this.#processor(error, batched);
    } catch (failure) {
      console.error(`${API}: the error processor failed`, failure);
    }
  }

  /**
   * Removes the entry of `key`. A load of `key` in flight will not store its result (whoever awaits it
   * still receives the value); one only a background refresh waits for is aborted.
   * @param key - The key.
   * @returns A promise of the removed value, or `undefined` when `key` was not cached.
   *
   * @example
   * ```ts
   * await cache.invalidate('answer'); // 42
   * cache.has('answer'); // false
   * ```
   */
  invalidate(key: K): Promise<V | undefined> {
    const load = this.#loads.get(key);
    if (load !== undefined) this.#drop(key, load, 'the key was invalidated');
    const e = this.#cache.get(key);
    this.#cache.delete(key);
    return Promise.resolve(e?.value);
  }

  /**
   * Removes every entry. Loads in flight will not store their results; those only a background refresh
   * waits for are aborted.
   * @returns A promise that resolves when done.
   *
   * @example
   * ```ts
   * await cache.clear();
   * ```
   */
  clear(): Promise<void> {
    for (const [key, load] of this.#loads) this.#drop(key, load, 'the cache was cleared');
    this.#cache.clear();
    return Promise.resolve();
  }

  /**
   * Starts the refresh loop unless it runs (Python `__aenter__`): every `refresh` ms, each cached key with
   * no load in flight whose entry is older than `ttl - refresh` is reloaded, all concurrently; the next
   * round is scheduled when they are done. Failures go to `processor(error, true)`.
   * @returns A promise of the cache itself, for `await using cache = await new CacheWithBackgroundRefresh().enterAsync()`.
   *
   * @example
   * ```ts
   * await using cache = await new CacheWithBackgroundRefresh<string, number>(1000, 200).enterAsync();
   * ```
   */
  enterAsync(): Promise<this> {
    if (!this.#running) {
      this.#running = true;
      this.#schedule();
    }
    return Promise.resolve(this);
  }

  /** Arms the timer of the next round. */
  #schedule(): void {
    const id = (this.#next = setTimeout(() => {
      this.#next = undefined;
      this.#round = this.#runRound();
    }, this.#refresh));
    (id as { unref?: () => unknown }).unref?.();
  }

  /**
   * One round of the loop: reloads the due entries and waits for them (or for the loop to stop), then
   * schedules the next round unless the loop stopped.
   */
  async #runRound(): Promise<void> {
    try {
      const due = this.#timer() - this.#ttl + this.#refresh;
      const refreshes: Promise<void>[] = [];
      for (const [key, e] of this.#cache) {
        if (e.timestamp < due && !this.#loads.has(key)) refreshes.push(this.#refreshOne(key, true));
      }
      if (refreshes.length) {
        await new Promise<void>((resolve) => {
          this.#endRound = resolve;
          void Promise.all(refreshes).then(() => resolve());
        });
      }
    } catch (error) {
      await this.#report(error, true); // the clock threw
    }
    this.#endRound = undefined;
    this.#round = undefined;
    if (this.#running && this.#next === undefined) this.#schedule();
  }

  /**
   * Stops the refresh loop (Python `__aexit__`) and aborts every background reload in flight (its loader's
   * `signal` is aborted, its result discarded, old entries kept). Idempotent; the cache stays usable.
   * @returns A promise that resolves once a round in progress has finished.
   *
   * @example
   * ```ts
   * await cache.exitAsync();
   * ```
   */
  exitAsync(): Promise<void> {
    this.#stop();
    return this.#round ?? Promise.resolve();
  }

  /** Stops the loop, ends the wait of a round in progress and aborts the background loads. */
  #stop(): void {
    this.#running = false;
    clearTimeout(this.#next);
    this.#next = undefined;
    this.#endRound?.();
    for (const [key, load] of this.#loads) if (load.background) this.#drop(key, load, 'the cache was disposed');
  }

  /**
   * `exitAsync()`: the end of an `await using` block.
   * @returns A promise that resolves once a round in progress has finished.
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.exitAsync();
  }

  /**
   * Stops the loop and aborts background reloads at once, without waiting for a round in progress: the
   * end of a `using` block.
   */
  [Symbol.dispose](): void {
    this.#stop();
  }
}

