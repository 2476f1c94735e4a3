// The runtime audit events table. Kept in its own side-effect-free module so that a bundle which does
// not import it carries neither the event list nor the descriptions.
import type { AuditEventName } from './events.js';

/**
 * One row of {@link auditEventTable}: an audit event, the package that raises it, its arguments and
 * when it is raised.
 *
 * @example
 * ```ts
 * const row: AuditEventInfo | undefined = auditEventTable.find((r) => r.name === 'asyncutils.buckets.TokenBucket');
 * row?.args.map((a) => `${a.name}: ${a.type}`); // ['rate: number', 'capacity: number']
 * ```
 */
export interface AuditEventInfo {
  /** The event name, exactly as passed to `audit`. */
  readonly name: AuditEventName;
  /** The `@asyncutils/<package>` that raises the event (`'queues'` for `@asyncutils/queues`). */
  readonly package: string;
  /** The arguments in order: their labels (Python names) and TypeScript types as written in `AuditEvents`. */
  readonly args: readonly { readonly name: string; readonly type: string }[];
  /** When the event is raised and what its arguments mean. */
  readonly description: string;
  /** `true` for the 84 events of the Python library's 0.8.22 table, `false` for later additions. */
  readonly seed: boolean;
}

/** Freezes the rows, their argument lists and every argument descriptor, then the table itself. */
function freezeTable(rows: AuditEventInfo[]): readonly AuditEventInfo[] {
  for (const row of rows) {
    for (const arg of row.args) Object.freeze(arg);
    Object.freeze(row.args);
    Object.freeze(row);
  }
  return Object.freeze(rows);
}

/**
 * Every audit event of the library, one deeply frozen row per event: the 84 events of the Python
 * library's 0.8.22 table in that table's order (`seed: true`), then the later additions (`seed: false`).
 *
 * @remarks
 * Use it to document, list or validate events at run time.
 * The same names and argument tuples are typed by {@link AuditEvents}. Importing `audit` alone does
 * not pull this table into a bundle.
 *
 * @example
 * ```ts
 * import { auditEventTable } from '@asyncutils/audit';
 *
 * for (const { name, args, description } of auditEventTable) {
 *   console.log(`${name}(${args.map((a) => a.name).join(', ')}): ${description}`);
 * }
 * ```
 */
