// Test plumbing shared by the suites: promise state tracking, microtask flushing, audit capture, the four classes.
import { addAuditHook } from '@asyncutils/audit';
import { SmartLifoQueue, SmartQueue, type PotentQueueBase } from '../../src/PotentQueueBase.js';
import { SmartPriorityQueue } from '../../src/SmartPriorityQueue.js';
import { UserPriorityQueue } from '../../src/UserPriorityQueue.js';
import { flush as sharedFlush, packageTestKit } from '@asyncutils/tooling/testing';

export { countedController, isDomError, rejection, track } from '@asyncutils/tooling/testing';

/** Lets every queued microtask (and the ones they queue, a few levels deep) run. */
export const flush = (rounds = 30): Promise<void> => sharedFlush(rounds);

/** The value `fn` throws (fails when it returns). */
export const thrown: (fn: () => unknown) => unknown = packageTestKit(new URL('../..', import.meta.url)).thrown;

/** Records every audit event while installed; `off()` removes the hook. */
export function recordEvents(filter: (name: string) => boolean = (n) => n.startsWith('asyncutils.queues')): {
  events: [string, readonly unknown[]][];
  off: () => boolean;
} {
  const events: [string, readonly unknown[]][] = [];
  const off = addAuditHook((name, args) => {
    if (filter(name)) events.push([name, args]);
  });
  return { events, off };
}

/** Installs a hook that throws `err` for the event `name`; returns its remover. */
export function veto(name: string, err: unknown = new Error(`veto ${name}`)): () => boolean {
  return addAuditHook((event) => {
    if (event === name) throw err;
  });
}

/** One of the four library classes, with the order its gets follow. */
export interface QueueKind {
  readonly name: 'SmartQueue' | 'SmartLifoQueue' | 'SmartPriorityQueue' | 'UserPriorityQueue';
  make<T>(maxsize?: number): PotentQueueBase<T>;
  /** The get order of items put in `order` (numbers, all distinct or not). */
  expected(order: readonly number[]): number[];
}

export const kinds: readonly QueueKind[] = [
  { name: 'SmartQueue', make: (m) => new SmartQueue(m), expected: (o) => [...o] },
  { name: 'SmartLifoQueue', make: (m) => new SmartLifoQueue(m), expected: (o) => [...o].reverse() },
  { name: 'SmartPriorityQueue', make: (m) => new SmartPriorityQueue(m), expected: (o) => [...o].sort((a, b) => a - b) },
  // priority-then-FIFO with every item at priority 0: insertion order
  { name: 'UserPriorityQueue', make: (m) => new UserPriorityQueue(m), expected: (o) => [...o] },
];
