// `aiterToGen(it, opts)`: the port of `asyncutils.base.aiter_to_gen`, for the one case JavaScript allows.
import { audit, typeName } from '@asyncutils/audit';
import { AITER_TO_GEN_DEFAULT_STRICT } from '@asyncutils/context';
import { isAsyncIterable, isIterable, notIterable } from './internal/iterables.js';
import { closeIterator } from './internal/SourceIterator.js';
import { isObject } from './internal/steps.js';
import { booleanOption, optionsOf } from './internal/validate.js';

/**
 * Options of {@link aiterToGen}.
 *
 * @example
 * ```ts
 * import { aiterToGen, type AiterToGenOptions } from '@asyncutils/base';
 *
 * const opts: AiterToGenOptions = { strict: false };
 * [...aiterToGen(new Set([1, 2]), opts)]; // [1, 2]
 * ```
 */
export interface AiterToGenOptions {
  /**
   * Insist on the async protocol, as Python's `strict=True` does. No async source can be read
   * synchronously, so a strict call always throws.
   *
   * @default `AITER_TO_GEN_DEFAULT_STRICT` of `@asyncutils/context` (`false`), read at the call
   */
  readonly strict?: boolean;
}

/**
 * Returns a sync generator over a sync iterable, delegating to it like `yield*` (Python's `yield from`);
 * throws for an async iterable, which no JavaScript code can read synchronously.
 *
 * @remarks
 * At the call: raises the audit event `asyncutils.base.aiter_to_gen` with `[typeName(it)]` first, then
 * validates; every error is thrown at the call, none at the first `next()`.
 *
 * - Not `strict` and `it` has `Symbol.iterator`: returns a generator over it. `next(v)` passes `v` on;
 *   `throw(e)` calls the source's `throw(e)`, or closes the source and throws `e` when it has none;
 *   `return(v)` calls the source's `return?.(v)` and finishes.
 * - `it` is async-iterable (and not sync-iterable, or `strict`): Python drives its event loop until each
 *   item arrives; JavaScript has one thread that cannot block on a promise, so this throws an `Error`.
 *   Use `for await`, or {@link iterToAgen} to go the other way.
 *
 * @typeParam T - The item type.
 * @param it - A sync iterable.
 * @param opts - {@link AiterToGenOptions}.
 * @returns A new `Generator` over the items of `it`.
 * @throws Error `asyncutils.base.aiter_to_gen: cannot iterate an async iterable synchronously; the only
 *   thread cannot block on a promise (use for await or iterToAgen)` for an async iterable.
 * @throws TypeError `asyncutils.base.aiter_to_gen: cannot iterate over <type> synchronously or
 *   asynchronously` when `it` is neither kind of iterable, or only sync-iterable while `strict`.
 * @throws Whatever an audit hook throws.
 *
 * @example
 * ```ts
 * import { aiterToGen } from '@asyncutils/base';
 *
 * const gen = aiterToGen([1, 2]);
 * gen.next(); // { value: 1, done: false }
 * [...gen]; // [2]
 *
 * async function* ticks() { yield 1; }
 * aiterToGen(ticks()); // throws Error: … cannot block on a promise …
 * ```
 */
export function aiterToGen<T>(it: Iterable<T>, opts?: AiterToGenOptions): Generator<T, void, unknown>;
/**
 * An async-only iterable cannot be read synchronously: this overload always throws (see the first one).
 *
 * @example
 * ```ts
 * import { aiterToGen } from '@asyncutils/base';
 *
 * async function* ticks() { yield 1; }
 * try {
 *   aiterToGen(ticks());
 * } catch (err) {
 *   console.error(err); // Error: asyncutils.base.aiter_to_gen: cannot iterate an async iterable synchronously; …
 * }
 * ```
 */
export function aiterToGen(it: AsyncIterable<unknown>, opts?: AiterToGenOptions): never;
export function aiterToGen<T>(it: Iterable<T> | AsyncIterable<unknown>, opts?: AiterToGenOptions): Generator<T, void, unknown> {
  audit('asyncutils.base.aiter_to_gen', typeName(it));
  const strict = booleanOption('aiter_to_gen', 'strict', optionsOf('aiter_to_gen', opts).strict, undefined) ?? AITER_TO_GEN_DEFAULT_STRICT.get();
  if (!strict && isIterable(it)) return delegateSync(new SyncDelegate(it as Iterable<T>));
  if (isAsyncIterable(it)) {
    throw new Error(
      'asyncutils.base.aiter_to_gen: cannot iterate an async iterable synchronously; the only thread cannot block on a promise (use for await or iterToAgen)',
    );
  }
  throw notIterable('aiter_to_gen', it);
}

/** A generator object delegating to `inner` (obtained lazily, at the first `next()`). */
function* delegateSync<T>(inner: SyncDelegate<T>): Generator<T, void, unknown> {
  yield* inner;
}

/** The sync counterpart of `SourceIterator`: forwards `next`/`throw`/`return` to the source's iterator. */
class SyncDelegate<T> implements Iterator<T, unknown, unknown> {
  private iterator: Iterator<T, unknown, unknown> | undefined;

  constructor(private readonly source: Iterable<T>) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(value?: unknown): IteratorResult<T, unknown> {
    return this.open().next(value);
  }

  throw(error: unknown): IteratorResult<T, unknown> {
    const it = this.open();
    if (typeof it.throw === 'function') return it.throw(error);
    closeIterator(it);
    throw error;
  }

  return(value?: unknown): IteratorResult<T, unknown> {
    if (this.iterator !== undefined) closeIterator(this.iterator, value);
    return { done: true, value };
  }

  private open(): Iterator<T, unknown, unknown> {
    if (this.iterator !== undefined) return this.iterator;
    const it: unknown = this.source[Symbol.iterator]();
    if (!isObject(it)) throw new TypeError(`asyncutils.base.aiter_to_gen: the iterator of ${typeName(this.source)} is not an object (got ${typeName(it)})`);
    return (this.iterator = it as Iterator<T, unknown, unknown>);
  }
}
