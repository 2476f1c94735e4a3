// `dispatchNormalizer(typeOrValue)`: upstream's `dispatch_normalizer`.
import { keyOf, normalizers } from './registry.js';
import type { VersionNormalizer } from './types.js';

/**
 * The normalizer registered for a type, that normalization would use for values of that exact type.
 *
 * @remarks
 * The key is found as in `registerNormalizer`: `typeOrValue` itself when it is a function, else the exact type of
 * the value. Strings, numbers and bigints are parsed before the registry is consulted, so a normalizer returned
 * for them is stored but never used for primitives.
 *
 * @typeParam T - The type of the values the normalizer handles.
 * @param typeOrValue - A class, or a value whose type is meant.
 * @returns The stored normalizer, or `undefined` (also for `null` and `undefined`).
 *
 * @example
 * ```ts
 * import { dispatchNormalizer, registerNormalizer } from '@asyncutils/version';
 *
 * class Release { constructor(readonly tag: string) {} }
 * const fromRelease = (r: Release) => r.tag;
 * registerNormalizer(Release, fromRelease);
 * dispatchNormalizer(new Release('1.0')) === fromRelease; // true
 * dispatchNormalizer(Map); // undefined
 * ```
 */
export function dispatchNormalizer<T>(typeOrValue: (abstract new (...args: never) => T) | T): VersionNormalizer<T> | undefined {
  const key = keyOf(typeOrValue);
  return key === undefined ? undefined : (normalizers.get(key) as VersionNormalizer<T> | undefined);
}
