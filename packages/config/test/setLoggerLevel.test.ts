import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/loadConfig.js';
import { logger } from '../src/logger.js';
import { setLoggerLevel } from '../src/setLoggerLevel.js';
import { configState } from '../src/state.js';
import { isolateImplicitLoad, tempDir, thrown } from './support/harness.js';

describe('setLoggerLevel', () => {
  it('check 20: names and numbers; NaN and other bad values refused', () => {
    loadConfig({ env: {}, cwd: tempDir() });
    setLoggerLevel('INFO');
    expect(logger.level).toBe(20);
    for (const [name, value] of [['DEBUG', 10], ['WARNING', 30], ['ERROR', 40], ['CRITICAL', 50]] as const) {
      setLoggerLevel(name);
      expect(logger.level).toBe(value);
    }
    setLoggerLevel(0);
    expect(logger.level).toBe(0);
    setLoggerLevel(35);
    expect(logger.level).toBe(35);
    for (const bad of [Number.NaN, -1, 51, Number.POSITIVE_INFINITY, 'warning', 'NOTSET', 'toString']) {
      expect(thrown(() => setLoggerLevel(bad as never)), String(bad)).toBeInstanceOf(RangeError);
    }
    expect((thrown(() => setLoggerLevel(Number.NaN)) as Error).message).toBe('asyncutils.config.setLoggerLevel: level must be a number in [0, 50] or a level name, got NaN');
    expect(thrown(() => setLoggerLevel(null as never))).toBeInstanceOf(TypeError);
    expect(logger.level).toBe(35);
  });

  it('loads the configuration first, so the load does not override the level afterwards', () => {
    isolateImplicitLoad();
    setLoggerLevel(50);
    expect(configState().loaded).toBeDefined();
    expect(logger.level).toBe(50);
  });
});
