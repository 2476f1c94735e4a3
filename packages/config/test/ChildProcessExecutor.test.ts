import { rejection } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { ChildProcessExecutor } from '../src/ChildProcessExecutor.js';
import { Executor } from '../src/Executor.js';

describe('ChildProcessExecutor (one real child process)', () => {
  it('check 27: runs a function in another process; errors come back re-created; shutdown refuses new work', async () => {
    const pool = new ChildProcessExecutor({ maxWorkers: 1, idleTimeout: 5_000 });
    expect(pool).toBeInstanceOf(Executor);
    expect(
      await pool.submit(
        function sq(x: number) {
          return x * x;
        },
        [7],
      ),
    ).toBe(49);
    const [pid, map] = await pool.submit(() => [process.pid, new Map([[1, 'a']])] as const);
    expect(pid).not.toBe(process.pid);
    expect(map).toEqual(new Map([[1, 'a']]));
    const error = await rejection(
      pool.submit(() => {
        throw Object.assign(new TypeError('bad'), { code: 'E_BAD' });
      }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ message: 'bad', code: 'E_BAD' });
    expect(await rejection(pool.submit(() => Promise.reject('plain')))).toBe('plain');
    await pool.shutdown();
    expect(await rejection(pool.submit(() => 1))).toMatchObject({ message: 'asyncutils.config.ChildProcessExecutor.submit: cannot schedule new futures after shutdown' });
  });
});
