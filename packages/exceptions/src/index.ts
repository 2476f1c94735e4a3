// The public surface of @asyncutils/exceptions: named re-exports only, one module per concept.
export { AbortErrorLike, AnyError, TimeoutErrorLike, TypicalError } from './categories.js';
export { CRITICAL } from './CRITICAL.js';
export { errorMatcher } from './errorMatcher.js';
export { BrokenBarrierError, InvalidStateError, QueueEmpty, QueueFull, QueueShutDown } from './errors/asyncio.js';
export { BulkheadError, BulkheadFull, BulkheadShutDown } from './errors/bulkhead.js';
export { BusError, BusPublishingError, BusShutDown, BusStatsError, BusTimeout } from './errors/bus.js';
export { CircuitBreakerError, CircuitHalfOpen, CircuitOpen } from './errors/circuit.js';
export { FaultyConfig } from './errors/config.js';
export { Critical, Deadlock, StateCorrupted } from './errors/critical.js';
export { EventValueError } from './errors/event.js';
export { FutureCorrupted } from './errors/future.js';
export { ItemsExhausted, MaxIterationsError, MoreThanOne } from './errors/iteration.js';
export { LockForceRequest } from './errors/lock.js';
export {
  ForbiddenOperation,
  GetPasswordMissing,
  GetPasswordRetrievalError,
  PasswordError,
  PasswordMissing,
  PasswordQueueError,
  PasswordRetrievalError,
  PutPasswordMissing,
  PutPasswordRetrievalError,
  WrongPassword,
  WrongPasswordType,
} from './errors/password.js';
export { PoolError, PoolFull, PoolShutDown } from './errors/pool.js';
export { RateLimitExceeded } from './errors/rateLimit.js';
export { ResourceBusy } from './errors/resource.js';
export {
  VersionConversionError,
  VersionCorrupted,
  VersionError,
  VersionNormalizerFault,
  VersionNormalizerMissing,
  VersionNormalizerTypeError,
  VersionValueError,
} from './errors/version.js';
export { exceptionOccurred } from './exceptionOccurred.js';
export { IgnoreErrors } from './IgnoreErrors.js';
export { ignoreAll, ignoreNoncritical, ignoreTypeerrs, ignoreTypical, ignoreValerrs } from './ignorePresets.js';
export { potentDerive } from './potentDerive.js';
export { prepareException } from './prepareException.js';
export { raiseExc } from './raiseExc.js';
export { raiseFor } from './raiseFor.js';
export { ref } from './ref.js';
export { unnest } from './unnest.js';
export { unnestReverse } from './unnestReverse.js';
export { unwrapExc } from './unwrapExc.js';
export { wrapExc } from './wrapExc.js';

export type { ErrorClass, ErrorMatcher, ErrorType } from './errorMatcher.js';
export type { RateLimitInfo } from './errors/rateLimit.js';
export type { UnnestOptions } from './flatten.js';
export type { IgnoreErrorsOptions } from './IgnoreErrors.js';
export type { PotentDeriveOptions } from './potentDerive.js';
export type { PrepareExceptionOptions } from './prepareException.js';
export type { Ref } from './ref.js';
export type { ExceptionWrapper } from './wrapExc.js';
