// `ForceResult`: the outcomes of `LocksmithBase.force`, as a frozen object of string members.

/**
 * The possible outcomes of {@link LocksmithBase.force}: each member's value is its own name.
 *
 * @remarks
 * - `UNFORCEABLE`: the lock is not recognized by this locksmith, or not held.
 * - `NO_CURRENT_TASK`: the release threw, the lock has no owner and no handler is registered (`throwFallback`).
 * - `OWNER_COMPLETED`: the owner's `AbortController` was already aborted (`eagerFallback`).
 * - `ALREADY_BEING_FORCED`: another `force` of the same lock is in progress (`alreadyForcing`).
 * - `FAILURE`: the release threw and neither the owner nor a handler settled it.
 * - `RELEASED_WITH_FALSE`: `release()` returned `false` (`releaseReturnedFalse`).
 * - `SUCCESS`: the release threw, then the owner answered or the registered handler ran.
 * - `RELEASED`: the plain `release()` worked.
 *
 * Python's `ForceResult` is an `IntEnum` whose values collide with `RecognitionResult`'s; strings do not.
 *
 * @example
 * ```ts
 * import { ForceResult, LocksmithBase } from '@asyncutils/locksmiths';
 *
 * const result = await new LocksmithBase().force(lock);
 * if (result === ForceResult.UNFORCEABLE) console.log('recognize the lock first');
 * ForceResult.RELEASED; // 'RELEASED'
 * ```
 */
export const ForceResult: {
  readonly UNFORCEABLE: 'UNFORCEABLE';
  readonly NO_CURRENT_TASK: 'NO_CURRENT_TASK';
  readonly OWNER_COMPLETED: 'OWNER_COMPLETED';
  readonly ALREADY_BEING_FORCED: 'ALREADY_BEING_FORCED';
  readonly FAILURE: 'FAILURE';
  readonly RELEASED_WITH_FALSE: 'RELEASED_WITH_FALSE';
  readonly SUCCESS: 'SUCCESS';
  readonly RELEASED: 'RELEASED';
} = /* @__PURE__ */ Object.freeze({
  UNFORCEABLE: 'UNFORCEABLE',
  NO_CURRENT_TASK: 'NO_CURRENT_TASK',
  OWNER_COMPLETED: 'OWNER_COMPLETED',
  ALREADY_BEING_FORCED: 'ALREADY_BEING_FORCED',
  FAILURE: 'FAILURE',
  RELEASED_WITH_FALSE: 'RELEASED_WITH_FALSE',
  SUCCESS: 'SUCCESS',
  RELEASED: 'RELEASED',
});

/**
 * One outcome of {@link LocksmithBase.force}: the union of the values of the {@link ForceResult} object.
 *
 * @example
 * ```ts
 * import type { ForceResult } from '@asyncutils/locksmiths';
 *
 * const done: ForceResult = 'RELEASED';
 * ```
 */
export type ForceResult = (typeof ForceResult)[keyof typeof ForceResult];
