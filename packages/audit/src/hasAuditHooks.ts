// `hasAuditHooks()`: lets call sites skip arguments that cost something to build.
import { auditState } from './state.js';

/**
 * Tells whether at least one audit hook is installed in this realm.
 *
 * @remarks
 * `audit` is already nearly free without hooks; this only matters where building an event's arguments
 * costs something (a type name of a large object, a descriptor).
 *
 * @returns `true` iff at least one hook registration is installed.
 *
 * @example
 * ```ts
 * import { audit, hasAuditHooks, typeName } from '@asyncutils/audit';
 *
 * if (hasAuditHooks()) audit('asyncutils.base.iter_to_agen', typeName(iterable));
 * ```
 */
export function hasAuditHooks(): boolean {
  return auditState().hasHooks();
}
