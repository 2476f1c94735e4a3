import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCliHelp } from '../src/formatCliHelp.js';
import { parseCliArgv } from '../src/parseCliArgv.js';

const MAIN_USAGE = 'usage: asyncutils [options] {bug,events} ...\n';
const EVENTS_USAGE = 'usage: asyncutils events [-g PATTERN] [--json]\n';
const BUG_USAGE = 'usage: asyncutils bug [options] [title]\n';
const mainHelp = { kind: 'help', text: formatCliHelp() };
const eventsHelp = { kind: 'help', text: formatCliHelp({ command: 'events' }) };
const bugHelp = { kind: 'help', text: formatCliHelp({ command: 'bug' }) };
const version = { kind: 'version', text: `asyncutils v${__PKG_VERSION__}\n` };
const repl = (overrides: Record<string, unknown>) => ({ kind: 'repl', overrides });
const overrides = (argv: string[]) => {
  const result = parseCliArgv(argv);
  if (result.kind !== 'repl') throw new Error(`expected repl, got ${JSON.stringify(result)}`);
  return result.overrides;
};
const message = (argv: string[]) => {
  const result = parseCliArgv(argv);
  if (result.kind !== 'error') throw new Error(`expected error, got ${JSON.stringify(result)}`);
  return result.message;
};
const bugDefaults = {
  title: '',
  verbose: false,
  quiet: false,
  srcUrl: '',
  noPrefillEnv: false,
  ensureFilled: false,
  pastebin: false,
  printOnFail: false,
  interactive: false,
};

