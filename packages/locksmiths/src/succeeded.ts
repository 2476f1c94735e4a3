// `succeeded(result)`: whether a force or recognition outcome is a success.

/**
 * Tells whether an outcome of `force` or `recognizeLock` is a success: `'SUCCESS'` (of either enum),
 * `'RELEASED'` or `'ALREADY_RECOGNIZED'`.
 *
 * @remarks
 * A type guard; any other value (including `'ALREADY_BEING_FORCED'`, `'FAILED_ACK'`, numbers and
 * `undefined`) gives `false`.
 *
 * @param result - The value to test, usually a {@link ForceResult} or {@link RecognitionResult}.
 * @returns `true` for the three success values.
 *
 * @example
 * ```ts
 * import { LocksmithBase, succeeded } from '@asyncutils/locksmiths';
 *
 * const smith = new LocksmithBase();
 * if (!succeeded(await smith.recognizeLock(lock))) throw new Error('lock refused');
 * succeeded(await smith.force(lock)); // true when it was released
 * ```
 */
export function succeeded(result: unknown): result is 'SUCCESS' | 'RELEASED' | 'ALREADY_RECOGNIZED' {
  return result === 'SUCCESS' || result === 'RELEASED' || result === 'ALREADY_RECOGNIZED';
}
