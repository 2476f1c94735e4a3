// `unnest`: flatten nested `AggregateError`s depth-first, left to right, with filters.
import { flatten, type UnnestOptions } from './flatten.js';

/**
 * Flattens nested `AggregateError`s depth-first, left to right, yielding the errors to keep.
 *
 * @remarks
 * `errors` is one value or an array of values; an `AggregateError` first value is replaced by its `errors`.
 * Raises the audit event `asyncutils.exceptions.unnest` with `[n]` (the initial number of items) at the call,
 * after validating the options and before returning the generator. Each step takes the next item: an
 * `AggregateError` is replaced by its errors; with `raiseCritical`, a `CRITICAL` error is thrown as
 * `new Critical(item)`; an item of a `keep` type is passed to `ack1` when it matches `filterOut`, to `ack2`
 * when `predicate` rejects it, and yielded otherwise; any other item goes to `ack3`. A value passed to
 * `next(v)` (not `undefined`/`null`) is processed next, before the remaining items.
 *
 * @param errors - An error, an `AggregateError`, or an array of them.
 * @param opts - Filters and callbacks.
 * @returns A generator of the kept errors.
 * @throws `TypeError` for a bad option; whatever an audit hook throws. The generator throws `Critical`.
 *
 * @example
 * ```ts
 * import { unnest } from '@asyncutils/exceptions';
 *
 * const a = new Error('a'), b = new Error('b'), c = new Error('c');
 * [...unnest([new AggregateError([a, new AggregateError([b])]), c])]; // [a, b, c]
 * ```
 */
export function unnest(errors: unknown, opts?: UnnestOptions): Generator<unknown, void, unknown> {
  return flatten(errors, opts, false);
}
