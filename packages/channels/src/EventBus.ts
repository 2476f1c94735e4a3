// `EventBus`: publish/subscribe by event type with a wildcard, a middleware pipeline, bounded concurrency of
// safe-mode subscribers, statistics, event streams, and a bridge that republishes the library's audit events.
import { addAuditHook, type AuditHookRemover, audit, objectId } from '@asyncutils/audit';
import {
  EVENT_BUS_DEFAULT_MAX_CONCURRENT,
  EVENT_BUS_PUBLISH_DEFAULT_SAFE,
  EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE,
  EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT,
  EVENT_BUS_STREAM_DEFAULT_TIMEOUT,
} from '@asyncutils/context';
import { BusShutDown, BusStatsError, BusTimeout } from '@asyncutils/exceptions';
import { append, chain, first, type Link, unlink } from './chain.js';
import { EventStream } from './EventStream.js';
import { bool, dur, fnc, int, isThenable, need, opts as optsOf, report, sig, timedOut } from './shared.js';
import { after, arm } from './timers.js';

/**
 * A subscriber of one event type: called with the event's data (after the middlewares). It may return a promise,
 * which the publication waits for.
 *
 * @example
 * ```ts
 * import { EventBus, type BusSubscriber } from '@asyncutils/channels';
 *
 * const onOrder: BusSubscriber<{ id: number }> = async (order) => { await ship(order.id); };
 * new EventBus<{ order: { id: number } }>().subscribe(onOrder, 'order');
 * ```
 */
export type BusSubscriber<T = unknown> = (data: T) => unknown;

/**
 * A wildcard subscriber: called with the event type and data of every publication.
 *
 * @example
 * ```ts
 * import { EventBus, type BusWildcardSubscriber } from '@asyncutils/channels';
 *
 * const logAll: BusWildcardSubscriber = (eventType, data) => console.log(eventType, data);
 * new EventBus().subscribe(logAll);
 * ```
 */
export type BusWildcardSubscriber = (eventType: string, data: unknown) => unknown;

/**
 * A middleware: receives the event type and data of each publication and returns (or resolves to) the data passed
 * on to the next middleware and finally to the subscribers.
 *
 * @example
 * ```ts
 * import { EventBus, type Middleware } from '@asyncutils/channels';
 *
 * const stamp: Middleware = (_type, data) => ({ ...(data as object), at: Date.now() });
 * new EventBus().addMiddleware(stamp);
 * ```
 */
export type Middleware = (eventType: string, data: unknown) => unknown;

/**
 * Options of the {@link EventBus} constructor.
 *
 * @example
 * ```ts
 * import { EventBus, type EventBusOptions } from '@asyncutils/channels';
 *
 * const o: EventBusOptions = { handler: (err) => console.error('subscriber failed', err), maxConcurrent: 8 };
 * new EventBus('orders', o);
 * ```
 */
export interface EventBusOptions {
  /** Receives the errors of safe-mode subscribers (awaited when it returns a promise). @default a no-op */
  handler?: (err: unknown) => unknown;
  /** How many safe-mode subscriber calls may run at once across the bus: a positive integer or `Infinity`. @default `EVENT_BUS_DEFAULT_MAX_CONCURRENT` (64) */
  maxConcurrent?: number;
  /** Start with statistics tracking on. @default false */
  trackingStats?: boolean;
  /** Default buffer size of each event stream: an integer `>= 0`, `0` for no bound. @default `EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE` (100) */
  evsBufsize?: number;
}

/**
 * Options of {@link EventBus.publish} and (without `wait`) {@link EventBus.startPublish}.
 *
 * @example
 * ```ts
 * import { EventBus, type PublishOptions } from '@asyncutils/channels';
 *
 * const o: PublishOptions = { safe: false, timeout: 500 };
 * await new EventBus().publish('ping', null, o);
 * ```
 */
export interface PublishOptions {
  /** Settle with the publication (`false`: resolve at once; a failure goes to the bus's handler). @default true */
  wait?: boolean;
  /** Safe mode: subscriber errors go to the handler and calls are bounded by `maxConcurrent`. @default `EVENT_BUS_PUBLISH_DEFAULT_SAFE` (true) */
  safe?: boolean;
  /** Limit of the whole publication, in ms; then `BusTimeout`. @default Infinity */
  timeout?: number;
  /** Receives middleware errors instead of collecting them into an `AggregateError`; if it throws, the publication fails. */
  chaperone?: (err: unknown) => unknown;
  /** Aborts the publication: it rejects with the reason and calls not started yet never start. */
  signal?: AbortSignal;
}

/**
 * A publication started by {@link EventBus.startPublish}.
 *
 * @example
 * ```ts
 * import { EventBus, type PublishHandle } from '@asyncutils/channels';
 *
 * const h: PublishHandle = new EventBus().startPublish('tick', 1);
 * h.abort(); // h.done rejects with a DOMException named 'AbortError'
 * ```
 */
export interface PublishHandle {
  /** Settles as `publish(…, { wait: true })` would; already marked handled (no unhandled rejection). */
  readonly done: Promise<void>;
  /** Aborts the publication, like an aborted `signal`. @default reason a `DOMException` named `AbortError` */
  abort(reason?: unknown): void;
}

/**
 * Options of {@link EventBus.eventStream}.
 *
 * @example
 * ```ts
 * import { EventBus, type EventStreamOptions } from '@asyncutils/channels';
 *
 * const o: EventStreamOptions = { bufferSize: 10, itemTimeout: null };
 * new EventBus().eventStream('tick', o);
 * ```
 */
export interface EventStreamOptions {
  /** How long the feeder waits for room in a full buffer before dropping the oldest entry (ms; `null`: no limit). @default `EVENT_BUS_STREAM_DEFAULT_TIMEOUT` (5000) */
  timeout?: number | null;
  /** How long a `next()` waits on an empty buffer before the stream ends (ms; `null`: no limit). @default `EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT` (3000) */
  itemTimeout?: number | null;
  /** The stream's buffer size (`0`: no bound). @default the bus's `evsBufsize` */
  bufferSize?: number;
  /** Ends the stream: the pending `next()` (else the next one) rejects with the reason. */
  signal?: AbortSignal;
}

/** Any subscriber as stored. */
type Sub = (a: unknown, b?: unknown) => unknown;

/** The subscribers of one type, with a cached snapshot (subscription order) dropped on every change. */
interface Group extends Set<Sub> {
  a?: Sub[] | undefined;
}

/** A middleware: the function, and for a temporary one the state of its `until` (0 pending, 1 fulfilled, 2 rejected). */
interface Mw {
  f: Middleware;
  s: 0 | 1 | 2;
  v?: unknown;
}

