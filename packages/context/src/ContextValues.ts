// The value types of the 89 contextual constants, and the types derived from them (types only).

/**
 * How a contextual constant's values are validated, and what TypeScript type they have.
 *
 * @remarks
 * `'integer'`: a safe integer (negatives allowed). `'number'`: a finite number. `'duration'`: milliseconds,
 * a number `>= 0` or `Infinity`. `'duration?'`: a duration or `null` (no limit). `'boolean'`, `'string'`:
 * that type. `'adjmap'`: an array of `[threshold, [4 finite numbers]]` rows. `'timeouts'`: an array of
 * exactly 3 durations or `null`s. `'int-pair'`: an array of exactly 2 safe integers `>= 0`. `'signals'`:
 * an array of signal numbers (safe integers `>= 1`) or names starting with `SIG`. A value of the wrong
 * type or shape throws `TypeError`; a value of the right type out of range (fractional, `NaN`, negative
 * duration, …) throws `RangeError`.
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_DELAY } from '@asyncutils/context';
 *
 * const kind: ContextValueKind = RETRY_DEFAULT_DELAY.kind; // 'duration'
 * ```
 */
export type ContextValueKind =
  | 'integer'
  | 'number'
  | 'duration'
  | 'duration?'
  | 'boolean'
  | 'string'
  | 'adjmap'
  | 'timeouts'
  | 'int-pair'
  | 'signals';

/**
 * The 89 contextual constants, by name, with the TypeScript type of their values. Durations are in
 * milliseconds.
 *
 * @remarks
 * The keys, in this order, are the members of `allContextualConsts` and of `Context#asdict()`. Each key is
 * also exported as a handle (`RETRY_DEFAULT_TRIES.get()`) and is an accessor of `Context`.
 *
 * @example
 * ```ts
 * import { getcontext, type ContextValues } from '@asyncutils/context';
 *
 * const snapshot: ContextValues = getcontext().asdict();
 * snapshot.RETRY_DEFAULT_TRIES; // 3
 * ```
 */
