import { FaultyConfig } from '@asyncutils/exceptions';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChildProcessExecutor } from '../src/ChildProcessExecutor.js';
import { Executor } from '../src/Executor.js';
import { registerExecutor } from '../src/executorRegistry.js';
import { loadConfig } from '../src/loadConfig.js';
import { configuredExecutorClass, createConfiguredExecutor } from '../src/resolveExecutor.js';
import { WorkerThreadExecutor } from '../src/WorkerThreadExecutor.js';
import { captureStream, isolateImplicitLoad, tempDir, thrown } from './support/harness.js';

const globals = globalThis as { __asyncutilsConfigTestBase?: unknown };
afterEach(() => {
  delete globals.__asyncutilsConfigTestBase;
});

const use = (executor: string, dir = tempDir()) => loadConfig({ env: {}, cwd: dir, overrides: { executor }, reload: true });

describe('the configured executor', () => {
  it("check 26: 'process' builds a ChildProcessExecutor; 'dask' a WorkerThreadExecutor after one fallback line on stderr", async () => {
    use('process');
    const processes = new Executor();
    expect(processes).toBeInstanceOf(ChildProcessExecutor);
    await processes.shutdown();
    const err = captureStream();
    use('dask');
    const a = new Executor();
    const b = new Executor();
    expect(a).toBeInstanceOf(WorkerThreadExecutor);
    expect(b).toBeInstanceOf(WorkerThreadExecutor);
    expect(err.text()).toBe('Error importing dask.distributed (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor\n');
    await Promise.all([a.shutdown(), b.shutdown()]);
  });

  it("'thread' and 'interpreter' are worker threads; every Python-only name falls back", () => {
    const err = captureStream();
    for (const name of ['thread', 'interpreter', 'loky', 'loky_no_reuse', 'ipython', 'elib_single_node', 'pebble_process', 'deadpool']) {
      use(name);
      expect(configuredExecutorClass(), name).toBe(WorkerThreadExecutor);
    }
    expect(err.lines()).toEqual([
      'Error importing loky (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
      'Error importing loky (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
      'Error importing ipyparallel (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
      'Error importing executorlib (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
      'Error importing pebble (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
      'Error importing deadpool (Python-only executor, unavailable in Node); falling back to WorkerThreadExecutor',
    ]);
  });

  it("'<module>#<export>' is required from cwd at the first construction and cached", () => {
    globals.__asyncutilsConfigTestBase = WorkerThreadExecutor;
    const dir = tempDir({ 'pools.cjs': 'let n = 0; exports.Pool = class Pool extends globalThis.__asyncutilsConfigTestBase {}; exports.loads = () => ++n;' });
    use('./pools.cjs#Pool', dir);
    const Cls = configuredExecutorClass();
    expect(Cls.name).toBe('Pool');
    expect(configuredExecutorClass()).toBe(Cls);
    expect(createConfiguredExecutor()).toBeInstanceOf(Cls);
  });

  it("'<module>#<export>' that cannot be loaded or is not an executor class is a FaultyConfig", () => {
    const dir = tempDir({ 'not-pool.cjs': 'exports.Thing = class Thing {};' });
    use('./missing.cjs#Pool', dir);
    const missing = thrown(() => new Executor()) as FaultyConfig;
    expect(missing).toBeInstanceOf(FaultyConfig);
    expect(missing).toMatchObject({ key: 'executor', wrong: './missing.cjs#Pool', path: 'loadConfig overrides' });
    expect(missing.expected).toMatch(/^a module that loads from .*Cannot find module/);
    expect((missing.cause as { code?: string }).code).toBe('MODULE_NOT_FOUND');
    use('./not-pool.cjs#Thing', dir);
    expect(thrown(() => new Executor())).toMatchObject({ key: 'executor', wrong: 'Function', expected: "a subclass of Executor exported as 'Thing' by ./not-pool.cjs" });
    use('./not-pool.cjs#Nothing', dir);
    expect(thrown(() => new Executor())).toMatchObject({ wrong: 'undefined' });
  });

  it('a file-configured <module>#<export> failure names the file', () => {
    const dir = tempDir({ 'c.json': { executor: './gone.cjs#X' } });
    loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir });
    expect(thrown(() => new Executor())).toMatchObject({ path: join(dir, 'c.json') });
  });

  it('a registered name wins over a built-in of the same spelling; the first construction loads the configuration', () => {
    isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'executor = "process"\n' }));
    class Special extends WorkerThreadExecutor {}
    registerExecutor('process', Special);
    expect(new Executor()).toBeInstanceOf(Special);
  });
});
