// Contextual constants of the `Observable` and rendezvous helpers of `@asyncutils/channels`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Default `n` of `ntimes`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/channels`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { OBSERVABLE_DEFAULT_NTIMES_N, localContext } from '@asyncutils/context';
 *
 * OBSERVABLE_DEFAULT_NTIMES_N.get(); // 1, unless overridden
 * localContext({ OBSERVABLE_DEFAULT_NTIMES_N: 3 }, () => OBSERVABLE_DEFAULT_NTIMES_N.get()); // 3
 * ```
 */
export const OBSERVABLE_DEFAULT_NTIMES_N: ContextConstant<'OBSERVABLE_DEFAULT_NTIMES_N'> = /* @__PURE__ */ defineConstant('OBSERVABLE_DEFAULT_NTIMES_N', 1, 'integer');

/**
 * Upstream cleanup period (kept for config compatibility), in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/channels`, which documents that it does not act on it: it exists so that configuration files and code written for the Python library stay valid. Python default: `30.0` (seconds).
 *
 * @default `30_000` ms
 *
 * @example
 * ```ts
 * import { RENDEZVOUS_MAINTENANCE_INTERVAL, localContext } from '@asyncutils/context';
 *
 * RENDEZVOUS_MAINTENANCE_INTERVAL.get(); // 30_000, unless overridden
 * localContext({ RENDEZVOUS_MAINTENANCE_INTERVAL: 60_000 }, () => RENDEZVOUS_MAINTENANCE_INTERVAL.get()); // 60_000
 * ```
 */
export const RENDEZVOUS_MAINTENANCE_INTERVAL: ContextConstant<'RENDEZVOUS_MAINTENANCE_INTERVAL'> = /* @__PURE__ */ defineConstant('RENDEZVOUS_MAINTENANCE_INTERVAL', 30_000, 'duration');
