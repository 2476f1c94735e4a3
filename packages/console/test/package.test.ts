// The built package (dist/, from `pnpm build`) in child processes: both formats run the console, find the
// packages next to themselves, hide their own frames, and stop a running synchronous loop on SIGINT.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { packageTestKit } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { emptyDir } from './support/session.js';

const kit = packageTestKit(new URL('..', import.meta.url));

interface Child {
  readonly child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  readonly exit: Promise<number | null>;
  waitFor(stream: 'stdout' | 'stderr', needle: string): Promise<void>;
}

function start(code: string, type: 'module' | 'commonjs'): Child {
  const child = spawn(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: emptyDir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  const state: Child = {
    child,
    stdout: '',
    stderr: '',
    exit: new Promise((resolve) => child.on('close', (status) => resolve(status))),
    waitFor(stream, needle) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(needle)} on ${stream}: ${JSON.stringify(state.stdout)} ${JSON.stringify(state.stderr)} exit=${String(child.exitCode)} sig=${String(child.signalCode)}`)), 5000);
        const check = (): void => {
          if (!state[stream].includes(needle)) return;
          clearTimeout(timer);
          child[stream].off('data', check);
          resolve();
        };
        child[stream].on('data', check);
        check();
      });
    },
  };
  child.stdout.on('data', (chunk: Buffer) => {
    state.stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    state.stderr += chunk.toString();
  });
  return state;
}

describe('the built package', () => {
  it('ESM: piped input runs once, packages resolve from the package location, own frames are hidden', async () => {
    const run = start(
      `const { AsyncUtilsConsole } = await import(${JSON.stringify(kit.builtUrl('index.js'))});\nprocess.exitCode = await new AsyncUtilsConsole().run();`,
      'module',
    );
    run.child.stdin.end('console.log(asyncutils.audit.typeName(null), typeof audit.addAuditHook)\nasyncutils.tools\n');
    expect(await run.exit).toBe(1);
    expect(run.stdout).toBe('null function\n');
    expect(run.stderr).toContain('Uncaught Error: asyncutils.console: @asyncutils/tools is not installed (npm i @asyncutils/tools)\n    at <stdin>:2:12\n');
    expect(run.stderr).not.toMatch(/console\/dist|node:repl|node:vm/);
  });

  it('CJS: an interactive session ends with its exit code', async () => {
    const run = start(
      `const { AsyncUtilsConsole } = require(${JSON.stringify(kit.builtPath('index.cjs'))});\nnew AsyncUtilsConsole().run({ alwaysRunInteractive: true }).then((code) => { process.exitCode = code; });`,
      'commonjs',
    );
    run.child.stdin.end('const a = await Promise.resolve(2)\nexit(a + 2)\n');
    expect(await run.exit).toBe(4);
    expect(run.stdout).toBe('> undefined\n> ');
  });

  it('SIGINT during a synchronous loop interrupts the evaluation, and the session goes on', async () => {
    const run = start(
      `const { AsyncUtilsConsole } = await import(${JSON.stringify(kit.builtUrl('index.js'))});\nprocess.exitCode = await new AsyncUtilsConsole().run({ alwaysRunInteractive: true });`,
      'module',
    );
    // A raw write: a signal arriving right after it cannot cut a stream's bookkeeping (as it could in console.log).
    run.child.stdin.write('require("node:fs").writeSync(1, "looping\\n"); while (true) {}\n');
    await run.waitFor('stdout', 'looping');
    run.child.kill('SIGINT');
    await run.waitFor('stderr', '\nInterrupted\n');
    run.child.stdin.write('6 * 7\n');
    await run.waitFor('stdout', '42');
    run.child.stdin.end('exit(0)\n');
    expect(await run.exit).toBe(0);
  });

  it('SIGINT while an evaluation awaits interrupts it (and aborts its signal) instead of ending the process', async () => {
    const run = start(
      `const { AsyncUtilsConsole } = await import(${JSON.stringify(kit.builtUrl('index.js'))});\nprocess.exitCode = await new AsyncUtilsConsole().run({ alwaysRunInteractive: true });`,
      'module',
    );
    run.child.stdin.write('await new Promise((resolve) => { signal.onabort = () => console.log("aborted:", signal.reason.name); setTimeout(() => console.log("waiting")) })\n');
    await run.waitFor('stdout', 'waiting');
    run.child.kill('SIGINT');
    await run.waitFor('stdout', 'aborted: AbortError');
    await run.waitFor('stderr', '\nInterrupted\n');
    run.child.stdin.end('process.listenerCount("SIGINT")\n');
    expect(await run.exit).toBe(0);
    expect(run.stdout).toMatch(/> 0\n> $/);
  });
});
