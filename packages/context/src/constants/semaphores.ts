// Contextual constants of the semaphores and rate limit of `@asyncutils/locks` and `@asyncutils/util`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Default tokens of `AdvancedRateLimit`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/locks`. Python default: `1.0`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { ADVANCED_RATE_LIMIT_DEFAULT_TOKENS, localContext } from '@asyncutils/context';
 *
 * ADVANCED_RATE_LIMIT_DEFAULT_TOKENS.get(); // 1, unless overridden
 * localContext({ ADVANCED_RATE_LIMIT_DEFAULT_TOKENS: 2 }, () => ADVANCED_RATE_LIMIT_DEFAULT_TOKENS.get()); // 2
 * ```
 */
export const ADVANCED_RATE_LIMIT_DEFAULT_TOKENS: ContextConstant<'ADVANCED_RATE_LIMIT_DEFAULT_TOKENS'> = /* @__PURE__ */ defineConstant('ADVANCED_RATE_LIMIT_DEFAULT_TOKENS', 1, 'number');

/**
 * Initial value of `DynamicBoundedSemaphore`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/locks`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE, localContext } from '@asyncutils/context';
 *
 * DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE.get(); // 1, unless overridden
 * localContext({ DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE: 3 }, () => DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE.get()); // 3
 * ```
 */
export const DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE: ContextConstant<'DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE'> = /* @__PURE__ */ defineConstant('DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE', 1, 'integer');

/**
 * Initial value of `PrioritySemaphore`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/locks`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { PRIORITY_SEMAPHORE_DEFAULT_VALUE, localContext } from '@asyncutils/context';
 *
 * PRIORITY_SEMAPHORE_DEFAULT_VALUE.get(); // 1, unless overridden
 * localContext({ PRIORITY_SEMAPHORE_DEFAULT_VALUE: 3 }, () => PRIORITY_SEMAPHORE_DEFAULT_VALUE.get()); // 3
 * ```
 */
export const PRIORITY_SEMAPHORE_DEFAULT_VALUE: ContextConstant<'PRIORITY_SEMAPHORE_DEFAULT_VALUE'> = /* @__PURE__ */ defineConstant('PRIORITY_SEMAPHORE_DEFAULT_VALUE', 1, 'integer');

/**
 * Default value of `semaphore`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/util`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { SEMAPHORE_DEFAULT_VALUE, localContext } from '@asyncutils/context';
 *
 * SEMAPHORE_DEFAULT_VALUE.get(); // 1, unless overridden
 * localContext({ SEMAPHORE_DEFAULT_VALUE: 3 }, () => SEMAPHORE_DEFAULT_VALUE.get()); // 3
 * ```
 */
export const SEMAPHORE_DEFAULT_VALUE: ContextConstant<'SEMAPHORE_DEFAULT_VALUE'> = /* @__PURE__ */ defineConstant('SEMAPHORE_DEFAULT_VALUE', 1, 'integer');
