// Test helpers: promise tracking and flushing from @asyncutils/tooling/testing, and a handle accessor.
import { flush as sharedFlush, type Tracked } from '@asyncutils/tooling/testing';
import type { RWLockHandle } from '../../src/index.js';

export { track, type Tracked } from '@asyncutils/tooling/testing';

/** Lets every queued promise reaction (and the reactions they queue, a few levels deep) run. */
export const flush = (): Promise<void> => sharedFlush(20);

/** The handle of a fulfilled tracked acquisition (throws when it is not fulfilled). */
export function handleOf(t: Tracked<RWLockHandle>): RWLockHandle {
  if (t.state !== 'fulfilled' || t.value === undefined) throw new Error(`expected a granted acquisition, got ${t.state}`);
  return t.value;
}
