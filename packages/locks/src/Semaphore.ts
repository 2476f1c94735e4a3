// `Semaphore`: the FIFO counting semaphore (asyncio `Semaphore`), with the same fast paths as `Lock`.
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { FastLock } from './FastLock.js';
import { integer } from './validate.js';
import { cancelled, Fifo, grant, head, rejectAll, wait } from './waitQueue.js';

/**
 * A counting semaphore (Python `asyncio.Semaphore`): `value` permits; `acquire()` takes one (waiting,
 * FIFO, while none is left), `release()` gives one back, handing it straight to the first waiter.
 *
 * @remarks
 * The uncontended path is the one of {@link Lock}: a synchronous decrement and a shared pre-resolved
 * promise. Waits take `{ signal, timeout }` (ms); an aborted or timed-out waiter leaves at once and never
 * strands a permit. Releases are not bounded (see {@link BoundedSemaphore}).
 *
 * @example
 * ```ts
 * import { Semaphore } from '@asyncutils/locks';
 *
 * const slots = new Semaphore(3); // at most 3 downloads at a time
 * const urls = ['https://example.com/a', 'https://example.com/b', 'https://example.com/c', 'https://example.com/d'];
 * const pages = await Promise.all(
 *   urls.map((url) => slots.runExclusive(() => fetch(url).then((r) => r.text()))),
 * );
 * ```
 */
export class Semaphore extends FastLock {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.Semaphore';
  #v: number;
  readonly #q: Fifo = new Fifo(this, 'acquire');

  /**
   * @param value - The initial number of permits, an integer `>= 0`.
   * @defaultValue 1
   * @throws TypeError when `value` is not a number; RangeError when it is not an integer `>= 0`.
   */
  constructor(value: number = 1) {
    super();
    this.#v = integer(this, 'value', value);
  }

  /** The permits available now (negative only in a `DynamicBoundedSemaphore` whose bound shrank). */
  get value(): number {
    return this.#v;
  }

  /**
   * Whether an `acquire()` would wait.
   * @returns `true` when no permit is left or others wait.
   */
  locked(): boolean {
    return this.#v <= 0 || head(this.#q) !== undefined;
  }

  /**
   * Takes a permit if one is available and nobody waits, synchronously.
   * @returns Whether a permit was taken.
   */
  tryAcquire(): boolean {
    if (this.#v > 0 && head(this.#q) === undefined) {
      this.#v--;
      return true;
    }
    return false;
  }

  /** Gives a permit back; hands permits to waiters, first come first served, while any are available. */
  release(): void {
    this._adjust(1);
  }

  /** @internal */
  protected _wait(opts: LockAcquireOptions | undefined): Promise<true> {
    return wait(this.#q, opts);
  }

  /**
   * Adds `delta` permits (may be negative), then grants waiters while permits are available.
   * @internal
   */
  protected _adjust(delta: number): void {
    let v = this.#v + delta;
    const q = this.#q;
    while (v > 0) {
      const w = q.shift();
      if (w === undefined) break;
      v--;
      grant(w, true);
    }
    this.#v = v;
  }

  /**
   * Rejects every pending acquire with `reason` and removes it; holders keep their permits.
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many waiters were rejected.
   */
  override cancelWaiters(reason: unknown = cancelled(this)): number {
    return rejectAll(this.#q, reason);
  }
}
