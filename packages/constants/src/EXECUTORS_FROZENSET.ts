// `EXECUTORS_FROZENSET`: the executor names as an immutable Set, for membership tests.
import { describeValue } from './describeValue.js';
import { type ExecutorName, POSSIBLE_EXECUTORS } from './POSSIBLE_EXECUTORS.js';

/** A `Set` whose mutators throw: the stand-in for Python's `frozenset`. */
class FrozenSet<T> extends Set<T> {
  readonly #label: string;

  constructor(label: string, values: Iterable<T>) {
    super();
    this.#label = label;
    for (const value of values) super.add(value);
  }

  override add(value: T): never {
    throw new TypeError(`${this.#label} is immutable: cannot add ${describeValue(value)}`);
  }

  override delete(value: T): never {
    throw new TypeError(`${this.#label} is immutable: cannot delete ${describeValue(value)}`);
  }

  override clear(): never {
    throw new TypeError(`${this.#label} is immutable: cannot clear it`);
  }
}

/** The public type: a `ReadonlySet` whose `has` narrows any value to an executor name. */
type ExecutorNameSet = { has(value: unknown): value is ExecutorName } & ReadonlySet<ExecutorName>;

function createExecutorsSet(): ExecutorNameSet {
  const set = new FrozenSet('asyncutils.constants.EXECUTORS_FROZENSET', POSSIBLE_EXECUTORS);
  Object.freeze(set);
  return set as ReadonlySet<ExecutorName> as ExecutorNameSet;
}

/**
 * The executor names of {@link POSSIBLE_EXECUTORS} as an immutable `Set`, for fast membership tests.
 *
 * @remarks
 * A frozen instance of a `Set` subclass: `instanceof Set` holds, `size` is 15 and iteration follows the
 * order of {@link POSSIBLE_EXECUTORS}. `add`, `delete` and `clear` throw `TypeError`
 * `asyncutils.constants.EXECUTORS_FROZENSET is immutable` and change nothing. (Like any frozen `Set`, it
 * can still be changed by calling `Set.prototype.add` on it directly; do not.)
 *
 * Typed as `ReadonlySet<ExecutorName>` whose `has` also accepts any value and narrows it to
 * {@link ExecutorName}, so a user-supplied string can be checked without a cast.
 *
 * @throws TypeError from `add`, `delete` and `clear`, naming the value.
 *
 * @example
 * ```ts
 * import { EXECUTORS_FROZENSET, type ExecutorName } from '@asyncutils/constants';
 *
 * function parseExecutor(flag: string): ExecutorName {
 *   if (EXECUTORS_FROZENSET.has(flag)) return flag; // narrowed to ExecutorName
 *   throw new RangeError(`unknown executor ${flag}`);
 * }
 * ```
 */
export const EXECUTORS_FROZENSET: ExecutorNameSet = /*#__PURE__*/ createExecutorsSet();
