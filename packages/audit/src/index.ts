// The public surface of @asyncutils/audit: named re-exports only, one module per concept.
// The Node-only bridge lives behind the `@asyncutils/audit/diagnostics-channel` subpath.
export { addAuditHook } from './addAuditHook.js';
export { audit } from './audit.js';
export { auditEventTable } from './auditEventTable.js';
export { freezeAuditHooks } from './freezeAuditHooks.js';
export { functionName } from './functionName.js';
export { hasAuditHooks } from './hasAuditHooks.js';
export { objectId } from './objectId.js';
export { typeName } from './typeName.js';

export type { AuditHook, AuditHookRemover } from './addAuditHook.js';
export type { AuditEventInfo } from './auditEventTable.js';
export type { AuditArgs, AuditEventName, AuditEvents, AuditRecord, EventLoopDescriptor } from './events.js';
