// `Barrier`: a cyclic barrier for a fixed number of parties (asyncio `Barrier`).
import { BrokenBarrierError } from '@asyncutils/exceptions';
import type { LockAcquireOptions } from '@asyncutils/mixins';
import { integer } from './validate.js';
import { badOpts, CountedFifo, grant, qualname, rejectAll, wait } from './waitQueue.js';

/**
 * A cyclic barrier (Python `asyncio.Barrier`): `wait()` blocks until `parties` callers are waiting, then
 * all of them resolve at once and the barrier is ready for the next round.
 *
 * @remarks
 * Each caller of a round resolves with its arrival rank among that round's callers (`0` to
 * `parties - 1`). An aborted or timed-out waiter leaves the round (ranks are assigned when the barrier
 * trips). `abort()` breaks the barrier: waiters and later callers reject with `BrokenBarrierError` until
 * `reset()`.
 *
 * @example
 * ```ts
 * import { Barrier } from '@asyncutils/locks';
 *
 * const start = new Barrier(3);
 * const runner = async (name: string) => {
 *   const rank = await start.wait({ timeout: 1_000 }); // all three go together
 *   console.log(name, 'arrived', rank);
 * };
 * await Promise.all([runner('a'), runner('b'), runner('c')]);
 * ```
 */
export class Barrier {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.Barrier';
  readonly #parties: number;
  readonly #q: CountedFifo = new CountedFifo(this, 'wait');
  #broken = false;

  /**
   * @param parties - How many callers trip the barrier, an integer `>= 1`.
   * @throws TypeError when `parties` is not a number; RangeError when it is not an integer `>= 1`.
   */
  constructor(parties: number) {
    this.#parties = integer(this, 'parties', parties, 1);
  }

  /** How many callers trip the barrier. */
  get parties(): number {
    return this.#parties;
  }

  /** How many callers wait in the current round. */
  get nWaiting(): number {
    return this.#q.size;
  }

  /** Whether the barrier is broken (after `abort()`, until `reset()`). */
  get broken(): boolean {
    return this.#broken;
  }

  /**
   * Waits until `parties` callers wait, then resolves with this caller's arrival rank in the round.
   * @param opts - Abort signal and deadline (ms); `timeout: 0` rejects at once unless this caller trips it.
   * @returns A promise of the rank, `0` to `parties - 1`.
   * @throws BrokenBarrierError `asyncutils.locks.Barrier: barrier is broken` (as a rejection) when broken
   * or broken while waiting; the abort reason or a `TimeoutError`.
   */
  wait(opts?: LockAcquireOptions): Promise<number> {
    if (opts !== undefined) {
      const bad = badOpts(this, 'wait', opts);
      if (bad !== undefined) return bad;
    }
    if (this.#broken) return Promise.reject(this.#error('barrier is broken'));
    const q = this.#q;
    if (q.size + 1 >= this.#parties) {
      let rank = 0;
      for (let w = q.shift(); w !== undefined; w = q.shift()) grant(w, rank++);
      return Promise.resolve(rank);
    }
    return wait(q, opts);
  }

  /** Breaks the barrier: every waiter, and every later `wait()` until `reset()`, rejects `BrokenBarrierError`. */
  abort(): void {
    this.#broken = true;
    rejectAll(this.#q, this.#error('barrier is broken'));
  }

  /** Rejects every waiter with `BrokenBarrierError` and makes the barrier usable again, with an empty round. */
  reset(): void {
    rejectAll(this.#q, this.#error('barrier was reset'));
    this.#broken = false;
  }

  #error(what: string): BrokenBarrierError {
    return new BrokenBarrierError(`${qualname(this)}: ${what}`);
  }
}
