// `addAuditHook(hook)`: the port of Python's `sys.addaudithook`, returning a remover.
import type { AuditEventName, AuditRecord } from './events.js';
import { auditState } from './state.js';

/**
 * An audit hook: called with the event name and its frozen argument array for every event raised
 * through `audit`.
 *
 * @remarks
 * The parameters form the union {@link AuditRecord}, so checking `event` against a literal name narrows
 * `args` to that event's tuple. Throwing vetoes the audited action; the return value is ignored. A
 * variable typed `AuditHook` must declare both parameters (`(event, _args) => …`); `addAuditHook` also
 * takes a hook that reads only the name.
 *
 * @example
 * ```ts
 * const hook: AuditHook = (event, args) => {
 *   if (event === 'asyncutils.locksmiths.LocksmithBase.force') {
 *     const [saddr, laddr] = args; // numbers
 *     throw new Error(`locksmith ${saddr} may not force lock ${laddr}`);
 *   }
 * };
 * ```
 */
export type AuditHook = (...record: AuditRecord) => void;

/**
 * Removes the hook registration it was returned for: calling it (or disposing it) returns `true` the
 * first time and `false` afterwards.
 *
 * @remarks
 * Throws `Error` `asyncutils.audit: cannot remove a frozen audit hook` (and the hook stays installed)
 * when {@link freezeAuditHooks} made the registration permanent. `remover[Symbol.dispose]()` does the
 * same as `remover()`, so `using` scopes a hook to a block.
 *
 * @example
 * ```ts
 * const off: AuditHookRemover = addAuditHook(console.log);
 * off(); // true
 * off(); // false
 * ```
 */
export type AuditHookRemover = (() => boolean) & Disposable;

/**
 * Installs an audit hook, called by every later `audit` call in this realm (by every copy of the
 * package), after the hooks installed before it.
 *
 * @remarks
 * The port of Python's `sys.addaudithook`, except that the hook is removable: the returned
 * {@link AuditHookRemover} removes it, and `using` removes it at the end of a block. Call
 * {@link freezeAuditHooks} to make installed hooks permanent, as Python's are. The same function may be
 * installed several times; each registration is called once per event and removed on its own.
 *
 * @param hook - The hook; see {@link AuditHook}.
 * @returns The remover of this registration.
 * @throws TypeError `asyncutils.audit.addAuditHook: hook must be a function` (nothing is installed).
 *
 * @example
 * ```ts
 * import { addAuditHook } from '@asyncutils/audit';
 *
 * const off = addAuditHook((event, args) => {
 *   if (event === 'asyncutils.queues.SmartQueue.push') console.log('evicting', args[2]);
 * });
 * // ... audited work ...
 * off();
 *
 * {
 *   using _log = addAuditHook((event, args) => console.log(event, args));
 *   // ... hooked only inside this block ...
 * }
 * ```
 */
export function addAuditHook(hook: AuditHook): AuditHookRemover;
/**
 * Installs an audit hook that reads only the event name.
 *
 * @remarks
 * TypeScript does not let a one-parameter function stand for {@link AuditHook} (its parameters are a
 * union of two-element tuples), so this overload accepts `(event) => …` directly. Behaviour is the same
 * as for any hook.
 *
 * @param hook - Called with the name of every event.
 * @returns The remover of this registration.
 * @throws TypeError `asyncutils.audit.addAuditHook: hook must be a function` (nothing is installed).
 *
 * @example
 * ```ts
 * const counts = new Map<string, number>();
 * using _count = addAuditHook((event) => {
 *   counts.set(event, (counts.get(event) ?? 0) + 1);
 * });
 * ```
 */
export function addAuditHook(hook: (event: AuditEventName) => void): AuditHookRemover;
export function addAuditHook(hook: AuditHook | ((event: AuditEventName) => void)): AuditHookRemover {
  return auditState().addHook(hook);
}
