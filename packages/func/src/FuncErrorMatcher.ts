// `FuncErrorMatcher`: which thrown values `timer` expects and `retry` retries on, and the internal predicate
// built from one.
import type { ErrorType } from '@asyncutils/exceptions';
import { fail } from './validate.js';

/**
 * Selects thrown values (Python's `expected=` / `exc=` exception classes): an error class or `ErrorMatcher`
 * (matched with `instanceof`), an array of them (any may match), or a predicate called with the thrown value.
 *
 * @remarks
 * A function that has its own `prototype` object (a `class`, or a `function` declaration) is matched with
 * `instanceof`; one without (an arrow function or a method) is called as a predicate, and its result is
 * tested for truthiness. Wrap a predicate that must be a `function` declaration in `errorMatcher` from
 * `@asyncutils/exceptions`. Omitting the matcher selects every thrown value.
 *
 * @example
 * ```ts
 * import { retry, type FuncErrorMatcher } from '@asyncutils/func';
 *
 * const transient: FuncErrorMatcher = (e) => e instanceof Error && /ECONNRESET/.test(e.message);
 * const fetchWithRetry = retry(5, 200, { exc: transient })(fetchIt);
 * const parseOnly: FuncErrorMatcher = [SyntaxError, RangeError];
 * ```
 */
export type FuncErrorMatcher = ErrorType | readonly ErrorType[] | ((err: unknown) => boolean);

/** Whether `t` can stand on the right of `instanceof`, or be called as a predicate. */
const usable = (t: unknown): boolean =>
  typeof t == 'function' || (typeof t == 'object' && t !== null && typeof (t as { [Symbol.hasInstance]?: unknown })[Symbol.hasInstance] == 'function');

/** Whether `err` matches one selector (validated). */
const matchOne = (t: FuncErrorMatcher, err: unknown): boolean =>
  typeof t == 'function' && !(typeof (t as { prototype?: unknown }).prototype == 'object')
    ? Boolean((t as (err: unknown) => boolean)(err))
    : err instanceof (t as ErrorType);

/**
 * The predicate of a {@link FuncErrorMatcher} (every value matches when it is `undefined`); throws
 * `TypeError` naming `api` and `name` for anything else.
 * @internal
 */
export const matcherOf = (api: string, name: string, exc: unknown): ((err: unknown) => boolean) | undefined => {
  if (exc === undefined) return undefined;
  const list: readonly unknown[] = Array.isArray(exc) ? exc : [exc];
  for (const t of list) if (!usable(t)) fail(api, `${name} must be an error class, an array of error classes or a predicate`, t);
  return list.length == 1 ? (err) => matchOne(list[0] as FuncErrorMatcher, err) : (err) => list.some((t) => matchOne(t as FuncErrorMatcher, err));
};
