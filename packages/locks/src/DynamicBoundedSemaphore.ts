// `DynamicBoundedSemaphore`: a bounded semaphore whose bound can be changed while in use.
import { DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE } from '@asyncutils/context';
import { BoundedSemaphore } from './BoundedSemaphore.js';
import { qualname, show } from './waitQueue.js';

/**
 * A {@link BoundedSemaphore} whose `bound` can be set: the available permits move with it.
 *
 * @remarks
 * Setting `bound` adds `newBound - oldBound` to `value` and grants waiters (FIFO) while permits are
 * available. Shrinking it below the number of holders makes `value` negative: new acquires wait until
 * enough releases bring it above 0. Releases beyond the current bound throw as in `BoundedSemaphore`.
 * Python's setter woke waiters without giving them permits; here permits are accounted for exactly.
 *
 * @example
 * ```ts
 * import { DynamicBoundedSemaphore } from '@asyncutils/locks';
 *
 * const limit = new DynamicBoundedSemaphore(2); // 2 concurrent requests
 * // … the server starts answering 429: slow down without interrupting anyone
 * limit.bound = 1;
 * // … it recovers
 * limit.bound = 4; // two more waiters (if any) go at once
 * ```
 */
export class DynamicBoundedSemaphore extends BoundedSemaphore {
  /** The qualified name used in messages. */
  static override readonly qualname: string = 'asyncutils.locks.DynamicBoundedSemaphore';
  #b: number;

  /**
   * @param value - The initial value and bound, an integer `>= 0`.
   * @defaultValue the contextual constant `DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE` (1), read here.
   * @throws TypeError when `value` is not a number; RangeError when it is not an integer `>= 0`.
   */
  constructor(value?: number) {
    const v = value === undefined ? DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE.get() : value;
    super(v);
    this.#b = v;
  }

  /**
   * The most permits there may be. Setting it moves `value` by the difference and grants waiters while
   * permits are available.
   * @throws RangeError `asyncutils.locks.DynamicBoundedSemaphore: bound must be a non-negative integer`
   * (on set) for anything else.
   */
  override get bound(): number {
    return this.#b;
  }

  override set bound(bound: number) {
    if (!(typeof bound === 'number' && Number.isInteger(bound) && bound >= 0)) {
      throw new RangeError(`${qualname(this)}: bound must be a non-negative integer, got ${show(bound)}`);
    }
    const delta = bound - this.#b;
    this.#b = bound;
    this._adjust(delta);
  }
}
