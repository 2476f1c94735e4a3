// Contextual constants of the `CacheWithBackgroundRefresh` of `@asyncutils/misc`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Refresh this long before expiry, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/misc`. Python default: `15.0` (seconds).
 *
 * @default `15_000` ms
 *
 * @example
 * ```ts
 * import { BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH, localContext } from '@asyncutils/context';
 *
 * BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH.get(); // 15_000, unless overridden
 * localContext({ BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH: 30_000 }, () => BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH.get()); // 30_000
 * ```
 */
export const BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH: ContextConstant<'BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH'> = /* @__PURE__ */ defineConstant('BACKGROUND_REFRESH_CACHE_DEFAULT_REFRESH', 15_000, 'duration');

/**
 * Entry lifetime, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/misc`. Python default: `60.0` (seconds).
 *
 * @default `60_000` ms
 *
 * @example
 * ```ts
 * import { BACKGROUND_REFRESH_CACHE_DEFAULT_TTL, localContext } from '@asyncutils/context';
 *
 * BACKGROUND_REFRESH_CACHE_DEFAULT_TTL.get(); // 60_000, unless overridden
 * localContext({ BACKGROUND_REFRESH_CACHE_DEFAULT_TTL: 120_000 }, () => BACKGROUND_REFRESH_CACHE_DEFAULT_TTL.get()); // 120_000
 * ```
 */
export const BACKGROUND_REFRESH_CACHE_DEFAULT_TTL: ContextConstant<'BACKGROUND_REFRESH_CACHE_DEFAULT_TTL'> = /* @__PURE__ */ defineConstant('BACKGROUND_REFRESH_CACHE_DEFAULT_TTL', 60_000, 'duration');
