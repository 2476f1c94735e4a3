// `VersionInfo`: upstream's `VersionInfo` (a `str` subclass there; a frozen class with string conversions here).
import { typeName } from '@asyncutils/audit';
import { VersionCorrupted, VersionValueError } from '@asyncutils/exceptions';
import { brandVersion, brandedParts } from './brand.js';
import { describe } from './describe.js';
import { publicHash, shelveBytes, signedHash, unhash, unshelveBytes } from './hash.js';
import { normalize } from './normalize.js';
import { normalizeAllowUnimplemented } from './normalizeAllowUnimplemented.js';
import { packageVersion } from './packageVersion.js';
import { partsOfList } from './parts.js';
import type { VersionFormatSpec, VersionLike, VersionPartLike, VersionParts } from './types.js';
import { VersionDelta } from './VersionDelta.js';

const NAME = 'asyncutils.version.VersionInfo';
const REP_PREFIX = 'asyncutils v';
const ZERO: VersionParts = Object.freeze([0, 0, 0] as const);

/** Format spec aliases → the canonical spec handled by `format`. */
const FORMAT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['x', 'hex'],
  ['hex', 'hex'],
  ['o', 'oct'],
  ['oct', 'oct'],
  ['b', 'bin'],
  ['bin', 'bin'],
  ['d', 'dec'],
  ['dec', 'dec'],
  ['0', '0'],
  ['major', '0'],
  ['maj', '0'],
  ['1', '1'],
  ['minor', '1'],
  ['min', '1'],
  ['2', '2'],
  ['patch', '2'],
  ['s', 's'],
  ['short', 's'],
  ['l', 'l'],
  ['long', 'l'],
  ['a', 'a'],
  ['ascii', 'a'],
  ['c', 'c'],
  ['chars', 'c'],
  ['t', 't'],
  ['tuple', 't'],
  ['h', 'h'],
  ['hash', 'h'],
  ['n', 'n'],
  ['majmin', 'n'],
]);

/** A value's type, followed by the value itself when it is a primitive (`number 1.5`, `string "x"`). */
function operand(value: unknown): string {
  const type = typeName(value);
  return value === null || value === undefined || typeof value === 'object' || typeof value === 'function' ? type : `${type} ${describe(value)}`;
}

/** Validates a shelve key: a bigint, or an integer number. */
function shelveKey(api: string, key: unknown): bigint {
  if (typeof key === 'bigint') return key;
  if (typeof key === 'number' && Number.isInteger(key)) return BigInt(key);
  throw new TypeError(`${api}: the key must be an integer, got ${operand(key)}`);
}

/** Validates an optional integer index of `at`/`slice`. */
function index(api: string, name: string, value: unknown): void {
  if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value))) {
    throw new TypeError(`${api}: ${name} must be an integer, got ${operand(value)}`);
  }
}

/** Validates a tolerance of `compatible`. */
function tolerance(name: string, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number') throw new TypeError(`${NAME}.compatible: ${name} must be a number or null, got ${operand(value)}`);
  if (Number.isNaN(value)) throw new RangeError(`${NAME}.compatible: ${name} must not be NaN`);
  return value;
}

