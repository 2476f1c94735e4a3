import { addAuditHook } from '@asyncutils/audit';
import { CIRCUIT_BREAKER_DEFAULT_RESET, RETRY_DEFAULT_TRIES } from '@asyncutils/context';
import { FaultyConfig } from '@asyncutils/exceptions';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFlags } from '../src/configFlags.js';
import { debug } from '../src/Debugging.js';
import { ensureLoaded, loadConfig } from '../src/loadConfig.js';
import { logger } from '../src/logger.js';
import { configState } from '../src/state.js';
import { captureStream, recordEvents, tempDir, thrown, vetoOn } from './support/harness.js';

/** What a failed load must leave alone. */
function expectNothingApplied(env: Record<string, string | undefined>, before: string | undefined): void {
  const state = configState();
  expect(state.loaded).toBeUndefined();
  expect(state.log.level).toBe(30);
  expect(state.log.sink).toEqual({ kind: 'stderr' });
  expect(state.debug.origLevel).toBeNull();
  expect(CIRCUIT_BREAKER_DEFAULT_RESET.get()).toBe(30_000);
  expect(env.AUTILSCFGPATH).toBe(before);
}

describe('loadConfig: environment mode', () => {
  it('check 2: reads the file named by AUTILSCFGPATH (trimmed), raises read_config then set_next_config, and sets the next path', () => {
    const dir = tempDir({ 'a.json': { V: 2, next_config: 'NEXT' } });
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    writeFileSync(a, JSON.stringify({ V: 2, next_config: b }));
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: ` "${a}" ` };
    using rec = recordEvents();
    const loaded = loadConfig({ env, cwd: dir });
    expect(rec.events).toEqual([
      ['asyncutils/read_config', [a]],
      ['asyncutils/set_next_config', [a, b]],
    ]);
    expect(env.AUTILSCFGPATH).toBe(b);
    expect(logger.level).toBe(10);
    expect(loaded).toMatchObject({ mode: 'env', path: a, format: 'json' });
    expect(loaded.flags.V).toBe(2);
    expect(loaded.rendered).toBe(`\`\`\`json\n${JSON.stringify({ V: 2, next_config: b })}\n\`\`\``);
    expect(Object.isFrozen(loaded)).toBe(true);
    expect(Object.isFrozen(loaded.table)).toBe(true);
  });

  it('check 3: a second call reads nothing and returns the same object; reload follows the chain, and a cycle alternates', () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.toml');
    writeFileSync(a, JSON.stringify({ V: 1, next_config: b }));
    writeFileSync(b, `Q = 1\nnext_config = ${JSON.stringify(a)}\n`);
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: a };
    const first = loadConfig({ env, cwd: dir });
    using rec = recordEvents();
    expect(loadConfig()).toBe(first);
    expect(loadConfig({ env, cwd: dir })).toBe(first);
    expect(rec.events).toEqual([]);
    const second = loadConfig({ env, cwd: dir, reload: true });
    expect(second.path).toBe(b);
    expect(second.format).toBe('toml');
    expect(second.flags.Q).toBe(1);
    expect(env.AUTILSCFGPATH).toBe(a);
    const third = loadConfig({ env, cwd: dir, reload: true });
    expect(third.path).toBe(a);
    expect(env.AUTILSCFGPATH).toBe(b);
    expect(rec.events.map(([e, args]) => [e, ...args])).toEqual([
      ['asyncutils/read_config', b],
      ['asyncutils/set_next_config', b, a],
      ['asyncutils/read_config', a],
      ['asyncutils/set_next_config', a, b],
    ]);
  });

  it('a next_config cycle never loops: each load follows one step (a file naming itself reloads fine)', () => {
    const dir = tempDir();
    const self = join(dir, 'self.json');
    writeFileSync(self, JSON.stringify({ next_config: self, Q: 1 }));
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: self };
    using rec = recordEvents();
    for (let i = 0; i < 3; i++) expect(loadConfig({ env, cwd: dir, reload: true }).flags.Q).toBe(1);
    expect(rec.events.filter(([e]) => e === 'asyncutils/read_config')).toHaveLength(3);
    expect(env.AUTILSCFGPATH).toBe(self);
  });

  it('check 4: next_config null raises discontinue_config and deletes the variable; no key raises set_next_config [p, p] and leaves it', () => {
    const dir = tempDir({ 'stop.json': { next_config: null }, 'same.json': { quiet: true } });
    const stop = join(dir, 'stop.json');
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: stop };
    using rec = recordEvents();
    loadConfig({ env, cwd: dir });
    expect(rec.events).toEqual([
      ['asyncutils/read_config', [stop]],
      ['asyncutils/discontinue_config', [stop]],
    ]);
    expect('AUTILSCFGPATH' in env).toBe(false);

    const same = join(dir, 'same.json');
    const raw = `  '${same}'\n`;
    const env2: Record<string, string | undefined> = { AUTILSCFGPATH: raw };
    rec.events.length = 0;
    loadConfig({ env: env2, cwd: dir, reload: true });
    expect(rec.events).toEqual([
      ['asyncutils/read_config', [same]],
      ['asyncutils/set_next_config', [same, same]],
    ]);
    expect(env2.AUTILSCFGPATH).toBe(raw);
  });

  it('check 5: next_config of another type is a TypeError naming the path; the variable and the logger are unchanged', () => {
    const dir = tempDir({ 'a.json': { next_config: 3, V: 2, log_to: 'MEMORY' } });
    const a = join(dir, 'a.json');
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: a };
    const error = thrown(() => loadConfig({ env, cwd: dir }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`asyncutils: key "next_config" in ${a} should point to a string or null, not 3`);
    expectNothingApplied(env, a);
  });

  it('check 6: a hook throwing on read_config stops the load before the file is opened', () => {
    const missing = join(tempDir(), 'missing.json');
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: missing };
    using veto = vetoOn('asyncutils/read_config');
    expect(thrown(() => loadConfig({ env }))).toBe(veto.error);
    expectNothingApplied(env, missing);
  });

  it('check 7: a missing file is an Error with code ENOENT naming the path; nothing is cached and a later call retries', () => {
    const dir = tempDir();
    const missing = join(dir, 'later.json');
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: missing };
    const error = thrown(() => loadConfig({ env, cwd: dir })) as Error & { code?: string };
    expect(error.message).toBe(`asyncutils: cannot read configuration file ${missing}`);
    expect(error.code).toBe('ENOENT');
    expect((error.cause as { code?: string }).code).toBe('ENOENT');
    expectNothingApplied(env, missing);
    writeFileSync(missing, '{"quiet": true}');
    expect(loadConfig({ env, cwd: dir }).flags.silent).toBe(true);
  });

  it('a relative AUTILSCFGPATH is read from cwd and reported as given', () => {
    const dir = tempDir({ 'conf/x.jsonc': '{ // comment\n "pdb": true, }' });
    const loaded = loadConfig({ env: { AUTILSCFGPATH: 'conf/x.jsonc' }, cwd: dir });
    expect(loaded).toMatchObject({ path: 'conf/x.jsonc', format: 'jsonc' });
    expect(loaded.flags.pdb).toBe(true);
    expect(loaded.rendered).toBe('```jsonc\n{ // comment\n "pdb": true, }\n```');
  });

  it('a pyproject.toml named by the variable gives its table, rendered as JSON', () => {
    const dir = tempDir({ 'pyproject.toml': '[project]\nname = "x"\n[tool.asyncutils]\nseed = 7\n' });
    const loaded = loadConfig({ env: { AUTILSCFGPATH: join(dir, 'pyproject.toml') }, cwd: dir });
    expect(loaded.table).toEqual({ seed: 7 });
    expect(loaded).toMatchObject({ format: 'json', rendered: '```json\n{"seed":7}\n```' });
  });

  it('a pyproject.toml without the table gives the empty configuration', () => {
    const dir = tempDir({ 'pyproject.toml': '[project]\nname = "x"\n' });
    const loaded = loadConfig({ env: { AUTILSCFGPATH: join(dir, 'pyproject.toml') }, cwd: dir });
    expect(loaded).toMatchObject({ mode: 'env', table: {}, rendered: '' });
  });

  it('an unreadable file (a directory) is an Error naming it, with the fs code', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cfg.json'));
    const env = { AUTILSCFGPATH: join(dir, 'cfg.json') };
    const error = thrown(() => loadConfig({ env, cwd: dir })) as Error & { code?: string };
    expect(error.message).toBe(`asyncutils: cannot read configuration file ${join(dir, 'cfg.json')}`);
    expect(error.code).toBe('EISDIR');
    expectNothingApplied(env, join(dir, 'cfg.json'));
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is an Error with code EACCES', () => {
    const dir = tempDir({ 'locked.json': '{}' });
    chmodSync(join(dir, 'locked.json'), 0o000);
    const error = thrown(() => loadConfig({ env: { AUTILSCFGPATH: join(dir, 'locked.json') }, cwd: dir })) as Error & { code?: string };
    expect(error.code).toBe('EACCES');
  });

  it('a hook throwing on set_next_config or discontinue_config leaves the variable and applies nothing', () => {
    const dir = tempDir({ 'a.json': { next_config: 'b.json', V: 2, context: { altlocks: { circuit_breaker: { default_reset: 1 } } } }, 'stop.json': { next_config: null, quiet: true } });
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: join(dir, 'a.json') };
    {
      using veto = vetoOn('asyncutils/set_next_config');
      expect(thrown(() => loadConfig({ env, cwd: dir }))).toBe(veto.error);
    }
    expectNothingApplied(env, join(dir, 'a.json'));
    env.AUTILSCFGPATH = join(dir, 'stop.json');
    {
      using veto = vetoOn('asyncutils/discontinue_config');
      expect(thrown(() => loadConfig({ env, cwd: dir }))).toBe(veto.error);
    }
    expectNothingApplied(env, join(dir, 'stop.json'));
  });
});

