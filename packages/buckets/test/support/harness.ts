// Test plumbing: promise tracking and flushing (from @asyncutils/tooling/testing), audit recording,
// abort-listener accounting.
import { addAuditHook, type AuditEventName } from '@asyncutils/audit';
import { flush as sharedFlush, packageTestKit } from '@asyncutils/tooling/testing';

export { abortListeners as listeners, isDomError, rejection, track } from '@asyncutils/tooling/testing';

/** Lets every queued microtask (and the ones they queue, a few levels deep) run. */
export const flush = (rounds = 10): Promise<void> => sharedFlush(rounds);

/** The value `fn` throws (fails when it returns). */
export const thrown: (fn: () => unknown) => unknown = packageTestKit(new URL('../..', import.meta.url)).thrown;

/**
 * Installs a hook recording every event named `name` (as `[event, args]`), optionally throwing `veto` on
 * it; the returned object is disposable (`using rec = record(…)`) and removes the hook.
 */
export function record(
  name: AuditEventName,
  veto?: unknown,
  onEvent?: () => void,
): { calls: [string, readonly unknown[]][]; [Symbol.dispose](): void } {
  const calls: [string, readonly unknown[]][] = [];
  const off = addAuditHook((event, args) => {
    if (event !== name) return;
    calls.push([event, args]);
    onEvent?.();
    if (veto !== undefined) throw veto;
  });
  return { calls, [Symbol.dispose]: () => void off() };
}

/** A clock for `timer` that reads 0 until `breakIt()`, then throws `boom` on every read. */
export function breakableClock(): { timer: () => number; breakIt: () => void; boom: Error } {
  let broken = false;
  const boom = new Error('clock broke');
  return {
    timer: () => {
      if (broken) throw boom;
      return 0;
    },
    breakIt: () => {
      broken = true;
    },
    boom,
  };
}
