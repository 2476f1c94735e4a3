import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExportTable, exportTableModule, exportTablePackages, kindDirs, renderExportTable } from '../scripts/export-table.js';
import { exportTable } from '../src/exportTable.js';
import { createHelpIndex } from '../src/findHelpUrl.js';

const packages = exportTablePackages();

describe('the generated export table (src/exportTable.ts)', () => {
  it('is up to date with the workspace (run `pnpm build` or `pnpm export-table` when this fails)', () => {
    expect(readFileSync(new URL('../src/exportTable.ts', import.meta.url), 'utf8')).toBe(exportTableModule());
  });

  it('has a row for every published @asyncutils package, and none for the umbrella or private packages', () => {
    expect(Object.keys(exportTable)).toEqual(packages.map((p) => p.short));
    expect(Object.keys(exportTable)).toContain('tools');
    expect(Object.keys(exportTable)).not.toContain('asyncutils');
    expect(Object.keys(exportTable)).not.toContain('bench');
  });

  it('check 18: every name each package entry exports is in the table, mapped to the package that defines it', async () => {
    const { owner, reexported } = createHelpIndex(exportTable);
    for (const p of packages) {
      const api = (await import(/* @vite-ignore */ join(p.dir, 'src', 'index.ts'))) as Record<string, unknown>;
      for (const name of Object.keys(api)) {
        const at = owner.get(name);
        expect(at, `${p.name}: ${name}`).toBeDefined();
        if (at?.pkg !== p.short) expect(reexported.has(`${p.short}.${name}`), `${p.name} re-exports ${name}`).toBe(true);
      }
    }
  });

  it('check 18 (E3): re-exported names belong to their defining package', () => {
    const { owner } = createHelpIndex(exportTable);
    expect(owner.get('QueueEmpty')?.pkg).toBe('exceptions');
    expect(owner.get('BrokenBarrierError')?.pkg).toBe('exceptions');
    expect(exportTable['queues']?.reexports).toContain('QueueEmpty');
  });

  it('records kinds as TypeDoc folders, including arrow-function constants as functions', () => {
    expect(exportTable['buckets']?.classes).toContain('TokenBucket');
    expect(exportTable['audit']?.functions).toContain('audit');
    expect(exportTable['context']?.variables).toContain('SOCKET_TRANSPORT_LIMITS');
    expect(exportTable['audit']?.interfaces).toContain('AuditEvents');
    expect(exportTable['context']?.subpaths?.['node']).toEqual(['useAsyncLocalStorage']);
    for (const row of Object.values(exportTable)) {
      for (const key of Object.keys(row)) expect([...kindDirs, 'reexports', 'subpaths']).toContain(key);
    }
  });

  it('renders rows in package order and rejects a name defined by two packages', () => {
    expect(renderExportTable({ b: {}, a: { classes: ['X'] } })).toMatch(/ {2}b: \{\},\n {2}a: \{\n {4}classes: \[\n {6}'X',\n {4}\],\n {2}\},/);
    const audit = packages.find((p) => p.short === 'audit');
    if (!audit) throw new Error('audit package missing');
    expect(() => buildExportTable([audit, { ...audit, short: 'audit2', name: '@asyncutils/audit2', subpaths: [] }])).toThrow(/defined by both/);
  });
});
