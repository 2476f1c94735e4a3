// Test plumbing shared by the suites: promise state tracking, microtask flushing, abort-listener accounting.
import { getEventListeners } from 'node:events';
import { vi } from 'vitest';

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
export async function flush(rounds = 20): Promise<void> {
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

/** An AbortController whose signal counts listener additions/removals; `live()` is the current count. */
export function countedController(): {
  controller: AbortController;
  signal: AbortSignal;
  added: () => number;
  removed: () => number;
  live: () => number;
} {
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

/** Whether `e` is a DOMException with this name. */
export function isDomError(e: unknown, name: string): boolean {
  return e instanceof DOMException && e.name === name;
}
