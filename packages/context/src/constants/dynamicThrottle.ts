// Contextual constants of the `DynamicThrottle` of `@asyncutils/altlocks`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Relative jitter (fraction) of `DynamicThrottle` delays.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `0.2`.
 *
 * @default `0.2`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_JITTER, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_JITTER.get(); // 0.2, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_JITTER: 0.4 }, () => DYNAMIC_THROTTLE_DEFAULT_JITTER.get()); // 0.4
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_JITTER: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_JITTER'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_JITTER', 0.2, 'number');

/**
 * Success ratio below which the rate is lowered.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `0.25`.
 *
 * @default `0.25`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_LBOUND, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_LBOUND.get(); // 0.25, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_LBOUND: 0.5 }, () => DYNAMIC_THROTTLE_DEFAULT_LBOUND.get()); // 0.5
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_LBOUND: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_LBOUND'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_LBOUND', 0.25, 'number');

/**
 * Rate multiplier applied when lowering.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `0.75`.
 *
 * @default `0.75`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_LFACTOR, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_LFACTOR.get(); // 0.75, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_LFACTOR: 1.5 }, () => DYNAMIC_THROTTLE_DEFAULT_LFACTOR.get()); // 1.5
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_LFACTOR: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_LFACTOR'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_LFACTOR', 0.75, 'number');

/**
 * Highest rate, calls per second.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `100.0`.
 *
 * @default `100`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_MAX_RATE, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_MAX_RATE.get(); // 100, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_MAX_RATE: 200 }, () => DYNAMIC_THROTTLE_DEFAULT_MAX_RATE.get()); // 200
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_MAX_RATE: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_MAX_RATE'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_MAX_RATE', 100, 'number');

/**
 * Lowest rate, calls per second.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `0.01`.
 *
 * @default `0.01`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_MIN_RATE, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_MIN_RATE.get(); // 0.01, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_MIN_RATE: 0.02 }, () => DYNAMIC_THROTTLE_DEFAULT_MIN_RATE.get()); // 0.02
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_MIN_RATE: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_MIN_RATE'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_MIN_RATE', 0.01, 'number');

/**
 * Success ratio above which the rate is raised.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `0.75`.
 *
 * @default `0.75`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_UBOUND, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_UBOUND.get(); // 0.75, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_UBOUND: 1.5 }, () => DYNAMIC_THROTTLE_DEFAULT_UBOUND.get()); // 1.5
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_UBOUND: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_UBOUND'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_UBOUND', 0.75, 'number');

/**
 * Rate multiplier applied when raising.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/altlocks`. Python default: `1.25`.
 *
 * @default `1.25`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_UFACTOR, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_UFACTOR.get(); // 1.25, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_UFACTOR: 2.5 }, () => DYNAMIC_THROTTLE_DEFAULT_UFACTOR.get()); // 2.5
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_UFACTOR: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_UFACTOR'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_UFACTOR', 1.25, 'number');

/**
 * Calls observed per adjustment window.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/altlocks`. Python default: `100`.
 *
 * @default `100`
 *
 * @example
 * ```ts
 * import { DYNAMIC_THROTTLE_DEFAULT_WINDOW, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_THROTTLE_DEFAULT_WINDOW.get(); // 100, unless overridden
 * localContext({ DYNAMIC_THROTTLE_DEFAULT_WINDOW: 102 }, () => DYNAMIC_THROTTLE_DEFAULT_WINDOW.get()); // 102
 * ```
 */
export const DYNAMIC_THROTTLE_DEFAULT_WINDOW: ContextConstant<'DYNAMIC_THROTTLE_DEFAULT_WINDOW'> = /* @__PURE__ */ defineConstant('DYNAMIC_THROTTLE_DEFAULT_WINDOW', 100, 'integer');
