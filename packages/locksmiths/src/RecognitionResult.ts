// `RecognitionResult`: the outcomes of `LocksmithBase.recognizeLock`, as a frozen object of string members.

/**
 * The possible outcomes of {@link LocksmithBase.recognizeLock}: each member's value is its own name.
 *
 * @remarks
 * - `FAILED_PRELIM`: `preliminaryCheckLock` rejected the object (no `acquire`/`release`/`locked` methods).
 * - `FAILED_ACK`: the lock's `acknowledgeLocksmithLockHeld` returned or resolved a falsy value, or threw.
 * - `ALREADY_RECOGNIZED`: this locksmith recognized the lock before.
 * - `SUCCESS`: the lock is now recognized (and may be forced).
 *
 * @example
 * ```ts
 * import { LocksmithBase, RecognitionResult } from '@asyncutils/locksmiths';
 *
 * const smith = new LocksmithBase();
 * (await smith.recognizeLock(lock)) === RecognitionResult.SUCCESS; // true for a consenting lock
 * (await smith.recognizeLock(lock)) === RecognitionResult.ALREADY_RECOGNIZED; // true
 * ```
 */
export const RecognitionResult: {
  readonly FAILED_PRELIM: 'FAILED_PRELIM';
  readonly FAILED_ACK: 'FAILED_ACK';
  readonly ALREADY_RECOGNIZED: 'ALREADY_RECOGNIZED';
  readonly SUCCESS: 'SUCCESS';
} = /* @__PURE__ */ Object.freeze({
  FAILED_PRELIM: 'FAILED_PRELIM',
  FAILED_ACK: 'FAILED_ACK',
  ALREADY_RECOGNIZED: 'ALREADY_RECOGNIZED',
  SUCCESS: 'SUCCESS',
});

/**
 * One outcome of {@link LocksmithBase.recognizeLock}: the union of the values of the
 * {@link RecognitionResult} object.
 *
 * @example
 * ```ts
 * import type { RecognitionResult } from '@asyncutils/locksmiths';
 *
 * const outcome: RecognitionResult = 'FAILED_ACK';
 * ```
 */
export type RecognitionResult = (typeof RecognitionResult)[keyof typeof RecognitionResult];
