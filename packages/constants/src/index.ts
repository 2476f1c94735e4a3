// The public surface of @asyncutils/constants: named re-exports only, one module per concept.
export { EXECUTORS_FROZENSET } from './EXECUTORS_FROZENSET.js';
export { NO_COALESCE } from './NO_COALESCE.js';
export { POSSIBLE_EXECUTORS } from './POSSIBLE_EXECUTORS.js';
export { RAISE } from './RAISE.js';
export { RECIPROCAL_E } from './RECIPROCAL_E.js';
export { SentinelBase } from './SentinelBase.js';

export type { ExecutorName } from './POSSIBLE_EXECUTORS.js';
export type { NoCoalesceSentinel } from './NO_COALESCE.js';
export type { RaiseSentinel } from './RAISE.js';
export type { SentinelBaseOptions } from './SentinelBase.js';
