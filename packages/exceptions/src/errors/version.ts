// The errors of @asyncutils/version (upstream `asyncutils.exceptions.Version*`).
import { objectId, typeName } from '@asyncutils/audit';
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';
import { describe } from '../describe.js';

/**
 * Base class of every error about versions (`@asyncutils/version`).
 *
 * @remarks
 * Its `instanceof` also accepts the classes that extend a built-in error and count as version errors
 * (`VersionValueError`, `VersionNormalizerMissing`, `VersionNormalizerTypeError`), and instances from another
 * copy of the package (ESM and CJS builds).
 *
 * @example
 * ```ts
 * import { VersionError, VersionValueError } from '@asyncutils/exceptions';
 *
 * new VersionValueError('bad part') instanceof VersionError; // true
 * ```
 */
export class VersionError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionError');
}

/**
 * A value could not be converted to a version.
 *
 * @example
 * ```ts
 * import { VersionConversionError } from '@asyncutils/exceptions';
 *
 * throw new VersionConversionError('cannot convert [] to a version');
 * ```
 */
export class VersionConversionError extends VersionError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionConversionError');
}

/**
 * A version string or part has an invalid value (Python `VersionConversionError, ValueError`).
 *
 * @remarks
 * Extends `RangeError` (the port's `ValueError`); `instanceof VersionConversionError` and `instanceof
 * VersionError` hold too.
 *
 * @example
 * ```ts
 * import { VersionValueError } from '@asyncutils/exceptions';
 *
 * const err = new VersionValueError('asyncutils.version.Version: "1.x" is not a version');
 * err instanceof RangeError; // true
 * ```
 */
export class VersionValueError extends RangeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionValueError', VersionConversionError);
}

/**
 * No normalizer is registered for the type of the value being converted to a version.
 *
 * @remarks
 * Extends `TypeError`; `instanceof VersionConversionError` and `instanceof VersionError` hold too.
 *
 * @example
 * ```ts
 * import { VersionNormalizerMissing } from '@asyncutils/exceptions';
 *
 * new VersionNormalizerMissing('1.x').message;
 * // `attempt to normalize object "1.x" of type 'string' failed since a normalizer has not been registered`
 * ```
 */
export class VersionNormalizerMissing extends TypeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionNormalizerMissing', VersionConversionError);

  /** The value that could not be normalized. */
  readonly obj: unknown;

  /**
   * @param obj - The value that has no registered normalizer.
   */
  constructor(obj: unknown) {
    super(`attempt to normalize object ${describe(obj)} of type '${typeName(obj)}' failed since a normalizer has not been registered`);
    this.obj = obj;
  }
}

/**
 * A custom normalizer returned something other than an iterable of integers.
 *
 * @remarks
 * Extends `TypeError`; `instanceof VersionConversionError` and `instanceof VersionError` hold too.
 *
 * @example
 * ```ts
 * import { VersionNormalizerTypeError } from '@asyncutils/exceptions';
 *
 * function fromDate(d: Date) { return d.toISOString(); }
 * const err = new VersionNormalizerTypeError(fromDate, new Date(0));
 * err.normalizer === fromDate; // true
 * ```
 */
export class VersionNormalizerTypeError extends TypeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionNormalizerTypeError', VersionConversionError);

  /** The normalizer that misbehaved. */
  readonly normalizer: Function;
  /** The value that was being normalized. */
  readonly obj: unknown;

  /**
   * @param normalizer - The custom normalizer that returned a bad value.
   * @param obj - The value that was being normalized.
   */
  constructor(normalizer: Function, obj: unknown) {
    super(
      `custom normalizer ${describe(normalizer)} for type '${typeName(obj)}' did not return an iterable of integers as expected when handling ${describe(obj)}`,
    );
    this.normalizer = normalizer;
    this.obj = obj;
  }
}

/**
 * A custom normalizer threw; the thrown value is `exc` and `cause`.
 *
 * @example
 * ```ts
 * import { VersionNormalizerFault } from '@asyncutils/exceptions';
 *
 * const boom = new Error('boom');
 * const err = new VersionNormalizerFault(function parse() {}, 'x', boom);
 * err.cause === boom; // true
 * ```
 */
export class VersionNormalizerFault extends VersionConversionError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionNormalizerFault');

  /** The normalizer that threw. */
  readonly normalizer: Function;
  /** The value that was being normalized. */
  readonly obj: unknown;
  /** What the normalizer threw (also `cause`). */
  readonly exc: unknown;

  /**
   * @param normalizer - The custom normalizer that threw.
   * @param obj - The value that was being normalized.
   * @param exc - What it threw.
   */
  constructor(normalizer: Function, obj: unknown, exc: unknown) {
    super(`custom normalizer ${describe(normalizer)} for type '${typeName(obj)}' threw ${typeName(exc)} when passed ${describe(obj)}`, {
      cause: exc,
    });
    this.normalizer = normalizer;
    this.obj = obj;
    this.exc = exc;
  }
}

/**
 * A version object was tampered with: its `parts` are no longer 3 non-negative integers.
 *
 * @remarks
 * Upstream forwards unknown attributes to the corrupted object; here, read them from `obj`.
 *
 * @example
 * ```ts
 * import { VersionCorrupted } from '@asyncutils/exceptions';
 *
 * const v = { parts: [1, -2] };
 * new VersionCorrupted(v).obj === v; // true
 * ```
 */
export class VersionCorrupted extends VersionError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'VersionCorrupted');

  /** The corrupted version object. */
  readonly obj: object;

  /**
   * @param obj - The corrupted version object.
   */
  constructor(obj: object) {
    super(`instance of ${typeName(obj)} #${objectId(obj)} was tampered with by the user (parts: ${describeParts(obj)}; should be 3 non-negative integers)`);
    this.obj = obj;
  }
}

/** `describe(obj.parts)`, or `<not present>` when `obj` has no `parts`. Never throws. */
function describeParts(obj: object): string {
  try {
    return (typeof obj === 'object' || typeof obj === 'function') && obj !== null && 'parts' in obj ? describe((obj as { parts: unknown }).parts) : '<not present>';
  } catch {
    return '<not present>';
  }
}
