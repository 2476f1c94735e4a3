import { describe, expect, it } from 'vitest';
import { Debugging, debug } from '../src/Debugging.js';
import { getPastLogs } from '../src/getPastLogs.js';
import { loadConfig } from '../src/loadConfig.js';
import { logger } from '../src/logger.js';
import { setLoggerLevel } from '../src/setLoggerLevel.js';
import { configState } from '../src/state.js';
import { captureStream, isolateImplicitLoad, tempDir } from './support/harness.js';

describe('Debugging', () => {
  it('check 21 (upstream test): entering saves WARNING; a level changed inside the block is kept, with a warning', () => {
    const err = captureStream();
    loadConfig({ env: {}, cwd: tempDir() });
    expect(logger.level).toBe(30);
    {
      using d = debug.enter();
      expect(d).toBe(debug);
      expect(debug.level).toBe(10);
      expect(debug.origLevel).toBe(30);
      expect(debug.origName).toBe('WARNING');
      expect(getPastLogs()).toBe('');
      setLoggerLevel(20);
      expect(debug.level).toBe(20);
    }
    expect(logger.level).toBe(20);
    expect(debug.entered).toBe(false);
    expect(err.lines().at(-1)).toMatch(/ - asyncutils - WARNING - config\.Debugging: user already exited debug mode; original level was WARNING$/);
  });

  it('check 22: exit without enter warns; a second enter warns and keeps the first saved level', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'MEMORY' } });
    debug.exit();
    expect(getPastLogs()).toMatch(/WARNING - config\.Debugging: context manager not entered\n$/);
    debug.enter();
    expect(getPastLogs()).toMatch(/DEBUG - config\.Debugging: entered debug mode\n$/);
    debug.enter();
    expect(getPastLogs()).toMatch(/WARNING - config\.Debugging: context manager already entered\n$/);
    expect(debug.origLevel).toBe(30);
    debug.exit();
    expect(getPastLogs()).toMatch(/DEBUG - config\.Debugging: exited debug mode\n$/);
    expect(logger.level).toBe(30);
    expect(debug.origLevel).toBeNull();
    expect(debug.origName).toBeNull();
  });

  it('entering at level 10 logs nothing and leaving restores silently', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'MEMORY', V: 2 } });
    debug.enter();
    debug.exit();
    expect(getPastLogs()).toBe('');
    expect(logger.level).toBe(10);
  });

  it('separate instances have their own saved level; the global one is shared state', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'NULL' } });
    const mine = new Debugging();
    mine.enter();
    expect(mine.entered).toBe(true);
    expect(debug.entered).toBe(false);
    expect(configState().debug.origLevel).toBeNull();
    mine[Symbol.dispose]();
    debug.enter();
    expect(configState().debug.origLevel).toBe(30);
    expect(String(debug)).toBe('<asyncutils debug mode context manager (entered: true)>');
    debug.exit();
    expect(`${mine}`).toBe('<asyncutils debug mode context manager (entered: false)>');
  });

  it('a non-standard saved level is named by the standard level below it', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'NULL' } });
    setLoggerLevel(25);
    debug.enter();
    expect(debug.origName).toBe('INFO');
    debug.exit();
    expect(logger.level).toBe(25);
  });

  it('enter() loads the configuration first', () => {
    isolateImplicitLoad(tempDir({ 'asyncutils.config.toml': 'log_to = "NULL"\n' }));
    expect(configState().loaded).toBeUndefined();
    debug.enter();
    expect(configState().loaded?.config.mode).toBe('discovered');
    debug.exit();
  });
});
