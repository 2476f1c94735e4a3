// `IgnoreErrors`: suppress chosen error types (minus exclusions) around a callback, a wrapped function or a `catch`.
import { describe } from './describe.js';
import { TypicalError } from './categories.js';
import type { ErrorMatcher, ErrorType } from './errorMatcher.js';
import { errorTypeName, isErrorMatcher, isErrorType, isIterableObject, matchesAny, toErrorTypes } from './errorTypes.js';

/**
 * Options of {@link IgnoreErrors}.
 *
 * @example
 * ```ts
 * import { IgnoreErrors, type IgnoreErrorsOptions } from '@asyncutils/exceptions';
 *
 * const opts: IgnoreErrorsOptions = { exclude: [RangeError] };
 * new IgnoreErrors(Error, opts);
 * ```
 */
export interface IgnoreErrorsOptions {
  /**
   * Types that are never suppressed, even when they match one of the suppressed types.
   * @defaultValue `[]`
   */
  readonly exclude?: Iterable<ErrorType>;
}

/** The result type of `wrap(fn)` for a function returning `R`. */
type Suppressed<R> = R extends PromiseLike<infer V> ? Promise<V | undefined> : R | undefined;

const API = 'asyncutils.exceptions.IgnoreErrors';

/**
 * Suppresses the listed error types, except the excluded ones, around a callback (`run`), a function
 * (`wrap`) or in a `catch` (`handle`).
 *
 * @remarks
 * Python's `with ignore:` cannot be ported: a `using` block's disposer can neither see nor swallow the
 * block's error. Matching is `err instanceof type`, so classes, `ErrorMatcher`s (`TypicalError`, `AnyError`,
 * `errorMatcher(...)`) and the library's virtual subclasses all work. Without types, `TypicalError` is
 * suppressed (Python's default `Exception`). Types listed both as suppressed and excluded are dropped from
 * both; an exclusion that cannot match anything suppressed is dropped. Instances are frozen.
 *
 * @example
 * ```ts
 * import { IgnoreErrors, QueueEmpty } from '@asyncutils/exceptions';
 *
 * const ignoreEmpty = new IgnoreErrors(QueueEmpty);
 * const take = (items: number[]): number => {
 *   if (items.length === 0) throw new QueueEmpty('empty');
 *   return items.shift()!;
 * };
 * ignoreEmpty.run(() => take([])); // undefined
 * await Promise.reject(new QueueEmpty('empty')).catch(ignoreEmpty.handle); // undefined
 * const tryTake = ignoreEmpty.wrap(take);
 * tryTake([1]); // 1
 * ```
 */
export class IgnoreErrors {
  /** The suppressed types (frozen). */
  readonly exc: readonly ErrorType[];
  /** The exclusions: never suppressed (frozen). */
  readonly but: readonly ErrorType[];
  /**
   * Returns `undefined` when `err` is suppressed, else throws `err`; bound, for `promise.catch(ig.handle)`
   * and `catch (e) { ig.handle(e) }`.
   */
  readonly handle: (err: unknown) => undefined;