export interface ContextValues {
  /** Consecutive failures that open a `CircuitBreaker`. Kind `integer`, default `3`. */
  CIRCUIT_BREAKER_DEFAULT_MAX_FAILS: number;
  /** Calls allowed while half-open. Kind `integer`, default `5`. */
  CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS: number;
  /** Time an open circuit waits before half-opening (ms). Kind `duration`, default `30_000`. */
  CIRCUIT_BREAKER_DEFAULT_RESET: number;
  /** Relative jitter (fraction) of `DynamicThrottle` delays. Kind `number`, default `0.2`. */
  DYNAMIC_THROTTLE_DEFAULT_JITTER: number;
  /** Success ratio below which the rate is lowered. Kind `number`, default `0.25`. */
  DYNAMIC_THROTTLE_DEFAULT_LBOUND: number;
  /** Rate multiplier applied when lowering. Kind `number`, default `0.75`. */
  DYNAMIC_THROTTLE_DEFAULT_LFACTOR: number;
  /** Highest rate, calls per second. Kind `number`, default `100`. */
  DYNAMIC_THROTTLE_DEFAULT_MAX_RATE: number;
  /** Lowest rate, calls per second. Kind `number`, default `0.01`. */
  DYNAMIC_THROTTLE_DEFAULT_MIN_RATE: number;
  /** Success ratio above which the rate is raised. Kind `number`, default `0.75`. */
  DYNAMIC_THROTTLE_DEFAULT_UBOUND: number;
  /** Rate multiplier applied when raising. Kind `number`, default `1.25`. */
  DYNAMIC_THROTTLE_DEFAULT_UFACTOR: number;
  /** Calls observed per adjustment window. Kind `integer`, default `100`. */
  DYNAMIC_THROTTLE_DEFAULT_WINDOW: number;
  /** `aiterToGen` default `allowFutures`. Kind `boolean`, default `true`. */
  AITER_TO_GEN_DEFAULT_ALLOW_FUTURES: boolean;
  /** `aiterToGen` default `strict`. Kind `boolean`, default `false`. */
  AITER_TO_GEN_DEFAULT_STRICT: boolean;
  /** Flags of upstream `event_loop` (kept for config compatibility). Kind `integer`, default `0`. */
  EVENT_LOOP_BASE_FLAGS: number;
  /** `iterToAgen` executor option (config compatibility). Kind `boolean`, default `false`. */
  ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR: boolean;
  /** `iterToAgen` default `strict`. Kind `boolean`, default `false`. */
  ITER_TO_AGEN_DEFAULT_STRICT: boolean;
  /** `iterToAgen` executor option (config compatibility). Kind `boolean`, default `false`. */
  ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR: boolean;
  /** `LeakyBucket` factor-adjustment table, first matching threshold wins. Kind `adjmap`, default `[[256, [0.15, 1.1, 0.85, 0.9]], [128, [0.23, 1.2, 0.77, 0.81]], [0, [0.3, 1.4, 0.7, 0.73]]]`. */
  LEAKY_BUCKET_ADJMAP: readonly (readonly [threshold: number, params: readonly [number, number, number, number]])[];
  /** Default amount of `acquire`. Kind `number`, default `1`. */
  LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS: number;
  /** Whether `factor` may be set from outside. Kind `boolean`, default `true`. */
  LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR: boolean;
  /** Upper clamp of `factor`. Kind `number`, default `10`. */
  LEAKY_BUCKET_DEFAULT_MAX_FACTOR: number;
  /** Lower clamp of `factor`. Kind `number`, default `0.1`. */
  LEAKY_BUCKET_DEFAULT_MIN_FACTOR: number;
  /** Default amount of `waitForTokens`. Kind `number`, default `1`. */
  LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS: number;
  /** Longest single poll sleep of `waitForTokens` (ms). Kind `duration`, default `100`. */
  LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK: number;
  /** Default tokens of `consume`. Kind `number`, default `1`. */
  TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS: number;
  /** `EventBus` concurrency limit. Kind `integer`, default `64`. */
  EVENT_BUS_DEFAULT_MAX_CONCURRENT: number;
  /** Default `safe` of a publication. Kind `boolean`, default `true`. */
  EVENT_BUS_PUBLISH_DEFAULT_SAFE: boolean;
  /** Per-stream buffer size. Kind `integer`, default `100`. */
  EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE: number;
  /** Silence after which a stream ends (`null`: never) (ms). Kind `duration?`, default `3_000`. */
  EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: number | null;
  /** Wait of a stream feeder for buffer room (`null`: none) (ms). Kind `duration?`, default `5_000`. */
  EVENT_BUS_STREAM_DEFAULT_TIMEOUT: number | null;
  /** Default `n` of `ntimes`. Kind `integer`, default `1`. */
  OBSERVABLE_DEFAULT_NTIMES_N: number;
  /** Upstream cleanup period (kept for config compatibility) (ms). Kind `duration`, default `30_000`. */
  RENDEZVOUS_MAINTENANCE_INTERVAL: number;
  /** Skip non-awaitables when converting. Kind `boolean`, default `true`. */
  CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID: boolean;
  /** History capacity of `EventWithValue`. Kind `integer`, default `128`. */
  EVENT_WITH_VALUE_DEFAULT_MAX_HIST: number;
  /** Default window of `recentHistory` (ms). Kind `duration`, default `5_000`. */
  EVENT_WITH_VALUE_DEFAULT_RECENT: number;
  /** Run benchmark rounds one after another. Kind `boolean`, default `false`. */
  BENCHMARK_DEFAULT_SEQUENTIAL: boolean;
  /** Measured rounds of `benchmark`. Kind `integer`, default `3`. */
  BENCHMARK_DEFAULT_TIMES: number;
  /** Warm-up rounds of `benchmark`. Kind `integer`, default `0`. */
  BENCHMARK_DEFAULT_WARMUP: number;
  /** Delay multiplier per retry. Kind `number`, default `2`. */
  RETRY_DEFAULT_BACKOFF: number;
  /** First retry delay (ms). Kind `duration`, default `500`. */
  RETRY_DEFAULT_DELAY: number;
  /** Relative jitter (fraction) of retry delays. Kind `number`, default `0.2`. */
  RETRY_DEFAULT_JITTER: number;
  /** Cap of a retry delay (ms). Kind `duration`, default `30_000`. */
  RETRY_DEFAULT_MAX_DELAY: number;
  /** Attempts of `retry`. Kind `integer`, default `3`. */
  RETRY_DEFAULT_TRIES: number;
  /** Decimal places of the elapsed-milliseconds figure logged by `timer` (upstream: of seconds). Kind `integer`, default `7`. */
  TIMER_DEFAULT_PRECISION: number;
  /** Hash algorithm name (hashlib spelling; `io` maps it to Node's). Kind `string`, default `'blake2b'`. */
  MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG: string;
  /** Default `minimizeWrites`. Kind `boolean`, default `true`. */
  MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES: boolean;
  /** Rounds of Freivalds' check. Kind `integer`, default `2`. */
  AFREIVALDS_DEFAULT_K: number;
  /** Per-output buffer of `aunzip`. Kind `integer`, default `64`. */
  AUNZIP_DEFAULT_MAX_QSIZE: number;
  /** Items moved per batch by `aunzip`. Kind `integer`, default `16`. */
  AUNZIP_DEFAULT_PUT_BATCH: number;
  /** `aunzip` stops all outputs on the first error. Kind `boolean`, default `true`. */
  AUNZIP_DEFAULT_FAIL_FAST: boolean;
  /** Buffer of `merge` (0: unbounded). Kind `integer`, default `0`. */
  MERGE_DEFAULT_MAX_QSIZE: number;
  /** Per-output buffer of `tee`. Kind `integer`, default `64`. */
  TEE_DEFAULT_MAX_QSIZE: number;
  /** Items moved per batch by `tee`. Kind `integer`, default `16`. */
  TEE_DEFAULT_PUT_BATCH: number;
  /** `tee` stops all outputs on the first error. Kind `boolean`, default `true`. */
  TEE_DEFAULT_FAIL_FAST: boolean;
  /** Default tokens of `AdvancedRateLimit`. Kind `number`, default `1`. */
  ADVANCED_RATE_LIMIT_DEFAULT_TOKENS: number;
  /** Initial value of `DynamicBoundedSemaphore`. Kind `integer`, default `1`. */
  DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE: number;
  /** The three timeouts of a locksmith (`null`: none) (ms each). Kind `timeouts`, default `[1_000, 100, null]`. */
  LOCKSMITH_BASE_DEFAULT_TIMEOUTS: readonly [number | null, number | null, number | null];
  /** Initial value of `PrioritySemaphore`. Kind `integer`, default `1`. */
  PRIORITY_SEMAPHORE_DEFAULT_VALUE: number;
  /** Refresh this long before expiry (ms). Kind `duration`, default `15_000`. */
  BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH: number;
  /** Entry lifetime (ms). Kind `duration`, default `60_000`. */
  BACKGROUND_REFRESH_CACHE_DEFAULT_TTL: number;
  /** Concurrency of `gatherWithLimitedConcurrency`. Kind `integer`, default `8`. */
  GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT: number;
  /** Line buffer, bytes. Kind `integer`, default `4096`. */
  LINE_PROTOCOL_DEFAULT_BUFFER_SIZE: number;
  /** Low / high write-buffer water marks, bytes. Kind `int-pair`, default `[2048, 8192]`. */
  SOCKET_TRANSPORT_LIMITS: readonly [low: number, high: number];
  /** `AdvancedPool` max workers. Kind `integer`, default `5`. */
  ADVANCED_POOL_DEFAULT_MAX_WORKERS: number;
  /** `AdvancedPool` min workers. Kind `integer`, default `1`. */
  ADVANCED_POOL_DEFAULT_MIN_WORKERS: number;
  /** Scale-down fraction. Kind `number`, default `0.3`. */
  ADVANCED_POOL_FACTOR: number;
  /** Load above which workers are added. Kind `number`, default `1.5`. */
  ADVANCED_POOL_THRESHOLD_HI: number;
  /** Load below which workers are retired. Kind `number`, default `0.5`. */
  ADVANCED_POOL_THRESHOLD_LO: number;
  /** Connection lifetime (ms). Kind `duration`, default `3_600_000`. */
  CONNECTION_POOL_DEFAULT_MAX_LIFE: number;
  /** Max connections. Kind `integer`, default `10`. */
  CONNECTION_POOL_DEFAULT_MAX_SIZE: number;
  /** Min connections. Kind `integer`, default `1`. */
  CONNECTION_POOL_DEFAULT_MIN_SIZE: number;
  /** Maintenance period (ms). Kind `duration`, default `30_000`. */
  CONNECTION_POOL_MAINTENANCE_INTERVAL: number;
  /** Items per batch. Kind `integer`, default `128`. */
  BATCH_PROCESSOR_DEFAULT_MAX_SIZE: number;
  /** Longest wait to fill a batch (ms). Kind `duration`, default `1_000`. */
  BATCH_PROCESSOR_DEFAULT_MAX_TIME: number;
  /** Items per batch. Kind `integer`, default `10`. */
  BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE: number;
  /** Concurrent batches. Kind `integer`, default `5`. */
  BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT: number;
  /** Queued calls of a `Bulkhead`. Kind `integer`, default `32`. */
  BULKHEAD_DEFAULT_MAX_QUEUE: number;
  /** Rejections tolerated (negative: unlimited). Kind `integer`, default `-1`. */
  BULKHEAD_DEFAULT_MAX_REJ: number;
  /** Label of the get password. Kind `string`, default `'password'`. */
  PASSWORD_QUEUE_DEFAULT_GET_FROM: string;
  /** Label of the put password. Kind `string`, default `'password'`. */
  PASSWORD_QUEUE_DEFAULT_PUT_FROM: string;
  /** Reader aging factor (negative: upstream's "unset"). Kind `number`, default `-1`. */
  AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR: number;
  /** Writer aging factor. Kind `number`, default `-1`. */
  AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR: number;
  /** Writer preference of `RWLock`. Kind `boolean`, default `true`. */
  RWLOCK_DEFAULT_PREFER_WRITERS: boolean;
  /** Signals awaited when none are given (SIGINT, SIGTERM; numbers or `SIG…` names). Kind `signals`, default `[2, 15]`. */
  WAIT_FOR_SIGNAL_DEFAULT_SIGNALS: readonly (number | string)[];
  /** Config compatibility (no executors in `util`). Kind `boolean`, default `false`. */
  DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR: boolean;
  /** Default `strict` of `dualcontextmanager`. Kind `boolean`, default `false`. */
  DUAL_CONTEXT_MANAGER_DEFAULT_STRICT: boolean;
  /** Config compatibility (no executors in `util`). Kind `boolean`, default `true`. */
  DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR: boolean;
  /** Default `eager` of `makeTaskFactory`. Kind `boolean`, default `false`. */
  MAKE_TASK_FACTORY_DEFAULT_EAGER: boolean;
  /** Default value of `semaphore`. Kind `integer`, default `1`. */
  SEMAPHORE_DEFAULT_VALUE: number;
}

/**
 * The name of a contextual constant: a key of {@link ContextValues}.
 *
 * @example
 * ```ts
 * const name: ContextConstantName = 'CIRCUIT_BREAKER_DEFAULT_RESET';
 * ```
 */
export type ContextConstantName = keyof ContextValues;

/**
 * Changes to apply to a context: some contextual constants with new values (durations in ms).
 *
 * @remarks
 * Accepted by `localContext`, `LocalContext`, `new Context(…)`, `Context#replace` and
 * `setDefaultOverrides`. Every value is validated by its constant's kind before anything is applied;
 * arrays are copied and deep-frozen, so later changes to the caller's array have no effect.
 *
 * @example
 * ```ts
 * import { localContext, type ContextChanges } from '@asyncutils/context';
 *
 * const fastRetries: ContextChanges = { RETRY_DEFAULT_TRIES: 10, RETRY_DEFAULT_DELAY: 50 };
 * localContext(fastRetries, () => {
 *   // every retry started here (and in async work started here) uses these defaults
 * });
 * ```
 */
export type ContextChanges = { readonly [K in ContextConstantName]?: ContextValues[K] };
