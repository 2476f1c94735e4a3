// `registerNormalizer(typeOrValue, fn)`: upstream's `register_normalizer`.
import { describe } from './describe.js';
import { keyOf, normalizers, type StoredNormalizer } from './registry.js';
import type { VersionNormalizer } from './types.js';

/**
 * Registers `fn` as the normalizer of a type, unless that type already has a different one.
 *
 * @remarks
 * The key is `typeOrValue` itself when it is a function (a class), otherwise the exact type of the value (its
 * prototype's `constructor`; `String`, `Number`, `Boolean`, … for a primitive). There is no inheritance walk: a
 * subclass needs its own normalizer. Normalization (`normalize`, `new VersionInfo(x)`, comparisons) calls `fn(x)`
 * for values whose exact type is the key; strings, numbers and bigints are parsed before the registry is consulted,
 * so normalizers stored for `String`, `Number` or `BigInt` are never called for primitives. The registry belongs to
 * this installed copy of `@asyncutils/version`.
 *
 * @typeParam T - The type of the values `fn` normalizes.
 * @param typeOrValue - A class, or a value whose type is meant.
 * @param fn - The normalizer.
 * @returns `true` when `fn` is now (or already was) the type's normalizer; `false` when another normalizer is
 * registered for the type (it is kept: unregister it first to replace it).
 * @throws `TypeError` when `fn` is not a function, or `typeOrValue` is `null`, `undefined` or an object without a
 * constructor.
 *
 * @example
 * ```ts
 * import { VersionInfo, registerNormalizer } from '@asyncutils/version';
 *
 * class Release { constructor(readonly tag: string) {} }
 * registerNormalizer(Release, (r) => r.tag.split('-')); // true
 * new VersionInfo(new Release('4-5-6')).toString(); // '4.5.6'
 * registerNormalizer(Release, (r) => [r.tag]); // false: the first normalizer stays
 * ```
 */
export function registerNormalizer<T>(typeOrValue: (abstract new (...args: never) => T) | T, fn: VersionNormalizer<T>): boolean {
  if (typeof fn !== 'function') {
    throw new TypeError(`asyncutils.version.registerNormalizer: the normalizer must be a function, got ${describe(fn)}`);
  }
  const key = keyOf(typeOrValue);
  if (key === undefined) {
    throw new TypeError(`asyncutils.version.registerNormalizer: cannot register a normalizer for ${describe(typeOrValue)}, which has no type`);
  }
  const stored = normalizers.get(key);
  if (stored === undefined) {
    normalizers.set(key, fn as StoredNormalizer);
    return true;
  }
  return stored === (fn as StoredNormalizer);
}
