// `potentDerive`: a new, filtered, flattened `AggregateError`.
import { describe } from './describe.js';
import { flatten, type UnnestOptions } from './flatten.js';
import { addNotes, toNotes } from './prepareException.js';

/**
 * Options of `potentDerive`: the filters of `unnest` plus the new group's order, message, notes and cause.
 *
 * @example
 * ```ts
 * import { potentDerive, type PotentDeriveOptions } from '@asyncutils/exceptions';
 *
 * const opts: PotentDeriveOptions = { ordered: true, message: 'shutdown failed', notes: 'in close()' };
 * throw potentDerive([new Error('a'), new Error('b')], opts);
 * ```
 */
export interface PotentDeriveOptions extends UnnestOptions {
  /**
   * Keep the errors in order (`unnest`) instead of reversing them (`unnestReverse`).
   * @defaultValue `false`
   */
  readonly ordered?: boolean;
  /** The new group's message; defaults to the first item's when that is an `AggregateError`, else required. */
  readonly message?: string;
  /** Notes to add to the new group. */
  readonly notes?: string | Iterable<string>;
  /** The new group's `cause`. */
  readonly cause?: unknown;
}

/**
 * Builds a new `AggregateError` of the flattened, filtered errors (Python's `potent_derive`).
 *
 * @remarks
 * The errors come from `unnestReverse(errors, filters)` (so they are reversed), or `unnest` with `ordered`;
 * that function's audit event is raised. `message` defaults to the first item's message when it is an
 * `AggregateError`. Always a new group, even when `errors` is one (upstream returned that group unfiltered).
 *
 * @param errors - An error, an `AggregateError`, or an array of them.
 * @param opts - The `unnest` filters, `ordered`, `message`, `notes` and `cause`.
 * @returns The new `AggregateError`.
 * @throws `TypeError` when no message is given and the first item is not an `AggregateError`, or for a bad
 * option (before any event); `Critical` from the flattening.
 *
 * @example
 * ```ts
 * import { potentDerive } from '@asyncutils/exceptions';
 *
 * const group = new AggregateError([new Error('a'), new AggregateError([new Error('b')])], 'close failed');
 * potentDerive(group, { ordered: true }).errors; // [a, b], message 'close failed'
 * ```
 */
export function potentDerive(errors: unknown, opts?: PotentDeriveOptions): AggregateError {
  const api = 'asyncutils.exceptions.potentDerive';
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
  const { ordered = false, message, notes, cause, ...filters } = opts ?? {};
  if (typeof ordered !== 'boolean') throw new TypeError(`${api}: ordered must be a boolean, got ${describe(ordered)}`);
  const noteList = toNotes(notes, api);
  let text: string;
  if (message !== undefined) {
    if (typeof message !== 'string') throw new TypeError(`${api}: message must be a string, got ${describe(message)}`);
    text = message;
  } else {
    const first: unknown = Array.isArray(errors) ? (errors as unknown[])[0] : errors;
    if (!(first instanceof AggregateError)) throw new TypeError(`${api}: message is required when the first error is not an AggregateError`);
    text = first.message;
  }
  const items = [...flatten(errors, filters, !ordered)];
  const group = cause === undefined ? new AggregateError(items, text) : new AggregateError(items, text, { cause });
  addNotes(group, noteList);
  return group;
}
