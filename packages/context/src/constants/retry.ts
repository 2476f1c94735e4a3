// Contextual constants of the `retry` helper of `@asyncutils/func`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Delay multiplier per retry.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/func`. Python default: `2.0`.
 *
 * @default `2`
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_BACKOFF, localContext } from '@asyncutils/context';
 *
 * RETRY_DEFAULT_BACKOFF.get(); // 2, unless overridden
 * localContext({ RETRY_DEFAULT_BACKOFF: 4 }, () => RETRY_DEFAULT_BACKOFF.get()); // 4
 * ```
 */
export const RETRY_DEFAULT_BACKOFF: ContextConstant<'RETRY_DEFAULT_BACKOFF'> = /* @__PURE__ */ defineConstant('RETRY_DEFAULT_BACKOFF', 2, 'number');

/**
 * First retry delay, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/func`. Python default: `0.5` (seconds).
 *
 * @default `500` ms
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_DELAY, localContext } from '@asyncutils/context';
 *
 * RETRY_DEFAULT_DELAY.get(); // 500, unless overridden
 * localContext({ RETRY_DEFAULT_DELAY: 1_000 }, () => RETRY_DEFAULT_DELAY.get()); // 1_000
 * ```
 */
export const RETRY_DEFAULT_DELAY: ContextConstant<'RETRY_DEFAULT_DELAY'> = /* @__PURE__ */ defineConstant('RETRY_DEFAULT_DELAY', 500, 'duration');

/**
 * Relative jitter (fraction) of retry delays.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/func`. Python default: `0.2`.
 *
 * @default `0.2`
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_JITTER, localContext } from '@asyncutils/context';
 *
 * RETRY_DEFAULT_JITTER.get(); // 0.2, unless overridden
 * localContext({ RETRY_DEFAULT_JITTER: 0.4 }, () => RETRY_DEFAULT_JITTER.get()); // 0.4
 * ```
 */
export const RETRY_DEFAULT_JITTER: ContextConstant<'RETRY_DEFAULT_JITTER'> = /* @__PURE__ */ defineConstant('RETRY_DEFAULT_JITTER', 0.2, 'number');

/**
 * Cap of a retry delay, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/func`. Python default: `30.0` (seconds).
 *
 * @default `30_000` ms
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_MAX_DELAY, localContext } from '@asyncutils/context';
 *
 * RETRY_DEFAULT_MAX_DELAY.get(); // 30_000, unless overridden
 * localContext({ RETRY_DEFAULT_MAX_DELAY: 60_000 }, () => RETRY_DEFAULT_MAX_DELAY.get()); // 60_000
 * ```
 */
export const RETRY_DEFAULT_MAX_DELAY: ContextConstant<'RETRY_DEFAULT_MAX_DELAY'> = /* @__PURE__ */ defineConstant('RETRY_DEFAULT_MAX_DELAY', 30_000, 'duration');

/**
 * Attempts of `retry`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/func`. Python default: `3`.
 *
 * @default `3`
 *
 * @example
 * ```ts
 * import { RETRY_DEFAULT_TRIES, localContext } from '@asyncutils/context';
 *
 * RETRY_DEFAULT_TRIES.get(); // 3, unless overridden
 * localContext({ RETRY_DEFAULT_TRIES: 5 }, () => RETRY_DEFAULT_TRIES.get()); // 5
 * ```
 */
export const RETRY_DEFAULT_TRIES: ContextConstant<'RETRY_DEFAULT_TRIES'> = /* @__PURE__ */ defineConstant('RETRY_DEFAULT_TRIES', 3, 'integer');
