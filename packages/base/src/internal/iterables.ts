// Recognising (async) iterables and choosing how to iterate one, as `iterToAgen` does.
import { ITER_TO_AGEN_DEFAULT_STRICT } from '@asyncutils/context';
import { typeName } from '@asyncutils/audit';

/** Whether `value` has a callable `Symbol.asyncIterator`. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value != null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/** Whether `value` has a callable `Symbol.iterator` (strings included). */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return value != null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** The `TypeError` for a value that is neither kind of iterable. */
export function notIterable(api: string, value: unknown): TypeError {
  return new TypeError(`asyncutils.base.${api}: cannot iterate over ${typeName(value)} synchronously or asynchronously`);
}

/**
 * How `iterToAgen` iterates `it`: `true` for the async protocol, `false` for the sync one.
 * `strict` (default: `ITER_TO_AGEN_DEFAULT_STRICT`, read now) refuses the async protocol.
 * Throws the `TypeError` of {@link notIterable} when neither applies.
 */
export function useAsyncProtocol(api: string, it: unknown, strict: boolean | undefined): boolean {
  if (!(strict ?? ITER_TO_AGEN_DEFAULT_STRICT.get()) && isAsyncIterable(it)) return true;
  if (isIterable(it)) return false;
  throw notIterable(api, it);
}
