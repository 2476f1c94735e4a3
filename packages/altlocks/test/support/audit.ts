// Test plumbing: scoped audit hooks (hooks are realm-global, so every helper returns a disposable remover).
import { addAuditHook, type AuditHookRemover } from '@asyncutils/audit';

/** A recorded event. */
export interface Recorded {
  readonly event: string;
  readonly args: readonly unknown[];
}

/** Records every `asyncutils.altlocks.*` event while in scope. */
export function recordEvents(): { readonly events: Recorded[] } & Disposable {
  const events: Recorded[] = [];
  const off: AuditHookRemover = addAuditHook((event, args) => {
    if (event.startsWith('asyncutils.altlocks.')) events.push({ event, args: [...args] });
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