describe('loadConfig: discovery mode and defaults', () => {
  it('check 12: no table anywhere gives mode none and the defaults', () => {
    const dir = tempDir();
    using rec = recordEvents();
    const loaded = loadConfig({ env: {}, cwd: dir });
    expect(rec.events[0]).toEqual(['asyncutils/recurse_dirs', [dir]]);
    expect(rec.events.some(([e]) => e === 'asyncutils/read_config')).toBe(false);
    expect(loaded).toMatchObject({ mode: 'none', path: null, format: null, table: {}, context: {}, rendered: '' });
    expect(loaded.flags).toEqual({
      loggingTo: 'STDERR',
      executor: 'thread',
      V: 0,
      Q: 0,
      silent: false,
      basicRepl: false,
      maxMemoryErrors: 3,
      debug: false,
      loadedAll: false,
      seed: null,
      pdb: false,
      configPath: null,
    });
    expect(logger.level).toBe(30);
  });

  it('an empty AUTILSCFGPATH (after trimming) means discovery', () => {
    const dir = tempDir({ 'asyncutils.config.toml': 'basic_repl = true\n' });
    using rec = recordEvents();
    const loaded = loadConfig({ env: { AUTILSCFGPATH: ` '' ` }, cwd: dir });
    expect(loaded).toMatchObject({ mode: 'discovered', path: join(dir, 'asyncutils.config.toml') });
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils/recurse_dirs', 'asyncutils/try_config', 'asyncutils/read_config']);
  });

  it('next_config in a discovered file is ignored with a warning; the environment is not touched', () => {
    const dir = tempDir({ 'asyncutils.config.toml': 'next_config = "x.json"\nlog_to = "MEMORY"\n' });
    const env: Record<string, string | undefined> = {};
    loadConfig({ env, cwd: dir });
    expect(env).toEqual({});
    const logs = configState().log.memory;
    expect(logs).toContain(`WARNING - asyncutils: next_config in ${join(dir, 'asyncutils.config.toml')} ignored`);
  });

  it('a hook throwing on read_config of a discovered file stops before validation and applying', () => {
    const dir = tempDir({ 'asyncutils.config.toml': 'quiet = "not a boolean"\n[context.altlocks.circuit_breaker]\ndefault_reset = 1\n' });
    using veto = vetoOn('asyncutils/read_config');
    expect(thrown(() => loadConfig({ env: {}, cwd: dir }))).toBe(veto.error);
    expectNothingApplied({}, undefined);
  });
});