export const auditEventTable: readonly AuditEventInfo[] = /* @__PURE__ */ freezeTable([
  {
    name: 'asyncutils/create_executor',
    package: 'config',
    args: [{ name: 'fname', type: 'string' }],
    description: 'Raised before an executor (a worker pool) is created; `fname` identifies the requesting API as `<package>.<export>`.',
    seed: true,
  },
  {
    name: 'asyncutils/get_loop_and_set',
    package: 'config',
    args: [{ name: 'loop', type: 'EventLoopDescriptor' }],
    description: 'Raised when the library binds to the event loop of the current thread; `loop` describes that loop.',
    seed: true,
  },
  {
    name: 'asyncutils/recurse_dirs',
    package: 'config',
    args: [{ name: 'cwd', type: 'string' }],
    description: 'Raised when no config path variable is set, before the search for a config file walks up from `cwd` through its ancestors.',
    seed: true,
  },
  {
    name: 'asyncutils/try_config',
    package: 'config',
    args: [{ name: 'level', type: 'number' }],
    description: 'Raised before reading a candidate config file found `level` directories above the working directory (0 is the working directory itself).',
    seed: true,
  },
  {
    name: 'asyncutils/read_config',
    package: 'config',
    args: [{ name: 'cfg_path', type: 'string' }],
    description: 'Raised before the configuration file at `cfg_path` is read or applied.',
    seed: true,
  },
  {
    name: 'asyncutils/discontinue_config',
    package: 'config',
    args: [{ name: 'cfg_path', type: 'string' }],
    description: 'Raised before the config path variable is cleared because the file at `cfg_path` sets `next_config` to null.',
    seed: true,
  },
  {
    name: 'asyncutils/set_next_config',
    package: 'config',
    args: [{ name: 'old_path', type: 'string' }, { name: 'new_path', type: 'string' }],
    description: 'Raised before `next_config` points the next load away from `old_path` to the config file `new_path`.',
    seed: true,
  },
  {
    name: 'asyncutils.altlocks.UniqueResourceGuard',
    package: 'altlocks',
    args: [{ name: 'rtyp', type: 'string' }],
    description: 'Raised before a new guard is created for a resource whose type name is `rtyp`.',
    seed: true,
  },
  {
    name: 'asyncutils.altlocks.CircuitBreaker',
    package: 'altlocks',
    args: [{ name: 'name', type: 'string' }, { name: 'max_fails', type: 'number' }],
    description: 'Raised while a circuit breaker called `name` is constructed; it opens after `max_fails` consecutive failures.',
    seed: true,
  },
  {
    name: 'asyncutils.altlocks.CircuitBreaker.__call__',
    package: 'altlocks',
    args: [{ name: 'name', type: 'string' }, { name: 'fname', type: 'string' }],
    description: 'Raised before the breaker `name` wraps the function `fname` (`breaker.wrap(fn)`).',
    seed: true,
  },
  {
    name: 'asyncutils.base.safe_cancel_batch',
    package: 'base',
    args: [{ name: 'ityp', type: 'string' }],
    description: 'Raised when `safeCancelBatch` is called on a sync or async iterable whose type name is `ityp`.',
    seed: true,
  },
  {
    name: 'asyncutils.base.iter_to_agen',
    package: 'base',
    args: [{ name: 'tname', type: 'string' }],
    description: 'Raised when `iterToAgen` is called on an iterable whose type name is `tname`.',
    seed: true,
  },
  {
    name: 'asyncutils.base.aiter_to_gen',
    package: 'base',
    args: [{ name: 'tname', type: 'string' }],
    description: 'Raised when `aiterToGen` is called on an async iterable whose type name is `tname`.',
    seed: true,
  },
  {
    name: 'asyncutils.buckets.TokenBucket',
    package: 'buckets',
    args: [{ name: 'rate', type: 'number' }, { name: 'capacity', type: 'number' }],
    description: 'Raised while a token bucket is constructed that refills `rate` tokens per second up to `capacity` tokens.',
    seed: true,
  },
  {
    name: 'asyncutils.buckets.LeakyBucket',
    package: 'buckets',
    args: [{ name: 'capacity', type: 'number' }, { name: 'leak', type: 'number' }],
    description: 'Raised while a leaky bucket is constructed that holds `capacity` tokens and drains `leak` tokens per second.',
    seed: true,
  },
  {
    name: 'asyncutils.channels.Observable',
    package: 'channels',
    args: [{ name: 'maxsize', type: 'number | null' }],
    description: 'Raised while an `Observable` is constructed; `maxsize` bounds its notification buffer (`null` turns buffering off, `<= 0` leaves it unbounded).',
    seed: true,
  },
  {
    name: 'asyncutils.channels.EventBus',
    package: 'channels',
    args: [{ name: 'name', type: 'string | null' }, { name: 'addr', type: 'number' }],
    description: 'Raised while an `EventBus` is constructed; `name` is its name or `null`, `addr` its `objectId`.',
    seed: true,
  },
  {
    name: 'asyncutils.channels.EventBus.start_audit',
    package: 'channels',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the bus with `objectId` `addr` starts forwarding audit events.',
    seed: true,
  },
  {
    name: 'asyncutils.channels.EventBus.stop_audit',
    package: 'channels',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the bus with `objectId` `addr` stops forwarding audit events.',
    seed: true,
  },
  {
    name: 'asyncutils.channels.EventBus.event_stream',
    package: 'channels',
    args: [{ name: 'addr', type: 'number' }, { name: 'event_type', type: 'string | null' }],
    description: 'Raised when the bus `addr` opens a stream of events of type `event_type` (`null` for every type).',
    seed: true,
  },
  {
    name: 'asyncutils.cli.run',
    package: 'cli',
    args: [],
    description: 'Raised when the command-line entry point is invoked, whatever the command (`--version` and `--help` included).',
    seed: true,
  },
  {
    name: 'asyncutils.compete.first_completed/start',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `firstCompleted` begins racing `ntasks` awaitables.',
    seed: true,
  },
  {
    name: 'asyncutils.compete.first_completed/end',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `firstCompleted` over `ntasks` awaitables is about to finish.',
    seed: true,
  },
  {
    name: 'asyncutils.compete.race_with_callback/start',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `raceWithCallback` begins racing `ntasks` awaitables.',
    seed: true,
  },
  {
    name: 'asyncutils.compete.race_with_callback/end',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `raceWithCallback` over `ntasks` awaitables is about to finish.',
    seed: true,
  },
  {
    name: 'asyncutils.compete.multi_winner_race_with_callback/start',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `multiWinnerRaceWithCallback` begins racing `ntasks` awaitables.',
    seed: true,
  },
  {
    name: 'asyncutils.compete.multi_winner_race_with_callback/end',
    package: 'compete',
    args: [{ name: 'ntasks', type: 'number' }],
    description: 'Raised when `multiWinnerRaceWithCallback` over `ntasks` awaitables is about to finish.',
    seed: true,
  },
  {
    name: 'asyncutils.console.AsyncUtilsConsole.run',
    package: 'console',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when `run()` is called on the console with `objectId` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.exceptions.unnest',
    package: 'exceptions',
    args: [{ name: 'n', type: 'number' }],
    description: 'Raised when `unnest` is called; `n` is the length of its initial work list, a lower bound on the errors and groups it visits.',
    seed: true,
  },
  {
    name: 'asyncutils.exceptions.unnest_reverse',
    package: 'exceptions',
    args: [{ name: 'n', type: 'number' }],
    description: 'Raised when `unnestReverse` is called; `n` is the length of its initial work list, as for `unnest`.',
    seed: true,
  },
  {
    name: 'asyncutils.exceptions.raise_exc',
    package: 'exceptions',
    args: [{ name: 'exc', type: 'Error' }],
    description: 'Raised before `raiseExc` throws `exc`, which is already built and prepared; hooks may inspect or annotate it.',
    seed: true,
  },
  {
    name: 'asyncutils.func.benchmark',
    package: 'func',
    args: [{ name: 'fname', type: 'string' }, { name: 'total_rounds', type: 'number' }],
    description: 'Raised when `benchmark` starts timing the function `fname` over `total_rounds` rounds, warm-up rounds included.',
    seed: true,
  },
  {
    name: 'asyncutils.func.RateLimited',
    package: 'func',
    args: [{ name: 'fname', type: 'string' }, { name: 'calls', type: 'number' }, { name: 'period', type: 'number' }],
    description: 'Raised when the function `fname` is rate-limited to `calls` calls per `period` milliseconds.',
    seed: true,
  },
  {
    name: 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks',
    package: 'futures',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the future (callbacks feature; neither eager nor a task) with `objectId` `addr` schedules its callbacks.',
    seed: true,
  },
  {
    name: 'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks',
    package: 'futures',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the task (callbacks feature; not eager) with `objectId` `addr` schedules its callbacks.',
    seed: true,
  },
  {
    name: 'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks',
    package: 'futures',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the eager future (callbacks feature; not a task) with `objectId` `addr` schedules its callbacks.',
    seed: true,
  },
  {
    name: 'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks',
    package: 'futures',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised before the eager task (callbacks feature) with `objectId` `addr` schedules its callbacks.',
    seed: true,
  },
  {
    name: 'asyncutils.io.double_ended_pipe',
    package: 'io',
    args: [{ name: 'reader1', type: 'number' }, { name: 'writer1', type: 'number' }, { name: 'reader2', type: 'number' }, { name: 'writer2', type: 'number' }],
    description: 'Raised when `doubleEndedTextPipe` or `doubleEndedBinaryPipe` is called; the arguments are the file descriptors of the four pipe ends.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.aonline_sorter',
    package: 'iters',
    args: [{ name: 'iaddr', type: 'number' }],
    description: 'Raised when `aonlineSorter` is called on the (async) iterable with `objectId` `iaddr`.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.agetitems_from_indices',
    package: 'iters',
    args: [{ name: 'tname', type: 'string' }],
    description: 'Raised when `agetitemsFromIndices` (or `extract`) is called on an iterable whose type name is `tname`.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.aintersend',
    package: 'iters',
    args: [{ name: 'tname1', type: 'string' }, { name: 'tname2', type: 'string' }],
    description: 'Raised when `aintersend` is called on two async generators whose type names are `tname1` and `tname2`.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.asendstream',
    package: 'iters',
    args: [{ name: 'tname1', type: 'string' }, { name: 'tname2', type: 'string' }],
    description: 'Raised when `asendstream` is called; `tname1` is the type name of the generator, `tname2` that of the (async) iterable.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.acat',
    package: 'iters',
    args: [{ name: 'first', type: 'unknown' }],
    description: 'Raised when `acat` is called; `first` is the first value it will yield.',
    seed: true,
  },
  {
    name: 'asyncutils.iters.aforever',
    package: 'iters',
    args: [],
    description: 'Raised when `aforever` is called.',
    seed: true,
  },
  {
    name: 'asyncutils.locksmiths.LocksmithBase.force',
    package: 'locksmiths',
    args: [{ name: 'saddr', type: 'number' }, { name: 'laddr', type: 'number' }],
    description: 'Raised before the locksmith `saddr` forces the lock `laddr`; a hook that throws prevents the force.',
    seed: true,
  },
  {
    name: 'asyncutils.misc.CacheWithBackgroundRefresh',
    package: 'misc',
    args: [{ name: 'ttl', type: 'number' }, { name: 'refresh', type: 'number' }],
    description: 'Raised while a cache is constructed whose entries live `ttl` ms and are refreshed `refresh` ms before they expire.',
    seed: true,
  },
  {
    name: 'asyncutils.networking.LineProtocol',
    package: 'networking',
    args: [],
    description: 'Raised while a `LineProtocol` is constructed.',
    seed: true,
  },
  {
    name: 'asyncutils.networking.CRLFProtocol',
    package: 'networking',
    args: [],
    description: 'Raised while a `CRLFProtocol` is constructed.',
    seed: true,
  },
  {
    name: 'asyncutils.networking.CRProtocol',
    package: 'networking',
    args: [],
    description: 'Raised while a `CRProtocol` is constructed.',
    seed: true,
  },
  {
    name: 'asyncutils.networking.LFProtocol',
    package: 'networking',
    args: [],
    description: 'Raised while an `LFProtocol` is constructed.',
    seed: true,
  },
  {
    name: 'asyncutils.networking.SocketTransport',
    package: 'networking',
    args: [],
    description: 'Raised while a `SocketTransport` is constructed.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.password_queue',
    package: 'queues',
    args: [{ name: 'get_from', type: 'string | null' }, { name: 'put_from', type: 'string | null' }],
    description: 'Raised when `passwordQueue` is called; the arguments label the protected get and put sides (`null` for an open side) and never carry a password.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.push',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'pushed', type: 'unknown' }, { name: 'popped', type: 'unknown' }],
    description: 'Raised before `push` on the full `SmartQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.transaction/start',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when a transaction opens on the `SmartQueue` with `objectId` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.transaction/end',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when the transaction on the `SmartQueue` `addr` has ended, by commit or by rollback.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.map',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `map(f)` is called on the `SmartQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.starmap',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `starmap(f)` is called on the `SmartQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.filter',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `filter(pred)` is called on the `SmartQueue` `addr`; `fname` is the name of the predicate.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartQueue.enumerate',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when `enumerate()` is called on the `SmartQueue` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.push',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'pushed', type: 'unknown' }, { name: 'popped', type: 'unknown' }],
    description: 'Raised before `push` on the full `SmartLifoQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.transaction/start',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when a transaction opens on the `SmartLifoQueue` with `objectId` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.transaction/end',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when the transaction on the `SmartLifoQueue` `addr` has ended, by commit or by rollback.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.map',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `map(f)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.starmap',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `starmap(f)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.filter',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `filter(pred)` is called on the `SmartLifoQueue` `addr`; `fname` is the name of the predicate.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartLifoQueue.enumerate',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when `enumerate()` is called on the `SmartLifoQueue` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.push',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'pushed', type: 'unknown' }, { name: 'popped', type: 'unknown' }],
    description: 'Raised before `push` on the full `SmartPriorityQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.transaction/start',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when a transaction opens on the `SmartPriorityQueue` with `objectId` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.transaction/end',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when the transaction on the `SmartPriorityQueue` `addr` has ended, by commit or by rollback.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.map',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `map(f)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.starmap',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `starmap(f)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.filter',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `filter(pred)` is called on the `SmartPriorityQueue` `addr`; `fname` is the name of the predicate.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.SmartPriorityQueue.enumerate',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when `enumerate()` is called on the `SmartPriorityQueue` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.push',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'pushed', type: 'unknown' }, { name: 'popped', type: 'unknown' }],
    description: 'Raised before `push` on the full `UserPriorityQueue` with `objectId` `addr` evicts `popped` to make room for `pushed`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.transaction/start',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when a transaction opens on the `UserPriorityQueue` with `objectId` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.transaction/end',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when the transaction on the `UserPriorityQueue` `addr` has ended, by commit or by rollback.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.map',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `map(f)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.starmap',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `starmap(f)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of `f`.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.filter',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'fname', type: 'string' }],
    description: 'Raised when `filter(pred)` is called on the `UserPriorityQueue` `addr`; `fname` is the name of the predicate.',
    seed: true,
  },
  {
    name: 'asyncutils.queues.UserPriorityQueue.enumerate',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }],
    description: 'Raised when `enumerate()` is called on the `UserPriorityQueue` `addr`.',
    seed: true,
  },
  {
    name: 'asyncutils.signals.wait_for_signal',
    package: 'signals',
    args: [{ name: 'sigs', type: 'Set<number>' }],
    description: 'Raised before `waitForSignal` starts listening for the signal numbers in `sigs`; hooks may edit the set and the edit takes effect.',
    seed: true,
  },
  {
    name: 'asyncutils.util.sync_await',
    package: 'util',
    args: [{ name: 'atname', type: 'string' }],
    description: 'Raised when `syncAwait` is called on an awaitable whose type name is `atname`.',
    seed: true,
  },
  {
    name: 'asyncutils.util.to_async',
    package: 'util',
    args: [{ name: 'fname', type: 'string' }],
    description: 'Raised when `toAsync` is called on the function `fname`.',
    seed: true,
  },
  {
    name: 'asyncutils.util.to_sync',
    package: 'util',
    args: [{ name: 'fname', type: 'string' }],
    description: 'Raised when `toSync` is called on the function `fname`.',
    seed: true,
  },
  {
    name: 'asyncutils.altlocks.UniqueResourceGuard.clear_cache',
    package: 'altlocks',
    args: [],
    description: 'Raised before `UniqueResourceGuard.clearCache()` empties the registry of unique resource guards.',
    seed: false,
  },
]);
