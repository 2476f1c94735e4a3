// Records audit events for one test; the returned object removes its hook when disposed.
import { addAuditHook } from '@asyncutils/audit';

/** A recording audit hook: `events` holds `[event, args]` pairs; `[Symbol.dispose]()` removes the hook. */
export interface Recorder extends Disposable {
  readonly events: [string, readonly unknown[]][];
}

/** Installs a hook that records the events whose name starts with `prefix`. */
export function record(prefix = 'asyncutils.exceptions.'): Recorder {
  const events: [string, readonly unknown[]][] = [];
  const off = addAuditHook((event, args) => {
    if (event.startsWith(prefix)) events.push([event, args]);
  });
  return { events, [Symbol.dispose]: () => void off() };
}

/** Installs a hook that throws `error` for the events whose name starts with `prefix`. */
export function veto(error: unknown, prefix = 'asyncutils.exceptions.'): Disposable {
  const off = addAuditHook((event) => {
    if (event.startsWith(prefix)) throw error;
  });
  return { [Symbol.dispose]: () => void off() };
}
