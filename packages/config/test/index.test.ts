import { FaultyConfig as ExceptionsFaultyConfig } from '@asyncutils/exceptions';
import { describe, expect, it, vi } from 'vitest';
import * as api from '../src/index.js';
import { isolateImplicitLoad, recordEvents, runNode, tempDir } from './support/harness.js';

describe('@asyncutils/config public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CONFIG_ENV_VAR',
      'ChildProcessExecutor',
      'Debugging',
      'Executor',
      'FaultyConfig',
      'WorkerThreadExecutor',
      'configFlags',
      'createExecutor',
      'debug',
      'getLoopAndSet',
      'getPastLogs',
      'loadConfig',
      'logger',
      'readConfigFile',
      'registerExecutor',
      'seededRandom',
      'setLoggerLevel',
    ]);
    expect(api.FaultyConfig).toBe(ExceptionsFaultyConfig);
  });

  it('check 1: importing reads no file and raises no event; the first use does', async () => {
    vi.resetModules();
    using rec = recordEvents();
    const fresh = await import('../src/index.js');
    expect(rec.events).toEqual([]);
    const dir = isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'quiet = true\n' }));
    expect(fresh.configFlags.silent).toBe(true);
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils/recurse_dirs', 'asyncutils/try_config', 'asyncutils/read_config']);
    expect(rec.events[0]?.[1]).toEqual([dir]);
  });

  it('check 1 (fresh process): importing creates no state at all', () => {
    const out = runNode(`const m = await import('./dist/index.js');
      console.log(JSON.stringify([typeof m.loadConfig, Symbol.for('@asyncutils/config') in globalThis]));`);
    expect(out).toEqual(['function', false]);
  });
});
