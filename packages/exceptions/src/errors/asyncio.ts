// The asyncio errors the port needs: `QueueEmpty`, `QueueFull`, `QueueShutDown`, `BrokenBarrierError`, `InvalidStateError`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A non-waiting get found the queue empty (asyncio `QueueEmpty`).
 *
 * @example
 * ```ts
 * import { QueueEmpty } from '@asyncutils/exceptions';

 * throw new QueueEmpty('asyncutils.queues.SmartQueue.getNowait: the queue is empty');
 * ```
 */
export class QueueEmpty extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'QueueEmpty');
}

/**
 * A non-waiting put found the queue full (asyncio `QueueFull`).
 *
 * @example
 * ```ts
 * import { QueueFull } from '@asyncutils/exceptions';

 * throw new QueueFull('asyncutils.queues.SmartQueue.putNowait: the queue is full');
 * ```
 */
export class QueueFull extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'QueueFull');
}

/**
 * The queue was shut down (asyncio `QueueShutDown`).
 *
 * @example
 * ```ts
 * import { QueueShutDown } from '@asyncutils/exceptions';

 * throw new QueueShutDown('asyncutils.queues.SmartQueue.put: the queue is shut down');
 * ```
 */
export class QueueShutDown extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'QueueShutDown');
}

/**
 * A barrier was reset or aborted while tasks waited on it (asyncio `BrokenBarrierError`).
 *
 * @example
 * ```ts
 * import { BrokenBarrierError } from '@asyncutils/exceptions';

 * throw new BrokenBarrierError('asyncutils.locks.Barrier.wait: the barrier is broken');
 * ```
 */
export class BrokenBarrierError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BrokenBarrierError');
}

/**
 * An operation is not allowed in the current state of a future or task (asyncio `InvalidStateError`).
 *
 * @remarks
 * Thrown by `@asyncutils/futures` (this class, not a `DOMException` of the same name).
 *
 * @example
 * ```ts
 * import { InvalidStateError } from '@asyncutils/exceptions';

 * throw new InvalidStateError('asyncutils.futures.Future.result: the result is not set yet');
 * ```
 */
export class InvalidStateError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'InvalidStateError');
}
