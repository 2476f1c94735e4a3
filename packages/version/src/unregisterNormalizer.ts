// `unregisterNormalizer(typeOrValue)`: upstream's `unregister_normalizer`.
import { keyOf, normalizers } from './registry.js';
import type { VersionNormalizer } from './types.js';

/**
 * Removes the normalizer of a type and returns it.
 *
 * @remarks
 * The key is found as in `registerNormalizer`: `typeOrValue` itself when it is a function, else the exact type of
 * the value.
 *
 * @typeParam T - The type of the values the normalizer handles.
 * @param typeOrValue - A class, or a value whose type is meant.
 * @returns The removed normalizer, or `undefined` when the type had none (also for `null` and `undefined`).
 *
 * @example
 * ```ts
 * import { registerNormalizer, unregisterNormalizer } from '@asyncutils/version';
 *
 * class Release { constructor(readonly tag: string) {} }
 * const fromRelease = (r: Release) => r.tag;
 * registerNormalizer(Release, fromRelease);
 * unregisterNormalizer(Release) === fromRelease; // true
 * unregisterNormalizer(Release); // undefined
 * ```
 */
export function unregisterNormalizer<T>(typeOrValue: (abstract new (...args: never) => T) | T): VersionNormalizer<T> | undefined {
  const key = keyOf(typeOrValue);
  if (key === undefined) return undefined;
  const stored = normalizers.get(key);
  normalizers.delete(key);
  return stored as VersionNormalizer<T> | undefined;
}
