// The typed contract of every audit event: names, labelled argument tuples and the shapes derived from them.

/**
 * Describes the event loop the library binds to; the `loop` argument of `asyncutils/get_loop_and_set`.
 *
 * @remarks
 * Python passes the asyncio loop object itself. JavaScript has one implicit loop per thread, so
 * `@asyncutils/config`'s `getLoopAndSet` builds this small descriptor instead.
 *
 * @example
 * ```ts
 * const loop: EventLoopDescriptor = { runtime: 'node', pid: 4242, threadId: 0, isMainThread: true };
 * audit('asyncutils/get_loop_and_set', loop);
 * ```
 */
export interface EventLoopDescriptor {
  /** The JavaScript runtime: `'node'` there; `'deno'`, `'bun'`, `'browser'` and so on elsewhere. */
  readonly runtime: string;
  /** The process id, or `null` where the runtime has none. */
  readonly pid: number | null;
  /** The worker thread id; `0` on the main thread. */
  readonly threadId: number;
  /** Whether the loop belongs to the main thread. */
  readonly isMainThread: boolean;
}

/**
 * Maps every audit event name to the labelled tuple of the arguments it is raised with.
 *
 * @remarks
 * Names are spelled exactly as in the Python library's audit events table (for example
 * `asyncutils.queues.SmartQueue.push`, `asyncutils.altlocks.CircuitBreaker.__call__`,
 * `asyncutils/create_executor`); argument labels keep their Python names. The 84 events of the 0.8.22
 * table come first, then the later additions the port raises. The runtime counterpart, with a
 * description of each event, is `auditEventTable`.
 *
 * It is an `interface` so an application can add its own events by declaration merging. Such names
 * must not start with `asyncutils`.
 *
 * @example
 * ```ts
 * declare module '@asyncutils/audit' {
 *   interface AuditEvents {
 *     'myapp.login': [user: string];
 *   }
 * }
 *
 * audit('myapp.login', 'ada'); // now accepted, and hooks see `args` as `readonly [user: string]`
 * ```
 */