/** A publication that waits on something (so it can be aborted) or has a timeout or signal. */
interface Pub {
  /** Aborted (or over). */
  a: boolean;
  /** The abort reason. */
  x?: unknown;
  /** Rejects what the publication awaits now. */
  k?: (e: unknown) => void;
  /** Disarms its timer and abort listener. */
  d?: () => void;
}

/** The calls of a publication that returned a thenable: how many are pending, the earliest failure, the waker. */
interface Batch {
  n: number;
  i: number;
  e?: unknown;
  d?: () => void;
}

/** A subscriber call waiting for a slot. */
interface SlotWaiter extends Link {
  q: Pub;
  g: () => void;
}

/** A disposable scope whose dispose runs `end` (once). */
type Scope = Disposable & AsyncDisposable;

const Q = 'asyncutils.channels.EventBus';
const noop = (): void => {};
const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/** Unnamed buses created so far by this module instance. */
let unnamed = 0;
/** > 0 while a forwarded audit event's middlewares, subscribers or handler run synchronously. */
let forwarding = 0;

/** Calls `f(a)` (or `f(a, b)` when `two`), holding the forwarding mark when `au`. */
function invoke(au: boolean | undefined, f: Sub, a: unknown, b?: unknown, two?: unknown): unknown {
  if (!au) return two ? f(a, b) : f(a);
  forwarding++;
  try {
    return two ? f(a, b) : f(a);
  } finally {
    forwarding--;
  }
}

/** Awaits `v` on behalf of `p`, whose abort rejects the wait at once with its reason. */
async function gate<T>(p: Pub, v: PromiseLike<T>): Promise<T> {
  const r = await new Promise<T>((res, rej) => {
    p.k = rej;
    if (p.a) rej(p.x);
    v.then(res, rej);
  });
  if (p.a) throw p.x;
  return r;
}

/** A scope: `end` on dispose (sync or async), once; `null` end: an inert scope. */
function scope(end: (() => void) | null): Scope {
  let done = !end;
  const stop = (): void => {
    if (done) return;
    done = true;
    (end as () => void)();
  };
  return { [Symbol.dispose]: stop, [Symbol.asyncDispose]: async () => stop() };
}

/** Runs `fn` inside `c`: disposed after `fn` returns, throws, or (for a thenable) settles. */
function within<R>(c: Scope, fn: () => R): R {
  let r: R;
  try {
    r = fn();
  } catch (e) {
    c[Symbol.dispose]();
    throw e;
  }
  if (isThenable(r)) {
    return Promise.resolve(r).finally(() => c[Symbol.dispose]()) as R;
  }
  c[Symbol.dispose]();
  return r;
}

/**
 * Publish/subscribe by event type, with a wildcard, a middleware pipeline, bounded concurrency of safe-mode
 * subscribers, statistics, event streams with backpressure, and a bridge that republishes the library's audit
 * events to async subscribers.
 *
 * @remarks
 * The port of Python's `asyncutils.channels.EventBus`. Construction raises the audit event
 * `asyncutils.channels.EventBus` with `[name, objectId(bus)]`.
 *
 * A publication runs asynchronously (nothing runs inside `publish`): the middlewares in insertion order, then
 * every subscriber of the type (subscription order) and every wildcard, all started before any is awaited. In
 * safe mode (the default) a subscriber's error goes to the bus's `handler` and calls are bounded by
 * `maxConcurrent`; in unsafe mode the first failure (in subscriber order) fails the publication.
 *
 * `startAudit()` installs {@link EventBus.auditor} as an audit hook: every audit event of the library (for example
 * `asyncutils.channels.Observable`) is then published with its argument array as data, without ever blocking or
 * failing the audited code. Events raised synchronously by the middlewares, subscribers or handler that receive a
 * forwarded event are not forwarded again, so a subscriber cannot feed itself forever.
 *
 * Subscribers are held strongly (Python's are weak references). `E` maps event types to their data types, for
 * typed subscribers and `waitForEvent`.
 *
 * @typeParam E - Event types and the type of their data.
 *
 * @example
 * ```ts
 * import { EventBus } from '@asyncutils/channels';
 *
 * const bus = new EventBus<{ order: { id: number } }>('shop');
 * bus.subscribe(async (order) => {
 *   await ship(order.id);
 * }, 'order');
 * bus.subscribe((type, data) => console.log(type, data)); // wildcard
 *
 * await bus.publish('order', { id: 1 }); // resolves after ship() finished
 * ```
 */
export class EventBus<E extends Record<string, unknown> = Record<string, unknown>> {
  /** The wildcard event type: `null`. */
  static readonly WILDCARD: null = null;

