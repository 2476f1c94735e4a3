import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/loadConfig.js';
import { isolateImplicitLoad, recordEvents, tempDir } from './support/harness.js';

describe('registeredConfig', () => {
  it('is the configuration loaded when the module is imported', async () => {
    isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'pdb = true\n' }));
    vi.resetModules();
    using rec = recordEvents();
    const { registeredConfig } = await import('../src/registeredConfig.js');
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils/recurse_dirs', 'asyncutils/try_config', 'asyncutils/read_config']);
    expect(registeredConfig.flags.pdb).toBe(true);
    expect(loadConfig()).toBe(registeredConfig);
  });
});
