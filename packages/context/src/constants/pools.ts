// Contextual constants of the `AdvancedPool` and `ConnectionPool` of `@asyncutils/pools`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * `AdvancedPool` max workers.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/pools`. Python default: `5`.
 *
 * @default `5`
 *
 * @example
 * ```ts
 * import { ADVANCED_POOL_DEFAULT_MAX_WORKERS, localContext } from '@asyncutils/context';
 *
 * ADVANCED_POOL_DEFAULT_MAX_WORKERS.get(); // 5, unless overridden
 * localContext({ ADVANCED_POOL_DEFAULT_MAX_WORKERS: 7 }, () => ADVANCED_POOL_DEFAULT_MAX_WORKERS.get()); // 7
 * ```
 */
export const ADVANCED_POOL_DEFAULT_MAX_WORKERS: ContextConstant<'ADVANCED_POOL_DEFAULT_MAX_WORKERS'> = /* @__PURE__ */ defineConstant('ADVANCED_POOL_DEFAULT_MAX_WORKERS', 5, 'integer');

/**
 * `AdvancedPool` min workers.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/pools`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { ADVANCED_POOL_DEFAULT_MIN_WORKERS, localContext } from '@asyncutils/context';
 *
 * ADVANCED_POOL_DEFAULT_MIN_WORKERS.get(); // 1, unless overridden
 * localContext({ ADVANCED_POOL_DEFAULT_MIN_WORKERS: 3 }, () => ADVANCED_POOL_DEFAULT_MIN_WORKERS.get()); // 3
 * ```
 */
export const ADVANCED_POOL_DEFAULT_MIN_WORKERS: ContextConstant<'ADVANCED_POOL_DEFAULT_MIN_WORKERS'> = /* @__PURE__ */ defineConstant('ADVANCED_POOL_DEFAULT_MIN_WORKERS', 1, 'integer');

/**
 * Scale-down fraction.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/pools`. Python default: `0.3`.
 *
 * @default `0.3`
 *
 * @example
 * ```ts
 * import { ADVANCED_POOL_FACTOR, localContext } from '@asyncutils/context';
 *
 * ADVANCED_POOL_FACTOR.get(); // 0.3, unless overridden
 * localContext({ ADVANCED_POOL_FACTOR: 0.6 }, () => ADVANCED_POOL_FACTOR.get()); // 0.6
 * ```
 */
export const ADVANCED_POOL_FACTOR: ContextConstant<'ADVANCED_POOL_FACTOR'> = /* @__PURE__ */ defineConstant('ADVANCED_POOL_FACTOR', 0.3, 'number');

/**
 * Load above which workers are added.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/pools`. Python default: `1.5`.
 *
 * @default `1.5`
 *
 * @example
 * ```ts
 * import { ADVANCED_POOL_THRESHOLD_HI, localContext } from '@asyncutils/context';
 *
 * ADVANCED_POOL_THRESHOLD_HI.get(); // 1.5, unless overridden
 * localContext({ ADVANCED_POOL_THRESHOLD_HI: 3 }, () => ADVANCED_POOL_THRESHOLD_HI.get()); // 3
 * ```
 */
export const ADVANCED_POOL_THRESHOLD_HI: ContextConstant<'ADVANCED_POOL_THRESHOLD_HI'> = /* @__PURE__ */ defineConstant('ADVANCED_POOL_THRESHOLD_HI', 1.5, 'number');

/**
 * Load below which workers are retired.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/pools`. Python default: `0.5`.
 *
 * @default `0.5`
 *
 * @example
 * ```ts
 * import { ADVANCED_POOL_THRESHOLD_LO, localContext } from '@asyncutils/context';
 *
 * ADVANCED_POOL_THRESHOLD_LO.get(); // 0.5, unless overridden
 * localContext({ ADVANCED_POOL_THRESHOLD_LO: 1 }, () => ADVANCED_POOL_THRESHOLD_LO.get()); // 1
 * ```
 */
