import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditEventTable } from '@asyncutils/audit';
import { afterEach, describe, expect, it, vi } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('src/bin.ts', () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.doUnmock('../src/run.js');
    vi.resetModules();
  });

  it('sets process.exitCode to the code run() resolves', async () => {
    const run = vi.fn(async () => 2);
    vi.doMock('../src/run.js', () => ({ run }));
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(2));
    expect(run).toHaveBeenCalledWith();
  });

  it('writes the message of a rejection to stderr and sets exit code 1', async () => {
    vi.doMock('../src/run.js', () => ({ run: async () => Promise.reject(new Error('vetoed by a hook')) }));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith('asyncutils: vetoed by a hook\n');
  });

  it('writes a non-Error rejection as a string', async () => {
    vi.doMock('../src/run.js', () => ({ run: async () => Promise.reject('plain') }));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith('asyncutils: plain\n');
  });
});

// Acceptance 21: the built bins (turbo builds before tests).
describe('the built bins', () => {
  const node = (...args: string[]) => spawnSync(process.execPath, [join(pkgDir, 'dist/bin.js'), ...args], { encoding: 'utf8' });

  it('are declared as asyncutils and autils, both dist/bin.js', () => {
    expect(manifest.bin).toEqual({ asyncutils: './dist/bin.js', autils: './dist/bin.js' });
    expect(readFileSync(join(pkgDir, 'dist/bin.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('--version prints the version and exits 0', () => {
    const res = node('--version');
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(`asyncutils v${manifest.version}\n`);
    expect(res.stderr).toBe('');
  });

  it('--bogus exits 2 with the usage and the error on stderr', () => {
    const res = node('--bogus');
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('usage: asyncutils [options] {events} ...\nasyncutils: error: unrecognized arguments: --bogus\n');
  });

  it('events --json prints the 85 rows of the table', () => {
    const res = node('events', '--json');
    expect(res.status).toBe(0);
    const rows = JSON.parse(res.stdout) as unknown[];
    expect(rows).toHaveLength(85);
    expect(rows).toEqual(auditEventTable);
  });
});
