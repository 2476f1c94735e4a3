// `freezeAuditHooks()`: opt-in permanence, the guarantee Python's `sys.addaudithook` gives every hook.
import { auditState } from './state.js';

/**
 * Makes every audit hook installed now permanent: its remover throws from then on, and no code can
 * take it out of the realm's hook list.
 *
 * @remarks
 * Hooks installed later stay removable until the next call. Idempotent; there is no way to unfreeze,
 * and deliberately no API that lists or clears hooks. Security-minded applications install their hooks
 * at start-up, then freeze them.
 *
 * @example
 * ```ts
 * import { addAuditHook, freezeAuditHooks } from '@asyncutils/audit';
 *
 * const off = addAuditHook((event, args) => console.info('[audit]', event, args));
 * freezeAuditHooks();
 * off(); // throws Error: asyncutils.audit: cannot remove a frozen audit hook
 * ```
 */
export function freezeAuditHooks(): void {
  auditState().freeze();
}
