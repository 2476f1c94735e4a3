import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { builtUrl, isolateImplicitLoad, tempDir } from './support/harness.js';

describe('@asyncutils/config/register', () => {
  it('exports the configuration it loaded on import', async () => {
    isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'basic_repl = true\n' }));
    vi.resetModules();
    const { registeredConfig } = await import('../src/register.js');
    expect(registeredConfig.flags.basicRepl).toBe(true);
  });

  it('node --import loads the configuration before the app, once, shared with the main entry (a second copy)', () => {
    const dir = tempDir({ 'c.json': { quiet: true } });
    const hook = `data:text/javascript,${encodeURIComponent(`import { addAuditHook } from ${JSON.stringify(builtUrl('../../audit/dist/index.js'))};
      globalThis.__events = []; addAuditHook((e, a) => { if (e.startsWith('asyncutils/')) globalThis.__events.push([e, ...a]); });`)}`;
    const app = `const { registeredConfig } = await import(${JSON.stringify(builtUrl('register.js'))});
      const m = await import(${JSON.stringify(builtUrl('index.js'))});
      console.log(JSON.stringify({ events: globalThis.__events, same: m.loadConfig() === registeredConfig, silent: m.configFlags.silent }));`;
    const result = spawnSync(process.execPath, ['--import', hook, '--import', builtUrl('register.js'), '--input-type=module', '-e', app], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, AUTILSCFGPATH: join(dir, 'c.json') },
      timeout: 15_000,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      events: [
        ['asyncutils/read_config', join(dir, 'c.json')],
        ['asyncutils/set_next_config', join(dir, 'c.json'), join(dir, 'c.json')],
      ],
      same: true,
      silent: true,
    });
  });
});