export interface AuditEvents {
  /** Raised before an executor (a worker pool) is created; `fname` identifies the requesting API as `<package>.<export>`. */
  'asyncutils/create_executor': [fname: string];
  /** Raised when the library binds to the event loop of the current thread; `loop` describes that loop. */
  'asyncutils/get_loop_and_set': [loop: EventLoopDescriptor];
  /** Raised when no config path variable is set, before the search for a config file walks up from `cwd` through its ancestors. */
  'asyncutils/recurse_dirs': [cwd: string];
  /** Raised before reading a candidate config file found `level` directories above the working directory (0 is the working directory itself). */
  'asyncutils/try_config': [level: number];
  /** Raised before the configuration file at `cfg_path` is read or applied. */
  'asyncutils/read_config': [cfg_path: string];
  /** Raised before the config path variable is cleared because the file at `cfg_path` sets `next_config` to null. */
  'asyncutils/discontinue_config': [cfg_path: string];
  /** Raised before `next_config` points the next load away from `old_path` to the config file `new_path`. */
  'asyncutils/set_next_config': [old_path: string, new_path: string];
  /** Raised before a new guard is created for a resource whose type name is `rtyp`. */
  'asyncutils.altlocks.UniqueResourceGuard': [rtyp: string];
  /** Raised while a circuit breaker called `name` is constructed; it opens after `max_fails` consecutive failures. */
  'asyncutils.altlocks.CircuitBreaker': [name: string, max_fails: number];
  /** Raised before the breaker `name` wraps the function `fname` (`breaker.wrap(fn)`). */
  'asyncutils.altlocks.CircuitBreaker.__call__': [name: string, fname: string];
  /** Raised when `safeCancelBatch` is called on a sync or async iterable whose type name is `ityp`. */
  'asyncutils.base.safe_cancel_batch': [ityp: string];
  /** Raised when `iterToAgen` is called on an iterable whose type name is `tname`. */
  'asyncutils.base.iter_to_agen': [tname: string];
  /** Raised when `aiterToGen` is called on an async iterable whose type name is `tname`. */
  'asyncutils.base.aiter_to_gen': [tname: string];
  /** Raised while a token bucket is constructed that refills `rate` tokens per second up to `capacity` tokens. */
  'asyncutils.buckets.TokenBucket': [rate: number, capacity: number];
  /** Raised while a leaky bucket is constructed that holds `capacity` tokens and drains `leak` tokens per second. */
  'asyncutils.buckets.LeakyBucket': [capacity: number, leak: number];
  /** Raised while an `Observable` is constructed; `maxsize` bounds its notification buffer (`null` turns buffering off, `<= 0` leaves it unbounded). */
  'asyncutils.channels.Observable': [maxsize: number | null];
  /** Raised while an `EventBus` is constructed; `name` is its name or `null`, `addr` its `objectId`. */
  'asyncutils.channels.EventBus': [name: string | null, addr: number];
  /** Raised before the bus with `objectId` `addr` starts forwarding audit events. */
  'asyncutils.channels.EventBus.start_audit': [addr: number];
  /** Raised before the bus with `objectId` `addr` stops forwarding audit events. */
  'asyncutils.channels.EventBus.stop_audit': [addr: number];
  /** Raised when the bus `addr` opens a stream of events of type `event_type` (`null` for every type). */
  'asyncutils.channels.EventBus.event_stream': [addr: number, event_type: string | null];
  /** Raised when the command-line entry point is invoked, whatever the command (`--version` and `--help` included). */
  'asyncutils.cli.run': [];
  /** Raised when `firstCompleted` begins racing `ntasks` awaitables. */
  'asyncutils.compete.first_completed/start': [ntasks: number];
  /** Raised when `firstCompleted` over `ntasks` awaitables is about to finish. */
  'asyncutils.compete.first_completed/end': [ntasks: number];
  /** Raised when `raceWithCallback` begins racing `ntasks` awaitables. */
  'asyncutils.compete.race_with_callback/start': [ntasks: number];
  /** Raised when `raceWithCallback` over `ntasks` awaitables is about to finish. */
  'asyncutils.compete.race_with_callback/end': [ntasks: number];
  /** Raised when `multiWinnerRaceWithCallback` begins racing `ntasks` awaitables. */
  'asyncutils.compete.multi_winner_race_with_callback/start': [ntasks: number];
  /** Raised when `multiWinnerRaceWithCallback` over `ntasks` awaitables is about to finish. */
  'asyncutils.compete.multi_winner_race_with_callback/end': [ntasks: number];
  /** Raised when `run()` is called on the console with `objectId` `addr`. */
  'asyncutils.console.AsyncUtilsConsole.run': [addr: number];
  /** Raised when `unnest` is called; `n` is the length of its initial work list, a lower bound on the errors and groups it visits. */
  'asyncutils.exceptions.unnest': [n: number];
  /** Raised when `unnestReverse` is called; `n` is the length of its initial work list, as for `unnest`. */
  'asyncutils.exceptions.unnest_reverse': [n: number];
  /** Raised before `raiseExc` throws `exc`, which is already built and prepared; hooks may inspect or annotate it. */
  'asyncutils.exceptions.raise_exc': [exc: Error];
  /** Raised when `benchmark` starts timing the function `fname` over `total_rounds` rounds, warm-up rounds included. */
  'asyncutils.func.benchmark': [fname: string, total_rounds: number];
  /** Raised when the function `fname` is rate-limited to `calls` calls per `period` milliseconds. */
  'asyncutils.func.RateLimited': [fname: string, calls: number, period: number];
  /** Raised before the future (callbacks feature; neither eager nor a task) with `objectId` `addr` schedules its callbacks. */
  'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks': [addr: number];
  /** Raised before the task (callbacks feature; not eager) with `objectId` `addr` schedules its callbacks. */
  'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks': [addr: number];
  /** Raised before the eager future (callbacks feature; not a task) with `objectId` `addr` schedules its callbacks. */
  'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks': [addr: number];
  /** Raised before the eager task (callbacks feature) with `objectId` `addr` schedules its callbacks. */
  'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks': [addr: number];
  /** Raised when `doubleEndedTextPipe` or `doubleEndedBinaryPipe` is called; the arguments are the file descriptors of the four pipe ends. */
  'asyncutils.io.double_ended_pipe': [reader1: number, writer1: number, reader2: number, writer2: number];
  /** Raised when `aonlineSorter` is called on the (async) iterable with `objectId` `iaddr`. */
  'asyncutils.iters.aonline_sorter': [iaddr: number];
  /** Raised when `agetitemsFromIndices` (or `extract`) is called on an iterable whose type name is `tname`. */
  'asyncutils.iters.agetitems_from_indices': [tname: string];
  /** Raised when `aintersend` is called on two async generators whose type names are `tname1` and `tname2`. */
  'asyncutils.iters.aintersend': [tname1: string, tname2: string];
  /** Raised when `asendstream` is called; `tname1` is the type name of the generator, `tname2` that of the (async) iterable. */
  'asyncutils.iters.asendstream': [tname1: string, tname2: string];
  /** Raised when `acat` is called; `first` is the first value it will yield. */
  'asyncutils.iters.acat': [first: unknown];
  /** Raised when `aforever` is called. */
  'asyncutils.iters.aforever': [];
  /** Raised before the locksmith `saddr` forces the lock `laddr`; a hook that throws prevents the force. */
  'asyncutils.locksmiths.LocksmithBase.force': [saddr: number, laddr: number];
  /** Raised while a cache is constructed whose entries live `ttl` ms and are refreshed `refresh` ms before they expire. */
  'asyncutils.misc.CacheWithBackgroundRefresh': [ttl: number, refresh: number];
  /** Raised while a `LineProtocol` is constructed. */
  'asyncutils.networking.LineProtocol': [];
  /** Raised while a `CRLFProtocol` is constructed. */
  'asyncutils.networking.CRLFProtocol': [];
  /** Raised while a `CRProtocol` is constructed. */
  'asyncutils.networking.CRProtocol': [];
  /** Raised while an `LFProtocol` is constructed. */
  'asyncutils.networking.LFProtocol': [];
  /** Raised while a `SocketTransport` is constructed. */
  'asyncutils.networking.SocketTransport': [];
  /** Raised when `passwordQueue` is called; the arguments label the protected get and put sides (`null` for an open side) and never carry a password. */
  'asyncutils.queues.password_queue': [get_from: string | null, put_from: string | null];
  /** Raised before `push` on the full `SmartQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`. */
  'asyncutils.queues.SmartQueue.push': [addr: number, pushed: unknown, popped: unknown];
  /** Raised when a transaction opens on the `SmartQueue` with `objectId` `addr`. */
  'asyncutils.queues.SmartQueue.transaction/start': [addr: number];
  /** Raised when the transaction on the `SmartQueue` `addr` has ended, by commit or by rollback. */
  'asyncutils.queues.SmartQueue.transaction/end': [addr: number];
  /** Raised when `map(f)` is called on the `SmartQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartQueue.map': [addr: number, fname: string];
  /** Raised when `starmap(f)` is called on the `SmartQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartQueue.starmap': [addr: number, fname: string];
  /** Raised when `filter(pred)` is called on the `SmartQueue` `addr`; `fname` is the name of the predicate. */
  'asyncutils.queues.SmartQueue.filter': [addr: number, fname: string];
  /** Raised when `enumerate()` is called on the `SmartQueue` `addr`. */
  'asyncutils.queues.SmartQueue.enumerate': [addr: number];
  /** Raised before `push` on the full `SmartLifoQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`. */
  'asyncutils.queues.SmartLifoQueue.push': [addr: number, pushed: unknown, popped: unknown];
  /** Raised when a transaction opens on the `SmartLifoQueue` with `objectId` `addr`. */
  'asyncutils.queues.SmartLifoQueue.transaction/start': [addr: number];
  /** Raised when the transaction on the `SmartLifoQueue` `addr` has ended, by commit or by rollback. */
  'asyncutils.queues.SmartLifoQueue.transaction/end': [addr: number];
  /** Raised when `map(f)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartLifoQueue.map': [addr: number, fname: string];
  /** Raised when `starmap(f)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartLifoQueue.starmap': [addr: number, fname: string];
  /** Raised when `filter(pred)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of the predicate. */
  'asyncutils.queues.SmartLifoQueue.filter': [addr: number, fname: string];
  /** Raised when `enumerate()` is called on the `SmartLifoQueue` `addr`. */
  'asyncutils.queues.SmartLifoQueue.enumerate': [addr: number];
  /** Raised before `push` on the full `SmartPriorityQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`. */
  'asyncutils.queues.SmartPriorityQueue.push': [addr: number, pushed: unknown, popped: unknown];
  /** Raised when a transaction opens on the `SmartPriorityQueue` with `objectId` `addr`. */
  'asyncutils.queues.SmartPriorityQueue.transaction/start': [addr: number];
  /** Raised when the transaction on the `SmartPriorityQueue` `addr` has ended, by commit or by rollback. */
  'asyncutils.queues.SmartPriorityQueue.transaction/end': [addr: number];
  /** Raised when `map(f)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartPriorityQueue.map': [addr: number, fname: string];
  /** Raised when `starmap(f)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.SmartPriorityQueue.starmap': [addr: number, fname: string];
  /** Raised when `filter(pred)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of the predicate. */
  'asyncutils.queues.SmartPriorityQueue.filter': [addr: number, fname: string];
  /** Raised when `enumerate()` is called on the `SmartPriorityQueue` `addr`. */
  'asyncutils.queues.SmartPriorityQueue.enumerate': [addr: number];
  /** Raised before `push` on the full `UserPriorityQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`. */
  'asyncutils.queues.UserPriorityQueue.push': [addr: number, pushed: unknown, popped: unknown];
  /** Raised when a transaction opens on the `UserPriorityQueue` with `objectId` `addr`. */
  'asyncutils.queues.UserPriorityQueue.transaction/start': [addr: number];
  /** Raised when the transaction on the `UserPriorityQueue` `addr` has ended, by commit or by rollback. */
  'asyncutils.queues.UserPriorityQueue.transaction/end': [addr: number];
  /** Raised when `map(f)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.UserPriorityQueue.map': [addr: number, fname: string];
  /** Raised when `starmap(f)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of `f`. */
  'asyncutils.queues.UserPriorityQueue.starmap': [addr: number, fname: string];
  /** Raised when `filter(pred)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of the predicate. */
  'asyncutils.queues.UserPriorityQueue.filter': [addr: number, fname: string];
  /** Raised when `enumerate()` is called on the `UserPriorityQueue` `addr`. */
  'asyncutils.queues.UserPriorityQueue.enumerate': [addr: number];
  /** Raised before `waitForSignal` starts listening for the signal numbers in `sigs`; hooks may edit the set and the edit takes effect. */
  'asyncutils.signals.wait_for_signal': [sigs: Set<number>];
  /** Raised when `syncAwait` is called on an awaitable whose type name is `atname`. */
  'asyncutils.util.sync_await': [atname: string];
  /** Raised when `toAsync` is called on the function `fname`. */
  'asyncutils.util.to_async': [fname: string];
  /** Raised when `toSync` is called on the function `fname`. */
  'asyncutils.util.to_sync': [fname: string];

