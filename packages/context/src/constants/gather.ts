// Contextual constants of the `gatherWithLimitedConcurrency` helper of `@asyncutils/misc`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Concurrency of `gatherWithLimitedConcurrency`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/misc`. Python default: `8`.
 *
 * @default `8`
 *
 * @example
 * ```ts
 * import { GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT, localContext } from '@asyncutils/context';
 *
 * GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT.get(); // 8, unless overridden
 * localContext({ GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT: 10 }, () => GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT.get()); // 10
 * ```
 */
export const GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT: ContextConstant<'GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT'> = /* @__PURE__ */ defineConstant('GATHER_WITH_LIMITED_CONCURRENCY_DEFAULT_MAX_CONCURRENT', 8, 'integer');
