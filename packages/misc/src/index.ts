// The public surface of @asyncutils/misc: named re-exports only, one module per concept.
export { CacheWithBackgroundRefresh } from './CacheWithBackgroundRefresh.js';
export { CallbackAccumulator } from './CallbackAccumulator.js';
export { gatherWithLimitedConcurrency } from './gatherWithLimitedConcurrency.js';
export { StateMachine } from './StateMachine.js';

export type {
  CacheWithBackgroundRefreshOptions,
  RefreshCacheErrorProcessor,
  RefreshCacheLoader,
} from './CacheWithBackgroundRefresh.js';
export type { CallbackAccumulatorOptions } from './CallbackAccumulator.js';
export type { GatherWithLimitedConcurrencyOptions, LimitedGatherJob } from './gatherWithLimitedConcurrency.js';
export type { StateMachineCondition, StateMachineHandler } from './StateMachine.js';
