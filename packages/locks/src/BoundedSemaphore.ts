// `BoundedSemaphore`: a `Semaphore` whose releases may not exceed its initial value (asyncio `BoundedSemaphore`).
import { Semaphore } from './Semaphore.js';
import { qualname } from './waitQueue.js';

/**
 * A {@link Semaphore} that refuses to be released more often than it was acquired (Python
 * `asyncio.BoundedSemaphore`): a `release()` that would raise `value` above `bound` throws.
 *
 * @example
 * ```ts
 * import { BoundedSemaphore } from '@asyncutils/locks';
 *
 * const pool = new BoundedSemaphore(2);
 * await pool.acquire();
 * pool.release();
 * pool.release(); // throws RangeError: asyncutils.locks.BoundedSemaphore: released too many times
 * ```
 */
export class BoundedSemaphore extends Semaphore {
  /** The qualified name used in messages. */
  static override readonly qualname: string = 'asyncutils.locks.BoundedSemaphore';
  readonly #bound: number;

  /**
   * @param value - The initial number of permits and the bound, an integer `>= 0`.
   * @defaultValue 1
   * @throws TypeError when `value` is not a number; RangeError when it is not an integer `>= 0`.
   */
  constructor(value: number = 1) {
    super(value);
    this.#bound = this.value;
  }

  /** The most permits there may be: the initial value. */
  get bound(): number {
    return this.#bound;
  }

  /**
   * Gives a permit back.
   * @throws RangeError `<qualname>: released too many times` (nothing changes) when `value >= bound`.
   */
  override release(): void {
    if (this.value >= this.bound) throw new RangeError(`${qualname(this)}: released too many times`);
    super.release();
  }
}
