// Internal: argument checks shared by the classes (counts, priorities, keys), with messages that name the API.
import { invalid, qualname, show } from './waitQueue.js';

/** A constructor argument's error: `RangeError` for a number, else `TypeError`. */
function bad(o: object, what: string, v: unknown): Error {
  return new (typeof v === 'number' ? RangeError : TypeError)(`${qualname(o)}: ${what}, got ${show(v)}`);
}

/**
 * `v` when it is an integer `>= min`; else throws `TypeError` (not a number) or `RangeError`.
 * @internal
 */
export function integer(o: object, name: string, v: unknown, min = 0): number {
  if (typeof v === 'number' && Number.isInteger(v) && v >= min) return v;
  throw bad(o, `${name} must be ${min ? `an integer >= ${min}` : 'a non-negative integer'}`, v);
}

/**
 * The error for a `priority` option that is neither `undefined` nor a finite number.
 * @internal
 */
export function badPriority(o: object, m: string, p: unknown): Error | undefined {
  return p === undefined || Number.isFinite(p) ? undefined : invalid(o, m, 'priority must be a finite number', p);
}

/**
 * How a key appears in messages: strings in single quotes, anything else through `String`.
 * @internal
 */
export function repr(key: unknown): string {
  if (typeof key === 'string') return `'${key}'`;
  try {
    return String(key);
  } catch {
    return show(key);
  }
}

/**
 * `v` when it is a finite number `> 0`; else throws `TypeError` (not a number) or `RangeError`.
 * @internal
 */
export function positive(o: object, name: string, v: unknown): number {
  if (typeof v === 'number' && v > 0 && v !== Infinity) return v;
  throw bad(o, `${name} must be a finite number > 0`, v);
}
