// Internal: the shared engine of `unnest` and `unnestReverse` (option validation, the event, the generator).
import { audit } from '@asyncutils/audit';
import { TypicalError } from './categories.js';
import { isCritical } from './CRITICAL.js';
import { describe } from './describe.js';
import type { ErrorType } from './errorMatcher.js';
import { matchesAny, toErrorTypes } from './errorTypes.js';
import { Critical } from './errors/critical.js';

/**
 * Options of `unnest` and `unnestReverse` (and the filtering options of `potentDerive`).
 *
 * @example
 * ```ts
 * import { unnest, type UnnestOptions } from '@asyncutils/exceptions';
 *
 * const opts: UnnestOptions = { filterOut: SyntaxError, raiseCritical: false, ack3: (e) => console.warn(e) };
 * const group = new AggregateError([new SyntaxError('a'), new RangeError('b')]);
 * for (const err of unnest(group, opts)) console.error(err); // only b
 * ```
 */
export interface UnnestOptions {
  /**
   * Throw `new Critical(item)` when an item is one of the `CRITICAL` errors (checked before `keep`).
   * @defaultValue `true`
   */
  readonly raiseCritical?: boolean;
  /**
   * The types to keep; other items go to `ack3`.
   * @defaultValue `TypicalError`
   */
  readonly keep?: ErrorType | Iterable<ErrorType>;
  /**
   * Kept items of these types are not yielded but passed to `ack1`.
   * @defaultValue `[]`
   */
  readonly filterOut?: ErrorType | Iterable<ErrorType>;
  /**
   * Kept, not filtered-out items for which it returns a falsy value are passed to `ack2` instead of yielded.
   * @defaultValue `() => true`
   */
  readonly predicate?: (err: unknown) => boolean;
  /** Receives the items removed by `filterOut`. */
  readonly ack1?: (err: unknown) => unknown;
  /** Receives the items rejected by `predicate`. */
  readonly ack2?: (err: unknown) => unknown;
  /** Receives the items that are not of a `keep` type. */
  readonly ack3?: (err: unknown) => unknown;
}

/** The options, validated and with their defaults. */
interface FlattenPlan {
  readonly raiseCritical: boolean;
  readonly keep: readonly ErrorType[];
  readonly filterOut: readonly ErrorType[];
  readonly predicate: (err: unknown) => boolean;
  readonly ack1: (err: unknown) => unknown;
  readonly ack2: (err: unknown) => unknown;
  readonly ack3: (err: unknown) => unknown;
}

const ignore = (): undefined => undefined;

/**
 * Validates `opts` (`TypeError`, naming `api`, for a bad option) and fills in the defaults.
 */
export function flattenPlan(opts: UnnestOptions | undefined, api: string): FlattenPlan {
  if (opts === undefined) opts = {};
  else if (typeof opts !== 'object' || opts === null) throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
  const fn = (key: 'predicate' | 'ack1' | 'ack2' | 'ack3'): ((err: unknown) => unknown) | undefined => {
    const value: unknown = opts[key];
    if (value !== undefined && typeof value !== 'function') throw new TypeError(`${api}: ${key} must be a function, got ${describe(value)}`);
    return value as ((err: unknown) => unknown) | undefined;
  };
  const { raiseCritical = true } = opts;
  if (typeof raiseCritical !== 'boolean') throw new TypeError(`${api}: raiseCritical must be a boolean, got ${describe(raiseCritical)}`);
  return {
    raiseCritical,
    keep: opts.keep === undefined ? [TypicalError] : toErrorTypes(opts.keep, api),
    filterOut: opts.filterOut === undefined ? [] : toErrorTypes(opts.filterOut, api),
    predicate: (fn('predicate') as ((err: unknown) => boolean) | undefined) ?? (() => true),
    ack1: fn('ack1') ?? ignore,
    ack2: fn('ack2') ?? ignore,
    ack3: fn('ack3') ?? ignore,
  };
}

/** The initial work list: the errors of an `AggregateError` first item, then the other items. */
export function initialItems(errors: unknown): unknown[] {
  const [first, ...more] = Array.isArray(errors) ? (errors as unknown[]) : [errors];
  return first instanceof AggregateError ? [...aggregated(first), ...more] : [first, ...more];
}

/** The `errors` of an `AggregateError` as an array (a non-iterable `errors` counts as none). */
function aggregated(group: AggregateError): unknown[] {
  const errors: unknown = group.errors;
  return Array.isArray(errors) ? [...(errors as unknown[])] : [];
}

/**
 * Validates, raises `event` with `[items.length]`, then returns the generator over the flattened items.
 *
 * @param reverse - Take items from the back (`unnestReverse`) instead of the front (`unnest`).
 */
export function flatten(
  errors: unknown,
  opts: UnnestOptions | undefined,
  reverse: boolean,
): Generator<unknown, void, unknown> {
  const api = reverse ? 'asyncutils.exceptions.unnestReverse' : 'asyncutils.exceptions.unnest';
  const plan = flattenPlan(opts, api);
  const items = initialItems(errors);
  if (reverse) audit('asyncutils.exceptions.unnest_reverse', items.length);
  else audit('asyncutils.exceptions.unnest', items.length);
  return walk(items, plan, reverse);
}

function* walk(items: unknown[], plan: FlattenPlan, reverse: boolean): Generator<unknown, void, unknown> {
  const take = reverse ? (): unknown => items.pop() : (): unknown => items.shift();
  const putBack = reverse ? (values: unknown[]): void => void items.push(...values) : (values: unknown[]): void => void items.unshift(...values);
  while (items.length > 0) {
    const item = take();
    if (item instanceof AggregateError) {
      putBack(aggregated(item));
    } else if (plan.raiseCritical && isCritical(item)) {
      throw new Critical(item);
    } else if (matchesAny(item, plan.keep)) {
      if (matchesAny(item, plan.filterOut)) plan.ack1(item);
      else if (!plan.predicate(item)) plan.ack2(item);
      else {
        const sent: unknown = yield item;
        if (sent !== undefined && sent !== null) putBack([sent]);
      }
    } else {
      plan.ack3(item);
    }
  }
}
