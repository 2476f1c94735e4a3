// `aenumerate(it, start, step)`: the port of `asyncutils.base.aenumerate`.
import { useAsyncProtocol } from './internal/iterables.js';
import { Relay } from './internal/Relay.js';
import { SourceIterator } from './internal/SourceIterator.js';
import { DONE, delegate, isPending, type Step } from './internal/steps.js';
import { finiteArg } from './internal/validate.js';

/** Pairs each item with `start + k * step`. */
class Enumerate<T> extends Relay<[number, T], T> {
  private k = 0;
  private readonly pair: (step: IteratorResult<T, unknown>) => Step<[number, T]>;

  constructor(
    src: SourceIterator<T>,
    private readonly start: number,
    private readonly step: number,
  ) {
    super(src);
    this.pair = (s) => (s.done ? DONE : { done: false, value: [this.start + this.k++ * this.step, s.value] });
  }

  next(): Step<[number, T]> {
    const s = this.src.next();
    return isPending(s) ? s.then(this.pair) : this.pair(s);
  }
}

/**
 * Yields `[index, item]` pairs of a sync or async iterable, the async counterpart of
 * `Array.prototype.entries()` with a configurable start and step.
 *
 * @remarks
 * The k-th item (from 0) is paired with `start + k * step`. Arguments are validated at the call; items are
 * read lazily. `return()`/`break` closes the source. Does not raise `asyncutils.base.iter_to_agen`.
 *
 * @typeParam T - The item type.
 * @param it - The (async) iterable.
 * @param start - The first index.
 * @param step - The difference between consecutive indices (may be negative or fractional).
 * @returns An `AsyncGenerator` of `[index, item]` pairs.
 * @throws TypeError at the call, when `start` or `step` is not a number or `it` is not iterable.
 * @throws RangeError at the call, when `start` or `step` is not finite.
 *
 * @example
 * ```ts
 * import { aenumerate } from '@asyncutils/base';
 *
 * for await (const [i, ch] of aenumerate('ab', 1)) console.log(i, ch); // 1 'a', 2 'b'
 * for await (const [i, ch] of aenumerate(['x', 'y'], 10, -2)) console.log(i, ch); // 10 'x', 8 'y'
 * ```
 */
export function aenumerate<T>(it: Iterable<T> | AsyncIterable<T>, start = 0, step = 1): AsyncGenerator<[number, T], void, unknown> {
  const first = finiteArg('aenumerate', 'start', start);
  const delta = finiteArg('aenumerate', 'step', step);
  return delegate(new Enumerate<T>(new SourceIterator<T>(it, useAsyncProtocol('aenumerate', it, undefined), 'aenumerate'), first, delta));
}
