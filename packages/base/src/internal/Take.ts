// `Take`: the iterator behind `take`, `collect` and `collectInto`.
import { RAISE } from '@asyncutils/constants';
import { ItemsExhausted } from '@asyncutils/exceptions';
import { useAsyncProtocol } from './iterables.js';
import { Relay } from './Relay.js';
import { SourceIterator } from './SourceIterator.js';
import { DONE, isPending, type Step } from './steps.js';
import { countArg, optionsOf } from './validate.js';

/**
 * Yields up to `n` items of `src` (all of them when `n` is `null`), pulling exactly as many as it yields,
 * then pads with the default, throws `ItemsExhausted` (default `RAISE`) or stops.
 */
export class Take<T, D> extends Relay<T | D, T> {
  private taken = 0;
  private pad: IteratorYieldResult<D> | undefined;
  private readonly accept: (step: IteratorResult<T, unknown>) => Step<T | D>;

  /**
   * @param src - The source.
   * @param n - How many items, or `null` for all.
   * @param hasDefault - Whether a default was given (the key was present).
   * @param fallback - The default, or `RAISE`.
   * @param exhausted - The message of `ItemsExhausted`.
   */
  constructor(
    src: SourceIterator<T>,
    private readonly n: number | null,
    private readonly hasDefault: boolean,
    private readonly fallback: unknown,
    private readonly exhausted: string,
  ) {
    super(src);
    this.accept = (step) => this.onStep(step);
  }

  next(): Step<T | D> {
    if (this.finished) return DONE;
    if (this.n !== null && this.taken >= this.n) return this.finish();
    if (this.pad !== undefined) {
      this.taken++;
      return this.pad;
    }
    const step = this.src.next();
    return isPending(step) ? step.then(this.accept) : this.onStep(step);
  }

  private onStep(step: IteratorResult<T, unknown>): Step<T | D> {
    if (this.finished) return DONE;
    if (!step.done) {
      this.taken++;
      return step;
    }
    if (!this.hasDefault) return this.finish();
    if (this.fallback === RAISE) {
      if (this.n === null) return this.finish();
      this.finished = true;
      throw new ItemsExhausted(this.exhausted);
    }
    this.pad = Object.freeze({ done: false, value: this.fallback as D });
    return this.next();
  }
}

/**
 * Validates the arguments of a `take`-like API and builds its iterator (touching nothing in `it`).
 * `endless: false` (collect, collectInto) refuses `n` null with a non-`RAISE` default: it would never end.
 */
export function makeTake<T, D>(api: string, it: unknown, n: unknown, opts: unknown, exhausted: string, endless = true): Take<T, D> {
  const o = optionsOf(api, opts);
  const count = n == null ? null : countArg(api, 'n', n);
  const hasDefault = 'default' in o;
  if (!endless && count === null && hasDefault && o.default !== RAISE) {
    throw new RangeError(`asyncutils.base.${api}: n is ${String(n)} and a default is given, so the result would be endless (pass a count, or default: RAISE)`);
  }
  const isAsync = useAsyncProtocol(api, it, undefined);
  return new Take<T, D>(new SourceIterator<T>(it, isAsync, api), count, hasDefault, o.default, exhausted);
}
