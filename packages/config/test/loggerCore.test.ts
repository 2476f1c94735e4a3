import { describe, expect, it } from 'vitest';
import { closeAtExit, currentLevel, emit, formatMessage, levelName, levelValues, replaceSink, setLevel, timestamp, writeToSink } from '../src/loggerCore.js';
import { configState } from '../src/state.js';
import { captureStream } from './support/harness.js';

describe('logger core', () => {
  it('names levels (standard names at or below a level)', () => {
    expect(levelValues).toEqual({ DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40, CRITICAL: 50 });
    expect([0, 10, 15, 20, 30, 45, 50, 60].map(levelName)).toEqual(['DEBUG', 'DEBUG', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL', 'CRITICAL']);
  });

  it("formats timestamps as Python logging's asctime (local time)", () => {
    expect(timestamp(new Date(2025, 0, 2, 3, 4, 5, 6))).toBe('2025-01-02 03:04:05,006');
    expect(timestamp(new Date(1999, 11, 31, 23, 59, 59, 999))).toBe('1999-12-31 23:59:59,999');
  });

  it('formats messages with util.format; a trailing error goes to the stack only for exception', () => {
    expect(formatMessage('%s=%d', ['a', 1], false)).toBe('a=1');
    expect(formatMessage('100%', [], false)).toBe('100%');
    const e = new Error('x');
    expect(formatMessage('m', [e], true)).toBe(`m\n${e.stack}`);
    expect(formatMessage(42, [e], true)).toBe(`42\n${e.stack}`);
  });

  it('emits only at or above the level, to the current sink', () => {
    const err = captureStream();
    setLevel(40);
    expect(currentLevel()).toBe(40);
    emit(30, 'no', []);
    emit(40, 'yes %s', ['!']);
    expect(err.lines()).toHaveLength(1);
    expect(err.text()).toMatch(/ - asyncutils - ERROR - yes !\n$/);
  });

  it('a write error on a descriptor is reported on stderr, not thrown', () => {
    const err = captureStream();
    writeToSink({ kind: 'fd', fd: 987_654, owned: false }, 'x\n');
    expect(err.text()).toMatch(/^ERROR: asyncutils: cannot write to the log file: EBADF/);
  });

  it('replaceSink resets memory text when switching and installs one exit listener for files', () => {
    const state = configState();
    replaceSink({ kind: 'memory' }, 'MEMORY', 'MEMORY', '/');
    state.log.memory = 'kept';
    replaceSink({ kind: 'memory' }, 'MEMORY', 'MEMORY', '/x');
    expect(state.log.memory).toBe('kept');
    replaceSink({ kind: 'null' }, 'NULL', 'NULL', '/');
    expect(state.log.memory).toBe('');
    const before = process.listenerCount('exit');
    replaceSink({ kind: 'fd', fd: 987_654, owned: true }, 987_654, 987_654, '/');
    replaceSink({ kind: 'fd', fd: 987_655, owned: false }, 987_655, 987_655, '/');
    expect(process.listenerCount('exit')).toBe(before + 1);
    process.removeListener('exit', closeAtExit);
    state.log.exitHook = false;
    state.log.level = 50;
    closeAtExit();
    expect(state.log.sink).toEqual({ kind: 'fd', fd: 987_655, owned: false });
    state.log.sink = { kind: 'fd', fd: 987_656, owned: true };
    closeAtExit();
    expect(state.log.sink).toEqual({ kind: 'stderr' });
  });
});
