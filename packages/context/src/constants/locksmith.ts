// Contextual constants of the locksmiths of `@asyncutils/locksmiths`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * The three timeouts of a locksmith (`null`: none).
 *
 * @remarks
 * Kind `'timeouts'`: exactly 3 durations in ms or `null`s. Read by `@asyncutils/locksmiths`. Python default: `(1.0, 0.1, None)` (seconds).
 *
 * @default `[1_000, 100, null]` ms
 *
 * @example
 * ```ts
 * import { LOCKSMITH_BASE_DEFAULT_TIMEOUTS, localContext } from '@asyncutils/context';
 *
 * LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get(); // [1_000, 100, null], unless overridden
 * localContext({ LOCKSMITH_BASE_DEFAULT_TIMEOUTS: [500, 50, 2_000] }, () => LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get()); // [500, 50, 2_000]
 * ```
 */
export const LOCKSMITH_BASE_DEFAULT_TIMEOUTS: ContextConstant<'LOCKSMITH_BASE_DEFAULT_TIMEOUTS'> = /* @__PURE__ */ defineConstant('LOCKSMITH_BASE_DEFAULT_TIMEOUTS', [1_000, 100, null], 'timeouts');
