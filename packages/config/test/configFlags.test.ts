import { FaultyConfig as ExceptionsFaultyConfig } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { FaultyConfig } from '../src/index.js';
import { configFlags } from '../src/configFlags.js';
import { loadConfig } from '../src/loadConfig.js';
import { configState } from '../src/state.js';
import { isolateImplicitLoad, tempDir, thrown } from './support/harness.js';

describe('configFlags', () => {
  it('check 32: read-only (assignment throws TypeError); FaultyConfig is the exceptions binding', () => {
    loadConfig({ env: {}, cwd: tempDir() });
    expect(thrown(() => {
      (configFlags as { silent: boolean }).silent = true;
    })).toBeInstanceOf(TypeError);
    expect(thrown(() => {
      (configFlags as unknown as Record<string, unknown>).extra = 1;
    })).toBeInstanceOf(TypeError);
    expect(configFlags.silent).toBe(false);
    expect(FaultyConfig).toBe(ExceptionsFaultyConfig);
  });

  it('the first read loads the configuration; every getter reads the effective flags', () => {
    const dir = isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'log_to = "NULL"\nexecutor = "process"\nV = 1\nQ = 2\nquiet = true\nbasic_repl = true\nmax_memory_errors = -1\ndebug = false\nload_all = true\nseed = "s"\npdb = true\n' }));
    expect(configState().loaded).toBeUndefined();
    expect({ ...configFlags }).toEqual({
      loggingTo: 'NULL',
      executor: 'process',
      V: 1,
      Q: 2,
      silent: true,
      basicRepl: true,
      maxMemoryErrors: -1,
      debug: false,
      loadedAll: true,
      seed: 's',
      pdb: true,
      configPath: `${dir}/asyncutils.config.toml`,
    });
    loadConfig({ overrides: { quiet: false } });
    expect(configFlags.silent).toBe(false);
  });
});
