import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditEventTable } from '@asyncutils/audit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('src/bin.ts', () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.doUnmock('../src/run.js');
    vi.doUnmock('@asyncutils/config');
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
    vi.doMock('@asyncutils/config', () => ({ configFlags: { debug: false } }));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith('vetoed by a hook\n');
  });

  it('writes the stack instead when the debug flag is set', async () => {
    const error = new Error('with stack');
    vi.doMock('../src/run.js', () => ({ run: async () => Promise.reject(error) }));
    vi.doMock('@asyncutils/config', () => ({ configFlags: { debug: true } }));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith(`${error.stack}\n`);
  });

  it('writes the message when the configuration itself cannot load, and a non-Error as a string', async () => {
    vi.doMock('../src/run.js', () => ({ run: async () => Promise.reject(new Error('faulty')) }));
    vi.doMock('@asyncutils/config', () => ({
      configFlags: {
        get debug(): boolean {
          throw new Error('faulty');
        },
      },
    }));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith('faulty\n');
    vi.resetModules();
    process.exitCode = undefined;
    vi.doMock('../src/run.js', () => ({ run: async () => Promise.reject('plain') }));
    await import('../src/bin.js');
    await vi.waitFor(() => expect(process.exitCode).toBe(1));
    expect(err).toHaveBeenCalledWith('plain\n');
  });
});

// Acceptance 21 and issue 7: the built bins, driven as a user would (turbo builds before tests). The
// console resolves packages from the working directory: packages/cli has @asyncutils/audit, config and
// constants; packages/asyncutils has the umbrella's packages (queues among them).
describe('the built bins', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'asyncutils-cli-bin-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const config = join(scratch, 'asyncutils.json');
  writeFileSync(config, '{}\n');
  // An explicit (empty) configuration: discovery from packages/cli would find its package.json.
  const env = { ...process.env, AUTILSCFGPATH: config, NO_COLOR: '1', NODE_REPL_HISTORY: '' };
  const node = (args: string[], opts: { input?: string; cwd?: string } = {}) =>
    spawnSync(process.execPath, [join(pkgDir, 'dist/bin.js'), ...args], { encoding: 'utf8', env, cwd: opts.cwd ?? pkgDir, input: opts.input ?? '', timeout: 10_000 });

  it('check 21: are declared as asyncutils and autils, both dist/bin.js', () => {
    expect(manifest.bin).toEqual({ asyncutils: './dist/bin.js', autils: './dist/bin.js' });
    expect(readFileSync(join(pkgDir, 'dist/bin.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('check 21: --version prints the version and exits 0', () => {
    const res = node(['--version']);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(`asyncutils v${manifest.version}\n`);
    expect(res.stderr).toBe('');
  });

  it('check 21: --bogus exits 2 with the usage and the error on stderr', () => {
    const res = node(['--bogus']);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe('usage: asyncutils [options] {bug,events} ...\nasyncutils: error: unrecognized arguments: --bogus\n');
  });

  it('events --json prints the 85 rows of the table', () => {
    const res = node(['events', '--json']);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(auditEventTable);
  });

  it('no arguments: piped input runs in the console with the packages as globals; exit(3) exits 3', () => {
    const script = [
      'const seen = []',
      'audit.addAuditHook((event) => seen.push(event))',
      'config.getLoopAndSet()',
      'console.log(seen.join(), await Promise.resolve(asyncutils.constants.POSSIBLE_EXECUTORS.length))',
      'exit(3)',
    ].join('\n');
    const res = node([], { input: script });
    expect(res.stdout).toBe('asyncutils/get_loop_and_set 15\n');
    expect(res.stderr).toMatch(/^asyncutils REPL \(version /);
    expect(res.stderr).toContain('Thank you for using asyncutils!');
    expect(res.status).toBe(3);
  });

  it('--eval runs the code and prints nothing else; a throw exits 1 with the error on stderr', () => {
    const ok = node(['--eval', 'console.log(await Promise.resolve(config.configFlags.silent))']);
    expect({ status: ok.status, stdout: ok.stdout, stderr: ok.stderr }).toEqual({ status: 0, stdout: 'true\n', stderr: '' });
    const failed = node(['--eval', 'throw new TypeError("nope")']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^Uncaught TypeError: nope\n/);
  });

  it('--audit PATTERN prints the matching events live on stderr, with --eval too; a bad pattern exits 2', () => {
    const res = node(['--audit', 'loop', '--eval', 'console.log("before"); config.getLoopAndSet(); console.log("after")']);
    expect(res.status).toBe(0);
    expect(res.stdout).toBe('before\nafter\n');
    // the console's constructor raises it once, the code once more
    expect(res.stderr).toMatch(/^(\[audit\] asyncutils\/get_loop_and_set\(Object#\d+\)\n){2}$/);
    const bad = node(['--audit', '[']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("usage: asyncutils [options] {bug,events} ...\nasyncutils: error: argument --audit: invalid regular expression: '['\n");
  });

  const umbrella = join(pkgDir, '..', 'asyncutils');
  // The umbrella is a devDependency of this package, so turbo builds it and its packages before these tests.
  it('a SmartQueue in the console: --audit queues shows the push event as it fires', () => {
    const res = node(['-q', '--audit', 'queues'], {
      cwd: umbrella,
      input: 'const q = new queues.SmartQueue(1)\nawait q.put(1)\nq.push(2)\nconsole.log(await q.get())\nexit()\n',
    });
    expect(res.stderr).toMatch(/^\[audit\] asyncutils\.queues\.SmartQueue\.push\(\d+, 2, 1\)\n$/);
    expect(res.stdout).toBe('2\n');
    expect(res.status).toBe(0);
  });
});