const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseCliArgv', () => {
  it('rejects anything but an array of strings', () => {
    for (const bad of ['-h', [1], null, undefined, new Set(['-h'])]) {
      expect(() => parseCliArgv(bad as unknown as string[])).toThrow(new TypeError('asyncutils.cli.parseCliArgv: argv must be an array of strings'));
    }
  });

  it('starts the console for no arguments, with no overrides', () => {
    expect(parseCliArgv([])).toEqual(repl({}));
    expect(parseCliArgv([])).not.toHaveProperty('eval');
    expect(parseCliArgv([])).not.toHaveProperty('audit');
    expect(parseCliArgv(['--'])).toEqual(repl({}));
  });

  it('gives the same help for -?, -h, --help and prefixes of --help', () => {
    for (const flag of ['-?', '-h', '--help', '--he']) expect(parseCliArgv([flag])).toEqual(mainHelp);
    expect(parseCliArgv(['-qh'])).toEqual(mainHelp);
  });

  it('gives the version for -v, --version and its prefixes', () => {
    for (const flag of ['-v', '--version', '--vers']) expect(parseCliArgv([flag])).toEqual(version);
  });

  it('takes the first of help and version in argument order', () => {
    expect(parseCliArgv(['-v', '-h'])).toEqual(version);
    expect(parseCliArgv(['-hv'])).toEqual(mainHelp);
    expect(parseCliArgv(['--bogus', '--version'])).toEqual(version);
  });

  it('check 5: combined short flags and counts', () => {
    expect(parseCliArgv(['-pVVm', '5'])).toEqual(repl({ load_all: true, V: 2, max_memory_errors: 5 }));
    expect(overrides(['-m5'])).toEqual({ max_memory_errors: 5 });
    expect(overrides(['-VQV'])).toEqual({ V: 2, Q: 1 });
    expect(overrides(['-m', '-1'])).toEqual({ max_memory_errors: -1 });
  });

  it('check 6: -l with and without FILE, -n, and -l with -n', () => {
    expect(overrides(['-l'])).toEqual({ log_to: 'MAKE' });
    expect(overrides(['-l', 'x.log'])).toEqual({ log_to: 'x.log' });
    expect(overrides(['--log-to=MEMORY'])).toEqual({ log_to: 'MEMORY' });
    expect(overrides(['-n'])).toEqual({ log_to: 'NULL' });
    expect(parseCliArgv(['-l', '-n'])).toEqual({ kind: 'error', message: 'argument -n/--no-log: not allowed with argument -l/--log-to', usage: MAIN_USAGE });
    expect(message(['-n', '-l'])).toMatch(/not allowed with argument/);
  });

  it('check 7: executor flags, -e choices, the exclusive group, -c', () => {
    expect(overrides(['--loky-no-reuse'])).toEqual({ executor: 'loky_no_reuse' });
    for (const name of POSSIBLE_EXECUTORS) {
      expect(overrides([`--${name.replaceAll('_', '-')}`])).toEqual({ executor: name });
      expect(overrides(['-e', name])).toEqual({ executor: name });
    }
    expect(message(['-e', 'nope'])).toBe(`argument -e/--executor: invalid choice: 'nope' (choose from ${POSSIBLE_EXECUTORS.join(', ')})`);
    expect(message(['-e', 'thread', '--process'])).toBe('argument --process: not allowed with argument -e/--executor');
    expect(message(['-c', 'x', '-e', 'thread'])).toBe('argument -e/--executor: not allowed with argument -c/--custom-executor');
    expect(overrides(['-c', 'mod#X'])).toEqual({ executor: 'mod#X' });
    expect(overrides(['--custom-executor=mine'])).toEqual({ executor: 'mine' });
  });

  it('check 8: -m needs an int, -s turns integer literals into numbers, -s needs a value', () => {
    expect(message(['-m', 'x'])).toBe("argument -m/--max-memory_errors: invalid int value: 'x'");
    expect(overrides(['-s', '0x1f'])).toEqual({ seed: 31 });
    expect(overrides(['-s', 'abc'])).toEqual({ seed: 'abc' });
    expect(overrides(['-s', '-7'])).toEqual({ seed: -7 });
    expect(message(['-s'])).toBe('argument -s/--seed: expected one argument');
  });

  it('check 9: unambiguous prefixes, ambiguous ones, unknown options', () => {
    expect(overrides(['--max', '4'])).toEqual({ max_memory_errors: 4 });
    expect(overrides(['--quie', '--basic', '--load', '--deb', '--pd'])).toEqual({ quiet: true, basic_repl: true, load_all: true, debug: true, pdb: true });
    expect(message(['--e', 'x'])).toMatch(/^ambiguous option: --e could match --executor, --elib-flux-cluster, .*, --eval$/);
    expect(parseCliArgv(['--bogus'])).toEqual({ kind: 'error', message: 'unrecognized arguments: --bogus', usage: MAIN_USAGE });
  });

  it('check 10: @file arguments, nested ones, and a missing file', () => {
    const flags = join(dir, 'flags.args');
    writeFileSync(flags, '-p\n-V\n');
    expect(parseCliArgv([`@${flags}`])).toEqual(parseCliArgv(['-p', '-V']));
    expect(overrides([`@${flags}`])).toEqual({ load_all: true, V: 1 });
    const outer = join(dir, 'outer.args');
    writeFileSync(outer, `-q\n@${flags}\n-V\n`);
    expect(overrides([`@${outer}`])).toEqual({ quiet: true, load_all: true, V: 2 });
    const missing = join(dir, 'missing.args');
    expect(parseCliArgv([`@${missing}`])).toEqual({ kind: 'error', message: `cannot read arguments file '${missing}': ENOENT`, usage: MAIN_USAGE });
  });

  it('collects every configuration flag under its file key, and only those given', () => {
    expect(overrides(['-Q', '-q', '-b', '-d', '-P', '-p', '-s', '1', '-m', '0', '--thread', '-l', 'f'])).toEqual({
      Q: 1,
      quiet: true,
      basic_repl: true,
      debug: true,
      pdb: true,
      load_all: true,
      seed: 1,
      max_memory_errors: 0,
      executor: 'thread',
      log_to: 'f',
    });
  });

  it('reports unknown commands with the choices bug, events', () => {
    expect(parseCliArgv(['nope'])).toEqual({ kind: 'error', message: "invalid choice: 'nope' (choose from bug, events)", usage: MAIN_USAGE });
    expect(message(['--', '-h'])).toBe("invalid choice: '-h' (choose from bug, events)");
    expect(message(['-'])).toBe("invalid choice: '-' (choose from bug, events)");
  });
});

describe('parseCliArgv: --eval and --audit', () => {
  it('--eval takes the code (spaces and all) and keeps the other flags', () => {
    expect(parseCliArgv(['--eval', 'const q = 1; await q'])).toEqual({ kind: 'repl', overrides: {}, eval: 'const q = 1; await q' });
    expect(parseCliArgv(['-V', '--eval=-1', '-p'])).toEqual({ kind: 'repl', overrides: { V: 1, load_all: true }, eval: '-1' });
    expect(parseCliArgv(['--ev', '1'])).toMatchObject({ eval: '1' });
    expect(message(['--eval'])).toBe('argument --eval: expected one argument');
    expect(message(['-e', 'x'])).toMatch(/^argument -e\/--executor: invalid choice/);
  });

  it('--eval with a command is a usage error', () => {
    expect(parseCliArgv(['--eval', '1', 'bug'])).toEqual({ kind: 'error', message: "argument --eval: not allowed with command 'bug'", usage: MAIN_USAGE });
    expect(message(['--eval', '1', 'events'])).toBe("argument --eval: not allowed with command 'events'");
  });

  it('--audit takes an optional case-insensitive pattern; without one it matches every event', () => {
    const all = parseCliArgv(['--audit']);
    expect(all).toEqual({ kind: 'repl', overrides: {}, audit: /(?:)/i });
    if (all.kind !== 'repl' || !all.audit) throw new Error('expected a pattern');
    expect(all.audit.test('asyncutils.cli.run')).toBe(true);
    expect(parseCliArgv(['--audit', 'QUEUES', '--eval', 'x'])).toEqual({ kind: 'repl', overrides: {}, eval: 'x', audit: /QUEUES/i });
    expect(parseCliArgv(['--audit', '-q'])).toEqual({ kind: 'repl', overrides: { quiet: true }, audit: /(?:)/i });
    expect(parseCliArgv(['--audit=queues', 'events', '-g', 'x'])).toEqual({ kind: 'events', grep: /x/i, json: false, audit: /queues/i });
    expect(parseCliArgv(['--audit=config', 'bug'])).toMatchObject({ kind: 'bug', audit: /config/i });
  });

  it('a bad --audit pattern is a usage error', () => {
    expect(parseCliArgv(['--audit', '['])).toEqual({ kind: 'error', message: "argument --audit: invalid regular expression: '['", usage: MAIN_USAGE });
  });
});

