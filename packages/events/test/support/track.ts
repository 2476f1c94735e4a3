// Test helpers: observe a promise's outcome without awaiting it, and flush queued microtasks.

export interface Tracked<T> {
  status: 'pending' | 'fulfilled' | 'rejected';
  value: T | undefined;
  reason: unknown;
  /** How many times the promise settled (a promise settles at most once; checked anyway). */
  settlements: number;
}

export function track<T>(promise: Promise<T>): Tracked<T> {
  const t: Tracked<T> = { status: 'pending', value: undefined, reason: undefined, settlements: 0 };
  promise.then(
    (value) => {
      t.status = 'fulfilled';
      t.value = value;
      t.settlements++;
    },
    (reason: unknown) => {
      t.status = 'rejected';
      t.reason = reason;
      t.settlements++;
    },
  );
  return t;
}

/** Lets every queued promise reaction run (a few rounds, for chained reactions). */
export async function flush(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** The number of internal pending waits of an event (white-box: the private `_waiters` queue). */
export function pendingWaits(event: object): number {
  return (event as unknown as { _waiters: { size: number } })._waiters.size;
}
