// The errors no handler should swallow (upstream `BaseException`s): `StateCorrupted`, `Critical`, `Deadlock`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * The user tampered with internal state of the library; the state can no longer be trusted.
 *
 * @remarks
 * One of the {@link CRITICAL} errors: not matched by `TypicalError`, re-thrown as {@link Critical} by `unnest`.
 *
 * @example
 * ```ts
 * import { StateCorrupted } from '@asyncutils/exceptions';
 *
 * new StateCorrupted('module-internal', 'the registry is not a Map').message;
 * // 'asyncutils: user tampered with module-internal state; the registry is not a Map'
 * ```
 */
export class StateCorrupted extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'StateCorrupted');

  /** What kind of state was corrupted (e.g. `'module-internal'`). */
  readonly adjective: string;
  /** What was found wrong. */
  readonly details: string;

  /**
   * @param adjective - What kind of state was corrupted (e.g. `'module-internal'`).
   * @param details - What was found wrong.
   */
  constructor(adjective: string, details: string) {
    super(`asyncutils: user tampered with ${adjective} state; ${details}`);
    this.adjective = adjective;
    this.details = details;
  }
}

/**
 * Wraps an error that must stop the program (Python's `SystemExit`, `KeyboardInterrupt`, …, or one of the
 * {@link CRITICAL} errors found inside an `AggregateError`).
 *
 * @remarks
 * `exc` is also the standard `cause`. A `Critical` passed as `exc` is unwrapped, so critical errors never nest.
 *
 * @example
 * ```ts
 * import { Critical, Deadlock } from '@asyncutils/exceptions';
 *
 * const deadlock = new Deadlock('two tasks wait for each other');
 * const err = new Critical(deadlock);
 * err.exc === deadlock && err.cause === deadlock; // true
 * new Critical(err).exc === deadlock; // true
 * ```
 */
export class Critical extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'Critical');

  /** The wrapped error (also `cause`). */
  readonly exc: unknown;

  /**
   * @param exc - The critical error; a `Critical` is replaced by its own `exc`.
   */
  constructor(exc: unknown) {
    const inner = exc instanceof Critical ? exc.exc : exc;
    super('critical error occurred or user attempted to terminate the program', { cause: inner });
    this.exc = inner;
  }
}

/**
 * Tasks wait for each other and none can proceed.
 *
 * @remarks
 * One of the {@link CRITICAL} errors: not matched by `TypicalError`.
 *
 * @example
 * ```ts
 * import { Deadlock } from '@asyncutils/exceptions';
 *
 * throw new Deadlock('asyncutils.locks.RLock: the owner waits for itself');
 * ```
 */
export class Deadlock extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'Deadlock');
}
