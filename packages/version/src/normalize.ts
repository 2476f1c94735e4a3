// `normalize(value)`: upstream's `normalize`.
import { VersionNormalizerMissing } from '@asyncutils/exceptions';
import { normalizeAllowUnimplemented } from './normalizeAllowUnimplemented.js';
import type { VersionParts } from './types.js';

/**
 * Converts a value to the frozen parts `[major, minor, patch]` of a version, or throws.
 *
 * @remarks
 * Same rules as `normalizeAllowUnimplemented`: a `VersionInfo`, a version string, a `bigint` (packed), a `number`
 * (decimal encoding), a value with a registered normalizer, or an iterable of parts.
 *
 * @param value - Any value.
 * @returns The frozen parts.
 * @throws `VersionNormalizerMissing` (a `TypeError`, also `instanceof VersionError`) when the value is not a
 * version; its `obj` is the value.
 * @throws `VersionNormalizerTypeError`, `VersionNormalizerFault` or `Critical` from a registered normalizer, as
 * `normalizeAllowUnimplemented` describes.
 *
 * @example
 * ```ts
 * import { normalize } from '@asyncutils/version';
 *
 * normalize('0x10.2'); // [16, 2, 0]
 * normalize(66051n); // [1, 2, 3]
 * normalize([1, 2]); // [1, 2, 0]
 * normalize('1.x'); // throws VersionNormalizerMissing
 * ```
 */
export function normalize(value: unknown): VersionParts {
  const parts = normalizeAllowUnimplemented(value);
  if (parts === null) throw new VersionNormalizerMissing(value);
  return parts;
}
