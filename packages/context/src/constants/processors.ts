// Contextual constants of the batch processors and `Bulkhead` of `@asyncutils/processors`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Items per batch.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/processors`. Python default: `128`.
 *
 * @default `128`
 *
 * @example
 * ```ts
 * import { BATCH_PROCESSOR_DEFAULT_MAX_SIZE, localContext } from '@asyncutils/context';
 *
 * BATCH_PROCESSOR_DEFAULT_MAX_SIZE.get(); // 128, unless overridden
 * localContext({ BATCH_PROCESSOR_DEFAULT_MAX_SIZE: 130 }, () => BATCH_PROCESSOR_DEFAULT_MAX_SIZE.get()); // 130
 * ```
 */
export const BATCH_PROCESSOR_DEFAULT_MAX_SIZE: ContextConstant<'BATCH_PROCESSOR_DEFAULT_MAX_SIZE'> = /* @__PURE__ */ defineConstant('BATCH_PROCESSOR_DEFAULT_MAX_SIZE', 128, 'integer');

/**
 * Longest wait to fill a batch, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/processors`. Python default: `1.0` (seconds).
 *
 * @default `1_000` ms
 *
 * @example
 * ```ts
 * import { BATCH_PROCESSOR_DEFAULT_MAX_TIME, localContext } from '@asyncutils/context';
 *
 * BATCH_PROCESSOR_DEFAULT_MAX_TIME.get(); // 1_000, unless overridden
 * localContext({ BATCH_PROCESSOR_DEFAULT_MAX_TIME: 2_000 }, () => BATCH_PROCESSOR_DEFAULT_MAX_TIME.get()); // 2_000
 * ```
 */
export const BATCH_PROCESSOR_DEFAULT_MAX_TIME: ContextConstant<'BATCH_PROCESSOR_DEFAULT_MAX_TIME'> = /* @__PURE__ */ defineConstant('BATCH_PROCESSOR_DEFAULT_MAX_TIME', 1_000, 'duration');

/**
 * Items per batch.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/processors`. Python default: `10`.
 *
 * @default `10`
 *
 * @example
 * ```ts
 * import { BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE, localContext } from '@asyncutils/context';
 *
 * BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE.get(); // 10, unless overridden
 * localContext({ BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE: 12 }, () => BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE.get()); // 12
 * ```
 */
export const BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE: ContextConstant<'BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE'> = /* @__PURE__ */ defineConstant('BOUNDED_BATCH_PROCESSOR_DEFAULT_BATCH_SIZE', 10, 'integer');

/**
 * Concurrent batches.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/processors`. Python default: `5`.
 *
 * @default `5`
 *
 * @example
 * ```ts
 * import { BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT, localContext } from '@asyncutils/context';
 *
 * BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT.get(); // 5, unless overridden
 * localContext({ BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT: 7 }, () => BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT.get()); // 7
 * ```
 */
export const BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT: ContextConstant<'BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT'> = /* @__PURE__ */ defineConstant('BOUNDED_BATCH_PROCESSOR_DEFAULT_MAX_CONCURRENT', 5, 'integer');

/**
 * Queued calls of a `Bulkhead`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/processors`. Python default: `32`.
 *
 * @default `32`
 *
 * @example
 * ```ts
 * import { BULKHEAD_DEFAULT_MAX_QUEUE, localContext } from '@asyncutils/context';
 *
 * BULKHEAD_DEFAULT_MAX_QUEUE.get(); // 32, unless overridden
 * localContext({ BULKHEAD_DEFAULT_MAX_QUEUE: 34 }, () => BULKHEAD_DEFAULT_MAX_QUEUE.get()); // 34
 * ```
 */
export const BULKHEAD_DEFAULT_MAX_QUEUE: ContextConstant<'BULKHEAD_DEFAULT_MAX_QUEUE'> = /* @__PURE__ */ defineConstant('BULKHEAD_DEFAULT_MAX_QUEUE', 32, 'integer');

/**
 * Rejections tolerated (negative: unlimited).
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/processors`. Python default: `-1`.
 *
 * @default `-1`
 *
 * @example
 * ```ts
 * import { BULKHEAD_DEFAULT_MAX_REJ, localContext } from '@asyncutils/context';
 *
 * BULKHEAD_DEFAULT_MAX_REJ.get(); // -1, unless overridden
 * localContext({ BULKHEAD_DEFAULT_MAX_REJ: 4 }, () => BULKHEAD_DEFAULT_MAX_REJ.get()); // 4
 * ```
 */
export const BULKHEAD_DEFAULT_MAX_REJ: ContextConstant<'BULKHEAD_DEFAULT_MAX_REJ'> = /* @__PURE__ */ defineConstant('BULKHEAD_DEFAULT_MAX_REJ', -1, 'integer');
