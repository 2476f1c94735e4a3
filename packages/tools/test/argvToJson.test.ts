import { parseCliArgv } from '@asyncutils/cli';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { argvToJson } from '../src/argvToJson.js';
import { jsonToArgv } from '../src/jsonToArgv.js';
import { loadf } from '../src/loadf.js';
import { tempDir } from './support/files.js';

const tmp = tempDir();
const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const overridesOf = (argv: string[]): unknown => {
  const result = parseCliArgv(argv);
  if (result.kind !== 'repl') throw new Error(`expected a repl result, got ${result.kind}`);
  return result.overrides;
};

describe('argvToJson', () => {
  it('check 8: writes the configuration the arguments set, without a command key (upstream fixture)', () => {
    const p = tmp.file('cfg.json');
    argvToJson(['-pVVm', '5'], p);
    const written = read(p) as Record<string, unknown>;
    expect(written).toMatchObject({ load_all: true, V: 2, max_memory_errors: 5 });
    expect(written).not.toHaveProperty('command');
    expect(loadf(p)).toEqual(written);
  });

  it('check 9: round trip: jsonToArgv of the written file parses to the same overrides as the arguments', () => {
    const argv = ['-q', '-l', 'x.log', '-e', 'process', '-VV', '-s', 'abc'];
    const p = tmp.file('cfg.json');
    argvToJson(argv, p);
    expect(overridesOf(jsonToArgv(p))).toEqual(overridesOf(argv));
  });

  it('check 9: more round trips', () => {
    for (const argv of [[], ['-n'], ['-l'], ['-QQ', '-b', '-d', '-P'], ['--loky-no-reuse', '-m', '-1'], ['-c', 'mod#X', '-s', '-5'], ['-s', '0x1f', '-p']]) {
      const p = tmp.file('cfg.json');
      argvToJson(argv, p);
      expect(overridesOf(jsonToArgv(p)), argv.join(' ')).toEqual(overridesOf(argv));
    }
  });

  it('check 10: help or version, bug, and parse errors write nothing', () => {
    const p = join(tmp.dir, 'never.json');
    expect(() => argvToJson(['--help'], p)).toThrow(new RangeError('asyncutils.tools.argvToJson: argv asks for help or the version'));
    expect(() => argvToJson(['-v'], p)).toThrow(RangeError);
    expect(() => argvToJson(['bug'], p)).toThrow(new TypeError('asyncutils.tools.argvToJson: the bug subcommand has no config equivalent'));
    expect(() => argvToJson(['-m', 'x'], p)).toThrow(/invalid int value/);
    expect(() => argvToJson(['-m', 'x'], p)).toThrow(/^asyncutils\.tools\.argvToJson: /);
    expect(() => argvToJson(['--bogus'], p)).toThrow(RangeError);
    expect(existsSync(p)).toBe(false);
  });

  it('writes the keys in the order of format.json5', () => {
    const p = tmp.file('cfg.json');
    argvToJson(['-P', '-s', '1', '-p', '-d', '-m', '4', '-b', '-q', '-e', 'process', '-Q', '-V', '-l', 'x.log'], p);
    expect(Object.keys(read(p) as object)).toEqual([
      'logging_to', 'V', 'Q', 'executor', 'quiet', 'basic_repl', 'max_memory_errors', 'debug', 'load_all', 'seed', 'pdb',
    ]);
    argvToJson(['-pVVm', '5'], p);
    expect(readFileSync(p, 'utf8')).toBe('{"V":2,"max_memory_errors":5,"load_all":true}');
  });

  it('regression: writes configuration keys only (no argparse namespace: no log_to, command or defaults)', () => {
    const p = tmp.file('cfg.json');
    argvToJson(['-l', 'a.log'], p);
    expect(read(p)).toEqual({ logging_to: 'a.log' });
    argvToJson([], p);
    expect(read(p)).toEqual({});
  });

  it('renames log_to to logging_to, including -n', () => {
    const p = tmp.file('cfg.json');
    argvToJson(['-n'], p);
    expect(read(p)).toEqual({ logging_to: 'NULL' });
    argvToJson(['-l', 'run.log'], p);
    expect(read(p)).toEqual({ logging_to: 'run.log' });
  });

  it('uses dump, and writes to URLs, Buffers and file descriptors', () => {
    const p = tmp.file('cfg.json');
    argvToJson(['-q'], pathToFileURL(p), { dump: (v) => JSON.stringify(v, null, 2) });
    expect(readFileSync(p, 'utf8')).toBe('{\n  "quiet": true\n}');
    argvToJson(['-d'], Buffer.from(p));
    expect(read(p)).toEqual({ debug: true });
    const fd = openSync(p, 'w');
    try {
      argvToJson(['-b'], fd);
    } finally {
      closeSync(fd);
    }
    expect(read(p)).toEqual({ basic_repl: true });
  });

  it('rejects options that act at run time', () => {
    const p = join(tmp.dir, 'never2.json');
    expect(() => argvToJson(['--eval', '1'], p)).toThrow(new TypeError('asyncutils.tools.argvToJson: the --eval option has no config equivalent'));
    expect(existsSync(p)).toBe(false);
  });

  it('rejects bad argv, path and dump', () => {
    const p = tmp.file('cfg.json');
    expect(() => argvToJson('-q' as unknown as string[], p)).toThrow(new TypeError('asyncutils.tools.argvToJson: argv must be an array of strings, not string'));
    expect(() => argvToJson([1] as unknown as string[], p)).toThrow(/argv must be an array of strings/);
    expect(() => argvToJson(['-q'], 5.5)).toThrow(RangeError);
    expect(() => argvToJson(['-q'], p, { dump: 1 as unknown as () => string })).toThrow(/dump must be a function, not number/);
    expect(() => argvToJson(['-q'], p, { dump: () => undefined as unknown as string })).toThrow(/dump must return a string, not undefined/);
  });
});
