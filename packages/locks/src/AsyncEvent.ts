// `AsyncEvent`: a set/clear flag that tasks wait on (asyncio `Event`).
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { badOpts, Fifo, grant, TRUE, wait } from './waitQueue.js';

/**
 * A flag that tasks wait on (Python `asyncio.Event`, renamed so that it does not shadow the DOM/Node
 * global `Event`): `wait()` resolves once `set()` has been called, until `clear()`.
 *
 * @remarks
 * `set()` resolves every current waiter, in arrival order; they resolve even if `clear()` follows in the
 * same tick. While set, `wait()` returns one shared resolved promise. Waits take `{ signal, timeout }` (ms).
 *
 * @example
 * ```ts
 * import { AsyncEvent } from '@asyncutils/locks';
 *
 * const ready = new AsyncEvent();
 * const worker = (async () => {
 *   await ready.wait({ timeout: 5_000 }); // rejects with a TimeoutError after 5 s
 *   console.log('go');
 * })();
 * ready.set();
 * await worker;
 * ```
 */
export class AsyncEvent {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.AsyncEvent';
  #set = false;
  readonly #q: Fifo = new Fifo(this, 'wait');

  /**
   * Whether the flag is set.
   * @returns `true` between `set()` and `clear()`.
   */
  isSet(): boolean {
    return this.#set;
  }

  /** Sets the flag and resolves every current waiter with `true`, in arrival order. */
  set(): void {
    this.#set = true;
    const q = this.#q;
    for (let w = q.shift(); w !== undefined; w = q.shift()) grant(w, true);
  }

  /** Clears the flag; later `wait()`s wait again. Wakes nobody. */
  clear(): void {
    this.#set = false;
  }

  /**
   * Waits until the flag is set.
   * @param opts - Abort signal and deadline (ms); `timeout: 0` rejects at once unless set.
   * @returns A promise of `true`; rejects with `signal.reason` on abort, a `DOMException` named
   * `TimeoutError` on timeout.
   */
  wait(opts?: LockAcquireOptions): Promise<true> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'wait', opts);
      if (bad !== undefined) return bad;
    }
    return this.#set ? TRUE : wait(this.#q, opts);
  }
}