describe('parseCliArgv: bug', () => {
  it('fills BugArgs with the defaults and the main overrides', () => {
    expect(parseCliArgv(['bug'])).toEqual({ kind: 'bug', args: bugDefaults, overrides: {} });
    expect(parseCliArgv(['-q', 'bug', 'crash'])).toEqual({ kind: 'bug', args: { ...bugDefaults, title: 'crash' }, overrides: { quiet: true } });
  });

  it('reads every bug option', () => {
    const result = parseCliArgv(['bug', '-vnePpi', '-u', 'https://e.com/a', '-l', 'log.txt', '-t', 'tb.txt', '-o', 'firefox', 'the title']);
    expect(result).toEqual({
      kind: 'bug',
      overrides: {},
      args: {
        title: 'the title',
        verbose: true,
        quiet: false,
        srcUrl: 'https://e.com/a',
        logPath: 'log.txt',
        tracebackPath: 'tb.txt',
        noPrefillEnv: true,
        ensureFilled: true,
        pastebin: true,
        printOnFail: true,
        interactive: true,
        open: 'firefox',
      },
    });
  });

  it('-l, -t without a path are empty strings; -o without a browser is null; absent they are undefined', () => {
    const result = parseCliArgv(['bug', '-l', '-t', '-o']);
    expect(result).toMatchObject({ kind: 'bug', args: { logPath: '', tracebackPath: '', open: null } });
    const none = parseCliArgv(['bug']);
    if (none.kind !== 'bug') throw new Error('expected bug');
    expect(Object.keys(none.args)).not.toContain('logPath');
    expect(Object.keys(none.args)).not.toContain('open');
  });

  it('keeps -v/-q of bug apart from the main ones, and makes them exclusive', () => {
    expect(parseCliArgv(['-v', 'bug'])).toEqual(version);
    expect(parseCliArgv(['bug', '-q'])).toMatchObject({ args: { quiet: true }, overrides: {} });
    expect(parseCliArgv(['bug', '-vq'])).toEqual({ kind: 'error', message: 'argument -q/--quiet: not allowed with argument -v/--verbose', usage: BUG_USAGE });
    expect(parseCliArgv(['bug', 'a', 'b'])).toEqual({ kind: 'error', message: 'unrecognized arguments: b', usage: BUG_USAGE });
  });

  it('-h after bug asks for the bug help', () => {
    for (const flag of ['-?', '-h', '--help']) expect(parseCliArgv(['bug', flag])).toEqual(bugHelp);
  });
});

describe('parseCliArgv: events', () => {
  it('gives the events help for -h after events', () => {
    for (const flag of ['-?', '-h', '--help']) expect(parseCliArgv(['events', flag])).toEqual(eventsHelp);
  });

  it('parses events with its defaults, --json and --grep in every spelling', () => {
    expect(parseCliArgv(['events'])).toEqual({ kind: 'events', grep: null, json: false });
    expect(parseCliArgv(['events', '--js'])).toEqual({ kind: 'events', grep: null, json: true });
    for (const argv of [['events', '--grep', 'queues'], ['events', '--grep=queues'], ['events', '-gqueues'], ['events', '-g', 'x', '-g', 'queues']]) {
      expect(parseCliArgv(argv)).toEqual({ kind: 'events', grep: /queues/i, json: false });
    }
  });

  it('reports an invalid --grep pattern and a missing one with the events usage', () => {
    expect(parseCliArgv(['events', '--grep', '['])).toEqual({ kind: 'error', message: "argument -g/--grep: invalid regular expression: '['", usage: EVENTS_USAGE });
    expect(parseCliArgv(['events', '-g'])).toEqual({ kind: 'error', message: 'argument -g/--grep: expected one argument', usage: EVENTS_USAGE });
    expect(parseCliArgv(['events', 'extra'])).toEqual({ kind: 'error', message: 'unrecognized arguments: extra', usage: EVENTS_USAGE });
  });
});
