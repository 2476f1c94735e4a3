// Contextual constants of the `EventWithValue` of `@asyncutils/events`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * History capacity of `EventWithValue`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/events`. Python default: `128`.
 *
 * @default `128`
 *
 * @example
 * ```ts
 * import { EVENT_WITH_VALUE_DEFAULT_MAX_HIST, localContext } from '@asyncutils/context';
 *
 * EVENT_WITH_VALUE_DEFAULT_MAX_HIST.get(); // 128, unless overridden
 * localContext({ EVENT_WITH_VALUE_DEFAULT_MAX_HIST: 130 }, () => EVENT_WITH_VALUE_DEFAULT_MAX_HIST.get()); // 130
 * ```
 */
export const EVENT_WITH_VALUE_DEFAULT_MAX_HIST: ContextConstant<'EVENT_WITH_VALUE_DEFAULT_MAX_HIST'> = /* @__PURE__ */ defineConstant('EVENT_WITH_VALUE_DEFAULT_MAX_HIST', 128, 'integer');

/**
 * Default window of `recentHistory`, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/events`. Python default: `5.0` (seconds).
 *
 * @default `5_000` ms
 *
 * @example
 * ```ts
 * import { EVENT_WITH_VALUE_DEFAULT_RECENT, localContext } from '@asyncutils/context';
 *
 * EVENT_WITH_VALUE_DEFAULT_RECENT.get(); // 5_000, unless overridden
 * localContext({ EVENT_WITH_VALUE_DEFAULT_RECENT: 10_000 }, () => EVENT_WITH_VALUE_DEFAULT_RECENT.get()); // 10_000
 * ```
 */
export const EVENT_WITH_VALUE_DEFAULT_RECENT: ContextConstant<'EVENT_WITH_VALUE_DEFAULT_RECENT'> = /* @__PURE__ */ defineConstant('EVENT_WITH_VALUE_DEFAULT_RECENT', 5_000, 'duration');
