// Error types and matchers: what `instanceof` accepts on its right-hand side, and `errorMatcher` to build one.
import { describe } from './describe.js';

/**
 * A class of errors (any constructor, abstract ones included), as the right-hand side of `instanceof`.
 *
 * @example
 * ```ts
 * import type { ErrorClass } from '@asyncutils/exceptions';
 *
 * const types: ErrorClass[] = [RangeError, TypeError];
 * ```
 */
export type ErrorClass = abstract new (...args: never) => unknown;

/**
 * An object usable on the right of `instanceof` through `Symbol.hasInstance`: a category of thrown values
 * that is not a class (see `AnyError`, `TypicalError`, `errorMatcher`).
 *
 * @example
 * ```ts
 * import { errorMatcher, type ErrorMatcher } from '@asyncutils/exceptions';
 *
 * const Negative: ErrorMatcher = errorMatcher((v) => typeof v === 'number' && v < 0, 'Negative');
 * -1 instanceof Negative; // true
 * ```
 */
export interface ErrorMatcher {
  /** The matcher's name (used by `IgnoreErrors.prototype.toString`). */
  readonly name: string;
  /** Whether `value` belongs to the category. */
  [Symbol.hasInstance](value: unknown): boolean;
}

/**
 * Either an {@link ErrorClass} or an {@link ErrorMatcher}: anything matched with `value instanceof type`.
 *
 * @example
 * ```ts
 * import { TypicalError, type ErrorType } from '@asyncutils/exceptions';
 *
 * const suppressed: ErrorType[] = [RangeError, TypicalError];
 * ```
 */
export type ErrorType = ErrorClass | ErrorMatcher;

/**
 * Builds an {@link ErrorMatcher} from an error `name` or a predicate.
 *
 * @remarks
 * A string matches objects whose `name` property equals it (the matcher's `name` is the string); a
 * predicate matches the values for which it returns a truthy value (the matcher's `name` is `name`). A
 * predicate that throws makes the `instanceof` check throw. The matcher is frozen.
 *
 * @param test - An error name, or a predicate on thrown values.
 * @param name - The matcher's name, for a predicate.
 * @defaultValue `name`: `'errorMatcher'`
 * @returns The matcher.
 * @throws `TypeError` when `test` is neither a string nor a function, or `name` is given and not a string.
 *
 * @example
 * ```ts
 * import { errorMatcher } from '@asyncutils/exceptions';
 *
 * const Syntax = errorMatcher('SyntaxError');
 * new SyntaxError('x') instanceof Syntax; // true
 * const Offline = errorMatcher((e) => e instanceof Error && /ECONNREFUSED/.test(e.message), 'Offline');
 * ```
 */
export function errorMatcher(test: string | ((value: unknown) => boolean), name?: string): ErrorMatcher {
  if (name !== undefined && typeof name !== 'string') {
    throw new TypeError(`asyncutils.exceptions.errorMatcher: name must be a string, got ${describe(name)}`);
  }
  if (typeof test === 'string') {
    return Object.freeze({
      name: test,
      [Symbol.hasInstance]: (value: unknown): boolean => nameOf(value) === test,
    });
  }
  if (typeof test === 'function') {
    return Object.freeze({
      name: name ?? 'errorMatcher',
      [Symbol.hasInstance]: (value: unknown): boolean => Boolean(test(value)),
    });
  }
  throw new TypeError(`asyncutils.exceptions.errorMatcher: expected an error name or a predicate, got ${describe(test)}`);
}

/** The `name` property of an object (`undefined` for primitives and on a throwing getter). */
export function nameOf(value: unknown): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  try {
    return (value as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}
