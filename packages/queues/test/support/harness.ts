// Test plumbing shared by the suites: promise state tracking, microtask flushing, audit capture, the four classes.
import { addAuditHook } from '@asyncutils/audit';
import { getEventListeners } from 'node:events';
import { vi } from 'vitest';
import { SmartLifoQueue, SmartQueue, type PotentQueueBase } from '../../src/PotentQueueBase.js';
import { SmartPriorityQueue } from '../../src/SmartPriorityQueue.js';
import { UserPriorityQueue } from '../../src/UserPriorityQueue.js';

/** The observable state of a promise, updated as it settles. */
export interface Tracked<T> {
  state: 'pending' | 'fulfilled' | 'rejected';
  value: T | undefined;
  reason: unknown;
  promise: Promise<T>;
}

/** Tracks `p`'s settlement (and handles its rejection, so tests can inspect it later). */
export function track<T>(p: Promise<T>): Tracked<T> {
  const t: Tracked<T> = { state: 'pending', value: undefined, reason: undefined, promise: p };
  p.then(
    (v) => {
      t.state = 'fulfilled';
      t.value = v;
    },
    (e: unknown) => {
      t.state = 'rejected';
      t.reason = e;
    },
  );
  return t;
}

/** Lets every queued microtask (and the ones they queue, a few levels deep) run. */
export async function flush(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** The rejection reason of `p` (fails when it fulfils). */
export async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** The value `fn` throws (fails when it returns). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** Whether `e` is a DOMException with this name. */
export function isDomError(e: unknown, name: string): boolean {
  return e instanceof DOMException && e.name === name;
}

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

/** An AbortController whose signal counts listener additions/removals; `live()` is the current count. */
export function countedController(): { controller: AbortController; signal: AbortSignal; added: () => number; removed: () => number; live: () => number } {
  const controller = new AbortController();
  const signal = controller.signal;
  const add = vi.spyOn(signal, 'addEventListener');
  const remove = vi.spyOn(signal, 'removeEventListener');
  return {
    controller,
    signal,
    added: () => add.mock.calls.length,
    removed: () => remove.mock.calls.length,
    live: () => getEventListeners(signal, 'abort').length,
  };
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
