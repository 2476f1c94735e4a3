// `Disembowel`: drains a container by popping (or shifting) one item per step, then clears it.
import { typeName } from '@asyncutils/audit';
import { DONE, doneWith, isThenable, type Step, type StepIterator } from './steps.js';

/** The container shape once validated. */
type Container = Record<'pop' | 'shift' | 'length' | 'size', unknown> & { clear?: unknown };

/**
 * Pops from `container` while it is non-empty (one item per `next()`), then calls its `clear()` if it has
 * one (awaiting a thenable result). `return()`/`throw()` stop at once, leaving the rest and not clearing.
 */
export class Disembowel<T> implements StepIterator<T> {
  private finished = false;

  /**
   * @param container - The container (its `method` is a function).
   * @param method - `'pop'` or `'shift'`.
   * @param sizeKey - `'length'` or `'size'`, whichever is a number.
   */
  constructor(
    private readonly container: Container,
    private readonly method: 'pop' | 'shift',
    private readonly sizeKey: 'length' | 'size',
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Step<T> {
    if (this.finished) return DONE;
    const c = this.container;
    if ((c[this.sizeKey] as number) > 0) return { done: false, value: (c[this.method] as () => T).call(c) };
    this.finished = true;
    if (typeof c.clear === 'function') {
      const cleared: unknown = (c.clear as () => unknown).call(c);
      if (isThenable(cleared)) return Promise.resolve(cleared).then(() => DONE);
    }
    return DONE;
  }

  throw(error: unknown): Step<T> {
    this.finished = true;
    throw error;
  }

  return(value?: unknown): Step<T> {
    this.finished = true;
    return doneWith(value);
  }
}

/**
 * When `it[method]` is a function, the key of its numeric size (`'length'`, else `'size'`); `undefined`
 * when `it` has no such method. A popping container without a numeric size is a `TypeError`.
 */
export function popSizeKey(api: string, it: unknown, method: 'pop' | 'shift'): 'length' | 'size' | undefined {
  if (it == null || typeof (it as Container)[method] !== 'function') return undefined;
  const c = it as Container;
  if (typeof c.length === 'number') return 'length';
  if (typeof c.size === 'number') return 'size';
  throw new TypeError(`asyncutils.base.${api}: ${typeName(it)} has ${method}() but neither a numeric length nor a numeric size`);
}
