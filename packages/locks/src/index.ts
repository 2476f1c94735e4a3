// The public surface of @asyncutils/locks: named re-exports only, one module per concept.
export { AdvancedRateLimit } from './AdvancedRateLimit.js';
export { AsyncEvent } from './AsyncEvent.js';
export { Barrier } from './Barrier.js';
export { BoundedSemaphore } from './BoundedSemaphore.js';
export { Condition } from './Condition.js';
export { DynamicBoundedSemaphore } from './DynamicBoundedSemaphore.js';
export { KeyedCondition } from './KeyedCondition.js';
export { Lock } from './Lock.js';
export { MultiCountDownLatch } from './MultiCountDownLatch.js';
export { PriorityLock } from './PriorityLock.js';
export { PriorityRLock } from './PriorityRLock.js';
export { PrioritySemaphore } from './PrioritySemaphore.js';
export { RLock } from './RLock.js';
export { Semaphore } from './Semaphore.js';
export { BrokenBarrierError } from '@asyncutils/exceptions';

export type { AdvancedRateLimitAcquireOptions, AdvancedRateLimitOptions } from './AdvancedRateLimit.js';
export type { KeyedConditionWaitForOptions } from './KeyedCondition.js';
export type { LatchCounts, MultiCountDownLatchWaitOptions } from './MultiCountDownLatch.js';
export type { PriorityLockAcquireOptions, RLockAcquireOptions } from './OwnerLock.js';
export type { PrioritySemaphoreAcquireOptions } from './PrioritySemaphore.js';
