// `CRITICAL`: the error classes no handler should swallow.
import { Critical, Deadlock, StateCorrupted } from './errors/critical.js';

/**
 * The errors no handler should swallow: `[Critical, StateCorrupted, Deadlock]` (frozen).
 *
 * @remarks
 * Python's `CRITICAL` holds `SystemExit`, `SystemError` and `KeyboardInterrupt`, which JavaScript does not
 * have; these are the library's "do not catch" errors. `unnest` re-throws them as `Critical`, `wrapExc`
 * throws them at once, and `ignoreNoncritical` lets them through.
 *
 * @example
 * ```ts
 * import { CRITICAL } from '@asyncutils/exceptions';
 *
 * const isCritical = (e: unknown) => CRITICAL.some((C) => e instanceof C);
 * ```
 */
export const CRITICAL: readonly [typeof Critical, typeof StateCorrupted, typeof Deadlock] = /* @__PURE__ */ Object.freeze([
  Critical,
  StateCorrupted,
  Deadlock,
] as const);

/** Whether `value` is an instance of one of the {@link CRITICAL} classes. */
export function isCritical(value: unknown): boolean {
  return value instanceof Critical || value instanceof StateCorrupted || value instanceof Deadlock;
}
