import { describe, expect, it } from 'vitest';
import { createExecutor } from '../src/createExecutor.js';
import { Executor } from '../src/Executor.js';
import { registerExecutor } from '../src/executorRegistry.js';
import { loadConfig } from '../src/loadConfig.js';
import { WorkerThreadExecutor } from '../src/WorkerThreadExecutor.js';
import { recordEvents, tempDir, thrown, vetoOn } from './support/harness.js';

describe('createExecutor', () => {
  it('check 25: raises create_executor [fname], then builds the configured executor; a throwing hook builds nothing; an empty fname raises nothing', async () => {
    let constructed = 0;
    registerExecutor(
      'counted',
      class extends WorkerThreadExecutor {
        constructor() {
          super({ maxWorkers: 1 });
          constructed++;
        }
      },
    );
    loadConfig({ env: {}, cwd: tempDir() });
    using rec = recordEvents();
    const pool = createExecutor('util.toAsync', { maxWorkers: 1 });
    expect(rec.events).toEqual([['asyncutils/create_executor', ['util.toAsync']]]);
    expect(pool).toBeInstanceOf(WorkerThreadExecutor);
    expect(pool).toBeInstanceOf(Executor);
    await pool.shutdown();

    loadConfig({ overrides: { executor: 'counted' } });
    createExecutor('app.job');
    expect(constructed).toBe(1);
    {
      using veto = vetoOn('asyncutils/create_executor');
      expect(thrown(() => createExecutor('app.job'))).toBe(veto.error);
    }
    expect(constructed).toBe(1);

    rec.events.length = 0;
    expect((thrown(() => createExecutor('')) as Error).message).toBe("asyncutils.config.createExecutor: fname must be a non-empty string, got ''");
    expect(thrown(() => createExecutor(undefined as never))).toBeInstanceOf(TypeError);
    expect(rec.events).toEqual([]);
  });
});
