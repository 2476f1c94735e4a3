// The errors of bulkheads (bounded concurrent sections): `BulkheadError` and its subclasses.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * Base class of the errors a bulkhead throws.
 *
 * @example
 * ```ts
 * import { BulkheadError, BulkheadFull } from '@asyncutils/exceptions';

 * new BulkheadFull('no free slot') instanceof BulkheadError; // true
 * ```
 */
export class BulkheadError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BulkheadError');
}

/**
 * A bulkhead has no free slot and no room in its waiting line.
 *
 * @example
 * ```ts
 * import { BulkheadFull } from '@asyncutils/exceptions';

 * throw new BulkheadFull('asyncutils.altlocks.Bulkhead: 10 calls running and 0 waiting slots left');
 * ```
 */
export class BulkheadFull extends BulkheadError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BulkheadFull');
}

/**
 * A bulkhead was shut down and accepts no more calls.
 *
 * @example
 * ```ts
 * import { BulkheadShutDown } from '@asyncutils/exceptions';

 * throw new BulkheadShutDown('asyncutils.altlocks.Bulkhead: shut down');
 * ```
 */
export class BulkheadShutDown extends BulkheadError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BulkheadShutDown');
}
