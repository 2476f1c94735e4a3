// Internal: argument checks shared by the classes (counts, priorities, keys), with messages that name the API.
import { qualname, show } from './waitQueue.js';

/**
 * `v` when it is an integer `>= min`; else throws `TypeError` (not a number) or `RangeError`.
 * @internal
 */
export function integer(o: object, name: string, v: unknown, min = 0): number {
  if (typeof v !== 'number') throw new TypeError(`${qualname(o)}: ${name} must be an integer, got ${show(v)}`);
  if (!Number.isInteger(v) || v < min) {
    throw new RangeError(`${qualname(o)}: ${name} must be ${min ? `an integer >= ${min}` : 'a non-negative integer'}, got ${v}`);
  }
  return v;
}

/**
 * The error for a `priority` option that is neither `undefined` nor a finite number.
 * @internal
 */
export function badPriority(o: object, m: string, p: unknown): TypeError | RangeError | undefined {
  if (p === undefined || Number.isFinite(p)) return undefined;
  const msg = `${qualname(o)}.${m}: priority must be a finite number, got ${show(p)}`;
  return typeof p === 'number' ? new RangeError(msg) : new TypeError(msg);
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
  if (typeof v !== 'number') throw new TypeError(`${qualname(o)}: ${name} must be a number, got ${show(v)}`);
  if (!(v > 0 && v !== Infinity)) throw new RangeError(`${qualname(o)}: ${name} must be a finite number > 0, got ${v}`);
  return v;
}
