// The public surface of @asyncutils/rwlocks: named re-exports only, one module per concept.
export { AgingRWLock } from './AgingRWLock.js';
export { coercedMethod } from './coercedMethod.js';
export { createPriorityRWLock } from './createPriorityRWLock.js';
export { createRWLock } from './createRWLock.js';
export { FairRWLock } from './FairRWLock.js';
export { FairPriorityRWLock, PriorityRWLock, WritePreferredPriorityRWLock } from './PriorityRWLock.js';
export { ReadPreferredRWLock, RWLock, WritePreferredRWLock } from './RWLock.js';
export type {
  AgingRWLockAcquireOptions,
  AgingRWLockOptions,
  PriorityRWLockAcquireOptions,
  RWLockAcquireOptions,
  RWLockCreateOptions,
  RWLockedFunction,
  RWLockHandle,
} from './types.js';
