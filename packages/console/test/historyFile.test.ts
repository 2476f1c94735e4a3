import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyFileFor } from '../src/historyFile.js';
import { AsyncUtilsConsole } from '../src/index.js';
import { packageFixture, startSession, useFlags } from './support/session.js';

beforeEach(() => useFlags());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('historyFileFor', () => {
  it('the option wins; null or blank means no history', () => {
    expect(historyFileFor('/tmp/h', { NODE_REPL_HISTORY: '/tmp/e' }, 'api')).toBe('/tmp/h');
    expect(historyFileFor(null, { NODE_REPL_HISTORY: '/tmp/e' }, 'api')).toBeNull();
    expect(historyFileFor('  ', {}, 'api')).toBeNull();
    expect(() => historyFileFor(1, {}, 'api')).toThrow('api: historyFile must be a string or null, not number');
  });

  it('then NODE_REPL_HISTORY (empty: none), then ~/.asyncutils_repl_history', () => {
    expect(historyFileFor(undefined, { NODE_REPL_HISTORY: '/tmp/e' }, 'api')).toBe('/tmp/e');
    expect(historyFileFor(undefined, { NODE_REPL_HISTORY: '' }, 'api')).toBeNull();
    expect(historyFileFor(undefined, {}, 'api')).toBe(join(homedir(), '.asyncutils_repl_history'));
  });
});

describe('history in a terminal session', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asyncutils-console-history-'));

  it('lines are saved to the history file and recalled with the up arrow in the next session', async () => {
    const file = join(dir, 'history');
    const paths = [packageFixture()];
    let session = startSession(new AsyncUtilsConsole({ paths }), { tty: true, historyFile: file });
    expect(await session.line('40 + 2')).toContain('42');
    expect(await session.line('"second"')).toContain("'second'");
    session.input.write('\x04');
    expect(await session.done).toBe(0);
    expect(readFileSync(file, 'utf8').split(/\r?\n/)).toEqual(['"second"', '40 + 2']);

    session = startSession(new AsyncUtilsConsole({ paths }), { tty: true, historyFile: file });
    await session.prompt(0);
    const mark = session.out.mark;
    session.input.write('\x1b[A\x1b[A\r');
    expect(await session.out.contains('42\n', mark)).toContain('40 + 2');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('NODE_REPL_HISTORY and HOME choose the default file', async () => {
    const file = join(dir, 'from-env');
    vi.stubEnv('NODE_REPL_HISTORY', file);
    let session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true, historyFile: undefined });
    await session.line('1 + 1');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('1 + 1');

    vi.stubEnv('NODE_REPL_HISTORY', undefined);
    vi.stubEnv('HOME', dir);
    session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true, historyFile: undefined });
    await session.line('2 + 2');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
    expect(readFileSync(join(dir, '.asyncutils_repl_history'), 'utf8')).toBe('2 + 2');
  });

  it('an unusable history file is reported and the session goes on without history', async () => {
    const session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true, historyFile: dir });
    expect(await session.line('3 + 3')).toContain('6');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
    expect(session.out.text + session.err.text).toMatch(/history/i);
  });

  it('a non-terminal session neither reads nor writes the history file', async () => {
    const file = join(dir, 'untouched');
    writeFileSync(file, 'old line');
    const session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { historyFile: file });
    await session.line('1');
    session.input.end();
    expect(await session.done).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('old line');
  });
});
