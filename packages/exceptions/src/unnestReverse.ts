// `unnestReverse`: flatten nested `AggregateError`s depth-first, right to left, with filters.
import { flatten, type UnnestOptions } from './flatten.js';

/**
 * Like `unnest`, but visits the items from the last to the first (depth-first, right to left).
 *
 * @remarks
 * Raises the audit event `asyncutils.exceptions.unnest_reverse` with `[n]` (the initial number of items) at
 * the call, after validating the options. A value passed to `next(v)` (not `undefined`/`null`) is processed
 * next.
 *
 * @param errors - An error, an `AggregateError`, or an array of them.
 * @param opts - Filters and callbacks (see `UnnestOptions`).
 * @returns A generator of the kept errors, last first.
 * @throws `TypeError` for a bad option; whatever an audit hook throws. The generator throws `Critical`.
 *
 * @example
 * ```ts
 * import { unnestReverse } from '@asyncutils/exceptions';
 *
 * const a = new Error('a'), b = new Error('b'), c = new Error('c');
 * [...unnestReverse([new AggregateError([a, new AggregateError([b])]), c])]; // [c, b, a]
 * ```
 */
export function unnestReverse(errors: unknown, opts?: UnnestOptions): Generator<unknown, void, unknown> {
  return flatten(errors, opts, true);
}
