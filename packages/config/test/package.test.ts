import { bundle } from '@asyncutils/tooling/bundle';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtUrl, tempDir } from './support/harness.js';

const run = (code: string, cwd: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8', env: { ...process.env, AUTILSCFGPATH: '' }, timeout: 15_000 });

describe('the built package', () => {
  it('check 29: idle executors do not keep the process alive (a script that submits one task per executor exits by itself)', () => {
    const result = run(
      `import { ChildProcessExecutor, WorkerThreadExecutor } from ${JSON.stringify(builtUrl('index.js'))};
      const threads = new WorkerThreadExecutor({ maxWorkers: 1 });
      const processes = new ChildProcessExecutor({ maxWorkers: 1 });
      console.log(JSON.stringify(await Promise.all([threads.submit((x) => x + 1, [1]), processes.submit((x) => x * 3, [2])])));`,
      tempDir(),
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([2, 6]);
  });

  it('the ESM and CJS builds share one configuration, logger and registry', () => {
    const result = run(
      `import { createRequire } from 'node:module';
      const esm = await import(${JSON.stringify(builtUrl('index.js'))});
      const cjs = createRequire(import.meta.url)(${JSON.stringify(builtUrl('index.cjs').replace('file://', ''))});
      const loaded = esm.loadConfig({ overrides: { log_to: 'MEMORY', seed: 3 } });
      cjs.logger.warning('from cjs');
      cjs.registerExecutor('shared', class extends esm.WorkerThreadExecutor {});
      console.log(JSON.stringify({
        same: cjs.loadConfig() === loaded,
        logs: esm.getPastLogs().includes('WARNING - from cjs'),
        executor: cjs.loadConfig({ overrides: { executor: 'shared', log_to: 'NULL' } }).flags.executor,
        instance: new cjs.Executor() instanceof esm.Executor,
        debug: (cjs.debug.enter(), esm.debug.entered),
        loop: esm.getLoopAndSet() === cjs.getLoopAndSet(),
      }));`,
      tempDir(),
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ same: true, logs: true, executor: 'shared', instance: true, debug: true, loop: true });
  });
});

describe('side effects', () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));

  it('a bare import of ./register survives bundling (it is the only sideEffects entry); the main entry does not', async () => {
    const register = await bundle({ contents: "import '@asyncutils/config/register';", resolveDir: packageDir, platform: 'node', minify: false });
    expect(register.inputs.some((file) => file.endsWith('dist/register.js'))).toBe(true);
    expect(register.text).toContain('asyncutils/recurse_dirs');
    const main = await bundle({ contents: "import '@asyncutils/config';", resolveDir: packageDir, platform: 'node', minify: false });
    expect(main.text).not.toContain('asyncutils/recurse_dirs');
  });
});