  // Later upstream additions (not in the 0.8.22 seed table).

  /** Raised before `UniqueResourceGuard.clearCache()` empties the registry of unique resource guards. */
  'asyncutils.altlocks.UniqueResourceGuard.clear_cache': [];
}

/**
 * The name of any audit event: a key of {@link AuditEvents}.
 *
 * @example
 * ```ts
 * const name: AuditEventName = 'asyncutils.buckets.TokenBucket';
 * ```
 */
export type AuditEventName = keyof AuditEvents & string;

/**
 * The labelled argument tuple of the event `E`.
 *
 * @example
 * ```ts
 * type PushArgs = AuditArgs<'asyncutils.queues.SmartQueue.push'>;
 * // [addr: number, pushed: unknown, popped: unknown]
 * ```
 */
export type AuditArgs<E extends AuditEventName> = AuditEvents[E];

/**
 * What a hook receives: the union, over every event name `E`, of `[event: E, args: Readonly<AuditEvents[E]>]`.
 *
 * @remarks
 * Because it is a union of tuples, comparing `event` with a literal name narrows `args` to that
 * event's tuple.
 *
 * @example
 * ```ts
 * function describe(...[event, args]: AuditRecord): string {
 *   if (event === 'asyncutils.buckets.TokenBucket') return `bucket of ${args[1]} at ${args[0]}/s`;
 *   return event;
 * }
 * ```
 */
export type AuditRecord = { [E in AuditEventName]: [event: E, args: Readonly<AuditEvents[E]>] }[AuditEventName];
