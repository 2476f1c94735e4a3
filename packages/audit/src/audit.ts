// `audit(event, ...args)`: the port of Python's `sys.audit`.
import type { AuditEventName, AuditEvents } from './events.js';
import { auditState } from './state.js';

/**
 * Raises the audit event `event`: calls every installed hook synchronously, in the order the hooks were
 * added, with `(event, args)`.
 *
 * @remarks
 * The port of Python's `sys.audit`. Library code raises an event *before* the action it announces, so a
 * hook can observe it, annotate a mutable argument (a `Set`, an `Error`) or veto the action by throwing.
 *
 * - Without hooks it returns at once: it neither checks nor reads `args`.
 * - With hooks, `args` is frozen (shallowly) and the same array goes to every hook; each hook is called
 *   with `this` undefined and its return value is ignored (a returned promise can neither veto nor delay).
 * - Hooks run over a snapshot taken when `audit` starts: a hook added during the dispatch is not called for
 *   this event, a hook removed during it still is.
 * - The first hook that throws stops the dispatch, and `audit` rethrows that very value.
 * - A hook may raise nested events; they reach every hook before the outer dispatch continues.
 *
 * @param event - The event name, one of {@link AuditEvents} (library names start with `asyncutils`).
 * @param args - The event's arguments, typed by its entry in {@link AuditEvents}.
 * @throws TypeError `asyncutils.audit: event name must be a string` when hooks are installed and `event`
 * is not a string (no hook is called).
 * @throws Whatever the first throwing hook throws, unchanged.
 * @throws TypeError `asyncutils.audit: incompatible audit state on globalThis` when another library owns the
 * package's `globalThis` key.
 *
 * @example
 * ```ts
 * import { addAuditHook, audit } from '@asyncutils/audit';
 *
 * using _hook = addAuditHook((event, args) => {
 *   if (event === 'asyncutils.buckets.TokenBucket' && args[0] > 1000) throw new RangeError('rate too high');
 * });
 *
 * audit('asyncutils.buckets.TokenBucket', 10, 20); // allowed
 * audit('asyncutils.buckets.TokenBucket', 5000, 20); // throws the hook's RangeError
 * ```
 */
export function audit<E extends AuditEventName>(event: E, ...args: AuditEvents[E]): void {
  (dispatch ??= auditState().audit)(event, args);
}

/** The shared state's dispatcher, looked up once: the no-hook path is then one call and one length check. */
let dispatch: ((event: string, args: readonly unknown[]) => void) | undefined;
