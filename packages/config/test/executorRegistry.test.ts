import { describe, expect, it } from 'vitest';
import { Executor } from '../src/Executor.js';
import { executorNameProblem, pythonOnlyExecutors, registerExecutor, splitModuleExecutor } from '../src/executorRegistry.js';
import { loadConfig } from '../src/loadConfig.js';
import '../src/resolveExecutor.js';
import { WorkerThreadExecutor } from '../src/WorkerThreadExecutor.js';
import { tempDir, thrown } from './support/harness.js';

describe('registerExecutor', () => {
  it('check 30: a registered class is what new Executor() builds for its name; a non-executor class is refused', async () => {
    const Mine = class extends WorkerThreadExecutor {};
    registerExecutor('mine', Mine);
    loadConfig({ env: {}, cwd: tempDir(), overrides: { executor: 'mine' } });
    const pool = new Executor({ maxWorkers: 1 });
    expect(pool).toBeInstanceOf(Mine);
    await pool.shutdown();
    expect(thrown(() => registerExecutor('x', Object as never))).toBeInstanceOf(TypeError);
  });

  it('re-registering replaces; bad names and the base class are refused', () => {
    class A extends WorkerThreadExecutor {}
    class B extends WorkerThreadExecutor {}
    registerExecutor('pool', A);
    registerExecutor('pool', B);
    loadConfig({ env: {}, cwd: tempDir(), overrides: { executor: 'pool' } });
    expect(new Executor()).toBeInstanceOf(B);
    expect((thrown(() => registerExecutor('base', Executor)) as Error).message).toBe('asyncutils.config.registerExecutor: Executor does not extend asyncutils.config.Executor');
    expect(thrown(() => registerExecutor('', A))).toBeInstanceOf(TypeError);
    expect(thrown(() => registerExecutor(5 as never, A))).toBeInstanceOf(TypeError);
    expect((thrown(() => registerExecutor('a#b', A)) as Error).message).toBe("asyncutils.config.registerExecutor: name 'a#b' must not contain '#' (reserved for <module>#<export>)");
    expect(thrown(() => registerExecutor('x', 5 as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => registerExecutor('x', (() => {}) as never))).toBeInstanceOf(TypeError);
  });

  it('names: built-in, registered, <module>#<export>', () => {
    expect(executorNameProblem('thread')).toBeUndefined();
    expect(executorNameProblem('x.js#Pool')).toBeUndefined();
    expect(executorNameProblem('nope')).toMatch(/^thread, process, .*, a registered name or <module>#<export>$/);
    expect(splitModuleExecutor('#imports/x#Pool')).toEqual({ module: '#imports/x', export: 'Pool' });
    expect(splitModuleExecutor('x#')).toBeUndefined();
    expect(splitModuleExecutor('#x')).toBeUndefined();
    expect(splitModuleExecutor('plain')).toBeUndefined();
    expect(Object.keys(pythonOnlyExecutors)).toHaveLength(12);
  });
});
