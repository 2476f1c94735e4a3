import { describe, expectTypeOf, test } from 'vitest';
import { auditEventTable, type AuditEventInfo, type AuditEventName } from '../src/index.js';

describe('check 18: the table is typed by AuditEvents', () => {
  test('row names are AuditEventName', () => {
    expectTypeOf<(typeof auditEventTable)[number]['name']>().toEqualTypeOf<AuditEventName>();
    expectTypeOf(auditEventTable).toEqualTypeOf<readonly AuditEventInfo[]>();
  });

  test('the table and its rows are read-only', () => {
    // @ts-expect-error read-only array
    auditEventTable.push(auditEventTable[0]!);
    // @ts-expect-error read-only row
    auditEventTable[0]!.seed = false;
    // @ts-expect-error read-only argument descriptor
    auditEventTable[0]!.args[0]!.name = 'x';
  });
});