export const ADVANCED_POOL_THRESHOLD_LO: ContextConstant<'ADVANCED_POOL_THRESHOLD_LO'> = /* @__PURE__ */ defineConstant('ADVANCED_POOL_THRESHOLD_LO', 0.5, 'number');

/**
 * Connection lifetime, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/pools`. Python default: `3600.0` (seconds).
 *
 * @default `3_600_000` ms
 *
 * @example
 * ```ts
 * import { CONNECTION_POOL_DEFAULT_MAX_LIFE, localContext } from '@asyncutils/context';
 *
 * CONNECTION_POOL_DEFAULT_MAX_LIFE.get(); // 3_600_000, unless overridden
 * localContext({ CONNECTION_POOL_DEFAULT_MAX_LIFE: 7_200_000 }, () => CONNECTION_POOL_DEFAULT_MAX_LIFE.get()); // 7_200_000
 * ```
 */
export const CONNECTION_POOL_DEFAULT_MAX_LIFE: ContextConstant<'CONNECTION_POOL_DEFAULT_MAX_LIFE'> = /* @__PURE__ */ defineConstant('CONNECTION_POOL_DEFAULT_MAX_LIFE', 3_600_000, 'duration');

/**
 * Max connections.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/pools`. Python default: `10`.
 *
 * @default `10`
 *
 * @example
 * ```ts
 * import { CONNECTION_POOL_DEFAULT_MAX_SIZE, localContext } from '@asyncutils/context';
 *
 * CONNECTION_POOL_DEFAULT_MAX_SIZE.get(); // 10, unless overridden
 * localContext({ CONNECTION_POOL_DEFAULT_MAX_SIZE: 12 }, () => CONNECTION_POOL_DEFAULT_MAX_SIZE.get()); // 12
 * ```
 */
export const CONNECTION_POOL_DEFAULT_MAX_SIZE: ContextConstant<'CONNECTION_POOL_DEFAULT_MAX_SIZE'> = /* @__PURE__ */ defineConstant('CONNECTION_POOL_DEFAULT_MAX_SIZE', 10, 'integer');

/**
 * Min connections.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/pools`. Python default: `1`.
 *
 * @default `1`
 *
 * @example
 * ```ts
 * import { CONNECTION_POOL_DEFAULT_MIN_SIZE, localContext } from '@asyncutils/context';
 *
 * CONNECTION_POOL_DEFAULT_MIN_SIZE.get(); // 1, unless overridden
 * localContext({ CONNECTION_POOL_DEFAULT_MIN_SIZE: 3 }, () => CONNECTION_POOL_DEFAULT_MIN_SIZE.get()); // 3
 * ```
 */
export const CONNECTION_POOL_DEFAULT_MIN_SIZE: ContextConstant<'CONNECTION_POOL_DEFAULT_MIN_SIZE'> = /* @__PURE__ */ defineConstant('CONNECTION_POOL_DEFAULT_MIN_SIZE', 1, 'integer');

/**
 * Maintenance period, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/pools`. Python default: `30.0` (seconds).
 *
 * @default `30_000` ms
 *
 * @example
 * ```ts
 * import { CONNECTION_POOL_MAINTENANCE_INTERVAL, localContext } from '@asyncutils/context';
 *
 * CONNECTION_POOL_MAINTENANCE_INTERVAL.get(); // 30_000, unless overridden
 * localContext({ CONNECTION_POOL_MAINTENANCE_INTERVAL: 60_000 }, () => CONNECTION_POOL_MAINTENANCE_INTERVAL.get()); // 60_000
 * ```
 */
export const CONNECTION_POOL_MAINTENANCE_INTERVAL: ContextConstant<'CONNECTION_POOL_MAINTENANCE_INTERVAL'> = /* @__PURE__ */ defineConstant('CONNECTION_POOL_MAINTENANCE_INTERVAL', 30_000, 'duration');
