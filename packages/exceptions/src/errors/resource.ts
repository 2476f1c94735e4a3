// The error of exclusive resources: `ResourceBusy`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A resource that allows one user at a time is in use.
 *
 * @example
 * ```ts
 * import { ResourceBusy } from '@asyncutils/exceptions';

 * throw new ResourceBusy('asyncutils.altlocks.UniqueResourceGuard: the resource is busy');
 * ```
 */
export class ResourceBusy extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'ResourceBusy');
}
