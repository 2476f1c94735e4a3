import { closeSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDestination } from '../src/logDestination.js';
import { captureStream, tempDir } from './support/harness.js';

/** When `code` is set, the mocked `openSync` fails with it (root can open anything, so permissions are simulated). */
const denied = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = (...args: Parameters<typeof fs.openSync>): number => {
    if (denied.code !== undefined) throw Object.assign(new Error(`${denied.code}: permission denied`), { code: denied.code });
    return fs.openSync(...args);
  };
  return { ...fs, default: { ...fs, openSync }, openSync };
});

describe('log destinations', () => {
  it('names: NULL, MEMORY, STDOUT, STDERR; fds 1 and 2 on POSIX', () => {
    expect(openDestination('NULL', '/')).toEqual({ sink: { kind: 'null' }, name: 'NULL' });
    expect(openDestination('MEMORY', '/')).toEqual({ sink: { kind: 'memory' }, name: 'MEMORY' });
    expect(openDestination('STDOUT', '/')).toEqual({ sink: { kind: 'stdout' }, name: 'STDOUT' });
    expect(openDestination('STDERR', '/')).toEqual({ sink: { kind: 'stderr' }, name: 'STDERR' });
    expect(openDestination(1, '/', 'linux')).toEqual({ sink: { kind: 'stdout' }, name: 'STDOUT' });
    expect(openDestination(2, '/', 'darwin')).toEqual({ sink: { kind: 'stderr' }, name: 'STDERR' });
    expect(openDestination(2, '/', 'win32')).toEqual({ sink: { kind: 'fd', fd: 2, owned: false }, name: 2 });
  });

  it('another fd is appended to when open, else stderr with the ERROR lines', () => {
    const err = captureStream();
    expect(openDestination(987_654, '/')).toEqual({ sink: { kind: 'stderr' }, name: 'STDERR' });
    expect(err.lines()).toEqual([expect.stringMatching(/^ERROR: EBADF/), 'ERROR: Failed to create log file; falling back to stderr']);
  });

  it('MAKE skips taken names and reports permission problems as such', () => {
    const dir = tempDir({ 'asyncutils_log1.log': '', 'asyncutils_log2.log': '' });
    const made = openDestination('MAKE', dir);
    expect(made.name).toBe(join(dir, 'asyncutils_log3.log'));
    if (made.sink.kind === 'fd') closeSync(made.sink.fd);
    expect(readdirSync(dir).sort()).toEqual(['asyncutils_log1.log', 'asyncutils_log2.log', 'asyncutils_log3.log']);
    const err = captureStream();
    expect(openDestination('MAKE', join(dir, 'nope'))).toEqual({ sink: { kind: 'stderr' }, name: 'STDERR' });
    expect(err.lines()[0]).toMatch(/^ERROR: ENOENT/);
  });

  it('MAKE gives up after 4096 names', () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 4096; n++) files[`asyncutils_log${n}.log`] = '';
    const dir = tempDir(files);
    const err = captureStream();
    expect(openDestination('MAKE', dir).name).toBe('STDERR');
    expect(err.lines()).toEqual([`ERROR: no free log file name asyncutils_log<1…4096>.log in ${dir}`, 'ERROR: Failed to create log file; falling back to stderr']);
  });

  it('a path that cannot be opened (a directory) falls back to stderr with its reason', () => {
    const err = captureStream();
    expect(openDestination(tempDir(), '/').name).toBe('STDERR');
    expect(err.lines()[0]).toMatch(/^ERROR: EISDIR/);
  });

  it('EACCES and EPERM read as insufficient permissions (for paths and MAKE)', () => {
    const err = captureStream();
    denied.code = 'EACCES';
    expect(openDestination('/var/log/x.log', '/').name).toBe('STDERR');
    denied.code = 'EPERM';
    expect(openDestination('MAKE', '/').name).toBe('STDERR');
    denied.code = undefined;
    expect(err.lines()).toEqual([
      'ERROR: insufficient permissions: EACCES: permission denied',
      'ERROR: Failed to create log file; falling back to stderr',
      'ERROR: insufficient permissions: EPERM: permission denied',
      'ERROR: Failed to create log file; falling back to stderr',
    ]);
  });
});