describe('loadConfig: overrides', () => {
  it('check 16: overrides win over the file, V and Q add up, and a later override re-sets the logger without reading', () => {
    const dir = tempDir({ 'c.json': { V: 2, quiet: true } });
    const env = { AUTILSCFGPATH: join(dir, 'c.json') };
    const first = loadConfig({ env, cwd: dir, overrides: { Q: 1, quiet: false } });
    expect(logger.level).toBe(20);
    expect(configFlags.silent).toBe(false);
    expect(first.flags.Q).toBe(1);
    using rec = recordEvents();
    const second = loadConfig({ overrides: { V: 1 } });
    expect(second).not.toBe(first);
    expect(configFlags.V).toBe(3);
    expect(configFlags.silent).toBe(true);
    expect(logger.level).toBe(10);
    const third = loadConfig({ overrides: { log_to: 'MEMORY' } });
    expect(third.flags.loggingTo).toBe('MEMORY');
    expect(logger.level).toBe(10);
    expect(rec.events).toEqual([]);
    expect(third.table).toBe(first.table);
    logger.info('kept');
    expect(configState().log.memory).toMatch(/INFO - kept\n$/);
  });

  it('overrides are validated like the file; unknown keys and bad types are refused before anything happens', () => {
    const dir = tempDir();
    using rec = recordEvents();
    expect(thrown(() => loadConfig({ cwd: dir, env: {}, overrides: { colour: true } as never }))).toBeInstanceOf(RangeError);
    const faulty = thrown(() => loadConfig({ cwd: dir, env: {}, overrides: { quiet: 'yes' as never } })) as FaultyConfig;
    expect(faulty).toBeInstanceOf(FaultyConfig);
    expect(faulty.message).toBe("asyncutils: configuration for key 'quiet' from loadConfig overrides is faulty: expected boolean, got string");
    expect(thrown(() => loadConfig({ overrides: null as never }))).toBeInstanceOf(TypeError);
    expect(rec.events).toEqual([]);
    expect(configState().loaded).toBeUndefined();
  });

  it('no_log in the file is replaced by a log_to override; an override no_log silences a file destination', () => {
    const dir = tempDir({ 'c.json': { no_log: true } });
    const env = { AUTILSCFGPATH: join(dir, 'c.json') };
    expect(loadConfig({ env, cwd: dir }).flags.loggingTo).toBe('NULL');
    expect(loadConfig({ overrides: { log_to: 'MEMORY' } }).flags.loggingTo).toBe('MEMORY');
    expect(loadConfig({ overrides: { logging_to: 'MEMORY', no_log: true } }).flags.loggingTo).toBe('NULL');
  });
});

