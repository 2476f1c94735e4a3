// `Relay`: an internal iterator that reads a `SourceIterator` the way `for await … of` would.
import { type SourceIterator } from './SourceIterator.js';
import { DONE, doneWith, isPending, type Step, type StepIterator } from './steps.js';

/**
 * Base of the helpers that consume a source as `for await (const x of source)` inside an async generator
 * would (`take`, `drop`, `aenumerate`, non-popping `adisembowel`): `return(v)` closes the source and
 * finishes; `throw(e)` closes the source (ignoring a failure to close) and throws `e`. Ending normally
 * (count reached, source exhausted) does not close the source, so it can be read further.
 */
export abstract class Relay<T, S = unknown> implements StepIterator<T> {
  protected finished = false;

  /** @param src - The source, read one item per step. */
  constructor(protected readonly src: SourceIterator<S>) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  abstract next(): Step<T>;

  throw(error: unknown): Step<T> {
    if (this.finished) throw error;
    this.finished = true;
    let closing: Step<S>;
    try {
      closing = this.src.return();
    } catch {
      throw error;
    }
    if (isPending(closing)) {
      return closing.then(
        () => {
          throw error;
        },
        () => {
          throw error;
        },
      );
    }
    throw error;
  }

  return(value?: unknown): Step<T> {
    if (this.finished) return doneWith(value);
    this.finished = true;
    const closing = this.src.return();
    return isPending(closing) ? closing.then(() => doneWith(value)) : doneWith(value);
  }

  /** Marks the relay finished and returns the final result. */
  protected finish(): IteratorReturnResult<undefined> {
    this.finished = true;
    return DONE;
  }
}
