import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCliHelp } from '../src/formatCliHelp.js';
import { parseCliArgv } from '../src/parseCliArgv.js';

const MAIN_USAGE = 'usage: asyncutils [options] {events} ...\n';
const EVENTS_USAGE = 'usage: asyncutils events [-g PATTERN] [--json]\n';
const mainHelp = { kind: 'help', text: formatCliHelp() };
const eventsHelp = { kind: 'help', text: formatCliHelp({ command: 'events' }) };
const version = { kind: 'version', text: `asyncutils v${__PKG_VERSION__}\n` };

const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseCliArgv', () => {
  it('rejects anything but an array of strings', () => {
    for (const bad of ['-h', [1], null, undefined, new Set(['-h'])]) {
      expect(() => parseCliArgv(bad as unknown as string[])).toThrow(new TypeError('asyncutils.cli.parseCliArgv: argv must be an array of strings'));
    }
  });

  it('gives the main help for no arguments (until the console arrives)', () => {
    expect(parseCliArgv([])).toEqual(mainHelp);
    expect(parseCliArgv(['--'])).toEqual(mainHelp);
  });

  it('gives the same help for -?, -h, --help and prefixes of --help', () => {
    for (const flag of ['-?', '-h', '--help', '--he']) expect(parseCliArgv([flag])).toEqual(mainHelp);
  });

  it('gives the version for -v, --version and its prefixes', () => {
    for (const flag of ['-v', '--version', '--v']) expect(parseCliArgv([flag])).toEqual(version);
  });

  it('takes the first of help and version in argument order', () => {
    expect(parseCliArgv(['-v', '-h'])).toEqual(version);
    expect(parseCliArgv(['-hv'])).toEqual(mainHelp);
    expect(parseCliArgv(['--bogus', '--version'])).toEqual(version);
  });

  it('gives the events help for -h after events', () => {
    for (const flag of ['-?', '-h', '--help']) expect(parseCliArgv(['events', flag])).toEqual(eventsHelp);
    expect(parseCliArgv(['events', '--json', '-h'])).toEqual(eventsHelp);
  });

  it('parses events with its defaults, --json and --grep in every spelling', () => {
    expect(parseCliArgv(['events'])).toEqual({ kind: 'events', grep: null, json: false });
    expect(parseCliArgv(['events', '--json'])).toEqual({ kind: 'events', grep: null, json: true });
    expect(parseCliArgv(['events', '--js'])).toEqual({ kind: 'events', grep: null, json: true });
    for (const argv of [
      ['events', '--grep', 'queues'],
      ['events', '--grep=queues'],
      ['events', '--gr', 'queues'],
      ['events', '-g', 'queues'],
      ['events', '-gqueues'],
      ['events', '-g=queues'],
      ['events', '-g', 'x', '-g', 'queues'],
    ]) {
      const result = parseCliArgv(argv);
      expect(result).toEqual({ kind: 'events', grep: /queues/i, json: false });
    }
    expect(parseCliArgv(['events', '-g', '-1'])).toEqual({ kind: 'events', grep: /-1/i, json: false });
  });

  it('reports an invalid --grep pattern and a missing one with the events usage', () => {
    expect(parseCliArgv(['events', '--grep', '['])).toEqual({
      kind: 'error',
      message: "argument -g/--grep: invalid regular expression: '['",
      usage: EVENTS_USAGE,
    });
    expect(parseCliArgv(['events', '-g'])).toEqual({ kind: 'error', message: 'argument -g/--grep: expected one argument', usage: EVENTS_USAGE });
    expect(parseCliArgv(['events', '-g', '--json'])).toMatchObject({ message: 'argument -g/--grep: expected one argument' });
    expect(parseCliArgv(['events', '--json=yes'])).toMatchObject({ message: "argument --json: ignored explicit argument 'yes'" });
  });

  it('reports unknown options and commands (acceptance 9)', () => {
    expect(parseCliArgv(['--bogus'])).toEqual({ kind: 'error', message: 'unrecognized arguments: --bogus', usage: MAIN_USAGE });
    expect(parseCliArgv(['nope'])).toEqual({ kind: 'error', message: "invalid choice: 'nope' (choose from events)", usage: MAIN_USAGE });
    expect(parseCliArgv(['events', 'extra', '-x'])).toEqual({ kind: 'error', message: 'unrecognized arguments: extra -x', usage: EVENTS_USAGE });
    expect(parseCliArgv(['events', '--version'])).toMatchObject({ message: 'unrecognized arguments: --version' });
    expect(parseCliArgv(['--', '-h'])).toMatchObject({ message: "invalid choice: '-h' (choose from events)" });
  });

  // No two long flags of stage 1 share a prefix (ambiguity is tested on a synthetic table in
  // argvGrammar.test.ts); -- and - follow argparse.
  it('treats -- as the end of options and - as a positional', () => {
    expect(parseCliArgv(['--', 'events', '--'])).toEqual({ kind: 'events', grep: null, json: false });
    expect(parseCliArgv(['-'])).toMatchObject({ message: "invalid choice: '-' (choose from events)" });
    expect(parseCliArgv(['--', 'events', '--', 'x'])).toMatchObject({ message: 'unrecognized arguments: x' });
  });

  it('expands @file arguments, nested ones too, and reports a missing file (acceptance 10)', () => {
    const inner = join(dir, 'inner.args');
    const outer = join(dir, 'outer.args');
    writeFileSync(inner, '--grep\nqueues\n');
    writeFileSync(outer, `events\n@${inner}\n`);
    expect(parseCliArgv([`@${outer}`])).toEqual(parseCliArgv(['events', '--grep', 'queues']));
    expect(parseCliArgv([`@${outer}`, '--json'])).toEqual({ kind: 'events', grep: /queues/i, json: true });
    const missing = join(dir, 'missing.args');
    expect(parseCliArgv([`@${missing}`])).toEqual({
      kind: 'error',
      message: `cannot read arguments file '${missing}': ENOENT`,
      usage: MAIN_USAGE,
    });
  });
});
