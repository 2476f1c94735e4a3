// `SourceIterator`: pulls one item per call from a sync or async source, with `yield*` delegation semantics.
import { typeName } from '@asyncutils/audit';
import { yieldToEventLoop } from '../yieldToEventLoop.js';
import { DONE, doneWith, isObject, type Step, type StepIterator } from './steps.js';

/** Items taken from a sync source between two macrotask yields. */
export const YIELD_EVERY = 1024;

/** SameValueZero: `Object.is`, except that `+0` and `-0` are equal. */
export function sameValueZero(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

type AnyIterator<T> = Iterator<T, unknown, unknown> | AsyncIterator<T, unknown, unknown>;

/**
 * Iterates a source the way `iterToAgen` does.
 *
 * - The source's iterator is obtained at the first call, not before.
 * - `next(v)` forwards `v`; a sync source is read synchronously (the step is a plain result) except that
 *   every {@link YIELD_EVERY} items a macrotask turn (`yieldToEventLoop`) comes before the next read.
 * - `throw(e)` forwards to the source's `throw` when it has one, else closes it (`return()`) and throws `e`.
 * - `return(v)` closes the source (`return?.(v)`) and finishes.
 * - With a sentinel, the first item SameValueZero-equal to it finishes the iteration and closes the source.
 */
export class SourceIterator<T> implements StepIterator<T> {
  private iterator: AnyIterator<T> | undefined;
  private taken = 0;
  private finished = false;
  /** Checks one result of the source; bound once per instance so async steps allocate no closure. */
  private readonly accept: (result: unknown) => Step<T>;

  /**
   * @param source - The (async) iterable.
   * @param isAsync - Use `Symbol.asyncIterator` (else `Symbol.iterator`).
   * @param api - The Python name of the API, for messages.
   * @param hasSentinel - Whether `sentinel` ends the iteration.
   * @param sentinel - The item that ends it.
   */
  constructor(
    private readonly source: unknown,
    private readonly isAsync: boolean,
    private readonly api: string,
    private readonly hasSentinel = false,
    private readonly sentinel?: unknown,
  ) {
    this.accept = (result) => this.check(result);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Whether the iteration has finished (source exhausted, sentinel met, closed or failed to close). */
  get done(): boolean {
    return this.finished;
  }

  next(value?: unknown): Step<T> {
    if (this.finished) return DONE;
    const it = this.open();
    if (this.isAsync) return Promise.resolve(it.next(value)).then(this.accept);
    if (this.taken >= YIELD_EVERY) {
      this.taken = 0;
      return yieldToEventLoop().then(() => (this.finished ? DONE : this.check(it.next(value))));
    }
    return this.check(it.next(value));
  }

  throw(error: unknown): Step<T> {
    if (this.finished) throw error;
    const it = this.open();
    if (typeof it.throw === 'function') {
      const result = it.throw(error);
      return this.isAsync ? Promise.resolve(result).then(this.accept) : this.check(result);
    }
    this.finished = true;
    const closing = closeIterator(it);
    if (this.isAsync) {
      return Promise.resolve(closing).then(() => {
        throw error;
      });
    }
    throw error;
  }

  return(value?: unknown): Step<T> {
    if (this.finished || this.iterator === undefined) {
      this.finished = true;
      return doneWith(value);
    }
    this.finished = true;
    const closing = closeIterator(this.iterator, value);
    return this.isAsync ? Promise.resolve(closing).then(() => doneWith(value)) : doneWith(value);
  }

  private open(): AnyIterator<T> {
    if (this.iterator !== undefined) return this.iterator;
    const source = this.source as Partial<Iterable<T> & AsyncIterable<T>>;
    const it: unknown = this.isAsync ? source[Symbol.asyncIterator]?.() : source[Symbol.iterator]?.();
    if (!isObject(it)) {
      this.finished = true;
      throw new TypeError(`asyncutils.base.${this.api}: the iterator of ${typeName(this.source)} is not an object (got ${typeName(it)})`);
    }
    return (this.iterator = it as AnyIterator<T>);
  }

  private check(result: unknown): Step<T> {
    if (!isObject(result)) {
      this.finished = true;
      throw new TypeError(`asyncutils.base.${this.api}: iterator result is not an object (got ${typeName(result)})`);
    }
    const r = result as IteratorResult<T, unknown>;
    if (r.done) {
      this.finished = true;
      return DONE;
    }
    this.taken++;
    if (this.hasSentinel && sameValueZero(r.value, this.sentinel)) {
      this.finished = true;
      const closing = closeIterator(this.iterator as AnyIterator<T>);
      return this.isAsync ? Promise.resolve(closing).then(() => DONE) : DONE;
    }
    return r;
  }
}

/** Calls `it.return(value)` when `it` has one; returns what it returned (maybe a promise). */
export function closeIterator(it: AnyIterator<unknown>, value?: unknown): unknown {
  const close: unknown = it.return;
  return typeof close === 'function' ? (close as (this: unknown, value: unknown) => unknown).call(it, value) : undefined;
}
