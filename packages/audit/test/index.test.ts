import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/audit public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'addAuditHook',
      'audit',
      'auditEventTable',
      'freezeAuditHooks',
      'functionName',
      'hasAuditHooks',
      'objectId',
      'typeName',
    ]);
  });

  it('keeps the Node-only bridge out of the universal entry', () => {
    expect(api).not.toHaveProperty('forwardToDiagnosticsChannel');
  });
});
