// Contextual constants of the read-write locks of `@asyncutils/rwlocks`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Reader aging factor (negative: upstream's "unset").
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/rwlocks`. Python default: `-1`.
 *
 * @default `-1`
 *
 * @example
 * ```ts
 * import { AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR, localContext } from '@asyncutils/context';
 *
 * AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR.get(); // -1, unless overridden
 * localContext({ AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR: 1.5 }, () => AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR.get()); // 1.5
 * ```
 */
export const AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR: ContextConstant<'AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR'> = /* @__PURE__ */ defineConstant('AGING_RWLOCK_DEFAULT_READ_PRIORITY_FACTOR', -1, 'number');

/**
 * Writer aging factor.
 *
 * @remarks
 * Kind `'number'`: a finite number. Read by `@asyncutils/rwlocks`. Python default: `-1`.
 *
 * @default `-1`
 *
 * @example
 * ```ts
 * import { AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR, localContext } from '@asyncutils/context';
 *
 * AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR.get(); // -1, unless overridden
 * localContext({ AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR: 1.5 }, () => AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR.get()); // 1.5
 * ```
 */
export const AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR: ContextConstant<'AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR'> = /* @__PURE__ */ defineConstant('AGING_RWLOCK_DEFAULT_WRITE_PRIORITY_FACTOR', -1, 'number');

/**
 * Writer preference of `RWLock`.
 *
 * @remarks
 * Kind `'boolean'`: a boolean. Read by `@asyncutils/rwlocks`. Python default: `True`.
 *
 * @default `true`
 *
 * @example
 * ```ts
 * import { RWLOCK_DEFAULT_PREFER_WRITERS, localContext } from '@asyncutils/context';
 *
 * RWLOCK_DEFAULT_PREFER_WRITERS.get(); // true, unless overridden
 * localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => RWLOCK_DEFAULT_PREFER_WRITERS.get()); // false
 * ```
 */
export const RWLOCK_DEFAULT_PREFER_WRITERS: ContextConstant<'RWLOCK_DEFAULT_PREFER_WRITERS'> = /* @__PURE__ */ defineConstant('RWLOCK_DEFAULT_PREFER_WRITERS', true, 'boolean');