  /**
   * The audit hook this bus installs with {@link EventBus.startAudit}: while auditing and not shut down, it starts
   * the publication of the event with its argument array as data; a failure of that publication goes to
   * {@link EventBus.handleException}, whose own errors are swallowed (unless the bus has shut down meanwhile: then
   * the failure can only be `BusShutDown`, and is dropped). It never throws.
   *
   * @example
   * ```ts
   * bus.auditor('asyncutils.channels.Observable', [0]); // publishes, if the bus is auditing
   * ```
   */
  readonly auditor: (event: string, args: readonly unknown[]) => void = (e, a) => {
    if (this.#au && !this.#down && !forwarding) {
      this.#run(e, a, EVENT_BUS_PUBLISH_DEFAULT_SAFE.get(), undefined, undefined, true).then(undefined, (x) => {
        // Once the bus is shut down its forwarded publications can only fail with BusShutDown: not reported.
        if (!this.#down) (invoke(true, (y) => this.handleException(y), x) as Promise<void>).then(undefined, noop);
      });
    }
  };

  readonly #name: string;
  readonly #max: number;
  readonly #bufsize: number;
  #handler: (err: unknown) => unknown;
  #subs = new Map<string | null, Group>();
  #mws = new Map<number, Mw>();
  #cookie = 0;
  #active = 0;
  #slots: Link = chain();
  #drain: (() => void) | undefined;
  #pubs = new Set<Pub>();
  #streams = new Set<EventStream<unknown>>();
  #stats = new Map<string, number>();
  #trk: boolean;
  #au = false;
  #hook: AuditHookRemover | undefined;
  #down = false;

  /**
   * Creates a bus.
   *
   * @param name - Its name (`asyncutils.channels.EventBus <name>`); without, it is numbered (`… #1`, `… #2`).
   * @param opts - See {@link EventBusOptions}.
   * @throws Whatever an audit hook throws for `asyncutils.channels.EventBus` (raised first, with
   * `[name ?? null, objectId(bus)]`).
   * @throws TypeError for a non-function `handler`, a non-string name or a non-boolean `trackingStats`.
   * @throws RangeError when `maxConcurrent` is not a positive integer or `Infinity`, or `evsBufsize` is not an
   * integer `>= 0`.
   *
   * @example
   * ```ts
   * import { EventBus } from '@asyncutils/channels';
   *
   * const bus = new EventBus('orders', { maxConcurrent: 16, trackingStats: true });
   * bus.name; // 'asyncutils.channels.EventBus orders'
   * ```
   */
  constructor(name?: string | null, opts?: EventBusOptions);
  /**
   * Creates a bus from one options object that may hold its `name`.
   *
   * @param opts - See {@link EventBusOptions}, plus `name`.
   * @throws As the other overload.
   *
   * @example
   * ```ts
   * import { EventBus } from '@asyncutils/channels';
   *
   * const bus = new EventBus({ name: 'orders', handler: console.error });
   * ```
   */
  constructor(opts?: EventBusOptions & { name?: string | null });
  constructor(a?: string | null | (EventBusOptions & { name?: string | null }), b?: EventBusOptions) {
    const one = a !== null && typeof a === 'object';
    const name = one ? a.name : a;
    audit('asyncutils.channels.EventBus', name ?? null, objectId(this));
    const o = optsOf('EventBus', one ? a : b);
    const { handler = noop, maxConcurrent = EVENT_BUS_DEFAULT_MAX_CONCURRENT.get(), trackingStats = false, evsBufsize = EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE.get() } = o;
    need(name == null || typeof name === 'string', 'EventBus', 'name must be a string', name);
    fnc('EventBus', 'handler', handler);
    int('EventBus', 'maxConcurrent', 'a positive integer', maxConcurrent, 1, true);
    bool('EventBus', 'trackingStats', trackingStats);
    int('EventBus', 'evsBufsize', 'an integer >= 0', evsBufsize, 0);
    this.#name = `${new.target === EventBus ? Q : new.target.name} ${name || `#${++unnamed}`}`;
    this.#handler = handler;
    this.#max = maxConcurrent;
    this.#trk = trackingStats;
    this.#bufsize = evsBufsize;
  }

  /**
   * The bus's name: `asyncutils.channels.EventBus <name>`, or `… #<n>` for the n-th unnamed bus (a subclass's
   * name replaces `asyncutils.channels.EventBus`).
   *
   * @example
   * ```ts
   * new EventBus('orders').name; // 'asyncutils.channels.EventBus orders'
   * ```
   */
  get name(): string {
    return this.#name;
  }

  /** The error of operations on a bus that is shut down. */
  #shut(): BusShutDown {
    return new BusShutDown(`${this.#name} is shutting down`);
  }

  /**
   * Throws when the bus is shut down or shutting down.
   *
   * @throws BusShutDown `<name> is shutting down`.
   *
   * @example
   * ```ts
   * bus.raiseForShutdown(); // throws after bus.shutdown()
   * ```
   */
  raiseForShutdown(): void {
    if (this.#down) throw this.#shut();
  }

  /**
   * Subscribes `subscriber` to `eventType` (called with the data), or to every event when `eventType` is `null` or
   * omitted (called with the type and the data). Subscribing twice to one type is one subscription.
   *
   * @param subscriber - The subscriber.
   * @param eventType - The event type; `null` or omitted: wildcard.
   * @returns `subscriber`.
   * @throws BusShutDown after shutdown; TypeError for a non-function subscriber or a non-string type.
   *
   * @example
   * ```ts
   * const onOrder = bus.subscribe((order) => console.log(order), 'order');
   * bus.subscribe((type, data) => console.log(type, data));
   * ```
   */
  subscribe<K extends keyof E & string, S extends BusSubscriber<E[K]>>(subscriber: S, eventType: K): S;
  /**
   * Subscribes a wildcard subscriber.
   *
   * @param subscriber - Called with `(eventType, data)` for every publication.
   * @param eventType - `null` or omitted.
   * @returns `subscriber`.
   * @throws As the other overload.
   *
   * @example
   * ```ts
   * bus.subscribe((type, data) => console.log(type, data));
   * ```
   */
  subscribe<S extends BusWildcardSubscriber>(subscriber: S, eventType?: null): S;
  subscribe(subscriber: Sub, eventType: string | null = null): Sub {
    this.raiseForShutdown();
    fnc('EventBus.subscribe', 'subscriber', subscriber);
    this.#type('EventBus.subscribe', eventType);
    let g = this.#subs.get(eventType);
    if (!g) this.#subs.set(eventType, (g = new Set()));
    g.add(subscriber);
    g.a = undefined;
    return subscriber;
  }

  /** Checks an event type argument: a string or `null`. */
  #type(api: string, t: unknown): void {
    need(t === null || typeof t === 'string', api, 'eventType must be a string or null', t);
  }

  /**
   * Unsubscribes `subscriber` from `eventType` (`null` or omitted: from the wildcard).
   *
   * @param subscriber - The subscriber.
   * @param eventType - The event type.
   * @returns `true` if it was subscribed there.
   * @throws BusShutDown after shutdown.
   *
   * @example
   * ```ts
   * bus.unsubscribe(onOrder, 'order'); // true
   * bus.unsubscribe(onOrder, 'order'); // false
   * ```
   */
  unsubscribe(subscriber: BusSubscriber<never> | BusWildcardSubscriber, eventType: string | null = null): boolean {
    this.raiseForShutdown();
    return this.#rm(subscriber as Sub, eventType);
  }

  /** Removes a subscription (also after shutdown); drops an emptied group. */
  #rm(s: Sub, t: string | null): boolean {
    const g = this.#subs.get(t);
    if (!g?.delete(s)) return false;
    g.a = undefined;
    if (!g.size) this.#subs.delete(t);
    return true;
  }

  /**
   * A decorator-style subscriber for `eventType`: `bus.on('x')(fn)` is `bus.subscribe(fn, 'x')`.
   *
   * @param eventType - The event type (`null`: wildcard).
   * @returns A function that subscribes its argument and returns it.
   *
   * @example
   * ```ts
   * const onOrder = bus.on('order')((order) => console.log(order));
   * ```
   */
  on<K extends keyof E & string>(eventType: K): <S extends BusSubscriber<E[K]>>(subscriber: S) => S;
  /**
   * A decorator-style wildcard subscriber.
   *
   * @param eventType - `null`.
   * @returns A function that subscribes its argument to every event and returns it.
   *
   * @example
   * ```ts
   * bus.on(null)((type, data) => console.log(type, data));
   * ```
   */
  on(eventType: null): <S extends BusWildcardSubscriber>(subscriber: S) => S;
  on(eventType: string | null): (subscriber: Sub) => Sub {
    return (s) => (this.subscribe as (s: Sub, t: string | null) => Sub)(s, eventType);
  }

  /**
   * A new `Set` of the subscribers of `eventType` (`null` or omitted: the wildcards), in subscription order.
   *
   * @param eventType - The event type.
   * @returns A copy.
   *
   * @example
   * ```ts
   * bus.subscribersFor('order').size;
   * ```
   */
  subscribersFor(eventType: string | null = null): Set<(...args: never[]) => unknown> {
    return new Set(this.#subs.get(eventType));
  }

  /**
   * A new `Set` of the wildcard subscribers.
   *
   * @example
   * ```ts
   * bus.wildcards.size;
   * ```
   */
  get wildcards(): Set<(...args: never[]) => unknown> {
    return this.subscribersFor(null);
  }

  /**
   * The event types with at least one subscriber (never the wildcard).
   *
   * @returns A new `Set`.
   *
   * @example
   * ```ts
   * bus.events(); // Set { 'order' }
   * ```
   */
  events(): Set<string> {
    const s = new Set(this.#subs.keys());
    s.delete(null);
    return s as Set<string>;
  }

  /**
   * Whether `eventType` (`null` or omitted: the wildcard) has subscribers.
   *
   * @param eventType - The event type.
   * @returns As described.
   *
   * @example
   * ```ts
   * bus.hasSubscribers('order');
   * ```
   */
  hasSubscribers(eventType: string | null = null): boolean {
    return this.#subs.has(eventType);
  }

  /**
   * How many subscribers `eventType` (`null` or omitted: the wildcard) has.
   *
   * @param eventType - The event type.
   * @returns The count.
   *
   * @example
   * ```ts
   * bus.subscriberCount('order'); // 1
   * ```
   */
  subscriberCount(eventType: string | null = null): number {
    return this.#subs.get(eventType)?.size ?? 0;
  }

  /**
   * Whether `subscriber` is subscribed: to `eventType` when given (`null`: the wildcard), else to any type or the
   * wildcard.
   *
   * @param subscriber - The subscriber.
   * @param eventType - The event type; omitted (`undefined`): any.
   * @returns As described.
   *
   * @example
   * ```ts
   * bus.isSubscribed(onOrder); // true
   * bus.isSubscribed(onOrder, null); // false
   * ```
   */
  isSubscribed(subscriber: BusSubscriber<never> | BusWildcardSubscriber, eventType?: string | null): boolean {
    const s = subscriber as Sub;
    if (eventType !== undefined) return !!this.#subs.get(eventType)?.has(s);
    for (const g of this.#subs.values()) if (g.has(s)) return true;
    return false;
  }

  /**
   * All subscriptions, over every type and the wildcard (a function subscribed to two types counts twice).
   *
   * @example
   * ```ts
   * bus.totalSubscribers;
   * ```
   */
  get totalSubscribers(): number {
    let n = 0;
    for (const g of this.#subs.values()) n += g.size;
    return n;
  }

  /**
   * How many wildcard subscribers there are.
   *
   * @example
   * ```ts
   * bus.wildcardCount;
   * ```
   */
  get wildcardCount(): number {
    return this.subscriberCount(null);
  }

  /**
   * How many safe-mode subscriber calls are running now (each holds one of `maxConcurrent` slots).
   *
   * @example
   * ```ts
   * bus.activeTasks; // 0 when idle
   * ```
   */
  get activeTasks(): number {
    return this.#active;
  }

  /**
   * Appends a middleware to the pipeline.
   *
   * @param mw - The middleware.
   * @returns Its cookie (0, 1, 2, … per bus, never reused), for {@link EventBus.removeMiddleware}.
   * @throws TypeError when `mw` is not a function.
   *
   * @example
   * ```ts
   * const c = bus.addMiddleware((type, data) => ({ ...(data as object), seen: true }));
   * bus.removeMiddleware(c);
   * ```
   */
  addMiddleware(mw: Middleware): number {
    return this.#addMw(mw, undefined);
  }

  /**
   * Appends a middleware that applies only while `until` is unsettled (it is skipped afterwards).
   *
   * @param mw - The middleware.
   * @param until - A promise (or thenable).
   * @returns Its cookie.
   * @throws TypeError when `mw` is not a function or `until` not a thenable.
   *
   * @example
   * ```ts
   * const c = bus.addTempMiddleware(redact, sessionEnded);
   * ```
   */
  addTempMiddleware(mw: Middleware, until: PromiseLike<unknown>): number {
    need(isThenable(until), 'EventBus.addTempMiddleware', 'until must be a promise', until);
    return this.#addMw(mw, until);
  }

  #addMw(f: Middleware, u: PromiseLike<unknown> | undefined): number {
    fnc('EventBus.addMiddleware', 'middleware', f);
    const m: Mw = { f, s: 0 };
    this.#mws.set(this.#cookie, m);
    u?.then(
      (v) => {
        m.s = 1;
        m.v = v;
      },
      (e: unknown) => {
        m.s = 2;
        m.v = e;
      },
    );
    return this.#cookie++;
  }

  /**
   * Removes the middleware of `cookie`.
   *
   * @remarks
   * A live middleware is removed and `result` returned; for a temporary middleware whose `until` has settled,
   * its value is returned (or its rejection reason thrown) instead. An unknown or already removed cookie returns
   * `result`, or throws when `strict`.
   *
   * @param cookie - What `addMiddleware`/`addTempMiddleware` returned.
   * @param opts - `result` (returned by default), `strict` (default `false`).
   * @returns As described.
   * @throws RangeError for an unknown cookie when `strict`; the rejection reason of a rejected `until`.
   *
   * @example
   * ```ts
   * bus.removeMiddleware(c); // undefined
   * bus.removeMiddleware(99, { result: 'r' }); // 'r'
   * ```
   */
  removeMiddleware(cookie: number, opts?: { result?: unknown; strict?: boolean }): unknown {
    const { result, strict } = optsOf('EventBus.removeMiddleware', opts);
    const m = this.#mws.get(cookie);
    need(m || !strict, 'EventBus.removeMiddleware', 'unknown cookie', cookie, 1);
    if (!m) return result;
    this.#mws.delete(cookie);
    if (m.s === 2) throw m.v;
    return m.s ? m.v : result;
  }

  /**
   * Starts a publication of `eventType` with `data` and returns its handle; nothing runs inside the call.
   *
   * @param eventType - The event type.
   * @param data - The data.
   * @param opts - See {@link PublishOptions} (`wait` does not apply).
   * @returns The handle: `done` settles with the publication, `abort()` aborts it.
   * @throws BusShutDown after shutdown; TypeError/RangeError on bad arguments.
   *
   * @example
   * ```ts
   * const h = bus.startPublish('tick', 1, { timeout: 1_000 });
   * await h.done;
   * ```
   */
  startPublish<K extends keyof E & string>(eventType: K, data?: E[K], opts?: Omit<PublishOptions, 'wait'>): PublishHandle {
    const p: Pub = { a: false };
    const done = this.#start('EventBus.startPublish', eventType, data, opts, p);
    done.then(undefined, noop);
    return {
      done,
      abort: (reason: unknown = new DOMException(`${Q}.startPublish: aborted`, 'AbortError')) => this.#abort(p, reason),
    };
  }

  /**
   * Publishes `eventType` with `data`: middlewares, then subscribers.
   *
   * @remarks
   * With `wait` (the default) the promise settles with the publication: it rejects with the first failure (a
   * handler error in safe mode, a subscriber error in unsafe mode), else with an `AggregateError` of the
   * middleware errors, with `BusTimeout` on timeout, with the reason on abort and with `BusShutDown` when the bus
   * shuts down meanwhile. With `wait: false` it resolves at once and a failure goes to the handler.
   *
   * @param eventType - The event type.
   * @param data - The data.
   * @param opts - See {@link PublishOptions}.
   * @returns A promise as described; it rejects (never throws) on bad arguments or after shutdown.
   *
   * @example
   * ```ts
   * await bus.publish('order', { id: 1 });
   * await bus.publish('order', { id: 2 }, { safe: false, timeout: 500 });
   * ```
   */
  publish<K extends keyof E & string>(eventType: K, data?: E[K], opts?: PublishOptions): Promise<void> {
    try {
      const wait = opts?.wait;
      bool('EventBus.publish', 'wait', wait);
      const done = this.#start('EventBus.publish', eventType, data, opts);
      if (wait !== false) return done;
      done.then(undefined, (e: unknown) => this.handleException(e).then(undefined, report));
      return VOID;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Validates and starts a publication (after the call returns). */
  #start(api: string, t: string, d: unknown, o: Omit<PublishOptions, 'wait'> | undefined, p?: Pub): Promise<void> {
    this.raiseForShutdown();
    need(typeof t === 'string', api, 'eventType must be a string', t);
    let safe = EVENT_BUS_PUBLISH_DEFAULT_SAFE.get();
    let ch: ((err: unknown) => unknown) | undefined;
    if (o !== undefined) {
      optsOf(api, o);
      bool(api, 'safe', o.safe);
      safe = o.safe ?? safe;
      ch = o.chaperone;
      if (ch !== undefined) fnc(api, 'chaperone', ch);
      const ms = dur(api, 'timeout', o.timeout) as number | undefined;
      const s = sig(api, o.signal);
      if (s || (ms !== undefined && ms < Infinity)) {
        const q: Pub = (p ??= { a: false });
        if (s?.aborted) {
          q.a = true;
          q.x = s.reason;
        } else {
          q.d = arm(
            ms,
            s,
            () => this.#abort(q, new BusTimeout(`${this.#name}: publishing of event '${t}' took too long`)),
            (r) => this.#abort(q, r),
          );
        }
      }
    }
    if (p) this.#pubs.add(p);
    return this.#run(t, d, safe, ch, p);
  }

  /** Aborts a publication: it rejects with `x`; its calls still waiting for a slot never start. */
  #abort(p: Pub, x: unknown): void {
    if (p.a) return;
    p.a = true;
    p.x = x;
    p.d?.();
    p.k?.(x);
    this.#pubs.delete(p);
    for (let w: Link = this.#slots.n; w !== this.#slots; ) {
      const n = w.n;
      if ((w as SlotWaiter).q === p) unlink(w);
      w = n;
    }
  }

  /** One publication. */
  async #run(t: string, d: unknown, safe: boolean, ch: ((err: unknown) => unknown) | undefined, p: Pub | undefined, au?: boolean): Promise<void> {
    await undefined;
    let errs: unknown[] | undefined;
    try {
      if (p?.a) throw p.x;
      if (this.#down) throw this.#shut();
      if (this.#mws.size) for (const m of this.#mws.values()) {
        if (m.s) continue;
        try {
          let r = invoke(au, m.f as Sub, t, d, 1);
          if (isThenable(r)) r = await gate((p ??= this.#track()), r);
          d = r;
        } catch (e) {
          if (p?.a) throw p.x;
          if (ch) invoke(au, ch, e);
          else (errs ??= []).push(e);
        }
      }
      if (this.#trk) this.#stats.set(t, (this.#stats.get(t) ?? 0) + 1);
      const sg = this.#subs.get(t);
      const wg = this.#subs.get(null);
      const ss = sg && (sg.a ??= [...sg]);
      const ws = wg && (wg.a ??= [...wg]);
      // The calls that returned a thenable, counted in `b` (created for the first one).
      let b: Batch | undefined;
      let i = 0;
      for (let j = 0; j < 2; j++) {
        const list = j ? ws : ss;
        if (list) {
          for (const f of list) {
            const k = i++;
            if (safe && this.#active >= this.#max) {
              const q = (p ??= this.#track());
              const c = (b ??= { n: 0, i: Infinity });
              c.n++;
              append(this.#slots, { q, g: () => this.#watch(c, this.#fire(f, t, d, j, safe, au), k, safe, au) } as unknown as SlotWaiter);
              continue;
            }
            const r = this.#fire(f, t, d, j, safe, au);
            if (r) {
              const c = (b ??= { n: 0, i: Infinity });
              c.n++;
              this.#watch(c, r, k, safe, au);
            }
          }
        }
      }
      if (b) {
        const q = (p ??= this.#track());
        const c = b;
        await new Promise<void>((res, rej) => {
          q.k = rej;
          if (q.a) rej(q.x);
          // Every call settled: the outcome is decided, later aborts do nothing.
          c.d = () => {
            q.a = true;
            res();
          };
        });
        if (c.i < Infinity) throw c.e;
      }
      if (errs) throw new AggregateError(errs, `errors occurred in publishing middlewares of ${this.#name}`);
    } finally {
      if (p) {
        p.a = true;
        p.d?.();
        this.#pubs.delete(p);
      }
    }
  }

  /**
   * Follows the result `r` of call `k` of a publication (counted in `b`): frees its slot when it settles (safe
   * mode) and records its failure (unsafe: its error; safe: the handler's error).
   */
  #watch(b: Batch, r: unknown, k: number, safe: boolean, au: boolean | undefined): void {
    if (!r) return this.#one(b);
    (r as PromiseLike<unknown>).then(
      () => {
        if (safe) this.#release();
        this.#one(b);
      },
      (e: unknown) => {
        if (!safe) return this.#bad(b, k, e);
        this.#release();
        (invoke(au, (x) => this.handleException(x), e) as Promise<void>).then(
          () => this.#one(b),
          (x: unknown) => this.#bad(b, k, x),
        );
      },
    );
  }

  /** One call of `b` settled. */
  #one(b: Batch): void {
    if (!--b.n) b.d?.();
  }

  /** Call `k` of `b` failed with `e`. */
  #bad(b: Batch, k: number, e: unknown): void {
    if (k < b.i) {
      b.i = k;
      b.e = e;
    }
    this.#one(b);
  }

  /** Registers a publication that is about to wait, so that shutdown can abort it. */
  #track(): Pub {
    const p: Pub = { a: false };
    this.#pubs.add(p);
    return p;
  }

  /**
   * Calls one subscriber (holding a slot in safe mode): `undefined` when it returned synchronously (its slot is
   * free again), else a thenable (a rejected promise for a synchronous throw) whose settlement frees the slot.
   */
  #fire(f: Sub, t: string, d: unknown, wild: number, safe: boolean, au: boolean | undefined): unknown {
    if (safe) this.#active++;
    let r: unknown;
    try {
      r = invoke(au, f, wild ? t : d, d, wild);
    } catch (e) {
      return Promise.reject(e);
    }
    if (isThenable(r)) return r;
    if (safe) this.#release();
    return undefined;
  }

  /** Frees a slot: starts the next waiting call, or reports that none runs any more. */
  #release(): void {
    this.#active--;
    const w = first<SlotWaiter>(this.#slots);
    if (w) {
      unlink(w);
      w.g();
    } else if (!this.#active) this.#drain?.();
  }

  /**
   * Resolves with the data of the next `eventType` event (after the middlewares) for which `condition(data)` is
   * truthy (awaited when it returns a promise).
   *
   * @remarks
   * Subscribes a temporary subscriber at once, removed in every outcome. A throwing `condition` counts as that
   * subscriber's failure (safe mode: the handler gets it; unsafe: the publication fails); waiting goes on.
   *
   * @param eventType - The event type.
   * @param opts - `timeout` (ms; then a `DOMException` named `TimeoutError`), `condition` (default: always),
   * `signal` (rejects with its reason).
   * @returns The event's data.
   *
   * @example
   * ```ts
   * const order = await bus.waitForEvent('order', { condition: (o) => o.id > 10, timeout: 5_000 });
   * ```
   */
  waitForEvent<K extends keyof E & string>(eventType: K, opts?: { timeout?: number; condition?: (data: E[K]) => unknown; signal?: AbortSignal }): Promise<E[K]> {
    return new Promise<E[K]>((res, rej) => {
      const api = 'EventBus.waitForEvent';
      this.raiseForShutdown();
      need(typeof eventType === 'string', api, 'eventType must be a string', eventType);
      const { timeout, condition = () => true, signal } = optsOf(api, opts);
      const ms = dur(api, 'timeout', timeout);
      fnc(api, 'condition', condition);
      const s = sig(api, signal);
      if (s?.aborted) throw s.reason;
      let done = false;
      const end = (): boolean => {
        if (done) return false;
        done = true;
        this.#rm(f, eventType);
        off();
        return true;
      };
      const f: Sub = async (data) => {
        if (!done && (await condition(data as E[K])) && end()) res(data as E[K]);
      };
      this.subscribe(f as BusSubscriber<E[K]>, eventType);
      const off = arm(
        ms,
        s,
        () => end() && rej(timedOut(api, ms as number)),
        (r) => end() && rej(r),
      );
    });
  }

  /**
   * Subscribes `subscriber` now and unsubscribes it when `until` settles (resolving with its value, or rejecting
   * with its reason); if `tillPermanent` ms pass first, resolves `undefined` and the subscription stays for good.
   *
   * @param until - A promise (or thenable).
   * @param subscriber - The subscriber.
   * @param eventType - The event type (`null` or omitted: wildcard).
   * @param opts - `tillPermanent` (ms).
   * @returns As described; it rejects with `BusShutDown` after shutdown.
   *
   * @example
   * ```ts
   * await bus.subscribeUntil(sessionEnded, (msg) => console.log(msg), 'message');
   * ```
   */
  subscribeUntil<R>(until: PromiseLike<R>, subscriber: BusSubscriber<never> | BusWildcardSubscriber, eventType: string | null = null, opts?: { tillPermanent?: number }): Promise<R | undefined> {
    return new Promise<R | undefined>((res, rej) => {
      const api = 'EventBus.subscribeUntil';
      need(isThenable(until), api, 'until must be a promise', until);
      const ms = dur(api, 'tillPermanent', optsOf(api, opts).tillPermanent);
      (this.subscribe as (s: unknown, t: string | null) => void)(subscriber, eventType);
      let done = false;
      const stop = after(ms, () => {
        done = true;
        res(undefined);
      });
      const end = (): boolean => {
        if (done) return false;
        done = true;
        stop();
        this.#rm(subscriber as Sub, eventType);
        return true;
      };
      until.then(
        (v) => end() && res(v),
        (e: unknown) => end() && rej(e),
      );
    });
  }

  /**
   * Injects an event into every open stream of this bus (in opening order) of type `eventType` (which gets `data`)
   * or catch-all (which gets `[eventType, data]`), bypassing middlewares and subscribers. A full stream is waited
   * on up to `timeout` ms, then its oldest entry is dropped.
   *
   * @param eventType - The event type.
   * @param data - The data.
   * @param opts - `timeout` (ms; default: no limit).
   * @returns A promise of the injection.
   *
   * @example
   * ```ts
   * await bus.feedEvent('tick', 5);
   * ```
   */
  async feedEvent(eventType: string, data: unknown, opts?: { timeout?: number }): Promise<void> {
    const api = 'EventBus.feedEvent';
    need(typeof eventType === 'string', api, 'eventType must be a string', eventType);
    const ms = dur(api, 'timeout', optsOf(api, opts).timeout);
    for (const s of [...this.#streams]) {
      if (s.t === null) await s.push([eventType, data], ms);
      else if (s.t === eventType) await s.push(data, ms);
    }
  }

  /**
   * Opens a stream of the events of `eventType`: an async generator of their data.
   *
   * @remarks
   * Works at call: raises the audit event `asyncutils.channels.EventBus.event_stream` with
   * `[objectId(bus), eventType]`, creates the stream's own buffer and subscribes its feeder (an ordinary
   * subscriber), so events published before the first `next()` are not lost. A full buffer makes the feeder wait
   * up to `timeout` for room (backpressure), then drop the oldest entry. A `next()` that finds the buffer empty
   * waits up to `itemTimeout`, then the stream ends. It also ends on `return()`/`break`, on `signal` abort (the
   * pending `next()` rejects with the reason) and at shutdown (after its buffered entries, unless immediate).
   * However it ends, the feeder is unsubscribed.
   *
   * @param eventType - The event type.
   * @param opts - See {@link EventStreamOptions}.
   * @returns The stream.
   * @throws BusShutDown after shutdown; whatever an audit hook throws; TypeError/RangeError on bad options; the
   * reason of an already aborted `signal`.
   *
   * @example
   * ```ts
   * for await (const order of bus.eventStream('order', { itemTimeout: null })) {
   *   console.log(order);
   * }
   * ```
   */
  eventStream<K extends keyof E & string>(eventType: K, opts?: EventStreamOptions): AsyncGenerator<E[K], void, unknown>;
  /**
   * Opens a catch-all stream: an async generator of `[eventType, data]` entries for every event.
   *
   * @param eventType - `null` or omitted.
   * @param opts - See {@link EventStreamOptions}.
   * @returns The stream.
   * @throws As the other overload.
   *
   * @example
   * ```ts
   * for await (const [type, data] of bus.eventStream()) console.log(type, data);
   * ```
   */
  eventStream(eventType?: null, opts?: EventStreamOptions): AsyncGenerator<[eventType: string, data: unknown], void, unknown>;
  eventStream(eventType: string | null = null, opts?: EventStreamOptions): AsyncGenerator<unknown, void, unknown> {
    const api = 'EventBus.eventStream';
    this.raiseForShutdown();
    this.#type(api, eventType);
    const { timeout, itemTimeout, bufferSize = this.#bufsize, signal } = optsOf(api, opts);
    const ms = dur(api, 'timeout', timeout, true);
    const item = dur(api, 'itemTimeout', itemTimeout, true);
    int(api, 'bufferSize', 'an integer >= 0', bufferSize, 0);
    const s = sig(api, signal);
    if (s?.aborted) throw s.reason;
    audit('asyncutils.channels.EventBus.event_stream', objectId(this), eventType);
    const room = ms === undefined ? EVENT_BUS_STREAM_DEFAULT_TIMEOUT.get() : ms;
    const stream: EventStream<unknown> = new EventStream(eventType, bufferSize, item === undefined ? EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT.get() : item, s, () => {
      this.#rm(feeder, eventType);
      this.#streams.delete(stream);
    });
    const feeder: Sub = eventType === null ? (t, d) => stream.push([t, d], room) : (d) => stream.push(d, room);
    (this.subscribe as (s: Sub, t: string | null) => void)(feeder, eventType);
    this.#streams.add(stream);
    return stream;
  }

  /**
   * Whether audit forwarding is on.
   *
   * @returns As described.
   *
   * @example
   * ```ts
   * bus.startAudit();
   * bus.isAuditing(); // true
   * ```
   */
  isAuditing(): boolean {
    return this.#au;
  }

  /**
   * Whether audit forwarding is on; setting `true`/`false` calls {@link EventBus.startAudit}/{@link EventBus.stopAudit}.
   *
   * @example
   * ```ts
   * bus.auditing = true;
   * ```
   */
  get auditing(): boolean {
    return this.#au;
  }

  set auditing(on: boolean) {
    if (on) this.startAudit();
    else this.stopAudit();
  }

  /**
   * Starts forwarding the library's audit events to this bus's subscribers (type: the event name; data: its
   * argument array). A no-op (raising nothing) when already auditing.
   *
   * @remarks
   * Raises `asyncutils.channels.EventBus.start_audit` with `[objectId(bus)]` first (a throwing hook changes
   * nothing), then installs {@link EventBus.auditor} with `addAuditHook` (unless still installed from before).
   * The audited code is never blocked or failed by the bus: publications start asynchronously and their failures go
   * to the handler.
   *
   * @throws BusShutDown after shutdown; whatever an audit hook throws.
   *
   * @example
   * ```ts
   * bus.subscribe((data) => console.log('observable created', data), 'asyncutils.channels.Observable');
   * bus.startAudit();
   * new Observable(); // logs: observable created [0]
   * ```
   */
  startAudit(): void {
    if (this.#au) return;
    this.raiseForShutdown();
    audit('asyncutils.channels.EventBus.start_audit', objectId(this));
    this.#hook ??= addAuditHook(this.auditor as (event: string) => void);
    this.#au = true;
  }

  /**
   * Stops forwarding audit events; raises `asyncutils.channels.EventBus.stop_audit` with `[objectId(bus)]` on every
   * call (a throwing hook changes nothing), then removes the hook (after `freezeAuditHooks()` it stays installed,
   * inert).
   *
   * @throws Whatever an audit hook throws.
   *
   * @example
   * ```ts
   * bus.stopAudit();
   * ```
   */
  stopAudit(): void {
    audit('asyncutils.channels.EventBus.stop_audit', objectId(this));
    this.#au = false;
    try {
      this.#hook?.();
      this.#hook = undefined;
    } catch {
      // Frozen by freezeAuditHooks(): the hook stays installed, inert while not auditing.
    }
  }

  /**
   * A scope that audits: inert when already auditing; else `startAudit()` now and `stopAudit()` on dispose.
   *
   * @returns A `Disposable` and `AsyncDisposable`.
   *
   * @example
   * ```ts
   * {
   *   using _audit = bus.auditContext();
   *   new Observable(); // forwarded
   * }
   * ```
   */
  auditContext(): Disposable & AsyncDisposable {
    if (this.#au) return scope(null);
    this.startAudit();
    return scope(() => this.stopAudit());
  }

  /**
   * Runs `fn` inside {@link EventBus.auditContext}: forwarding stops after `fn` returns or throws, or after its
   * promise settles.
   *
   * @param fn - The code to audit.
   * @returns What `fn` returns (a promise settles after forwarding stopped).
   *
   * @example
   * ```ts
   * await bus.withAudit(async () => { await work(); });
   * ```
   */
  withAudit<R>(fn: () => R): R {
    return within(this.auditContext(), fn);
  }

  /**
   * Turns statistics tracking on.
   *
   * @example
   * ```ts
   * bus.startTracking();
   * ```
   */
  startTracking(): void {
    this.#trk = true;
  }

  /**
   * Turns statistics tracking off and clears the statistics.
   *
   * @param opts - `returnStats`: return a copy of the statistics first.
   * @returns The statistics when `returnStats`.
   *
   * @example
   * ```ts
   * const stats = bus.stopTracking({ returnStats: true }); // Map { 'order' => 3 }
   * ```
   */
  stopTracking(opts: { returnStats: true }): Map<string, number>;
  /**
   * Turns statistics tracking off and clears the statistics.
   *
   * @param opts - `returnStats` (default `false`).
   * @returns The statistics when `returnStats`.
   *
   * @example
   * ```ts
   * bus.stopTracking();
   * ```
   */
  stopTracking(opts?: { returnStats?: boolean }): Map<string, number> | undefined;
  stopTracking(opts?: { returnStats?: boolean }): Map<string, number> | undefined {
    const ret = optsOf('EventBus.stopTracking', opts).returnStats;
    const s = new Map(this.#stats);
    this.#trk = false;
    this.#stats.clear();
    return ret ? s : undefined;
  }

  /**
   * A scope that tracks statistics: inert when already tracking; else `startTracking()` now and, on dispose,
   * `onStats?.(stopTracking({ returnStats: true }))`.
   *
   * @param opts - `onStats`: receives the statistics at the end.
   * @returns A `Disposable` and `AsyncDisposable`.
   *
   * @example
   * ```ts
   * {
   *   using _t = bus.trackingContext({ onStats: (s) => console.log(s) });
   *   await bus.publish('order', { id: 1 });
   * } // logs Map { 'order' => 1 }
   * ```
   */
  trackingContext(opts?: { onStats?: (stats: Map<string, number>) => unknown }): Disposable & AsyncDisposable {
    const onStats = optsOf('EventBus.trackingContext', opts).onStats;
    if (onStats !== undefined) fnc('EventBus.trackingContext', 'onStats', onStats);
    if (this.#trk) return scope(null);
    this.startTracking();
    return scope(() => {
      const stats = this.stopTracking({ returnStats: true });
      onStats?.(stats);
    });
  }

  /**
   * Runs `fn` inside {@link EventBus.trackingContext}.
   *
   * @param fn - The code to track.
   * @param opts - `onStats`: receives the statistics at the end.
   * @returns What `fn` returns.
   *
   * @example
   * ```ts
   * await bus.withTracking(() => bus.publish('order', { id: 1 }), { onStats: console.log });
   * ```
   */
  withTracking<R>(fn: () => R, opts?: { onStats?: (stats: Map<string, number>) => unknown }): R {
    return within(this.trackingContext(opts), fn);
  }

  /**
   * A copy of the statistics: publications counted per event type.
   *
   * @returns A new `Map`.
   * @throws BusStatsError `<name> is not tracking event stats` when tracking is off.
   *
   * @example
   * ```ts
   * bus.getEventStats(); // Map { 'order' => 2 }
   * ```
   */
  getEventStats(): Map<string, number> {
    if (!this.#trk) throw new BusStatsError(`${this.#name} is not tracking event stats`);
    return new Map(this.#stats);
  }

  /**
   * Removes subscribers: every one when `eventType` is omitted (returns `undefined`); else the group of
   * `eventType` (`null`: the wildcards), returning the removed `Set` or `null` if it was empty. Allowed after
   * shutdown.
   *
   * @param eventType - The event type.
   * @returns As described.
   *
   * @example
   * ```ts
   * bus.clear('order'); // Set { … } or null
   * bus.clear(); // everything
   * ```
   */
  clear(eventType?: string | null): Set<(...args: never[]) => unknown> | null | undefined {
    if (eventType === undefined) return void this.#subs.clear();
    const g = this.#subs.get(eventType);
    this.#subs.delete(eventType);
    return g ? new Set(g) : null;
  }

  /**
   * `clear(null)`: removes the wildcard subscribers.
   *
   * @returns The removed `Set`, or `null`.
   *
   * @example
   * ```ts
   * bus.clearWildcards();
   * ```
   */
  clearWildcards(): Set<(...args: never[]) => unknown> | null {
    return this.clear(null) as Set<(...args: never[]) => unknown> | null;
  }

  /**
   * Empties the statistics.
   *
   * @example
   * ```ts
   * bus.clearStats();
   * ```
   */
  clearStats(): void {
    this.#stats.clear();
  }

  /**
   * `clear()` and `clearStats()`.
   *
   * @example
   * ```ts
   * bus.clearAll();
   * ```
   */
  clearAll(): void {
    this.clear();
    this.clearStats();
  }

  /**
   * Calls the bus's handler with `err` (awaiting a promise it returns).
   *
   * @param err - The error.
   * @returns A promise that rejects with the handler's own error.
   *
   * @example
   * ```ts
   * await bus.handleException(new Error('oops'));
   * ```
   */
  async handleException(err: unknown): Promise<void> {
    await this.#handler(err);
  }

  /**
   * Shuts the bus down.
   *
   * @remarks
   * Resolves at once when already shut down or shutting down. Else: `stopAudit()` (a throwing audit hook rejects
   * and leaves the bus unchanged); marks the bus shut down; removes every middleware and subscriber; clears the
   * statistics unless `preserveStats`; closes the open streams (`immediate`: their buffered entries are
   * discarded); waits until no safe-mode subscriber call runs, at most `timeout` ms (no error when it expires);
   * then aborts the publications still in flight (they reject with `BusShutDown`).
   *
   * @param opts - `immediate` (default `false`), `timeout` (ms, default no limit), `preserveStats` (default `false`).
   * @returns A promise of the shutdown.
   *
   * @example
   * ```ts
   * await bus.shutdown({ timeout: 1_000 });
   * ```
   */
  async shutdown(opts?: { immediate?: boolean; timeout?: number; preserveStats?: boolean }): Promise<void> {
    if (this.#down) return;
    const api = 'EventBus.shutdown';
    const { immediate, timeout, preserveStats } = optsOf(api, opts);
    bool(api, 'immediate', immediate);
    bool(api, 'preserveStats', preserveStats);
    const ms = dur(api, 'timeout', timeout);
    this.stopAudit();
    this.#down = true;
    this.#mws.clear();
    this.#subs.clear();
    if (!preserveStats) this.#stats.clear();
    for (const s of [...this.#streams]) s.close(immediate);
    if (this.#active) {
      await new Promise<void>((res) => {
        const stop = after(ms, res);
        this.#drain = () => {
          stop();
          res();
        };
      });
      this.#drain = undefined;
      // Let the publications whose last call just finished settle on their own first.
      await undefined;
    }
    for (const p of [...this.#pubs]) this.#abort(p, this.#shut());
  }

  /**
   * `shutdown({ immediate: true })` (`await using`).
   *
   * @returns A promise of the shutdown.
   *
   * @example
   * ```ts
   * {
   *   await using bus = new EventBus();
   *   // …
   * } // shut down here
   * ```
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.shutdown({ immediate: true });
  }
}
