// Test plumbing: scoped audit hooks (hooks are realm-global, so every helper returns a disposable remover).
import { addAuditHook, type AuditHookRemover } from '@asyncutils/audit';

/** A recorded event. */
export interface Recorded {
  readonly event: string;
  readonly args: readonly unknown[];
}

/** Records every event (or every event starting with `prefix`) while in scope; `log` also receives `event` names. */
export function recordEvents(prefix = 'asyncutils.', log?: string[]): { readonly events: Recorded[] } & Disposable {
  const events: Recorded[] = [];
  const off: AuditHookRemover = addAuditHook((event, args) => {
    if (!event.startsWith(prefix)) return;
    events.push({ event, args: [...args] });
    log?.push(event);
  });
  return { events, [Symbol.dispose]: () => void off() };
}

/** A hook that throws `error` for `name` while in scope. */
export function veto(name: string, error: unknown = new Error(`vetoed ${name}`)): Disposable {
  const off = addAuditHook((event) => {
    if (event === name) throw error;
  });
  return { [Symbol.dispose]: () => void off() };
}
