// The public types of @asyncutils/version.
import type { VersionInfo } from './VersionInfo.js';

/**
 * The three parts of a version, `[major, minor, patch]`: safe integers `>= 0`.
 *
 * @remarks
 * Upstream's `tuple[int, int, int]`. Every `VersionParts` the package returns is frozen.
 *
 * @example
 * ```ts
 * import { normalize, type VersionParts } from '@asyncutils/version';
 *
 * const parts: VersionParts = normalize('1.2'); // [1, 2, 0]
 * const [major, minor, patch] = parts;
 * ```
 */
export type VersionParts = readonly [major: number, minor: number, patch: number];

/**
 * A value accepted as one version part (upstream's `IntCompatible`).
 *
 * @remarks
 * A finite `number` (truncated towards zero), a `bigint`, a `boolean` (`0`/`1`), or a `string` of an integer:
 * surrounding whitespace, an optional sign, a `0x`/`0o`/`0b` prefix and single `_` between digits are allowed.
 * The converted part must be a safe integer `>= 0`.
 *
 * @example
 * ```ts
 * import { VersionInfo, type VersionPartLike } from '@asyncutils/version';
 *
 * const major: VersionPartLike = '0x10';
 * new VersionInfo(major, 7n, true).toString(); // '16.7.1'
 * ```
 */
export type VersionPartLike = number | bigint | string | boolean;

/**
 * Anything that can be normalized to a version.
 *
 * @remarks
 * A {@link VersionInfo}, a version string (`'1.2.3'`), a `number` in decimal encoding (`1.0203` is `1.2.3`), a
 * `bigint` packed as `major << 16 | minor << 8 | patch`, an iterable of parts, or an object whose type has a
 * normalizer registered with `registerNormalizer`. The `object` member keeps the last case expressible; a value
 * that turns out not to be normalizable is rejected at run time.
 *
 * @example
 * ```ts
 * import { VersionInfo, type VersionLike } from '@asyncutils/version';
 *
 * const inputs: VersionLike[] = ['1.2.3', 1.0203, 66051n, [1, 2, 3], new VersionInfo(1, 2, 3)];
 * inputs.every((x) => new VersionInfo(1, 2, 3).equals(x)); // true
 * ```
 */
export type VersionLike = VersionInfo | string | number | bigint | Iterable<VersionPartLike> | object;

/**
 * A function turning a value of a user type into a version, registered with `registerNormalizer`.
 *
 * @remarks
 * Return an iterable of parts (its first three items are used, missing ones are `0`), a version string, or
 * `null`/`undefined` when the value is not a version. Returning anything else makes normalization throw
 * `VersionNormalizerTypeError`; throwing makes it throw `VersionNormalizerFault` (and unregisters the normalizer),
 * except for the critical errors (`Critical`, `StateCorrupted`, `Deadlock`), which are rethrown wrapped in `Critical`.
 *
 * @typeParam T - The type of the values it normalizes.
 *
 * @example
 * ```ts
 * import { registerNormalizer, type VersionNormalizer } from '@asyncutils/version';
 *
 * class Release { constructor(readonly tag: string) {} }
 * const fromRelease: VersionNormalizer<Release> = (r) => r.tag.replace(/^v/, '');
 * registerNormalizer(Release, fromRelease);
 * ```
 */
export type VersionNormalizer<T> = (value: T) => Iterable<VersionPartLike> | string | null | undefined;

/** The format specs of `VersionInfo.format`, in their canonical lower case. */
type VersionFormatSpecName =
  | 'x'
  | 'hex'
  | 'o'
  | 'oct'
  | 'b'
  | 'bin'
  | 'd'
  | 'dec'
  | '0'
  | 'major'
  | 'maj'
  | '1'
  | 'minor'
  | 'min'
  | '2'
  | 'patch'
  | 's'
  | 'short'
  | 'l'
  | 'long'
  | 'a'
  | 'ascii'
  | 'c'
  | 'chars'
  | 't'
  | 'tuple'
  | 'h'
  | 'hash'
  | 'n'
  | 'majmin';

/**
 * A format spec understood by `VersionInfo.format` (upstream's `__format__` specs).
 *
 * @remarks
 * Specs are case-insensitive at run time; this type lists the lower-case, upper-case and capitalized spellings.
 * `format` also accepts any other string and then returns `toString()`. For `123.4.0`: `'x'`/`'hex'` →
 * `'0x7b0400'`, `'o'`/`'oct'` → `'0o36602000'`, `'b'`/`'bin'` → `'0b11110110000010000000000'`, `'d'`/`'dec'` →
 * `'8061952'`, `'0'`/`'major'`/`'maj'` → `'123'`, `'1'`/`'minor'`/`'min'` → `'4'`, `'2'`/`'patch'` → `'0'`,
 * `'s'`/`'short'` → `'v123.4'`, `'l'`/`'long'` → `'asyncutils version 123.4.0'`, `'a'`/`'ascii'` and
 * `'c'`/`'chars'` → `'{\x04\x00'`, `'t'`/`'tuple'` → `'(123, 4, 0)'`, `'h'`/`'hash'` → `'116380397'`,
 * `'n'`/`'majmin'` → `'123.4'`.
 *
 * @example
 * ```ts
 * import { VersionInfo, type VersionFormatSpec } from '@asyncutils/version';
 *
 * const spec: VersionFormatSpec = 'HEX';
 * new VersionInfo(123, 4, 0).format(spec); // '0x7b0400'
 * ```
 */
export type VersionFormatSpec = VersionFormatSpecName | Uppercase<VersionFormatSpecName> | Capitalize<VersionFormatSpecName>;
