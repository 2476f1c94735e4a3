// `normalizeAllowUnimplemented(value)`: upstream's `normalize_allow_unimplemented`.
import { CRITICAL, Critical, VersionNormalizerFault, VersionNormalizerTypeError } from '@asyncutils/exceptions';
import { brandedParts } from './brand.js';
import { partsOfIterable } from './parts.js';
import { normalizers, typeOf } from './registry.js';
import type { VersionParts } from './types.js';

/** Whether `value` has a callable `Symbol.iterator`. */
function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** Runs a part conversion; a `TypeError` or `RangeError` (bad part) gives `null`, anything else propagates. */
function tryParts(convert: () => VersionParts): VersionParts | null {
  try {
    return convert();
  } catch (err) {
    if (err instanceof TypeError || err instanceof RangeError) return null;
    throw err;
  }
}

/** Step 2: a version string, split on `.`. */
function partsOfString(text: string): VersionParts | null {
  return tryParts(() => partsOfIterable(text.split('.')));
}

/** Step 4: the decimal encoding of a number (`1.0203` → `[1, 2, 3]`). */
function partsOfNumber(value: number): VersionParts | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const text = value.toFixed(4);
  if (text.includes('e')) return null;
  const [whole = '', decimals = ''] = text.split('.');
  return tryParts(() => partsOfIterable([whole, decimals.slice(0, 2), decimals.slice(2)]));
}

/**
 * Converts a value to the frozen parts `[major, minor, patch]` of a version, or `null` when it is not a version.
 *
 * @remarks
 * Tried in this order:
 * 1. a `VersionInfo` → its parts;
 * 2. a `string` → split on `.`, each piece parsed as an integer (whitespace, sign, `0x`/`0o`/`0b`, `_` between
 *    digits allowed); extra pieces are ignored, missing ones are `0` (`'1.2'` → `[1, 2, 0]`);
 * 3. a `bigint` → unpacked as `[v >> 16n, (v >> 8n) & 0xffn, v & 0xffn]` (`66051n` → `[1, 2, 3]`);
 * 4. a `number` → decimal encoding: the integer part, then two decimals each for minor and patch (`1.5` →
 *    `[1, 50, 0]`, `3.0104` → `[3, 1, 4]`); negative, non-finite and `>= 1e21` numbers give `null`;
 * 5. a value whose exact type has a normalizer (`registerNormalizer`) → the normalizer's result, read as a string
 *    (step 2) or an iterable of parts; `null`/`undefined` gives `null`;
 * 6. any other iterable → its first three items as parts;
 * 7. anything else (booleans, `null`, plain objects, …) → `null`.
 *
 * A part that is not a safe integer `>= 0` makes the result `null` too.
 *
 * @param value - Any value.
 * @returns The frozen parts, or `null`.
 * @throws `VersionNormalizerTypeError` when a normalizer returns something that is neither a string, an iterable,
 * `null` nor `undefined`.
 * @throws `VersionNormalizerFault` when a normalizer throws (the error is its `cause`); the normalizer is then
 * unregistered.
 * @throws `Critical` wrapping a `Critical`, `StateCorrupted` or `Deadlock` thrown by a normalizer (which is kept).
 *
 * @example
 * ```ts
 * import { normalizeAllowUnimplemented } from '@asyncutils/version';
 *
 * normalizeAllowUnimplemented('1.2'); // [1, 2, 0]
 * normalizeAllowUnimplemented(3.0104); // [3, 1, 4]
 * normalizeAllowUnimplemented(new Set([4, 5, 6, 7])); // [4, 5, 6]
 * normalizeAllowUnimplemented('1.x'); // null
 * normalizeAllowUnimplemented({}); // null
 * ```
 */
export function normalizeAllowUnimplemented(value: unknown): VersionParts | null {
  const branded = brandedParts(value);
  if (branded !== undefined) return branded;
  switch (typeof value) {
    case 'string':
      return partsOfString(value);
    case 'bigint':
      return tryParts(() => partsOfIterable([value >> 16n, (value >> 8n) & 0xffn, value & 0xffn]));
    case 'number':
      return partsOfNumber(value);
    default:
      break;
  }
  const type = typeOf(value);
  const fn = type === undefined ? undefined : normalizers.get(type);
  if (fn !== undefined) {
    let result: unknown;
    try {
      result = (fn as (v: unknown) => unknown)(value);
    } catch (err) {
      if (CRITICAL.some((kind) => err instanceof kind)) throw new Critical(err);
      if (normalizers.get(type as Function) === fn) normalizers.delete(type as Function);
      throw new VersionNormalizerFault(fn, value, err);
    }
    if (result === null || result === undefined) return null;
    if (typeof result === 'string') return partsOfString(result);
    if (!isIterable(result)) throw new VersionNormalizerTypeError(fn, value);
    return tryParts(() => partsOfIterable(result));
  }
  return isIterable(value) ? tryParts(() => partsOfIterable(value)) : null;
}
