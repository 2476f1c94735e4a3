// run() with the configuration and the console (acceptance checks 11–13, --eval, --audit, --pdb).
// The order matters: the configuration is loaded once per process, and a failed load caches nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type AuditHook, addAuditHook } from '@asyncutils/audit';
import { configFlags, debug, FaultyConfig } from '@asyncutils/config';
import { AsyncUtilsConsole } from '@asyncutils/console';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/run.js';
import { capture, input } from './streams.js';

const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const removers: (() => boolean)[] = [];
afterEach(() => {
  for (const remove of removers.splice(0)) remove();
});
const hook = (fn: AuditHook): void => {
  removers.push(addAuditHook(fn));
};
const configFile = (name: string, table: unknown): Record<string, string> => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(table));
  return { AUTILSCFGPATH: path };
};

async function exec(argv: string[], stdinText = '', env: Record<string, string> = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await run(argv, { stdin: input(stdinText), stdout, stderr, env, cwd: dir });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('run: configuration', () => {
  it('check 13: a faulty configuration file makes run([]) reject FaultyConfig; the console never starts', async () => {
    const events: string[] = [];
    hook((...[event]) => {
      events.push(event);
    });
    const error: unknown = await exec([], 'console.log(1)\n', configFile('faulty.json', { quiet: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaultyConfig);
    expect((error as FaultyConfig).key).toBe('quiet');
    expect(events).not.toContain('asyncutils.console.AsyncUtilsConsole.run');
  });

  it('check 12: command-line flags override the file; -Q/-V add to its counts', async () => {
    const env = configFile('cfg.json', { quiet: false, V: 2 });
    expect((await exec(['-q', '-Q'], '', env)).code).toBe(0);
    expect(configFlags.silent).toBe(true);
    expect(configFlags.V).toBe(2);
    expect(configFlags.Q).toBe(1);
    expect(debug.level).toBe(20);
    expect((await exec(['-V'], '', env)).code).toBe(0);
    expect(configFlags.V).toBe(3);
    expect(configFlags.Q).toBe(0);
    expect(configFlags.silent).toBe(false);
    expect(debug.level).toBe(10);
  });
});

describe('run: the console', () => {
  it('check 11: piped input runs once in the console, resolving 0; -q prints no banner', async () => {
    const runs: unknown[] = [];
    hook((event, args) => {
      if (event === 'asyncutils.console.AsyncUtilsConsole.run') runs.push(args);
    });
    const { code, stdout, stderr } = await exec([], 'console.log(1 + 1)\n');
    expect(code).toBe(0);
    expect(stdout).toContain('2');
    expect(runs).toHaveLength(1);
    expect(stderr).toContain('asyncutils REPL (version ');
    const quiet = await exec(['-q'], 'console.log(1 + 1)\n');
    expect(quiet).toEqual({ code: 0, stdout: '2\n', stderr: '' });
  });

  it('resolves the exit code of the console, and 1 when the script throws', async () => {
    expect((await exec(['-q'], 'exit(3)\n')).code).toBe(3);
    const failed = await exec(['-q'], 'throw new Error("boom")\n');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Uncaught Error: boom');
  });

  it('-P: when the console run rejects, calls AsyncUtilsConsole.postMortem with the error and resolves 1', async () => {
    const veto = new Error('no console today');
    hook((...[event]) => {
      if (event === 'asyncutils.console.AsyncUtilsConsole.run') throw veto;
    });
    const postMortem = vi.spyOn(AsyncUtilsConsole, 'postMortem').mockResolvedValue(undefined);
    const stderr = capture();
    expect(await run(['-qP'], { stdin: input(''), stdout: capture(), stderr, env: {}, cwd: dir })).toBe(1);
    expect(postMortem).toHaveBeenCalledTimes(1);
    expect(postMortem).toHaveBeenCalledWith(veto, stderr);
    // without -P the error propagates
    await expect(exec(['-q'])).rejects.toBe(veto);
    expect(postMortem).toHaveBeenCalledTimes(1);
  });
});

describe('run: --eval', () => {
  it('runs the code with top-level await, printing only what it prints; never reads stdin', async () => {
    const stdin = new PassThrough(); // never ended: reading it would hang
    const stdout = capture();
    const stderr = capture();
    const code = await run(['--eval', 'const v = await Promise.resolve(42)\nconsole.log(v)'], { stdin, stdout, stderr, env: {}, cwd: dir });
    expect({ code, stdout: stdout.text, stderr: stderr.text }).toEqual({ code: 0, stdout: '42\n', stderr: '' });
    expect(stdin.listenerCount('data')).toBe(0);
  });

  it('an error thrown by the code goes to stderr, exit code 1; exit(n) gives n', async () => {
    const failed = await exec(['--eval', 'throw new RangeError("bad")']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('Uncaught RangeError: bad');
    expect((await exec(['--eval', 'exit(4)'])).code).toBe(4);
  });

  it('with --audit prints the matching events on stderr as they fire, before the code output', async () => {
    let consoleId = -1;
    hook((event, args) => {
      if (event === 'asyncutils.console.AsyncUtilsConsole.run') consoleId = args[0];
    });
    const stdout = capture();
    const stderr = capture();
    const code = await run(['--audit', 'console', '--eval', 'console.log("ran")'], { stdout, stderr, env: {}, cwd: dir });
    expect(code).toBe(0);
    expect(stdout.text).toBe('ran\n');
    expect(stderr.text).toBe(`[audit] asyncutils.console.AsyncUtilsConsole.run(${consoleId})\n`);
    expect(consoleId).toBeGreaterThan(0);
  });
});
