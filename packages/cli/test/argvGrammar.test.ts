import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliCommandSpec, type CliOptionSpec, optionLabel, parseArgvGrammar } from '../src/argvGrammar.js';
import { CliUsageError } from '../src/CliUsageError.js';

// A synthetic command tree that exercises every action, in the shape of cli.md's later flags.
const toInt = (raw: string): number => {
  if (!/^[+-]?\d+$/.test(raw)) throw new CliUsageError(`invalid int value: '${raw}'`);
  return Number(raw);
};
const sub: CliCommandSpec = {
  name: 'bug',
  prog: 'prog bug',
  summary: 'report a bug',
  description: 'Report a bug.',
  options: [
    { flags: ['-v', '--verbose'], dest: 'verbose', action: 'true', help: 'more', exclusiveGroup: 'level' },
    { flags: ['-q', '--quiet'], dest: 'quiet', action: 'true', help: 'less', exclusiveGroup: 'level' },
    { flags: ['-h', '--help'], dest: 'help', action: 'help', help: 'help' },
  ],
  commands: [],
};
const other: CliCommandSpec = { ...sub, name: 'other', prog: 'prog other', options: [], commands: [] };
const root: CliCommandSpec = {
  name: 'prog',
  prog: 'prog',
  summary: 'prog',
  description: 'A program.',
  options: [
    { flags: ['-l', '--log-to'], dest: 'log_to', action: 'optionalValue', metavar: 'FILE', absentValue: 'MAKE', help: 'log', exclusiveGroup: 'log' },
    { flags: ['-n', '--no-log'], dest: 'no_log', action: 'true', help: 'no log', exclusiveGroup: 'log' },
    { flags: ['-V'], dest: 'V', action: 'count', help: 'more' },
    { flags: ['-Q'], dest: 'Q', action: 'count', help: 'less' },
    { flags: ['-p', '--load-all'], dest: 'load_all', action: 'true', help: 'load' },
    { flags: ['-m', '--max-memory_errors'], dest: 'max', action: 'value', metavar: 'M', convert: toInt, help: 'max' },
    { flags: ['-s', '--seed'], dest: 'seed', action: 'value', metavar: 'SEED', help: 'seed' },
    { flags: ['--loky'], dest: 'loky', action: 'true', help: 'loky' },
    { flags: ['--loky-no-reuse'], dest: 'loky_nr', action: 'true', help: 'loky' },
    { flags: ['-v', '--version'], dest: 'version', action: 'version', help: 'version' },
    { flags: ['-?', '-h', '--help'], dest: 'help', action: 'help', help: 'help' },
  ],
  commands: [sub, other],
};
const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-grammar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const parse = (argv: string[]) => parseArgvGrammar(root, argv);
const values = (argv: string[]) => {
  const result = parse(argv);
  if (result.kind !== 'parsed') throw new Error(`expected parsed, got ${JSON.stringify(result)}`);
  return result.values;
};
const error = (argv: string[]) => {
  const result = parse(argv);
  if (result.kind !== 'error') throw new Error(`expected error, got ${JSON.stringify(result)}`);
  return result;
};

describe('optionLabel', () => {
  it('joins the flags with /', () => {
    expect(optionLabel(root.options[5] as CliOptionSpec)).toBe('-m/--max-memory_errors');
  });
});

