// `FairRWLock`: one queue of readers and writers in arrival order.
import { ORDERED } from './engine.js';
import { QueuedRWLock } from './RWLock.js';

/**
 * Readers–writer lock serving readers and writers in one queue, in arrival order.
 *
 * @remarks
 * Head rule: after every arrival, release or removal, the head of the queue enters while it is
 * compatible (a reader: no writer holds; a writer: nobody holds), so consecutive readers at the head
 * enter together and nobody overtakes an earlier request. Nobody starves; throughput is lower than with
 * a preferring lock when reads and writes alternate.
 *
 * @example
 * ```ts
 * import { FairRWLock } from '@asyncutils/rwlocks';
 *
 * const lock = new FairRWLock();
 * const r1 = await lock.reading();
 * const w = lock.writing(); // waits for r1
 * const r2 = lock.reading(); // queued behind the writer
 * r1.release(); // the writer enters; r2 still waits
 * (await w).release(); // now r2
 * (await r2).release();
 * ```
 */
export class FairRWLock extends QueuedRWLock {
  /** Creates an unlocked lock. */
  constructor() {
    super('FairRWLock', ORDERED);
  }
}
