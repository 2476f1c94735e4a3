// Records or vetoes audit events for one test; the returned objects remove their hook when disposed.
import { addAuditHook } from '@asyncutils/audit';

/** A recording audit hook: `events` holds `[event, args]` pairs; `[Symbol.dispose]()` removes the hook. */
export interface Recorder extends Disposable {
  readonly events: [string, readonly unknown[]][];
}

/** Installs a hook that records the events whose name starts with `prefix`. */
export function record(prefix = 'asyncutils.util.'): Recorder {
  const events: [string, readonly unknown[]][] = [];
  const off = addAuditHook((event, args) => {
    if (event.startsWith(prefix)) events.push([event, args]);
  });
  return { events, [Symbol.dispose]: () => void off() };
}

/** Installs a hook that throws `error` for the events whose name starts with `prefix`. */
export function veto(error: unknown, prefix = 'asyncutils.util.'): Disposable {
  const off = addAuditHook((event) => {
    if (event.startsWith(prefix)) throw error;
  });
  return { [Symbol.dispose]: () => void off() };
}

/** The value `fn` throws; fails when it returns normally. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** The reason `p` rejects with; fails when it fulfils. */
export async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Lets every queued microtask (and those they queue, up to `n` rounds) run. */
export async function flushMicrotasks(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

/** Resolves in a later macrotask (real `setImmediate`, not faked). */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
