// Internal: validation and normalisation of `ErrorType` arguments (`IgnoreErrors`, `unnest`'s `keep` / `filterOut`).
import { functionName } from '@asyncutils/audit';
import { describe } from './describe.js';
import type { ErrorMatcher, ErrorType } from './errorMatcher.js';

/** Whether `value` is usable on the right of `instanceof`: a function, or an object with a callable `Symbol.hasInstance`. */
export function isErrorType(value: unknown): value is ErrorType {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as Partial<ErrorMatcher>)[Symbol.hasInstance] === 'function';
  } catch {
    return false;
  }
}

/** Whether `value` is an object (not a function) with a callable `Symbol.hasInstance`. */
export function isErrorMatcher(value: unknown): value is ErrorMatcher {
  return typeof value === 'object' && isErrorType(value);
}

/**
 * `types` (one `ErrorType` or an iterable of them) as an array without duplicates (first occurrence kept).
 *
 * @param api - The qualified API name for the `TypeError` message.
 * @throws `TypeError` `<api>: <describe> is not an error type` for an entry (or a `types`) that is not one.
 */
export function toErrorTypes(types: unknown, api: string): ErrorType[] {
  if (isErrorType(types)) return [types];
  const out: ErrorType[] = [];
  if (!isIterableObject(types)) throw new TypeError(`${api}: ${describe(types)} is not an error type`);
  for (const type of types) {
    if (!isErrorType(type)) throw new TypeError(`${api}: ${describe(type)} is not an error type`);
    if (!out.includes(type)) out.push(type);
  }
  return out;
}

/** Whether `value` is a non-string object with a callable `Symbol.iterator`. */
export function isIterableObject(value: unknown): value is Iterable<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/** `value instanceof` one of `types`. */
export function matchesAny(value: unknown, types: readonly ErrorType[]): boolean {
  return types.some((type) => value instanceof (type as ErrorMatcher));
}

/** The display name of an error type: a class's `functionName`, a matcher's `name`. */
export function errorTypeName(type: ErrorType): string {
  if (typeof type === 'function') return functionName(type);
  const name: unknown = type.name;
  return typeof name === 'string' ? name : describe(type);
}