/** Tuple order of two part lists. */
function compareParts(a: VersionParts, b: VersionParts): -1 | 0 | 1 {
  for (let i = 0; i < 3; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

let current: VersionInfo | undefined;

/**
 * An immutable `major.minor.patch` version (upstream's SemVer subset).
 *
 * @remarks
 * Construct it from anything `normalize` accepts (`'1.2.3'`, `[1, 2]`, `66051n`, another version, a value with a
 * registered normalizer) or from two or three parts. Instances are frozen and the class cannot be subclassed.
 * A version converts to its string (`` `${v}` ``, `v == '1.2.3'`, `JSON.stringify`), and to its packed integer
 * with a `number` hint (`+v`; so `<` and `>` between versions compare packed integers and throw when a version
 * cannot be packed: use `compare`, `lt`, `gt`, … instead). It also behaves like the 3-tuple of its parts
 * (`v[0]`, `v.length`, `[...v]`, `v.at(-1)`, `v.slice(0, 2)`).
 *
 * @example
 * ```ts
 * import { VersionInfo } from '@asyncutils/version';
 *
 * const v = new VersionInfo('1.2.3');
 * v.lt('1.10'); // true
 * v.nextMinor.toString(); // '1.3.0'
 * v.format('hex'); // '0x10203'
 * ['1.10.0', '1.2.0', '1.9.9'].sort(VersionInfo.compare); // ['1.2.0', '1.9.9', '1.10.0']
 * ```
 */
export class VersionInfo implements Iterable<number> {
  static {
    // Node's `util.inspect` (`console.log`) shows `VersionInfo(M, m, p)`. Defined here because a computed method name cannot
    // appear in the declarations (isolatedDeclarations); `Symbol.for` needs no `node:util` import.
    Object.defineProperty(this.prototype, Symbol.for('nodejs.util.inspect.custom'), {
      value: function inspect(this: VersionInfo): string {
        return `VersionInfo(${this.major}, ${this.minor}, ${this.patch})`;
      },
      writable: true,
      configurable: true,
    });
  }

  /** The key `shelve` and `unshelve` use by default. */
  static readonly DEFAULT_KEY: 416219 = 416219;

  /** The frozen tuple `[major, minor, patch]`. */
  readonly parts: VersionParts;
  /** The major part. */
  readonly major: number;
  /** The minor part. */
  readonly minor: number;
  /** The patch part. */
  readonly patch: number;
  /** The major part (tuple index). */
  readonly 0: number;
  /** The minor part (tuple index). */
  readonly 1: number;
  /** The patch part (tuple index). */
  readonly 2: number;

  /**
   * `0.0.0`.
   *
   * @throws `TypeError` when the class is subclassed.
   */
  constructor();
  /**
   * The version that `normalize(from)` gives.
   *
   * @param from - A version string, number, bigint, iterable of parts, version, or a value with a normalizer.
   * @throws `VersionNormalizerMissing` when `from` is not a version; the errors of a registered normalizer.
   */
  constructor(from: VersionLike);
  /**
   * The version with these parts; extra arguments are ignored.
   *
   * @param major - The major part.
   * @param minor - The minor part.
   * @param patch - The patch part. @default 0
   * @throws `VersionValueError` for a malformed string, a non-finite number, a negative part or one above
   * `Number.MAX_SAFE_INTEGER`; `TypeError` for a part of another type.
   */
  constructor(major: VersionPartLike, minor: VersionPartLike, patch?: VersionPartLike, ...ignored: unknown[]);
  constructor(...args: unknown[]) {
    if (new.target !== VersionInfo) throw new TypeError(`cannot subclass ${NAME}`);
    const parts = args.length === 0 ? ZERO : args.length === 1 ? normalize(args[0]) : partsOfList(args);
    this.parts = parts;
    this.major = this[0] = parts[0];
    this.minor = this[1] = parts[1];
    this.patch = this[2] = parts[2];
    brandVersion(this, parts);
    Object.freeze(this);
  }

  /**
   * Parses a representation made by {@link VersionInfo.representation | representation}.
   *
   * @param rep - `'asyncutils v1.2.3'`, or a plain version string.
   * @returns The version, after removing one leading `'asyncutils v'`.
   * @throws `TypeError` when `rep` is not a string; `VersionNormalizerMissing` when the rest is not a version.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * VersionInfo.fromRep('asyncutils v1.2.3').toString(); // '1.2.3'
   * ```
   */
  static fromRep(rep: string): VersionInfo {
    if (typeof rep !== 'string') throw new TypeError(`${NAME}.fromRep: expected a string, got ${operand(rep)}`);
    return new VersionInfo(rep.startsWith(REP_PREFIX) ? rep.slice(REP_PREFIX.length) : rep);
  }

  /**
   * Compares two versions, for `Array.prototype.sort`.
   *
   * @param a - A version, or anything `normalize` accepts.
   * @param b - A version, or anything `normalize` accepts.
   * @returns `-1`, `0` or `1` as `a` precedes, equals or follows `b`.
   * @throws `VersionNormalizerMissing` when `a` is not a version; `TypeError` when `b` is not.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * ['1.10.0', '1.2.0', '1.9.9'].sort(VersionInfo.compare); // ['1.2.0', '1.9.9', '1.10.0']
   * ```
   */
  static compare(a: VersionLike, b: VersionLike): -1 | 0 | 1 {
    return new VersionInfo(a).compare(b);
  }

  /**
   * Rebuilds a version from its {@link VersionInfo.hash | hash}.
   *
   * @param h - A hash: a bigint, or a safe integer number.
   * @returns The version whose hash is `h`.
   * @throws `VersionValueError` for `-1` (no version has that hash) or when a part would exceed
   * `Number.MAX_SAFE_INTEGER`; `TypeError` when `h` is not an integer; `RangeError` for an unsafe integer number
   * (pass a bigint).
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * VersionInfo.fromHash(new VersionInfo(3, 1, 4).hash()).toString(); // '3.1.4'
   * VersionInfo.fromHash(0n).toString(); // '0.0.1'
   * ```
   */
  static fromHash(h: bigint | number): VersionInfo {
    const api = `${NAME}.fromHash`;
    let value: bigint;
    if (typeof h === 'bigint') value = h;
    else if (typeof h === 'number' && Number.isInteger(h)) {
      if (!Number.isSafeInteger(h)) throw new RangeError(`${api}: ${describe(h)} is not a safe integer; pass the hash as a bigint`);
      value = BigInt(h);
    } else throw new TypeError(`${api}: the hash must be an integer, got ${operand(h)}`);
    if (value === -1n) throw new VersionValueError(`${api}: hash cannot be -1`);
    const [major, minor, patch] = unhash(value > -1n ? value - 1n : value);
    return new VersionInfo(major, minor, patch);
  }

  /**
   * Decodes bytes made by {@link VersionInfo.shelve | shelve} with the same key.
   *
   * @remarks
   * The key only obfuscates: a different key whose header byte matches decodes to a wrong version without error.
   *
   * @param bytes - The encoded bytes (a `Uint8Array`, or any array-like of integers in `[0, 255]`).
   * @param key - Any integer. @default VersionInfo.DEFAULT_KEY
   * @returns The decoded version.
   * @throws `RangeError` (`bad key`) when `bytes` is empty or its header byte does not match the key, or a byte is
   * out of range; `TypeError` when `bytes` is not array-like or `key` is not an integer; `VersionValueError` when a
   * decoded part exceeds `Number.MAX_SAFE_INTEGER`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * const bytes = new VersionInfo(1, 2, 3).shelve(); // Uint8Array [0x59, 0x33]
   * VersionInfo.unshelve(bytes).toString(); // '1.2.3'
   * ```
   */
  static unshelve(bytes: Uint8Array | ArrayLike<number>, key: number | bigint = VersionInfo.DEFAULT_KEY): VersionInfo {
    const api = `${NAME}.unshelve`;
    if (typeof bytes !== 'object' || bytes === null || typeof bytes.length !== 'number') {
      throw new TypeError(`${api}: expected a Uint8Array or an array-like of bytes, got ${operand(bytes)}`);
    }
    const k = shelveKey(api, key);
    const list: number[] = Array.from(bytes);
    list.forEach((b, i) => {
      if (typeof b !== 'number') throw new TypeError(`${api}: byte ${i} must be a number, got ${operand(b)}`);
      if (!Number.isInteger(b) || b < 0 || b > 255) throw new RangeError(`${api}: byte ${i} must be an integer in [0, 255], got ${describe(b)}`);
    });
    const z = unshelveBytes(list, k);
    if (z === undefined) throw new RangeError(`${api}: bad key`);
    const [major, minor, patch] = unhash(z);
    return new VersionInfo(major, minor, patch);
  }

  /**
   * The version of the installed `@asyncutils/version` package.
   *
   * @remarks
   * The `version` field of its `package.json`, inlined when the package is built (nothing is read at run time, so
   * it works in browsers). A pre-release or build suffix (`-beta.1`, `+sha`) is dropped.
   *
   * @returns The package version.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * VersionInfo.getCurrentVersion().toString(); // e.g. '0.1.0'
   * ```
   */
  static getCurrentVersion(): VersionInfo {
    current ??= new VersionInfo(packageVersion());
    return current;
  }

  /** Always `3`. */
  get length(): 3 {
    return 3;
  }

  /**
   * The representation used by `asyncutils -v`: `'asyncutils v' + toString()`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).representation; // 'asyncutils v1.2.3'
   * ```
   */
  get representation(): string {
    return REP_PREFIX + this.toString();
  }

  /**
   * The next patch version, `M.m.(p+1)`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).nextPatch.toString(); // '1.2.4'
   * ```
   */
  get nextPatch(): VersionInfo {
    return new VersionInfo(this.major, this.minor, this.patch + 1);
  }

  /**
   * The next minor version, `M.(m+1).0`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).nextMinor.toString(); // '1.3.0'
   * ```
   */
  get nextMinor(): VersionInfo {
    return new VersionInfo(this.major, this.minor + 1, 0);
  }

  /**
   * The next major version, `(M+1).0.0`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).nextMajor.toString(); // '2.0.0'
   * ```
   */
  get nextMajor(): VersionInfo {
    return new VersionInfo(this.major + 1, 0, 0);
  }

  /** Yields `major`, `minor`, `patch`. */
  *[Symbol.iterator](): IterableIterator<number> {
    yield this.major;
    yield this.minor;
    yield this.patch;
  }

  /**
   * The string with most hints, the packed integer (`toInt()`) with the `number` hint.
   *
   * @param hint - The conversion hint.
   * @returns `toString()`, or `toInt()` for `'number'`.
   * @throws `RangeError` for the `number` hint when the version cannot be packed.
   */
  [Symbol.toPrimitive](hint: string): string | number {
    return hint === 'number' ? this.toInt() : this.toString();
  }


  /**
   * A part by tuple index.
   *
   * @param i - `0`, `1`, `2`, or negative from the end.
   * @returns The part, or `undefined` out of range.
   * @throws `TypeError` when `i` is not an integer.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).at(-1); // 3
   * ```
   */
  at(i: number): number | undefined {
    index(`${NAME}.at`, 'the index', i);
    return this.parts.at(i);
  }

  /**
   * A slice of the parts, as `Array.prototype.slice`.
   *
   * @param start - First index (negative from the end). @default 0
   * @param end - Index after the last one (negative from the end). @default 3
   * @returns The selected parts.
   * @throws `TypeError` when an index is not an integer.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).slice(0, 2); // [1, 2]
   * ```
   */
  slice(start?: number, end?: number): number[] {
    index(`${NAME}.slice`, 'start', start);
    index(`${NAME}.slice`, 'end', end);
    return this.parts.slice(start, end);
  }

  /**
   * The version string.
   *
   * @returns `'M.m.p'`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * String(new VersionInfo([1, 2])); // '1.2.0'
   * ```
   */
  toString(): string {
    return `${this.major}.${this.minor}.${this.patch}`;
  }

  /**
   * The version string, for `JSON.stringify`.
   *
   * @returns `'M.m.p'`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * JSON.stringify({ v: new VersionInfo(1, 2, 3) }); // '{"v":"1.2.3"}'
   * ```
   */
  toJSON(): string {
    return this.toString();
  }

  /**
   * Compares with another version in tuple order of the parts.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @returns `-1`, `0` or `1` as this version precedes, equals or follows `other`.
   * @throws `TypeError` when `other` is not normalizable; the errors of a registered normalizer.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).compare('1.10'); // -1
   * ```
   */
  compare(other: VersionLike): -1 | 0 | 1 {
    const theirs = normalizeAllowUnimplemented(other);
    if (theirs === null) throw new TypeError(`${NAME}: cannot compare with ${operand(other)}`);
    return compareParts(this.parts, theirs);
  }

  /**
   * Whether this version precedes `other`.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @returns `compare(other) < 0`.
   * @throws `TypeError` when `other` is not normalizable.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).lt('1.10'); // true
   * ```
   */
  lt(other: VersionLike): boolean {
    return this.compare(other) < 0;
  }

  /**
   * Whether this version precedes or equals `other`.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @returns `compare(other) <= 0`.
   * @throws `TypeError` when `other` is not normalizable.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 0).le('1.2'); // true
   * ```
   */
  le(other: VersionLike): boolean {
    return this.compare(other) <= 0;
  }

  /**
   * Whether this version follows `other`.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @returns `compare(other) > 0`.
   * @throws `TypeError` when `other` is not normalizable.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(2, 0, 0).gt([1, 99]); // true
   * ```
   */
  gt(other: VersionLike): boolean {
    return this.compare(other) > 0;
  }

  /**
   * Whether this version follows or equals `other`.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @returns `compare(other) >= 0`.
   * @throws `TypeError` when `other` is not normalizable.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).ge(66051n); // true
   * ```
   */
  ge(other: VersionLike): boolean {
    return this.compare(other) >= 0;
  }

  /**
   * Whether `other` normalizes to the same parts.
   *
   * @param other - Any value.
   * @returns `false` when `other` is not normalizable, else whether the parts are equal.
   * @throws The errors of a registered normalizer.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 0).equals('1.2'); // true
   * new VersionInfo(1, 2, 3).equals({}); // false
   * ```
   */
  equals(other: unknown): boolean {
    const theirs = normalizeAllowUnimplemented(other);
    return theirs !== null && compareParts(this.parts, theirs) === 0;
  }

  /**
   * Packs the version into `patch | minor << 8 | major << 16` (exactly, past 32 bits).
   *
   * @returns `major * 65536 + minor * 256 + patch`.
   * @throws `RangeError` when `minor` or `patch` is `>= 256`, or the result exceeds `Number.MAX_SAFE_INTEGER`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).toInt(); // 66051
   * ```
   */
  toInt(): number {
    const { major, minor, patch } = this;
    const packed = major * 65536 + minor * 256 + patch;
    if (minor >= 256 || patch >= 256 || packed > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`${NAME}: cannot pack version ${this.toString()} into an integer`);
    }
    return packed;
  }

  /**
   * The decimal encoding `major + minor / 100 + patch / 10000` (invertible while minor and patch are below 100).
   *
   * @returns The number.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).toFloat(); // 1.0203
   * ```
   */
  toFloat(): number {
    return this.major + this.minor / 100 + this.patch / 10000;
  }

  /**
   * The major part (upstream's `math.floor`).
   *
   * @returns `major`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).floor(); // 1
   * ```
   */
  floor(): number {
    return this.major;
  }

  /**
   * The major part (upstream's `math.trunc`).
   *
   * @returns `major`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).trunc(); // 1
   * ```
   */
  trunc(): number {
    return this.major;
  }

  /**
   * The major part, plus one when minor or patch is not zero (upstream's `math.ceil`).
   *
   * @returns The ceiling.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).ceil(); // 2
   * new VersionInfo(1, 0, 0).ceil(); // 1
   * ```
   */
  ceil(): number {
    return this.major + (this.minor || this.patch ? 1 : 0);
  }

  /**
   * Keeps the first `n` parts and zeroes the rest (upstream's `round`).
   *
   * @param n - How many parts to keep. @default 3
   * @returns The rounded version.
   * @throws `RangeError` when `n` is not `0`, `1`, `2` or `3`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).round(1).toString(); // '1.0.0'
   * ```
   */
  round(n: 0 | 1 | 2 | 3 = 3): VersionInfo {
    if (n !== 0 && n !== 1 && n !== 2 && n !== 3) throw new RangeError(`${NAME}.round: n must be 0, 1, 2 or 3, got ${describe(n)}`);
    const kept = this.parts.slice(0, n);
    return new VersionInfo(kept[0] ?? 0, kept[1] ?? 0, kept[2] ?? 0);
  }

  /**
   * Adds patches or a delta.
   *
   * @param n - A safe integer (added to `patch`) or a `VersionDelta` (added part-wise).
   * @returns The new version.
   * @throws `VersionValueError` when a resulting part is negative (or above `Number.MAX_SAFE_INTEGER`);
   * `TypeError` for any other operand, fractional numbers included.
   *
   * @example
   * ```ts
   * import { VersionDelta, VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(2, 0, 5).add(3).toString(); // '2.0.8'
   * new VersionInfo(2, 0, 5).add(new VersionDelta(1, 1, 1)).toString(); // '3.1.6'
   * ```
   */
  add(n: number | VersionDelta): VersionInfo {
    const { major, minor, patch } = this;
    if (typeof n === 'number' && Number.isSafeInteger(n)) return new VersionInfo(major, minor, patch + n);
    if (n instanceof VersionDelta) return new VersionInfo(major + n.major, minor + n.minor, patch + n.patch);
    throw new TypeError(`${NAME}.add: unsupported operand ${operand(n)}`);
  }

  /**
   * The difference (clamped at zero part-wise) with a version.
   *
   * @param other - The version to subtract.
   * @returns The `VersionDelta` of `max(0, this - other)` for each part (not a signed difference).
   * @throws `TypeError` for an unsupported operand.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(2, 0, 5).sub(new VersionInfo(1, 3, 0)).toJSON(); // [1, 0, 5]
   * ```
   */
  sub(other: VersionInfo): VersionDelta;
  /**
   * Subtracts patches or a delta, clamping each part at zero.
   *
   * @param n - A safe integer (subtracted from `patch`) or a `VersionDelta` (subtracted part-wise).
   * @returns The new version.
   * @throws `TypeError` for an unsupported operand.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(2, 0, 5).sub(10).toString(); // '2.0.0'
   * ```
   */
  sub(n: number | VersionDelta): VersionInfo;
  sub(x: number | VersionDelta | VersionInfo): VersionInfo | VersionDelta {
    const { major, minor, patch } = this;
    if (typeof x === 'number' && Number.isSafeInteger(x)) return new VersionInfo(major, minor, Math.max(0, patch - x));
    if (x instanceof VersionDelta) {
      return new VersionInfo(Math.max(0, major - x.major), Math.max(0, minor - x.minor), Math.max(0, patch - x.patch));
    }
    const theirs = brandedParts(x);
    if (theirs !== undefined) {
      return new VersionDelta(Math.max(0, major - theirs[0]), Math.max(0, minor - theirs[1]), Math.max(0, patch - theirs[2]));
    }
    throw new TypeError(`${NAME}.sub: unsupported operand ${operand(x)}`);
  }

  /**
   * A copy with some parts replaced.
   *
   * @param changes - The new parts; an omitted, `undefined` or `null` part is kept.
   * @returns The new version.
   * @throws `TypeError` when `changes` is not an object; the constructor's errors for a bad part.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).replaceParts({ minor: 9 }).toString(); // '1.9.3'
   * ```
   */
  replaceParts(changes: {
    readonly major?: VersionPartLike | null;
    readonly minor?: VersionPartLike | null;
    readonly patch?: VersionPartLike | null;
  }): VersionInfo {
    if (typeof changes !== 'object' || changes === null) {
      throw new TypeError(`${NAME}.replaceParts: expected an object of changes, got ${operand(changes)}`);
    }
    return new VersionInfo(changes.major ?? this.major, changes.minor ?? this.minor, changes.patch ?? this.patch);
  }

  /**
   * The parts joined with another separator.
   *
   * @param sep - The separator.
   * @returns `[major, minor, patch].join(sep)`.
   * @throws `TypeError` when `sep` is not a string.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).changeSep('-'); // '1-2-3'
   * ```
   */
  changeSep(sep: string): string {
    if (typeof sep !== 'string') throw new TypeError(`${NAME}.changeSep: the separator must be a string, got ${operand(sep)}`);
    return this.parts.join(sep);
  }

  /**
   * Whether `other` is within the given major and minor distances of this version.
   *
   * @param other - A version, or anything `normalize` accepts.
   * @param opts - `majTol`: the largest accepted `|Δmajor|`, `null` to accept any version (default `0`);
   * `minTol`: the largest accepted `|Δminor|`, `null` for no limit (default `null`).
   * @returns `majTol === null || (|Δmajor| <= majTol && (minTol === null || |Δminor| <= minTol))`.
   * @throws `VersionNormalizerMissing` when `other` is not a version; `TypeError` when a tolerance is neither a
   * number nor `null`; `RangeError` for a `NaN` tolerance.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * const v = new VersionInfo(1, 2, 3);
   * v.compatible('1.5.0'); // true
   * v.compatible('1.5.0', { minTol: 2 }); // false
   * v.compatible('2.2.3'); // false
   * ```
   */
  compatible(other: VersionLike, opts: { readonly majTol?: number | null; readonly minTol?: number | null } = {}): boolean {
    if (typeof opts !== 'object' || opts === null) throw new TypeError(`${NAME}.compatible: expected an options object, got ${operand(opts)}`);
    const theirs = normalize(other);
    const majTol = tolerance('majTol', opts.majTol === undefined ? 0 : opts.majTol);
    const minTol = tolerance('minTol', opts.minTol === undefined ? null : opts.minTol);
    if (majTol === null) return true;
    return Math.abs(this.major - theirs[0]) <= majTol && (minTol === null || Math.abs(this.minor - theirs[1]) <= minTol);
  }

  /**
   * Formats the version by a spec (upstream's `format(v, spec)`).
   *
   * @remarks
   * Specs are case-insensitive. For `123.4.0`: `x`/`hex` → `'0x7b0400'`, `o`/`oct` → `'0o36602000'`,
   * `b`/`bin` → `'0b11110110000010000000000'`, `d`/`dec` → `'8061952'` (all four from `toInt()`),
   * `0`/`major`/`maj` → `'123'`, `1`/`minor`/`min` → `'4'`, `2`/`patch` → `'0'`, `s`/`short` → `'v123.4'`
   * (trailing zero parts dropped, at least one part kept), `l`/`long` → `'asyncutils version 123.4.0'`,
   * `a`/`ascii` and `c`/`chars` → `'{\x04\x00'` (one character per part), `t`/`tuple` → `'(123, 4, 0)'`,
   * `h`/`hash` → `'116380397'`, `n`/`majmin` → `'123.4'`. Any other spec, `''` included, gives `toString()`.
   *
   * @param spec - The format spec.
   * @returns The formatted version.
   * @throws `TypeError` when `spec` is not a string; `RangeError` when the integer specs cannot pack the version,
   * or a part is not a character code (`>= 128` for `ascii`, `>= 256` for `chars`).
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * const v = new VersionInfo(123, 4, 0);
   * v.format('hex'); // '0x7b0400'
   * v.format('short'); // 'v123.4'
   * v.format('T'); // '(123, 4, 0)'
   * ```
   */
  format(spec: VersionFormatSpec | (string & {})): string {
    if (typeof spec !== 'string') throw new TypeError(`${NAME}.format: the spec must be a string, got ${operand(spec)}`);
    const { major, minor, patch } = this;
    switch (FORMAT_ALIASES.get(spec.toLowerCase())) {
      case 'hex':
        return `0x${this.toInt().toString(16)}`;
      case 'oct':
        return `0o${this.toInt().toString(8)}`;
      case 'bin':
        return `0b${this.toInt().toString(2)}`;
      case 'dec':
        return String(this.toInt());
      case '0':
        return String(major);
      case '1':
        return String(minor);
      case '2':
        return String(patch);
      case 's':
        return `v${this.parts.slice(0, patch ? 3 : minor ? 2 : 1).join('.')}`;
      case 'l':
        return `asyncutils version ${this.toString()}`;
      case 'a':
        return this.#chars(128, 'ascii');
      case 'c':
        return this.#chars(256, 'chars');
      case 't':
        return `(${major}, ${minor}, ${patch})`;
      case 'h':
        return String(this.hash());
      case 'n':
        return `${major}.${minor}`;
      default:
        return this.toString();
    }
  }

  /** One character per part, each part below `limit`. */
  #chars(limit: number, spec: string): string {
    for (const part of this.parts) {
      if (part >= limit) {
        throw new RangeError(`${NAME}.format: part ${part} of ${this.toString()} is not a character code for '${spec}' (must be below ${limit})`);
      }
    }
    return String.fromCharCode(...this.parts);
  }

  /**
   * A perfect hash: distinct versions have distinct hashes, and `fromHash` inverts it.
   *
   * @remarks
   * Nested Szudzik pairing of the parts, zig-zag decoded to a signed value, then shifted so that it is never `-1`.
   * It may be negative and grows with the parts (about the square of `major` squared).
   *
   * @returns The hash.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).hash(); // -17n
   * new VersionInfo(123, 4, 0).hash(); // 116380397n
   * ```
   */
  hash(): bigint {
    return publicHash(this.parts);
  }

  /**
   * Encodes the version into a few obfuscated bytes (upstream's `shelve`, without the file).
   *
   * @remarks
   * Not encryption: the key only scrambles the bytes. Write them to a file or storage yourself and read them back
   * with `VersionInfo.unshelve` and the same key.
   *
   * @param key - Any integer. @default VersionInfo.DEFAULT_KEY
   * @returns A header byte derived from the key, then the masked hash.
   * @throws `TypeError` when `key` is not an integer.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * const bytes = new VersionInfo(1, 2, 3).shelve(123456789); // Uint8Array [0xcd, 0xce, 0x8a]
   * VersionInfo.unshelve(bytes, 123456789).toString(); // '1.2.3'
   * ```
   */
  shelve(key: number | bigint = VersionInfo.DEFAULT_KEY): Uint8Array {
    return shelveBytes(signedHash(this.parts), shelveKey(`${NAME}.shelve`, key));
  }

  /**
   * Checks that this object is a genuine, untampered version.
   *
   * @remarks
   * Genuine instances are frozen and always pass. Objects made with `Object.create(VersionInfo.prototype)`, or other
   * objects that borrow the method, fail.
   *
   * @throws `VersionCorrupted` (its `obj` is this object) when the check fails.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * new VersionInfo(1, 2, 3).assertValid(); // passes
   * VersionInfo.prototype.assertValid.call(Object.create(VersionInfo.prototype)); // throws VersionCorrupted
   * ```
   */
  assertValid(): void {
    const parts = brandedParts(this);
    const valid =
      parts !== undefined &&
      this.parts === parts &&
      parts.length === 3 &&
      parts.every((p, i) => Number.isSafeInteger(p) && p >= 0 && this[i as 0 | 1 | 2] === p) &&
      this.major === parts[0] &&
      this.minor === parts[1] &&
      this.patch === parts[2] &&
      this.toString() === parts.join('.');
    if (!valid) throw new VersionCorrupted(this);
  }

  /**
   * Whether this is the version of the installed `@asyncutils/version` package.
   *
   * @returns `equals(VersionInfo.getCurrentVersion())`.
   *
   * @example
   * ```ts
   * import { VersionInfo } from '@asyncutils/version';
   *
   * VersionInfo.getCurrentVersion().isCurrentVersion(); // true
   * ```
   */
  isCurrentVersion(): boolean {
    return this.equals(VersionInfo.getCurrentVersion());
  }
}
