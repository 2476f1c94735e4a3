// Runs the conformance suite against every mutex-like lock of the package (and Semaphore(1) variants).
import { Condition } from '../src/Condition.js';
import { BoundedSemaphore } from '../src/BoundedSemaphore.js';
import { DynamicBoundedSemaphore } from '../src/DynamicBoundedSemaphore.js';
import { Lock } from '../src/Lock.js';
import { PriorityLock } from '../src/PriorityLock.js';
import { PriorityRLock } from '../src/PriorityRLock.js';
import { PrioritySemaphore } from '../src/PrioritySemaphore.js';
import { RLock } from '../src/RLock.js';
import { Semaphore } from '../src/Semaphore.js';
import { lockSuite, type SuiteLock } from './support/lockSuite.js';

lockSuite('Lock', () => new Lock(), { qualname: 'asyncutils.locks.Lock', sharedFastPath: true });
lockSuite('Semaphore(1)', () => new Semaphore(1), { qualname: 'asyncutils.locks.Semaphore', sharedFastPath: true });
lockSuite('BoundedSemaphore(1)', () => new BoundedSemaphore(1), { qualname: 'asyncutils.locks.BoundedSemaphore', sharedFastPath: true });
lockSuite('DynamicBoundedSemaphore(1)', () => new DynamicBoundedSemaphore(1), {
  qualname: 'asyncutils.locks.DynamicBoundedSemaphore',
  sharedFastPath: true,
});
lockSuite('PrioritySemaphore(1)', () => new PrioritySemaphore(1), { qualname: 'asyncutils.locks.PrioritySemaphore', sharedFastPath: true });
lockSuite('RLock (anonymous)', () => new RLock() as SuiteLock, { qualname: 'asyncutils.locks.RLock', sharedFastPath: true });
lockSuite('PriorityLock (anonymous)', () => new PriorityLock() as SuiteLock, { qualname: 'asyncutils.locks.PriorityLock', sharedFastPath: true });
lockSuite('PriorityRLock (anonymous)', () => new PriorityRLock() as SuiteLock, { qualname: 'asyncutils.locks.PriorityRLock', sharedFastPath: true });
lockSuite('Condition (its Lock)', () => new Condition(), { qualname: 'asyncutils.locks.Lock', sharedFastPath: true });
