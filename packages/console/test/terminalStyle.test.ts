import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsyncUtilsConsole } from '../src/index.js';
import { terminalStyle } from '../src/terminalStyle.js';
import { Capture, packageFixture, startSession, useFlags } from './support/session.js';

beforeEach(() => useFlags());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('terminalStyle', () => {
  it('colours and preview on a TTY terminal; none without a TTY', () => {
    expect(terminalStyle(true, true, true, {})).toEqual({ useColors: true, preview: true });
    expect(terminalStyle(true, true, false, {})).toEqual({ useColors: true, preview: false });
    expect(terminalStyle(true, false, true, {})).toEqual({ useColors: false, preview: false });
  });

  it('NO_COLOR and basicRepl turn both off; TERM=dumb too unless FORCE_COLOR', () => {
    expect(terminalStyle(true, true, true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toEqual({ useColors: false, preview: false });
    expect(terminalStyle(true, true, true, { NO_COLOR: '' })).toEqual({ useColors: true, preview: true });
    expect(terminalStyle(false, true, true, {})).toEqual({ useColors: false, preview: false });
    expect(terminalStyle(true, true, true, { TERM: 'dumb' })).toEqual({ useColors: false, preview: false });
  });

  it('FORCE_COLOR forces colours (not the preview), except 0 or false; with TERM=dumb it warns', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    expect(terminalStyle(true, false, false, { FORCE_COLOR: '1' })).toEqual({ useColors: true, preview: false });
    expect(terminalStyle(true, false, false, { FORCE_COLOR: '' })).toEqual({ useColors: true, preview: false });
    expect(terminalStyle(true, false, false, { FORCE_COLOR: '0' })).toEqual({ useColors: false, preview: false });
    expect(terminalStyle(true, false, false, { FORCE_COLOR: 'False' })).toEqual({ useColors: false, preview: false });
    expect(warn).not.toHaveBeenCalled();
    expect(terminalStyle(true, true, true, { FORCE_COLOR: '1', TERM: 'dumb' })).toEqual({ useColors: true, preview: false });
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('TERM=dumb'), 'RuntimeWarning');
  });
});

describe('terminal sessions', () => {
  it('a TTY input makes the session interactive; results are coloured and previewed', async () => {
    const repl = new AsyncUtilsConsole({ paths: [packageFixture()] });
    const session = startSession(repl, { tty: true, alwaysRunInteractive: false });
    expect(await session.line('40 + 2')).toContain('42');
    expect(session.out.raw).toContain('\x1b[33m42\x1b[39m');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('NO_COLOR and the basicRepl flag give plain output', async () => {
    vi.stubEnv('NO_COLOR', '1');
    let session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true });
    await session.line('40 + 2');
    expect(session.out.raw).not.toContain('\x1b[33m');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
    vi.unstubAllEnvs();
    useFlags({ basic_repl: true });
    session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true });
    await session.line('40 + 2');
    expect(session.out.raw).not.toContain('\x1b[33m');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('tab completes globals (package getters included, without loading them) and members', async () => {
    const repl = new AsyncUtilsConsole({ paths: [packageFixture()] });
    const loader = vi.spyOn(repl, 'requireModule');
    const session = startSession(repl, { tty: true });
    await session.prompt(0);
    let mark = session.out.mark;
    session.input.write('loadA\t');
    await session.out.contains('loadAll', mark);
    session.input.write('\x15');
    mark = session.out.mark;
    session.input.write('lock\t');
    await session.out.contains('locks', mark);
    expect(loader).not.toHaveBeenCalled();
    session.input.write('.Lo\t');
    await session.out.contains('locks.Lock', mark);
    session.input.write('.name\r');
    await session.out.contains("'Lock'", mark);
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('Ctrl+C at an idle prompt clears the line; twice exits with 0; Ctrl+D exits with 0', async () => {
    let session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true });
    await session.prompt(0);
    session.input.write('unfinished(');
    session.input.write('\x03');
    await session.out.contains('> ');
    session.input.write('\x03');
    await session.out.contains('(To exit, press Ctrl+C again or Ctrl+D or type .exit)');
    session.input.write('\x03');
    expect(await session.done).toBe(0);
    session = startSession(new AsyncUtilsConsole({ paths: [packageFixture()] }), { tty: true });
    await session.prompt(0);
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('multi-line input continues with ... and Ctrl+C during an await keeps later keys', async () => {
    const repl = new AsyncUtilsConsole({ paths: [packageFixture()] });
    const session = startSession(repl, { tty: true });
    await session.prompt(0);
    let mark = session.out.mark;
    session.input.write('[1,\r');
    await session.out.contains('... ', mark);
    session.input.write('2].length\r');
    await session.out.contains('2\n', mark);
    mark = session.send('await new Promise(() => {})');
    session.input.write('6 * 7');
    session.input.write('\x03');
    session.input.write('\r');
    await session.out.contains('42', mark);
    expect(session.err.text).toContain('Interrupted');
    session.input.write('\x04');
    expect(await session.done).toBe(0);
  });

  it('the terminal option forces line editing on a non-TTY output', async () => {
    const input = new PassThrough();
    const out = new Capture();
    const done = new AsyncUtilsConsole({ paths: [packageFixture()] }).run({
      input,
      output: out.stream,
      errorOutput: new Capture().stream,
      terminal: true,
      alwaysRunInteractive: true,
      historyFile: null,
    });
    input.write('1 + 1\r');
    await out.contains('2\n');
    input.write('\x04');
    expect(await done).toBe(0);
    expect(out.raw).not.toContain('\x1b[33m');
  });
});
