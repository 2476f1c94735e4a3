// The errors of iteration helpers (`@asyncutils/iters`, `@asyncutils/iterclasses`, `@asyncutils/func`):
// `MaxIterationsError`, `ItemsExhausted`, `MoreThanOne`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A loop reached its maximum number of iterations without finishing.
 *
 * @example
 * ```ts
 * import { MaxIterationsError } from '@asyncutils/exceptions';
 *
 * throw new MaxIterationsError('asyncutils.func.retry: gave up after 5 attempts');
 * ```
 */
export class MaxIterationsError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'MaxIterationsError');
}

/**
 * An iterable ran out of items before the requested number was produced (Python `ValueError`, hence
 * `RangeError`).
 *
 * @example
 * ```ts
 * import { ItemsExhausted } from '@asyncutils/exceptions';
 *
 * new ItemsExhausted('expected 3 items, got 2') instanceof RangeError; // true
 * ```
 */
export class ItemsExhausted extends RangeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'ItemsExhausted');
}

/**
 * An iterable expected to hold exactly one item holds more (Python `ValueError`, hence `RangeError`).
 *
 * @remarks
 * `it` iterates over the original items again: its first item is the one that was accepted, its second the
 * offending one, so nothing consumed while checking is lost.
 *
 * @typeParam T - The item type.
 *
 * @example
 * ```ts
 * import { MoreThanOne } from '@asyncutils/exceptions';
 *
 * async function* items() { yield* [1, 2, 3]; }
 * const err = new MoreThanOne(items(), 'asyncutils.iters.aonly: more than one item');
 * for await (const item of err.it) console.log(item); // 1, 2, 3
 * ```
 */
export class MoreThanOne<T = unknown> extends RangeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'MoreThanOne');

  /** An iterator over the original items; its second item is the offending one. */
  readonly it: AsyncIterableIterator<T>;

  /**
   * @param it - An iterator over the original items.
   * @param message - The error message.
   */
  constructor(it: AsyncIterableIterator<T>, message: string) {
    super(message);
    this.it = it;
  }
}
