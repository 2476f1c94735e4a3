import type { AuditEventInfo } from '@asyncutils/audit';

/**
 * The output of `asyncutils events`: the rows of an audit event table, in table order, keeping
 * only those whose `name` or `package` matches `grep` (when given).
 *
 * Text: per event a line `<name>(<arg>: <type>, …)` and an indented line with the description
 * and `[@asyncutils/<package>]`, then a last line `<n> events`, or `<n> of <total> events` when
 * `grep` is given. JSON: `JSON.stringify(selectedRows, null, 2)`.
 *
 * @param table - the rows (`auditEventTable` of `@asyncutils/audit`).
 * @param options - `grep`: the filter (`null`: none); `json`: JSON instead of text.
 * @returns the text to print, ending with a newline.
 * @example
 * ```ts
 * import { auditEventTable } from '@asyncutils/audit';
 *
 * formatAuditEvents(auditEventTable, { grep: /^asyncutils\.cli\./i, json: false });
 * // 'asyncutils.cli.run()\n  the command-line entry point is invoked … [@asyncutils/cli]\n1 of 85 events\n'
 * ```
 */
export function formatAuditEvents(
  table: readonly AuditEventInfo[],
  options: { readonly grep: RegExp | null; readonly json: boolean },
): string {
  const { grep, json } = options;
  const rows = grep ? table.filter((row) => grep.test(row.name) || grep.test(row.package)) : table;
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(`${row.name}(${row.args.map((a) => `${a.name}: ${a.type}`).join(', ')})`);
    lines.push(`  ${row.description} [@asyncutils/${row.package}]`);
  }
  lines.push(grep ? `${rows.length} of ${table.length} events` : `${rows.length} events`);
  return `${lines.join('\n')}\n`;
}
