// `adisembowel(it)` and `adisembowelLeft(it)`: the ports of `asyncutils.base.adisembowel` and `adisembowel_left`.
import { Disembowel, popSizeKey } from './internal/Disembowel.js';
import { useAsyncProtocol } from './internal/iterables.js';
import { Relay } from './internal/Relay.js';
import { SourceIterator } from './internal/SourceIterator.js';
import { delegate, type Step } from './internal/steps.js';
import type { PopSource, ShiftSource } from './PopSource.js';

/** Passes every item of a source through (`for await … of` semantics); used for non-popping containers. */
class Everything<T> extends Relay<T, T> {
  next(): Step<T> {
    return this.src.next();
  }
}

function drain<T>(api: string, it: unknown, method: 'pop' | 'shift'): AsyncGenerator<T, void, unknown> {
  const sizeKey = popSizeKey(api, it, method);
  if (sizeKey !== undefined) return delegate(new Disembowel<T>(it as never, method, sizeKey));
  return delegate(new Everything<T>(new SourceIterator<T>(it, useAsyncProtocol(api, it, undefined), api)));
}

/**
 * Empties a container from the end, yielding each item as it is popped; iterates anything else.
 *
 * @remarks
 * When `it.pop` is a function, `it` must have a numeric `length` (else a numeric `size`), checked at the
 * call. Each `next()` pops one item (`it.pop()`) while the size is above 0. Once the container is empty,
 * `it.clear()` is called if it is a function, and awaited if it returns a thenable. Stopping early
 * (`break`, `return()`) leaves the remaining items in place and does not call `clear()`.
 *
 * Any other (async) iterable is iterated as {@link iterToAgen} would (without raising its audit event):
 * it is not modified. Items are yielded as they are (a promise item is not awaited). No audit event.
 *
 * @typeParam T - The item type.
 * @param it - An array (or other iterable with `pop()`), any other (async) iterable, or a {@link PopSource}.
 * @returns An `AsyncGenerator` over the items, last first for a popping container.
 * @throws TypeError at the call, when `it` has `pop()` but no numeric `length`/`size`, or is not iterable.
 *
 * @example
 * ```ts
 * import { adisembowel } from '@asyncutils/base';
 *
 * const pending = [1, 2, 3];
 * for await (const n of adisembowel(pending)) console.log(n); // 3, 2, 1
 * pending.length; // 0
 * ```
 */
export function adisembowel<T>(it: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, unknown>;
/**
 * Empties a non-iterable {@link PopSource} (`pop()` plus `length` or `size`) from the end; see the first
 * overload.
 *
 * @example
 * ```ts
 * import { adisembowel } from '@asyncutils/base';
 *
 * const stack = { items: ['a', 'b'], get size() { return this.items.length; }, pop() { return this.items.pop()!; } };
 * for await (const item of adisembowel(stack)) console.log(item); // 'b', 'a'
 * ```
 */
export function adisembowel<T>(it: PopSource<T>): AsyncGenerator<T, void, unknown>;
export function adisembowel<T>(it: PopSource<T> | Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, unknown> {
  return drain<T>('adisembowel', it, 'pop');
}

/**
 * Empties a container from the front, yielding each item as it is shifted; iterates anything else.
 *
 * @remarks
 * {@link adisembowel} with `shift()` in place of `pop()` (Python's `popleft`), so items come out first to
 * last. Stopping early leaves the rest and does not call `clear()`. No audit event.
 *
 * @typeParam T - The item type.
 * @param it - An array (or other iterable with `shift()`), any other (async) iterable, or a {@link ShiftSource}.
 * @returns An `AsyncGenerator` over the items, first first for a shifting container.
 * @throws TypeError at the call, when `it` has `shift()` but no numeric `length`/`size`, or is not iterable.
 *
 * @example
 * ```ts
 * import { adisembowelLeft } from '@asyncutils/base';
 *
 * const inbox = ['a', 'b'];
 * for await (const message of adisembowelLeft(inbox)) console.log(message); // 'a', 'b'
 * inbox.length; // 0
 * ```
 */
export function adisembowelLeft<T>(it: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, unknown>;
/**
 * Empties a non-iterable {@link ShiftSource} (`shift()` plus `length` or `size`) from the front; see the
 * first overload.
 *
 * @example
 * ```ts
 * import { adisembowelLeft } from '@asyncutils/base';
 *
 * const queue = { items: ['a', 'b'], get length() { return this.items.length; }, shift() { return this.items.shift()!; } };
 * for await (const item of adisembowelLeft(queue)) console.log(item); // 'a', 'b'
 * ```
 */
export function adisembowelLeft<T>(it: ShiftSource<T>): AsyncGenerator<T, void, unknown>;
export function adisembowelLeft<T>(it: ShiftSource<T> | Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, unknown> {
  return drain<T>('adisembowel_left', it, 'shift');
}
