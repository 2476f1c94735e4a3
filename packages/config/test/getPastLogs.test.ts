import { describe, expect, it } from 'vitest';
import { getPastLogs } from '../src/getPastLogs.js';
import { loadConfig } from '../src/loadConfig.js';
import { logger } from '../src/logger.js';
import { configState } from '../src/state.js';
import { captureStream, isolateImplicitLoad, tempDir } from './support/harness.js';

describe('getPastLogs', () => {
  it("is '' unless the destination is MEMORY, and loads the configuration", () => {
    isolateImplicitLoad();
    captureStream();
    expect(getPastLogs()).toBe('');
    expect(configState().loaded).toBeDefined();
    logger.warning('x');
    expect(getPastLogs()).toBe('');
  });

  it('returns and clears the MEMORY text', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'MEMORY' } });
    logger.error('one');
    logger.error('two');
    expect(getPastLogs().split('\n')).toHaveLength(3);
    expect(getPastLogs()).toBe('');
  });
});
