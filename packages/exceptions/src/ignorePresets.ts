// The ready-made `IgnoreErrors` instances of upstream (`ignore_all`, `ignore_noncritical`, …).
import { AnyError } from './categories.js';
import { CRITICAL } from './CRITICAL.js';
import { IgnoreErrors } from './IgnoreErrors.js';

/**
 * Suppresses every thrown value: `new IgnoreErrors(AnyError)`.
 *
 * @example
 * ```ts
 * import { ignoreAll } from '@asyncutils/exceptions';
 *
 * ignoreAll.run(() => { throw 'anything'; }); // undefined
 * ```
 */
export const ignoreAll: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(AnyError);

/**
 * Suppresses every thrown value except the {@link CRITICAL} errors: `ignoreAll.excluding(...CRITICAL)`.
 *
 * @example
 * ```ts
 * import { Deadlock, ignoreNoncritical } from '@asyncutils/exceptions';
 *
 * ignoreNoncritical.run(() => { throw new Error('x'); }); // undefined
 * ignoreNoncritical.run(() => { throw new Deadlock('y'); }); // throws the Deadlock
 * ```
 */
export const ignoreNoncritical: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(AnyError, { exclude: CRITICAL });

/**
 * Suppresses ordinary errors: `new IgnoreErrors()` (= `TypicalError`).
 *
 * @example
 * ```ts
 * import { ignoreTypical } from '@asyncutils/exceptions';
 *
 * ignoreTypical.run(() => JSON.parse('{')); // undefined
 * ```
 */
export const ignoreTypical: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors();

/**
 * Suppresses `RangeError`s (Python's `ValueError`): `new IgnoreErrors(RangeError)`.
 *
 * @example
 * ```ts
 * import { ignoreValerrs } from '@asyncutils/exceptions';
 *
 * ignoreValerrs.run(() => { throw new RangeError('foo'); }); // undefined
 * ```
 */
export const ignoreValerrs: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(RangeError);

/**
 * Suppresses `TypeError`s: `new IgnoreErrors(TypeError)`.
 *
 * @example
 * ```ts
 * import { ignoreTypeerrs } from '@asyncutils/exceptions';
 *
 * ignoreTypeerrs.run(() => null!.x); // undefined
 * ```
 */
export const ignoreTypeerrs: IgnoreErrors = /* @__PURE__ */ new IgnoreErrors(TypeError);
