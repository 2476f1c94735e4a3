// `VersionDelta`: upstream's `VersionDelta` named tuple.
import { describe } from './describe.js';

const NAME = 'asyncutils.version.VersionDelta';
const FIELDS = Object.freeze(['major', 'minor', 'patch'] as const);

/** Validates one part of a delta: a safe integer of any sign (`-0` becomes `0`). */
function deltaPart(api: string, field: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${api}: ${field} must be a number, got ${describe(value)}`);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${api}: ${field} must be a safe integer, got ${describe(value)}`);
  return value + 0;
}

/**
 * An immutable difference between versions, `(major, minor, patch)`, with parts of any sign.
 *
 * @remarks
 * Add it to or subtract it from a `VersionInfo` (`v.add(d)`, `v.sub(d)`); `v.sub(w)` of two versions returns
 * one. Instances are frozen and the class cannot be subclassed. It behaves like a 3-tuple: `d[0]`, `d.length`,
 * `[...d]`.
 *
 * @example
 * ```ts
 * import { VersionDelta, VersionInfo } from '@asyncutils/version';
 *
 * const d = new VersionDelta(1, -2, 3);
 * d.neg().toString(); // 'VersionDelta(major=-1, minor=2, patch=-3)'
 * new VersionInfo(2, 5, 0).add(new VersionDelta(0, 1)).toString(); // '2.6.0'
 * ```
 */
export class VersionDelta implements Iterable<number> {
  static {
    // Node's `util.inspect` (`console.log`) shows the keyword form. Defined here because a computed method name cannot
    // appear in the declarations (isolatedDeclarations); `Symbol.for` needs no `node:util` import.
    Object.defineProperty(this.prototype, Symbol.for('nodejs.util.inspect.custom'), {
      value: function inspect(this: VersionDelta): string {
        return this.toString();
      },
      writable: true,
      configurable: true,
    });
  }

  /** The names of the parts, in order (upstream's `_fields`). */
  static readonly fields: readonly ['major', 'minor', 'patch'] = FIELDS;

  /** The major difference. */
  readonly major: number;
  /** The minor difference. */
  readonly minor: number;
  /** The patch difference. */
  readonly patch: number;
  /** The major difference (tuple index). */
  readonly 0: number;
  /** The minor difference (tuple index). */
  readonly 1: number;
  /** The patch difference (tuple index). */
  readonly 2: number;

  /**
   * @param major - The major difference. @default 0
   * @param minor - The minor difference. @default 0
   * @param patch - The patch difference. @default 0
   * @throws `TypeError` when a part is not a number, or the class is subclassed.
   * @throws `RangeError` when a part is not a safe integer.
   */
  constructor(major: number = 0, minor: number = 0, patch: number = 0) {
    if (new.target !== VersionDelta) throw new TypeError(`cannot subclass ${NAME}`);
    this.major = this[0] = deltaPart(NAME, 'major', major);
    this.minor = this[1] = deltaPart(NAME, 'minor', minor);
    this.patch = this[2] = deltaPart(NAME, 'patch', patch);
    Object.freeze(this);
  }

  /**
   * Builds a delta from exactly three parts (upstream's `_make`).
   *
   * @param parts - An iterable of three safe integers.
   * @returns The delta.
   * @throws `TypeError` when `parts` is not iterable or does not hold exactly three items, or a part is not a
   * number; `RangeError` when a part is not a safe integer.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * VersionDelta.make([1, 2, 3]).toJSON(); // [1, 2, 3]
   * ```
   */
  static make(parts: Iterable<number>): VersionDelta {
    const api = `${NAME}.make`;
    if (parts === null || parts === undefined || typeof (parts as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
      throw new TypeError(`${api}: expected an iterable of three parts, got ${describe(parts)}`);
    }
    const items = [...parts];
    if (items.length !== 3) throw new TypeError(`${api}: expected exactly three parts, got ${items.length}`);
    const [major, minor, patch] = items.map((value, i) => deltaPart(api, FIELDS[i] as string, value));
    return new VersionDelta(major, minor, patch);
  }

  /** Always `3`. */
  get length(): 3 {
    return 3;
  }

  /** Yields `major`, `minor`, `patch`. */
  *[Symbol.iterator](): IterableIterator<number> {
    yield this.major;
    yield this.minor;
    yield this.patch;
  }

  /**
   * The opposite delta (upstream's unary `-`).
   *
   * @returns A delta with every part negated.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(1, -2, 3).neg().toJSON(); // [-1, 2, -3]
   * ```
   */
  neg(): VersionDelta {
    return new VersionDelta(-this.major, -this.minor, -this.patch);
  }

  /**
   * A copy with some parts changed (upstream's `_replace`).
   *
   * @param changes - The new parts; an omitted or `undefined` part is kept.
   * @returns The new delta.
   * @throws `TypeError` or `RangeError` for an invalid part, as the constructor.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(1, -2, 3).replace({ major: 5 }).toJSON(); // [5, -2, 3]
   * ```
   */
  replace(changes: { readonly major?: number; readonly minor?: number; readonly patch?: number }): VersionDelta {
    if (typeof changes !== 'object' || changes === null) {
      throw new TypeError(`${NAME}.replace: expected an object of changes, got ${describe(changes)}`);
    }
    const { major = this.major, minor = this.minor, patch = this.patch } = changes;
    return new VersionDelta(major, minor, patch);
  }

  /**
   * The parts as a plain object (upstream's `_asdict`).
   *
   * @returns `{ major, minor, patch }`.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(1, -2, 3).asdict(); // { major: 1, minor: -2, patch: 3 }
   * ```
   */
  asdict(): { major: number; minor: number; patch: number } {
    return { major: this.major, minor: this.minor, patch: this.patch };
  }

  /**
   * The major difference (upstream's `math.floor`).
   *
   * @returns `major`.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(1, 9, 9).floor(); // 1
   * ```
   */
  floor(): number {
    return this.major;
  }

  /**
   * The major difference (upstream's `math.trunc`).
   *
   * @returns `major`.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(-1, 9, 9).trunc(); // -1
   * ```
   */
  trunc(): number {
    return this.major;
  }

  /**
   * Whether `other` is a `VersionDelta` with the same parts.
   *
   * @param other - Any value.
   * @returns `true` for an equal delta.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * new VersionDelta(1).equals(new VersionDelta(1, 0, 0)); // true
   * new VersionDelta(1).equals([1, 0, 0]); // false
   * ```
   */
  equals(other: unknown): boolean {
    return other instanceof VersionDelta && other.major === this.major && other.minor === this.minor && other.patch === this.patch;
  }

  /**
   * The delta in keyword form.
   *
   * @returns `'VersionDelta(major=1, minor=-2, patch=3)'`.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * String(new VersionDelta(1, -2, 3)); // 'VersionDelta(major=1, minor=-2, patch=3)'
   * ```
   */
  toString(): string {
    return `VersionDelta(major=${this.major}, minor=${this.minor}, patch=${this.patch})`;
  }

  /**
   * The parts as an array, for `JSON.stringify`.
   *
   * @returns `[major, minor, patch]`.
   *
   * @example
   * ```ts
   * import { VersionDelta } from '@asyncutils/version';
   *
   * JSON.stringify({ d: new VersionDelta(1, -2, 3) }); // '{"d":[1,-2,3]}'
   * ```
   */
  toJSON(): [number, number, number] {
    return [this.major, this.minor, this.patch];
  }

}
