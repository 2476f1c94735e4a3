// Contextual constants of the `benchmark` and `timer` helpers of `@asyncutils/func`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Run benchmark rounds one after another.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/func`. Python default: `False`.
 *
 * @default `false`
 *
 * @example
 * ```ts
 * import { BENCHMARK_DEFAULT_SEQUENTIAL, localContext } from '@asyncutils/context';
 *
 * BENCHMARK_DEFAULT_SEQUENTIAL.get(); // false, unless overridden
 * localContext({ BENCHMARK_DEFAULT_SEQUENTIAL: true }, () => BENCHMARK_DEFAULT_SEQUENTIAL.get()); // true
 * ```
 */
export const BENCHMARK_DEFAULT_SEQUENTIAL: ContextConstant<'BENCHMARK_DEFAULT_SEQUENTIAL'> = /* @__PURE__ */ defineConstant('BENCHMARK_DEFAULT_SEQUENTIAL', false, 'boolean');

/**
 * Measured rounds of `benchmark`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/func`. Python default: `3`.
 *
 * @default `3`
 *
 * @example
 * ```ts
 * import { BENCHMARK_DEFAULT_TIMES, localContext } from '@asyncutils/context';
 *
 * BENCHMARK_DEFAULT_TIMES.get(); // 3, unless overridden
 * localContext({ BENCHMARK_DEFAULT_TIMES: 5 }, () => BENCHMARK_DEFAULT_TIMES.get()); // 5
 * ```
 */
export const BENCHMARK_DEFAULT_TIMES: ContextConstant<'BENCHMARK_DEFAULT_TIMES'> = /* @__PURE__ */ defineConstant('BENCHMARK_DEFAULT_TIMES', 3, 'integer');

/**
 * Warm-up rounds of `benchmark`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/func`. Python default: `0`.
 *
 * @default `0`
 *
 * @example
 * ```ts
 * import { BENCHMARK_DEFAULT_WARMUP, localContext } from '@asyncutils/context';
 *
 * BENCHMARK_DEFAULT_WARMUP.get(); // 0, unless overridden
 * localContext({ BENCHMARK_DEFAULT_WARMUP: 2 }, () => BENCHMARK_DEFAULT_WARMUP.get()); // 2
 * ```
 */
export const BENCHMARK_DEFAULT_WARMUP: ContextConstant<'BENCHMARK_DEFAULT_WARMUP'> = /* @__PURE__ */ defineConstant('BENCHMARK_DEFAULT_WARMUP', 0, 'integer');

/**
 * Decimal places of the elapsed-milliseconds figure logged by `timer` (upstream: of seconds).
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/func`. Python default: `7`.
 *
 * @default `7`
 *
 * @example
 * ```ts
 * import { TIMER_DEFAULT_PRECISION, localContext } from '@asyncutils/context';
 *
 * TIMER_DEFAULT_PRECISION.get(); // 7, unless overridden
 * localContext({ TIMER_DEFAULT_PRECISION: 9 }, () => TIMER_DEFAULT_PRECISION.get()); // 9
 * ```
 */
export const TIMER_DEFAULT_PRECISION: ContextConstant<'TIMER_DEFAULT_PRECISION'> = /* @__PURE__ */ defineConstant('TIMER_DEFAULT_PRECISION', 7, 'integer');