describe('parseArgvGrammar', () => {
  it('returns only the options that were given', () => {
    expect(parse([])).toEqual({ kind: 'parsed', commands: [], values: {} });
    expect(values(['-p'])).toEqual({ load_all: true });
  });

  it('combines short flags and attaches values (-pVVm 5, -m5, -m=5, -VQV)', () => {
    expect(values(['-pVVm', '5'])).toEqual({ load_all: true, V: 2, max: 5 });
    expect(values(['-m5'])).toEqual({ max: 5 });
    expect(values(['-m=5'])).toEqual({ max: 5 });
    expect(values(['-VQV'])).toEqual({ V: 2, Q: 1 });
    expect(values(['-pm=7'])).toEqual({ load_all: true, max: 7 });
  });

  it('takes long values as --opt value and --opt=value; repeats: last wins, counts add', () => {
    expect(values(['--seed', 'a', '--seed=b', '-V', '-V'])).toEqual({ seed: 'b', V: 2 });
    expect(values(['--seed='])).toEqual({ seed: '' });
  });

  it('accepts unambiguous long prefixes, and an exact flag that prefixes another', () => {
    expect(values(['--max', '4'])).toEqual({ max: 4 });
    expect(values(['--log=x'])).toEqual({ log_to: 'x' });
    expect(values(['--loky'])).toEqual({ loky: true });
    expect(values(['--loky-'])).toEqual({ loky_nr: true });
  });

  it('reports ambiguous prefixes with every candidate', () => {
    expect(error(['--lo']).message).toBe('ambiguous option: --lo could match --log-to, --load-all, --loky, --loky-no-reuse');
    expect(error(['--lok=1']).message).toBe('ambiguous option: --lok=1 could match --loky, --loky-no-reuse');
  });

  it('collects unknown options and extra positionals, reported together at the end', () => {
    expect(error(['--bogus']).message).toBe('unrecognized arguments: --bogus');
    expect(error(['--bogus=1', '-x', 'bug', 'title', '-z'])).toEqual({
      kind: 'error',
      message: 'unrecognized arguments: --bogus=1 -x title -z',
      command: sub,
    });
    expect(error(['-pxV']).message).toBe('unrecognized arguments: -xV');
  });

  it('rejects an unknown command with the choices', () => {
    expect(error(['nope'])).toEqual({ kind: 'error', message: "invalid choice: 'nope' (choose from bug, other)", command: root });
  });

  it('needs a value for value options, and does not take an option as one', () => {
    expect(error(['-s']).message).toBe('argument -s/--seed: expected one argument');
    expect(error(['-s', '--loky']).message).toBe('argument -s/--seed: expected one argument');
    expect(error(['-s', '--']).message).toBe('argument -s/--seed: expected one argument');
    expect(error(['-s', '-x']).message).toBe('argument -s/--seed: expected one argument');
    expect(values(['-s', '-5'])).toEqual({ seed: '-5' });
    expect(values(['-s', '-.5'])).toEqual({ seed: '-.5' });
    expect(values(['-s', '-a b'])).toEqual({ seed: '-a b' });
    expect(values(['-s', '-'])).toEqual({ seed: '-' });
  });

  it('takes an optional value when one follows, else the absent value', () => {
    expect(values(['-l'])).toEqual({ log_to: 'MAKE' });
    expect(values(['-l', 'x.log'])).toEqual({ log_to: 'x.log' });
    expect(values(['-lx.log'])).toEqual({ log_to: 'x.log' });
    expect(values(['-l', '-p'])).toEqual({ log_to: 'MAKE', load_all: true });
  });

  it('wraps conversion errors with the option name and rethrows other errors', () => {
    expect(error(['-m', 'x']).message).toBe("argument -m/--max-memory_errors: invalid int value: 'x'");
    const boom: CliCommandSpec = {
      ...root,
      options: [{ flags: ['-b'], dest: 'b', action: 'value', help: '', convert: () => { throw new Error('boom'); } }],
      commands: [],
    };
    expect(() => parseArgvGrammar(boom, ['-b', '1'])).toThrow('boom');
  });

  it('enforces exclusive groups, but lets one option repeat', () => {
    expect(error(['-l', '-n']).message).toBe('argument -n/--no-log: not allowed with argument -l/--log-to');
    expect(error(['bug', '-vq']).message).toBe('argument -q/--quiet: not allowed with argument -v/--verbose');
    expect(values(['-n', '--no-log'])).toEqual({ no_log: true });
  });

  it('ignores no explicit argument given to a flag', () => {
    expect(error(['--loky=1']).message).toBe("argument --loky: ignored explicit argument '1'");
    expect(error(['--load-all=']).message).toBe("argument -p/--load-all: ignored explicit argument ''");
    expect(error(['-p=1']).message).toBe("argument -p/--load-all: ignored explicit argument '1'");
    expect(error(['-p-V']).message).toBe("argument -p/--load-all: ignored explicit argument '-V'");
  });

  it('stops at the first help or version, in argument order', () => {
    expect(parse(['-v', '-h'])).toEqual({ kind: 'version' });
    expect(parse(['-h', '-v'])).toEqual({ kind: 'help', command: root });
    expect(parse(['-pv'])).toEqual({ kind: 'version' });
    expect(parse(['--bogus', '-?'])).toEqual({ kind: 'help', command: root });
    expect(parse(['--vers'])).toEqual({ kind: 'version' });
    expect(parse(['-m', 'x', '-h']).kind).toBe('error');
  });

  it('parses the options of a subcommand after it; -h there asks for its help', () => {
    expect(parse(['-p', 'bug', '-v'])).toEqual({ kind: 'parsed', commands: ['bug'], values: { load_all: true, verbose: true } });
    expect(parse(['bug', '-h'])).toEqual({ kind: 'help', command: sub });
    expect(error(['bug', '-p']).message).toBe('unrecognized arguments: -p');
    expect(error(['bug', '-?'])).toEqual({ kind: 'error', message: 'unrecognized arguments: -?', command: sub });
  });

  it('ends the options at --, and a subcommand parses options again', () => {
    expect(parse(['--', 'bug', '-v'])).toEqual({ kind: 'parsed', commands: ['bug'], values: { verbose: true } });
    expect(error(['bug', '--', '-v']).message).toBe('unrecognized arguments: -v');
    expect(error(['--', '-p']).message).toBe("invalid choice: '-p' (choose from bug, other)");
    expect(error(['bug', '--', '--']).message).toBe('unrecognized arguments: --');
  });

  it('expands @file arguments first, and reports unreadable ones', () => {
    const path = join(dir, 'args.txt');
    writeFileSync(path, '-p\n-V\n');
    expect(values([`@${path}`])).toEqual(values(['-p', '-V']));
    expect(error([`@${join(dir, 'nope')}`]).message).toBe(`cannot read arguments file '${join(dir, 'nope')}': ENOENT`);
  });
});

