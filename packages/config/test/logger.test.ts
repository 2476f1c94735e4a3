import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPastLogs } from '../src/getPastLogs.js';
import { loadConfig } from '../src/loadConfig.js';
import { logger } from '../src/logger.js';
import { closeAtExit } from '../src/loggerCore.js';
import { configState } from '../src/state.js';
import { captureStream, isolateImplicitLoad, tempDir } from './support/harness.js';

const line = (level: string, message: string): RegExp => new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - asyncutils - ${level} - ${message}\\n$`);

describe('logger', () => {
  it('check 18: MEMORY keeps the formatted records for getPastLogs, which clears them; records below the level are dropped', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'MEMORY' } });
    logger.info('below the level');
    logger.warning('a %s', 'b');
    expect(getPastLogs()).toMatch(line('WARNING', 'a b'));
    expect(getPastLogs()).toBe('');
    logger.debug('dropped');
    expect(getPastLogs()).toBe('');
  });

  it('writes each level with its name; exception appends the stack of a trailing Error', () => {
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'MEMORY', V: 2 } });
    logger.debug('d %d', 1);
    logger.info('i');
    logger.error('e %o', { a: 1 });
    logger.critical('c');
    expect(getPastLogs().split('\n').filter(Boolean).map((l) => l.replace(/^.* - asyncutils - /, ''))).toEqual(['DEBUG - d 1', 'INFO - i', 'ERROR - e { a: 1 }', 'CRITICAL - c']);
    const error = new RangeError('boom');
    logger.exception('failed %s', 'job', error);
    const text = getPastLogs();
    expect(text.startsWith(`${text.slice(0, 23)} - asyncutils - ERROR - failed job\nRangeError: boom\n`)).toBe(true);
    expect(text).toContain(error.stack as string);
    logger.exception('with placeholder %s', error);
    expect(getPastLogs()).toContain('with placeholder RangeError: boom');
    logger.exception('no error', 42);
    expect(getPastLogs()).toMatch(line('ERROR', 'no error 42'));
    const stackless = new Error('bare');
    stackless.stack = undefined;
    logger.exception('x', stackless);
    expect(getPastLogs()).toMatch(/ERROR - x\nError: bare\n$/);
    expect(logger.name).toBe('asyncutils');
    expect(Object.isFrozen(logger)).toBe(true);
  });

  it('methods work detached, and the first call loads the configuration', () => {
    isolateImplicitLoad();
    const err = captureStream();
    const { warning } = logger;
    expect(configState().loaded).toBeUndefined();
    warning('detached');
    expect(configState().loaded).toBeDefined();
    expect(err.text()).toMatch(line('WARNING', 'detached'));
  });

  it('STDOUT and NULL destinations', () => {
    const out = captureStream('stdout');
    const err = captureStream('stderr');
    loadConfig({ env: {}, cwd: tempDir(), overrides: { log_to: 'STDOUT' } });
    logger.error('to stdout');
    loadConfig({ overrides: { log_to: 'NULL' } });
    logger.critical('nowhere');
    expect(out.text()).toMatch(line('ERROR', 'to stdout'));
    expect(err.text()).toBe('');
  });

  it('check 19: MAKE creates the first free asyncutils_log<n>.log in cwd; an unwritable path falls back to stderr with both ERROR lines', () => {
    const dir = tempDir({ 'asyncutils_log1.log': 'taken\n' });
    const loaded = loadConfig({ env: {}, cwd: dir, overrides: { log_to: 'MAKE' } });
    const made = join(dir, 'asyncutils_log2.log');
    expect(existsSync(made)).toBe(true);
    expect(loaded.flags.loggingTo).toBe(made);
    logger.warning('to the file');
    expect(readFileSync(made, 'utf8')).toMatch(line('WARNING', 'to the file'));
    expect(readFileSync(join(dir, 'asyncutils_log1.log'), 'utf8')).toBe('taken\n');

    const err = captureStream();
    const fallback = loadConfig({ overrides: { log_to: join(dir, 'missing-dir', 'x.log') } });
    expect(fallback.flags.loggingTo).toBe('STDERR');
    const lines = err.lines();
    expect(lines[0]).toMatch(/^ERROR: ENOENT: no such file or directory, open '.*x\.log'$/);
    expect(lines[1]).toBe('ERROR: Failed to create log file; falling back to stderr');
    logger.warning('now on stderr');
    expect(err.lines()[2]).toMatch(/WARNING - now on stderr$/);
  });

  it('a path destination is opened for appending (relative to cwd) and closed at exit after a DEBUG "bye"', () => {
    const dir = tempDir({ 'app.log': 'old\n' });
    const loaded = loadConfig({ env: {}, cwd: dir, overrides: { log_to: 'app.log', V: 2 } });
    expect(loaded.flags.loggingTo).toBe(join(dir, 'app.log'));
    expect(process.listeners('exit')).toContain(closeAtExit);
    logger.info('appended');
    process.removeListener('exit', closeAtExit);
    closeAtExit();
    expect(readFileSync(join(dir, 'app.log'), 'utf8')).toMatch(/^old\n.* - asyncutils - INFO - appended\n.* - asyncutils - DEBUG - bye\n$/);
    expect(configState().log.sink).toEqual({ kind: 'stderr' });
    closeAtExit();
  });

  it('the same destination is kept across re-applied overrides; a new one closes the old file', () => {
    const dir = tempDir();
    const first = loadConfig({ env: {}, cwd: dir, overrides: { log_to: 'MAKE' } });
    const sink = configState().log.sink;
    expect(loadConfig({ overrides: { log_to: 'MAKE', quiet: true } }).flags.loggingTo).toBe(first.flags.loggingTo);
    expect(configState().log.sink).toBe(sink);
    expect(existsSync(join(dir, 'asyncutils_log2.log'))).toBe(false);
    loadConfig({ overrides: { log_to: 'MEMORY' } });
    logger.warning('m');
    loadConfig({ overrides: { log_to: 'MEMORY', V: 1 } });
    expect(getPastLogs()).toMatch(line('WARNING', 'm'));
    process.removeListener('exit', closeAtExit);
  });
});