describe('loadConfig: validation and atomicity', () => {
  it('invalid TOML: SyntaxError naming the file and position; nothing applied', () => {
    const dir = tempDir({ 'bad.toml': 'V = 1\nquiet = \n' });
    const env = { AUTILSCFGPATH: join(dir, 'bad.toml') };
    const error = thrown(() => loadConfig({ env, cwd: dir })) as SyntaxError;
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toMatch(new RegExp(`^asyncutils: invalid TOML in ${join(dir, 'bad.toml')} at line 2, column \\d+: `));
    expectNothingApplied(env, join(dir, 'bad.toml'));
  });

  it('a wrong type: FaultyConfig naming the file, the key and the expected type; context not installed, logger unchanged', () => {
    const dir = tempDir({ 'c.json': { V: 3, log_to: 'MEMORY', context: { retry: { retry_default_tries: 9 } }, max_memory_errors: [1] } });
    const env = { AUTILSCFGPATH: join(dir, 'c.json') };
    const error = thrown(() => loadConfig({ env, cwd: dir })) as FaultyConfig;
    expect(error).toBeInstanceOf(FaultyConfig);
    expect(error).toMatchObject({ key: 'max_memory_errors', wrong: 'Array', path: join(dir, 'c.json') });
    expect(error.message).toBe(`asyncutils: configuration for key 'max_memory_errors' from ${join(dir, 'c.json')} is faulty: expected an integer (or integer string), got Array`);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    expectNothingApplied(env, join(dir, 'c.json'));
  });

  it('a bad context value: FaultyConfig, no context constant installed', () => {
    const dir = tempDir({ 'c.json': { context: { retry: { retry_default_tries: 9 }, altlocks: { circuit_breaker: { default_reset: -1 } } } } });
    const env = { AUTILSCFGPATH: join(dir, 'c.json') };
    const error = thrown(() => loadConfig({ env, cwd: dir })) as FaultyConfig;
    expect(error).toMatchObject({ key: 'CIRCUIT_BREAKER_DEFAULT_RESET', wrong: 'number -1' });
    expect(error.cause).toBeInstanceOf(RangeError);
    expect(RETRY_DEFAULT_TRIES.get()).toBe(3);
    expectNothingApplied(env, join(dir, 'c.json'));
  });

  it('unknown keys are logged at WARNING and ignored', () => {
    const dir = tempDir({ 'c.json': { colour: 'blue', log_to: 'MEMORY' } });
    const loaded = loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir });
    expect(loaded.table).toEqual({ colour: 'blue', log_to: 'MEMORY' });
    expect(configState().log.memory).toMatch(new RegExp(`WARNING - asyncutils: unknown key 'colour' in ${join(dir, 'c.json')} ignored\\n$`));
  });

  it('a top level that is not an object is a TypeError naming the file', () => {
    const dir = tempDir({ 'c.json': '[1, 2]' });
    const error = thrown(() => loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`asyncutils: incorrect configuration format at ${join(dir, 'c.json')}; top-level structure should be an object/mapping`);
  });

  it('a failed reload keeps the previous configuration', () => {
    const dir = tempDir({ 'good.json': { quiet: true, next_config: 'bad.json' }, 'bad.json': { quiet: 1 } });
    const env: Record<string, string | undefined> = { AUTILSCFGPATH: join(dir, 'good.json') };
    const good = loadConfig({ env, cwd: dir });
    expect(env.AUTILSCFGPATH).toBe('bad.json');
    expect(thrown(() => loadConfig({ env, cwd: dir, reload: true }))).toBeInstanceOf(FaultyConfig);
    expect(loadConfig()).toBe(good);
    expect(env.AUTILSCFGPATH).toBe('bad.json');
  });

  it('bad options are TypeErrors', () => {
    expect(thrown(() => loadConfig(5 as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => loadConfig({ env: 'x' as never }))).toBeInstanceOf(TypeError);
    expect(thrown(() => loadConfig({ cwd: 1 as never }))).toBeInstanceOf(TypeError);
    expect(thrown(() => loadConfig({ reload: 'yes' as never }))).toBeInstanceOf(TypeError);
  });
});

