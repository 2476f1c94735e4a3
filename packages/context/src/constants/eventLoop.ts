// Contextual constants of upstream's `event_loop` (kept for configuration files).
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Flags of upstream `event_loop` (kept for config compatibility).
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/base`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `0`.
 *
 * @default `0`
 *
 * @example
 * ```ts
 * import { EVENT_LOOP_BASE_FLAGS, localContext } from '@asyncutils/context';
 *
 * EVENT_LOOP_BASE_FLAGS.get(); // 0, unless overridden
 * localContext({ EVENT_LOOP_BASE_FLAGS: 2 }, () => EVENT_LOOP_BASE_FLAGS.get()); // 2
 * ```
 */
export const EVENT_LOOP_BASE_FLAGS: ContextConstant<'EVENT_LOOP_BASE_FLAGS'> = /* @__PURE__ */ defineConstant('EVENT_LOOP_BASE_FLAGS', 0, 'integer');
