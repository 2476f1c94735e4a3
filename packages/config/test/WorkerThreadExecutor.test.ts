import { rejection } from '@asyncutils/tooling/testing';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Executor } from '../src/Executor.js';
import { WorkerThreadExecutor, workerExecArgv } from '../src/WorkerThreadExecutor.js';
import { tempDir, thrown } from './support/harness.js';

describe('WorkerThreadExecutor (real worker threads, one worker)', () => {
  it('check 27: runs a function, a module export; a closure variable is a ReferenceError; a RangeError comes back as one', async () => {
    const dir = tempDir({ 't.mjs': 'export function f(a, b) { return `${a}-${b}`; }\nexport default () => "dflt";\n' });
    await using pool = new WorkerThreadExecutor({ maxWorkers: 1 });
    expect(pool).toBeInstanceOf(Executor);
    expect(
      await pool.submit(
        function sq(x: number) {
          return x * x;
        },
        [7],
      ),
    ).toBe(49);
    expect(await pool.submit({ module: join(dir, 't.mjs'), export: 'f' }, ['a', 1])).toBe('a-1');
    expect(await pool.submit({ module: pathToFileURL(join(dir, 't.mjs')) })).toBe('dflt');
    const captured = 3;
    const closure = await rejection(pool.submit(() => captured));
    expect(closure).toBeInstanceOf(ReferenceError);
    expect((closure as Error).message).toBe('captured is not defined');
    const range = await rejection(
      pool.submit(() => {
        throw new RangeError('x');
      }),
    );
    expect(range).toBeInstanceOf(RangeError);
    expect((range as Error).message).toBe('x');
    expect((range as Error).stack).toContain('RangeError: x');
    expect(await rejection(pool.submit({ module: join(dir, 't.mjs'), export: 'nope' }))).toBeInstanceOf(TypeError);
    expect(await rejection(pool.submit(() => () => 1))).toMatchObject({ name: 'DataCloneError' });
    expect(thrown(() => pool.submit(Math.max))).toBeInstanceOf(TypeError);
  });

  it('check 28: a task aborted while queued never runs; map yields in order', async () => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    await using pool = new WorkerThreadExecutor({ maxWorkers: 1 });
    const slow = pool.submit((ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end);
      return 'slow';
    }, [150]);
    const controller = new AbortController();
    const queued = pool.submit(
      (path: string) => {
        const fs = process.getBuiltinModule('node:fs') as typeof import('node:fs');
        fs.writeFileSync(path, 'ran');
      },
      [marker],
      { signal: controller.signal },
    );
    controller.abort(new Error('never mind'));
    expect(((await rejection(queued)) as Error).message).toBe('never mind');
    expect(await slow).toBe('slow');
    const squares: number[] = [];
    for await (const y of pool.map(function sq(x: number) {
      return x * x;
    }, [[1, 2, 3]])) squares.push(y);
    expect(squares).toEqual([1, 4, 9]);
    expect(existsSync(marker)).toBe(false);
  });

  it('check 29: after shutdown, submit rejects; shutdown is idempotent', async () => {
    const pool = new WorkerThreadExecutor({ maxWorkers: 1 });
    await pool.shutdown();
    expect(await rejection(pool.submit(() => 1))).toMatchObject({ message: expect.stringMatching(/after shutdown/) });
    await pool.shutdown({ wait: false, cancelFutures: true });
  });
});

describe('workerExecArgv', () => {
  it('drops only the import of @asyncutils/config/register', () => {
    expect(workerExecArgv(['--import', '@asyncutils/config/register', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
    expect(workerExecArgv(['--import=@asyncutils/config/register', '-r', '/app/node_modules/@asyncutils/config/dist/register.cjs'])).toEqual([]);
    expect(workerExecArgv(['--require=/repo/packages/config/dist/register.js', '--import', 'tsx', '--conditions', 'dev'])).toEqual(['--import', 'tsx', '--conditions', 'dev']);
    expect(workerExecArgv(['--import', 'other/register', '--import'])).toEqual(['--import', 'other/register', '--import']);
    expect(Array.isArray(workerExecArgv())).toBe(true);
  });
});