describe('loadConfig: debug flag and re-entrancy', () => {
  it('check 23: debug true enters the global debug at load (level 10) and logs the runtime, path and platform', () => {
    const dir = tempDir({ 'c.json': { debug: true, quiet: true, log_to: 'MEMORY' } });
    const path = join(dir, 'c.json');
    loadConfig({ env: { AUTILSCFGPATH: path }, cwd: dir });
    expect(debug.entered).toBe(true);
    expect(debug.origLevel).toBe(30);
    expect(logger.level).toBe(10);
    const logs = configState().log.memory;
    expect(logs).toContain('DEBUG - config.Debugging: entered debug mode\n');
    expect(logs).toContain(`DEBUG - node ${process.version}\n`);
    expect(logs).toContain(`DEBUG - config file path: ${path}\n`);
    expect(logs).toContain(`DEBUG - platform: ${process.platform}\n`);
    loadConfig({ overrides: { debug: false } });
    expect(debug.entered).toBe(false);
    expect(logger.level).toBe(30);
  });

  it('log calls and flag reads from an audit hook during the load see the defaults; loadConfig there throws', () => {
    const dir = tempDir({ 'c.json': { quiet: true } });
    const seen: unknown[] = [];
    const stderr = captureStream();
    const off = addAuditHook((event) => {
      if (event !== 'asyncutils/read_config') return;
      seen.push(configFlags.silent);
      logger.warning('from a hook');
      seen.push(thrown(() => loadConfig()));
    });
    try {
      loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir });
    } finally {
      off();
    }
    expect(seen[0]).toBe(false);
    expect((seen[1] as Error).message).toMatch(/already being loaded/);
    expect(stderr.text()).toMatch(/ - asyncutils - WARNING - from a hook\n/);
    expect(configFlags.silent).toBe(true);
    expect(ensureLoaded()).toBe(loadConfig());
  });
});