describe('parseArgvGrammar: store_const and positionals', () => {
  const leaf: CliCommandSpec = {
    name: 'bug',
    prog: 'prog bug',
    summary: 'report',
    description: 'Report.',
    positionals: [
      { dest: 'title', metavar: 'title', help: 'the title' },
      { dest: 'body', metavar: 'body', help: 'the body' },
    ],
    options: [{ flags: ['-o', '--open'], dest: 'open', action: 'optionalValue', absentValue: null, help: 'open' }],
    commands: [],
  };
  const top: CliCommandSpec = {
    name: 'prog',
    prog: 'prog',
    summary: 'prog',
    description: 'A program.',
    options: [
      { flags: ['-e'], dest: 'executor', action: 'value', help: 'e', exclusiveGroup: 'x' },
      { flags: ['--thread'], dest: 'executor', action: 'const', constValue: 'thread', help: 't', exclusiveGroup: 'x' },
      { flags: ['--process'], dest: 'executor', action: 'const', constValue: 'process', help: 'p', exclusiveGroup: 'x' },
      { flags: ['-n'], dest: 'log', action: 'const', constValue: 'NULL', help: 'n' },
      { flags: ['-p'], dest: 'p', action: 'true', help: 'p' },
    ],
    commands: [leaf],
  };

  it('stores the constant of a store_const option, also inside a cluster', () => {
    expect(parseArgvGrammar(top, ['--thread'])).toEqual({ kind: 'parsed', commands: [], values: { executor: 'thread' } });
    expect(parseArgvGrammar(top, ['-np'])).toEqual({ kind: 'parsed', commands: [], values: { log: 'NULL', p: true } });
    expect(parseArgvGrammar(top, ['--thread', '--thread'])).toMatchObject({ kind: 'parsed', values: { executor: 'thread' } });
  });

  it('lets options sharing a dest exclude each other through their group', () => {
    expect(parseArgvGrammar(top, ['--thread', '--process'])).toMatchObject({ message: 'argument --process: not allowed with argument --thread' });
    expect(parseArgvGrammar(top, ['-e', 'x', '--thread'])).toMatchObject({ message: 'argument --thread: not allowed with argument -e' });
  });

  it('fills the positionals of a leaf command in order, around options, and reports extras', () => {
    expect(parseArgvGrammar(top, ['bug', 'a title', '-o', 'ff', 'the body'])).toEqual({
      kind: 'parsed',
      commands: ['bug'],
      values: { title: 'a title', open: 'ff', body: 'the body' },
    });
    expect(parseArgvGrammar(top, ['bug', '-o'])).toEqual({ kind: 'parsed', commands: ['bug'], values: { open: null } });
    // an optional value takes the next positional-looking argument, like argparse's nargs='?'
    expect(parseArgvGrammar(top, ['bug', '-o', 'crash'])).toEqual({ kind: 'parsed', commands: ['bug'], values: { open: 'crash' } });
    expect(parseArgvGrammar(top, ['bug', '--', '-x', 'y', 'z'])).toEqual({ kind: 'error', message: 'unrecognized arguments: z', command: leaf });
  });
});
