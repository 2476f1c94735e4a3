import { type AuditEventInfo, auditEventTable } from '@asyncutils/audit';
import { describe, expect, it } from 'vitest';
import { formatAuditEvents } from '../src/formatAuditEvents.js';

const rows = [
  { name: 'asyncutils.cli.run', package: 'cli', args: [], description: 'the CLI runs', seed: true },
  {
    name: 'asyncutils.queues.SmartQueue.push',
    package: 'queues',
    args: [{ name: 'addr', type: 'number' }, { name: 'pushed', type: 'unknown' }],
    description: 'a push evicts',
    seed: true,
  },
] as unknown as readonly AuditEventInfo[];

describe('formatAuditEvents', () => {
  it('prints a signature line and an indented description per event, then the count', () => {
    expect(formatAuditEvents(rows, { grep: null, json: false })).toBe(
      'asyncutils.cli.run()\n' +
        '  the CLI runs [@asyncutils/cli]\n' +
        'asyncutils.queues.SmartQueue.push(addr: number, pushed: unknown)\n' +
        '  a push evicts [@asyncutils/queues]\n' +
        '2 events\n',
    );
  });

  it('filters on the name or the package and says "n of total" when filtering', () => {
    expect(formatAuditEvents(rows, { grep: /PUSH/i, json: false })).toMatch(/^asyncutils\.queues\.SmartQueue\.push\(.*\n.*\n1 of 2 events\n$/);
    expect(formatAuditEvents(rows, { grep: /^cli$/, json: false })).toMatch(/^asyncutils\.cli\.run\(\)\n.*\n1 of 2 events\n$/);
    expect(formatAuditEvents(rows, { grep: /nothing/, json: false })).toBe('0 of 2 events\n');
  });

  it('prints the selected rows as indented JSON', () => {
    expect(formatAuditEvents(rows, { grep: null, json: true })).toBe(`${JSON.stringify(rows, null, 2)}\n`);
    expect(JSON.parse(formatAuditEvents(rows, { grep: /queues/, json: true }))).toEqual([rows[1]]);
    expect(formatAuditEvents(rows, { grep: /nothing/, json: true })).toBe('[]\n');
  });

  it('lists the whole audit event table', () => {
    const text = formatAuditEvents(auditEventTable, { grep: null, json: false });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(auditEventTable.length * 2 + 1);
    expect(lines.at(-1)).toBe(`${auditEventTable.length} events`);
    expect(text).toContain('asyncutils.cli.run()\n');
  });
});
