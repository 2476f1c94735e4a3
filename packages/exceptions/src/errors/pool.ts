// The errors of resource pools: `PoolError` and its subclasses.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * Base class of the errors a resource pool throws.
 *
 * @example
 * ```ts
 * import { PoolError, PoolFull } from '@asyncutils/exceptions';

 * new PoolFull('pool is full') instanceof PoolError; // true
 * ```
 */
export class PoolError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PoolError');
}

/**
 * A pool cannot take more resources or workers.
 *
 * @example
 * ```ts
 * import { PoolFull } from '@asyncutils/exceptions';

 * throw new PoolFull('asyncutils.pools.Pool: already holds its maximum of 8 resources');
 * ```
 */
export class PoolFull extends PoolError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PoolFull');
}

/**
 * A pool was shut down and hands out no more resources.
 *
 * @example
 * ```ts
 * import { PoolShutDown } from '@asyncutils/exceptions';

 * throw new PoolShutDown('asyncutils.pools.Pool: shut down');
 * ```
 */
export class PoolShutDown extends PoolError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'PoolShutDown');
}
