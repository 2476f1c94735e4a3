// `drop(it, n, opts)`: the port of `asyncutils.base.drop`.
import { ItemsExhausted } from '@asyncutils/exceptions';
import { useAsyncProtocol } from './internal/iterables.js';
import { Relay } from './internal/Relay.js';
import { SourceIterator } from './internal/SourceIterator.js';
import { delegate, isPending, type Step } from './internal/steps.js';
import { booleanOption, countArg, optionsOf } from './internal/validate.js';

/**
 * Options of {@link drop}.
 *
 * @example
 * ```ts
 * import { drop, type DropOptions } from '@asyncutils/base';
 *
 * const opts: DropOptions = { raising: true };
 * const rest = drop([1, 2, 3], 2, opts); // yields 3
 * ```
 */
export interface DropOptions {
  /**
   * Throw `ItemsExhausted` (`asyncutils.base.drop: ran out of items to drop`) from the first `next()` when
   * the source holds fewer than `n` items; otherwise the generator just ends.
   *
   * @default false
   */
  readonly raising?: boolean;
}

/** Skips `remaining` items at the first `next()`, then passes the rest through. */
class Drop<T> extends Relay<T, T> {
  private readonly resume: (step: IteratorResult<T, unknown>) => Step<T>;

  constructor(
    src: SourceIterator<T>,
    private remaining: number,
    private readonly raising: boolean,
  ) {
    super(src);
    this.resume = (step) => (step.done ? this.exhausted() : (this.remaining--, this.next()));
  }

  next(): Step<T> {
    while (this.remaining > 0) {
      const step = this.src.next();
      if (isPending(step)) return step.then(this.resume);
      if (step.done) return this.exhausted();
      this.remaining--;
    }
    return this.src.next();
  }

  private exhausted(): Step<T> {
    this.remaining = 0;
    if (this.raising) {
      this.finished = true;
      throw new ItemsExhausted('asyncutils.base.drop: ran out of items to drop');
    }
    return this.finish();
  }
}

/**
 * Skips the first `n` items of a sync or async iterable and yields the rest.
 *
 * @remarks
 * Arguments are validated at the call; the skipping happens at the first `next()`. With fewer than `n`
 * items the generator ends, or, with `raising`, throws `ItemsExhausted`. `drop(it, 0)` yields everything.
 * Items are yielded as they are (a promise item is not awaited); `return()`/`break` closes the source.
 * Does not raise `asyncutils.base.iter_to_agen`.
 *
 * @typeParam T - The item type.
 * @param it - The (async) iterable.
 * @param n - How many items to skip: an integer `>= 0`.
 * @param opts - {@link DropOptions}.
 * @returns An `AsyncGenerator` over the items after the first `n`.
 * @throws TypeError at the call, when `n` is not a number, `it` is not iterable, or an option has the
 *   wrong type.
 * @throws RangeError at the call, when `n` is not an integer `>= 0`.
 * @throws ItemsExhausted (a `RangeError`) from the first `next()`, with `raising`, when the source holds
 *   fewer than `n` items.
 *
 * @example
 * ```ts
 * import { drop } from '@asyncutils/base';
 *
 * for await (const line of drop(['header', 'a', 'b'], 1)) console.log(line); // 'a', 'b'
 * ```
 */
export function drop<T>(it: Iterable<T> | AsyncIterable<T>, n: number, opts?: DropOptions): AsyncGenerator<T, void, unknown> {
  const count = countArg('drop', 'n', n);
  const raising = booleanOption('drop', 'raising', optionsOf('drop', opts).raising, false);
  return delegate(new Drop<T>(new SourceIterator<T>(it, useAsyncProtocol('drop', it, undefined), 'drop'), count, raising));
}