  /**
   * @param types - The error types to suppress: one, or an iterable of them.
   * @param opts - `exclude`: types never suppressed.
   * @defaultValue `types`: `[TypicalError]` (also when empty)
   * @throws `TypeError` when a type is not a function or an object with a callable `Symbol.hasInstance`.
   */
  constructor(types?: ErrorType | Iterable<ErrorType>, opts?: IgnoreErrorsOptions) {
    if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
      throw new TypeError(`${API}: options must be an object, got ${describe(opts)}`);
    }
    let exc = types === undefined ? [] : toErrorTypes(types, API);
    let but = opts?.exclude === undefined ? [] : toErrorTypes(opts.exclude, API);
    if (exc.length === 0) exc = [TypicalError];
    const overlap = new Set(exc.filter((t) => but.includes(t)));
    exc = exc.filter((t) => !overlap.has(t));
    but = but.filter((b) => !overlap.has(b) && (isErrorMatcher(b) || exc.some((t) => prototypeOf(b) instanceof (t as ErrorMatcher))));
    this.exc = Object.freeze(exc);
    this.but = Object.freeze(but);
    this.handle = (err: unknown): undefined => {
      if (this.suppresses(err)) return undefined;
      throw err;
    };
    Object.freeze(this);
  }

  /**
   * Whether `err` is suppressed: an instance of a suppressed type and of no exclusion.
   *
   * @param err - Any thrown value.
   * @returns `true` when `run`, `wrap` and `handle` swallow it.
   */
  suppresses(err: unknown): boolean {
    return matchesAny(err, this.exc) && !matchesAny(err, this.but);
  }

  /**
   * Calls `fn()`, suppressing its errors: a suppressed synchronous throw returns `undefined`; a returned
   * promise (thenable) becomes one that fulfils with `undefined` on a suppressed rejection. Other errors
   * propagate unchanged.
   *
   * @param fn - The callback.
   * @returns `fn()`'s result, or `undefined` when its error was suppressed.
   * @throws Whatever `fn` throws and is not suppressed.
   */
  run<R>(fn: () => PromiseLike<R>): Promise<R | undefined>;
  run<R>(fn: () => R): R | undefined;
  run<R>(fn: () => R): unknown {
    if (typeof fn !== 'function') throw new TypeError(`${API}.run: expected a function, got ${describe(fn)}`);
    let result: R;
    try {
      result = fn();
    } catch (error) {
      return this.handle(error);
    }
    if (isThenable(result)) return Promise.resolve(result).then(undefined, this.handle);
    return result;
  }

  /**
   * Returns a function with the same `this`, arguments, `name` and `length` as `fn`, whose calls go through
   * {@link IgnoreErrors.run}.
   *
   * @param fn - The function to wrap.
   * @returns The wrapper: `R | undefined` for a synchronous `fn`, `Promise<Awaited<R> | undefined>` for one
   * returning a promise.
   * @throws `TypeError` when `fn` is not a function.
   */
  wrap<T, A extends unknown[], R>(fn: (this: T, ...args: A) => R): (this: T, ...args: A) => Suppressed<R> {
    if (typeof fn !== 'function') throw new TypeError(`${API}.wrap: expected a function, got ${describe(fn)}`);
    const run = this.run.bind(this) as (f: () => R) => Suppressed<R>;
    const wrapped = function (this: T, ...args: A): Suppressed<R> {
      return run(() => fn.apply(this, args));
    };
    Object.defineProperty(wrapped, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(wrapped, 'length', { value: fn.length, configurable: true });
    return wrapped;
  }

  /**
   * A new `IgnoreErrors` with the same suppressed types and more exclusions.
   *
   * @param others - Types to exclude too.
   * @returns `new IgnoreErrors(this.exc, { exclude: [...this.but, ...others] })`.
   * @throws `TypeError` for an argument that is not an error type.
   */
  excluding(...others: ErrorType[]): IgnoreErrors {
    return new IgnoreErrors(this.exc, { exclude: [...this.but, ...others] });
  }

  /**
   * A new `IgnoreErrors` suppressing the union of the types of this one and `others`, with the union of
   * the exclusions (then the construction rules apply: overlaps dropped).
   *
   * @param others - `IgnoreErrors` instances, error types, or iterables of them (flattened one level).
   * @returns The combined instance.
   * @throws `TypeError` for anything else.
   */
  combined(...others: (IgnoreErrors | ErrorType | Iterable<IgnoreErrors | ErrorType>)[]): IgnoreErrors {
    const exc: ErrorType[] = [...this.exc];
    const but: ErrorType[] = [...this.but];
    const add = (item: unknown, nested: boolean): void => {
      if (item instanceof IgnoreErrors) {
        exc.push(...item.exc);
        but.push(...item.but);
      } else if (isErrorType(item)) {
        exc.push(item);
      } else if (!nested && isIterableObject(item)) {
        for (const inner of item) add(inner, true);
      } else {
        throw new TypeError(`${API}.combined: ${describe(item)} is neither an IgnoreErrors nor an error type`);
      }
    };
    for (const other of others) add(other, false);
    return new IgnoreErrors(exc, { exclude: but });
  }

  /**
   * Describes the instance: `IgnoreErrors(<suppressed>).excluding(<exclusions>)`.
   *
   * @returns E.g. `'IgnoreErrors(AnyError).excluding(Critical, StateCorrupted, Deadlock)'`.
   */
  toString(): string {
    return `IgnoreErrors(${this.exc.map(errorTypeName).join(', ')}).excluding(${this.but.map(errorTypeName).join(', ')})`;
  }
}

/** `type.prototype` for a class (what an exclusion's instances inherit from), `undefined` otherwise. */
function prototypeOf(type: ErrorType): unknown {
  if (typeof type !== 'function') return undefined;
  try {
    return (type as { prototype?: unknown }).prototype;
  } catch {
    return undefined;
  }
}

/** Whether `value` is an object or function with a callable `then`. */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return typeof (value as Partial<PromiseLike<unknown>>).then === 'function';
  } catch {
    return false;
  }
}
