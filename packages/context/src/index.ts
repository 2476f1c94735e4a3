// The public surface of @asyncutils/context: named re-exports only, one module per concept.
// The Node-only useAsyncLocalStorage lives behind the `@asyncutils/context/node` subpath.
export { allContextualConsts } from './allContextualConsts.js';
export { Context } from './Context.js';
export { contextScopeKind } from './contextScopeKind.js';
export { getcontext } from './getcontext.js';
export { LocalContext, NonReusableLocalContext } from './LocalContext.js';
export { localContext } from './localContextScope.js';
export { setContextScopeProvider } from './setContextScopeProvider.js';
export { setcontext } from './setcontext.js';
export { setDefaultOverrides } from './setDefaultOverrides.js';

// The 89 handles, by family (each its own tree-shakable export).
export {
  BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH,
  BACKGROUND_REFRESH_CACHE_DEFAULT_TTL,
} from './constants/backgroundRefreshCache.js';
export {
  LEAKY_BUCKET_ADJMAP,
  LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS,
  LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR,
  LEAKY_BUCKET_DEFAULT_MAX_FACTOR,
  LEAKY_BUCKET_DEFAULT_MIN_FACTOR,
  LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS,
  LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK,
  TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS,
} from './constants/buckets.js';
export {
  OBSERVABLE_DEFAULT_NTIMES_N,
  RENDEZVOUS_MAINTENANCE_INTERVAL,
} from './constants/channels.js';
export {
  CIRCUIT_BREAKER_DEFAULT_MAX_FAILS,
  CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS,
  CIRCUIT_BREAKER_DEFAULT_RESET,
} from './constants/circuitBreaker.js';
export {
  DUAL_CONTEXT_MANAGER_DEFAULT_MAY_CREATE_EXECUTOR,
  DUAL_CONTEXT_MANAGER_DEFAULT_STRICT,
  DUAL_CONTEXT_MANAGER_DEFAULT_USE_EXISTING_EXECUTOR,
} from './constants/dualContextManager.js';
export {
  DYNAMIC_THROTTLE_DEFAULT_JITTER,
  DYNAMIC_THROTTLE_DEFAULT_LBOUND,
  DYNAMIC_THROTTLE_DEFAULT_LFACTOR,
  DYNAMIC_THROTTLE_DEFAULT_MAX_RATE,
  DYNAMIC_THROTTLE_DEFAULT_MIN_RATE,
  DYNAMIC_THROTTLE_DEFAULT_UBOUND,
  DYNAMIC_THROTTLE_DEFAULT_UFACTOR,
  DYNAMIC_THROTTLE_DEFAULT_WINDOW,
} from './constants/dynamicThrottle.js';
export {
  EVENT_BUS_DEFAULT_MAX_CONCURRENT,
  EVENT_BUS_PUBLISH_DEFAULT_SAFE,
  EVENT_BUS_STREAM_DEFAULT_BUFFER_SIZE,
  EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT,
  EVENT_BUS_STREAM_DEFAULT_TIMEOUT,
} from './constants/eventBus.js';
export {
  EVENT_LOOP_BASE_FLAGS,
} from './constants/eventLoop.js';
export {
  EVENT_WITH_VALUE_DEFAULT_MAX_HIST,
  EVENT_WITH_VALUE_DEFAULT_RECENT,
} from './constants/eventWithValue.js';
export {
  GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT,
} from './constants/gather.js';
export {
  AITER_TO_GEN_DEFAULT_ALLOW_FUTURES,
  AITER_TO_GEN_DEFAULT_STRICT,
  CONVERT_TO_CORO_ITER_DEFAULT_SKIP_INVALID,
  ITER_TO_AGEN_DEFAULT_MAY_CREATE_EXECUTOR,
  ITER_TO_AGEN_DEFAULT_STRICT,
  ITER_TO_AGEN_DEFAULT_USE_EXISTING_EXECUTOR,
} from './constants/iterConversion.js';
export {
  AFREIVALDS_DEFAULT_K,
  AUNZIP_DEFAULT_FAIL_FAST,
  AUNZIP_DEFAULT_MAX_QSIZE,
  AUNZIP_DEFAULT_PUT_BATCH,
  MERGE_DEFAULT_MAX_QSIZE,
  TEE_DEFAULT_FAIL_FAST,
  TEE_DEFAULT_MAX_QSIZE,
  TEE_DEFAULT_PUT_BATCH,
} from './constants/iterTools.js';
export {
  LOCKSMITH_BASE_DEFAULT_TIMEOUTS,
} from './constants/locksmith.js';
export {
  MEMORY_MAPPED_IO_MANAGER_DEFAULT_CHECKSUM_ALG,
  MEMORY_MAPPED_IO_MANAGER_DEFAULT_MINIMIZE_WRITES,
} from './constants/memoryMappedIo.js';
export {
  LINE_PROTOCOL_DEFAULT_BUFFER_SIZE,
  SOCKET_TRANSPORT_LIMITS,
} from './constants/networking.js';
export {
  PASSWORD_QUEUE_DEFAULT_GET_FROM,
  PASSWORD_QUEUE_DEFAULT_PUT_FROM,
} from './constants/passwordQueue.js';
export {
  ADVANCED_POOL_DEFAULT_MAX_WORKERS,
  ADVANCED_POOL_DEFAULT_MIN_WORKERS,
  ADVANCED_POOL_FACTOR,
  ADVANCED_POOL_THRESHOLD_HI,
  ADVANCED_POOL_THRESHOLD_LO,
  CONNECTION_POOL_DEFAULT_MAX_LIFE,
  CONNECTION_POOL_DEFAULT_MAX_SIZE,
  CONNECTION_POOL_DEFAULT_MIN_SIZE,
  CONNECTION_POOL_MAINTENANCE_INTERVAL,
} from './constants/pools.js';
export {
  BATCH_PROCESSOR_DEFAULT_MAX_SIZE,
  BATCH_PROCESSOR_DEFAULT_MAX_TIME,
  BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE,
  BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT,
  BULKHEAD_DEFAULT_MAX_QUEUE,
  BULKHEAD_DEFAULT_MAX_REJ,
} from './constants/processors.js';
export {
  RETRY_DEFAULT_BACKOFF,
  RETRY_DEFAULT_DELAY,
  RETRY_DEFAULT_JITTER,
  RETRY_DEFAULT_MAX_DELAY,
  RETRY_DEFAULT_TRIES,
} from './constants/retry.js';
export {
  AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR,
  AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR,
  RWLOCK_DEFAULT_PREFER_WRITERS,
} from './constants/rwlocks.js';
export {
  ADVANCED_RATE_LIMIT_DEFAULT_TOKENS,
  DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE,
  PRIORITY_SEMAPHORE_DEFAULT_VALUE,
  SEMAPHORE_DEFAULT_VALUE,
} from './constants/semaphores.js';
export {
  WAIT_FOR_SIGNAL_DEFAULT_SIGNALS,
} from './constants/signals.js';
export {
  MAKE_TASK_FACTORY_DEFAULT_EAGER,
} from './constants/taskFactory.js';
export {
  BENCHMARK_DEFAULT_SEQUENTIAL,
  BENCHMARK_DEFAULT_TIMES,
  BENCHMARK_DEFAULT_WARMUP,
  TIMER_DEFAULT_PRECISION,
} from './constants/timing.js';

export type { ContextPprintOptions } from './Context.js';
export type { ContextChanges, ContextConstantName, ContextValueKind, ContextValues } from './ContextValues.js';
export type { ContextScopeKind } from './contextScopeKind.js';
export type { ContextConstant } from './defineConstant.js';
export type { ContextScopeProvider } from './setContextScopeProvider.js';
