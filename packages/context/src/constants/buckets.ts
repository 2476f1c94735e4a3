// Contextual constants of the `LeakyBucket` and `TokenBucket` of `@asyncutils/buckets`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * `LeakyBucket` factor-adjustment table, first matching threshold wins.
 *
 * @remarks
 * Kind `'adjmap'`: rows of `[threshold, [4 finite numbers]]`. Read by `@asyncutils/buckets`. Python default: the same rows, as tuples.
 *
 * @default `[[256, [0.15, 1.1, 0.85, 0.9]], [128, [0.23, 1.2, 0.77, 0.81]], [0, [0.3, 1.4, 0.7, 0.73]]]`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_ADJMAP, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_ADJMAP.get(); // [[256, [0.15, 1.1, 0.85, 0.9]], [128, [0.23, 1.2, 0.77, 0.81]], [0, [0.3, 1.4, 0.7, 0.73]]], unless overridden
 * localContext({ LEAKY_BUCKET_ADJMAP: [[0, [0.2, 1.2, 0.8, 0.85]]] }, () => LEAKY_BUCKET_ADJMAP.get()); // [[0, [0.2, 1.2, 0.8, 0.85]]]
 * ```
 */
export const LEAKY_BUCKET_ADJMAP: ContextConstant<'LEAKY_BUCKET_ADJMAP'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_ADJMAP', [[256, [0.15, 1.1, 0.85, 0.9]], [128, [0.23, 1.2, 0.77, 0.81]], [0, [0.3, 1.4, 0.7, 0.73]]], 'adjmap');

/**
 * Default amount of `acquire`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/buckets`. Python default: `1.0`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS.get(); // 1, unless overridden
 * localContext({ LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS: 2 }, () => LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS.get()); // 2
 * ```
 */
export const LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS: ContextConstant<'LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS', 1, 'number');

/**
 * Whether `factor` may be set from outside.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/buckets`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR.get(); // true, unless overridden
 * localContext({ LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR: false }, () => LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR.get()); // false
 * ```
 */
export const LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR: ContextConstant<'LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR', true, 'boolean');

/**
 * Upper clamp of `factor`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/buckets`. Python default: `10.0`.
 *
 * @default `10`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_DEFAULT_MAX_FACTOR, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_DEFAULT_MAX_FACTOR.get(); // 10, unless overridden
 * localContext({ LEAKY_BUCKET_DEFAULT_MAX_FACTOR: 20 }, () => LEAKY_BUCKET_DEFAULT_MAX_FACTOR.get()); // 20
 * ```
 */
export const LEAKY_BUCKET_DEFAULT_MAX_FACTOR: ContextConstant<'LEAKY_BUCKET_DEFAULT_MAX_FACTOR'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_DEFAULT_MAX_FACTOR', 10, 'number');

/**
 * Lower clamp of `factor`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/buckets`. Python default: `0.1`.
 *
 * @default `0.1`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_DEFAULT_MIN_FACTOR, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_DEFAULT_MIN_FACTOR.get(); // 0.1, unless overridden
 * localContext({ LEAKY_BUCKET_DEFAULT_MIN_FACTOR: 0.2 }, () => LEAKY_BUCKET_DEFAULT_MIN_FACTOR.get()); // 0.2
 * ```
 */
export const LEAKY_BUCKET_DEFAULT_MIN_FACTOR: ContextConstant<'LEAKY_BUCKET_DEFAULT_MIN_FACTOR'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_DEFAULT_MIN_FACTOR', 0.1, 'number');

/**
 * Default amount of `waitForTokens`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/buckets`. Python default: `1.0`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS.get(); // 1, unless overridden
 * localContext({ LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS: 2 }, () => LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS.get()); // 2
 * ```
 */
export const LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS: ContextConstant<'LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS', 1, 'number');

/**
 * Longest single poll sleep of `waitForTokens`, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/buckets`. Python default: `0.1` (seconds).
 *
 * @default `100` ms
 *
 * @example
 * ```ts
 * import { LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK, localContext } from '@asyncutils/context';
 *
 * LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK.get(); // 100, unless overridden
 * localContext({ LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK: 200 }, () => LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK.get()); // 200
 * ```
 */
export const LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK: ContextConstant<'LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK'> = /* @__PURE__ */ defineConstant('LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK', 100, 'duration');

/**
 * Default tokens of `consume`.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/buckets`. Python default: `1.0`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS, localContext } from '@asyncutils/context';
 *
 * TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS.get(); // 1, unless overridden
 * localContext({ TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS: 2 }, () => TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS.get()); // 2
 * ```
 */
export const TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS: ContextConstant<'TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS'> = /* @__PURE__ */ defineConstant('TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS', 1, 'number');
