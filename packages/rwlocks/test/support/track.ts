// Test helpers: observe a promise's state synchronously, and let pending reactions run.
import type { RWLockHandle } from '../../src/index.js';

export interface Tracked<T> {
  readonly promise: Promise<T>;
  state: 'pending' | 'fulfilled' | 'rejected';
  value: T | undefined;
  reason: unknown;
}

/** Follows `promise`; `state` changes when its reaction runs (after `flush()`). */
export function track<T>(promise: Promise<T>): Tracked<T> {
  const t: Tracked<T> = { promise, state: 'pending', value: undefined, reason: undefined };
  promise.then(
    (value) => {
      t.state = 'fulfilled';
      t.value = value;
    },
    (reason: unknown) => {
      t.state = 'rejected';
      t.reason = reason;
    },
  );
  return t;
}

/** Lets every queued promise reaction (and the reactions they queue, a few levels deep) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** The handle of a fulfilled tracked acquisition (throws when it is not fulfilled). */
export function handleOf(t: Tracked<RWLockHandle>): RWLockHandle {
  if (t.state !== 'fulfilled' || t.value === undefined) throw new Error(`expected a granted acquisition, got ${t.state}`);
  return t.value;
}
