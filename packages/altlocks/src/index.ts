// The public surface of @asyncutils/altlocks: named re-exports only, one module per concept.
export { CircuitBreaker } from './CircuitBreaker.js';
export { DynamicThrottle } from './DynamicThrottle.js';
export { Releasing } from './Releasing.js';
export { ResourceGuard } from './ResourceGuard.js';
export { StatefulBarrier } from './StatefulBarrier.js';
export { UniqueResourceGuard } from './UniqueResourceGuard.js';
export { BrokenBarrierError, CircuitBreakerError, CircuitHalfOpen, CircuitOpen, ResourceBusy } from '@asyncutils/exceptions';

export type { CircuitBreakerOptions, CircuitBreakerState, CircuitBreakerWrapOptions, CircuitBreakerWrapped } from './CircuitBreaker.js';
export type { DynamicThrottleOptions } from './DynamicThrottle.js';
export type { GuardedResource, ResourceGuardOptions } from './ResourceGuard.js';
export type { StatefulBarrierOptions } from './StatefulBarrier.js';
