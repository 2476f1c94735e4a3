import { POSSIBLE_EXECUTORS } from '@asyncutils/constants';
import { FaultyConfig } from '@asyncutils/exceptions';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerThreadExecutor } from '../src/WorkerThreadExecutor.js';
import { registerExecutor } from '../src/executorRegistry.js';
import { mergeFlags, OVERRIDES_SOURCE, parseIntLiteral, readFileFlags, readOverrides, verbosityLevel } from '../src/flags.js';
import { loadConfig } from '../src/loadConfig.js';
import { tempDir, thrown } from './support/harness.js';

const load = (table: object) => {
  const dir = tempDir({ 'c.json': table });
  return loadConfig({ env: { AUTILSCFGPATH: join(dir, 'c.json') }, cwd: dir, reload: true });
};
const faulty = (table: object): FaultyConfig => thrown(() => load(table)) as FaultyConfig;

describe('flags', () => {
  it('check 13: wrong types are FaultyConfig naming the key; integer and byte-string literals are converted', () => {
    const quiet = faulty({ quiet: 'yes' });
    expect(quiet).toBeInstanceOf(FaultyConfig);
    expect(quiet).toMatchObject({ key: 'quiet', wrong: 'string', expected: 'boolean' });
    expect(quiet.path).toMatch(/c\.json$/);
    const executor = faulty({ executor: 'nope' });
    expect(executor).toMatchObject({ key: 'executor', wrong: 'nope', expected: `${POSSIBLE_EXECUTORS.join(', ')}, a registered name or <module>#<export>` });
    expect(load({ max_memory_errors: '0x10' }).flags.maxMemoryErrors).toBe(16);
    expect(load({ seed: "b'ab'" }).flags.seed).toBe('ab');
    expect(load({ seed: '12' }).flags.seed).toBe(12);
  });

  it('accepts every documented value', () => {
    const dir = tempDir();
    const flags = readFileFlags(
      { logging_to: 'MEMORY', V: '0b11', Q: 1, executor: 'pkg/x.js#Pool', quiet: true, basic_repl: true, max_memory_errors: -1, debug: false, load_all: true, seed: 1.5, pdb: true, no_log: false, next_config: 7, context: 'checked elsewhere' },
      join(dir, 'c.json'),
      () => {
        throw new Error('no unknown keys here');
      },
    );
    expect(flags).toEqual({ logTo: 'MEMORY', V: 3, Q: 1, executor: 'pkg/x.js#Pool', quiet: true, basicRepl: true, maxMemoryErrors: -1, debug: false, loadAll: true, seed: 1.5, pdb: true, noLog: false });
    expect(readFileFlags({ log_to: 5, seed: null }, 'p', () => {})).toEqual({ logTo: 5, seed: null });
    expect(readFileFlags({ seed: 'b"x y"' }, 'p', () => {})).toEqual({ seed: 'x y' });
    expect(readFileFlags({ seed: 'plain' }, 'p', () => {})).toEqual({ seed: 'plain' });
    for (const name of POSSIBLE_EXECUTORS) expect(readFileFlags({ executor: name }, 'p', () => {})).toEqual({ executor: name });
  });

  it('a registered executor name is accepted', () => {
    expect(() => readFileFlags({ executor: 'mine' }, 'p', () => {})).toThrow(FaultyConfig);
    registerExecutor('mine', class extends WorkerThreadExecutor {});
    expect(readFileFlags({ executor: 'mine' }, 'p', () => {})).toEqual({ executor: 'mine' });
  });

  it('refuses wrong values with FaultyConfig naming the file, key and expectation', () => {
    const bad: [object, string, string][] = [
      [{ V: -1 }, 'V', 'number -1'],
      [{ Q: '1.5' }, 'Q', "string '1.5'"],
      [{ V: 1.5 }, 'V', 'number'],
      [{ max_memory_errors: true }, 'max_memory_errors', 'boolean'],
      [{ logging_to: -2 }, 'logging_to', 'number'],
      [{ log_to: [1] }, 'log_to', 'Array'],
      [{ executor: 3 }, 'executor', 'number'],
      [{ executor: '#x' }, 'executor', '#x'],
      [{ executor: 'x#' }, 'executor', 'x#'],
      [{ seed: true }, 'seed', 'boolean'],
      [{ seed: Number.POSITIVE_INFINITY }, 'seed', 'number Infinity'],
      [{ pdb: 'true' }, 'pdb', 'string'],
      [{ no_log: 1 }, 'no_log', 'number'],
      [{ logging_to: 'MEMORY', log_to: 'NULL' }, 'log_to', 'string NULL'],
    ];
    for (const [table, key, wrong] of bad) {
      const error = thrown(() => readFileFlags(table as Record<string, unknown>, '/etc/c.json', () => {})) as FaultyConfig;
      expect(error, JSON.stringify(table)).toBeInstanceOf(FaultyConfig);
      expect(error).toMatchObject({ key, wrong, path: '/etc/c.json' });
      expect(error.message).toContain(`from /etc/c.json is faulty: expected `);
    }
    expect(readFileFlags({ logging_to: 'NULL', log_to: 'NULL' }, 'p', () => {})).toEqual({ logTo: 'NULL' });
  });

  it('reports unknown keys and skips next_config and context', () => {
    const unknown: string[] = [];
    expect(readFileFlags({ colour: 1, next_config: null, context: {}, toString: 2 }, 'p', (key) => unknown.push(key))).toEqual({});
    expect(unknown).toEqual(['colour', 'toString']);
  });

  it('overrides: validated, unknown keys refused, undefined values skipped', () => {
    expect(readOverrides({ quiet: true, V: '2', log_to: undefined })).toEqual({ quiet: true, V: 2 });
    expect(thrown(() => readOverrides({ next_config: 'x' }))).toBeInstanceOf(RangeError);
    expect(thrown(() => readOverrides([]))).toBeInstanceOf(TypeError);
    expect(thrown(() => readOverrides('x'))).toBeInstanceOf(TypeError);
    expect((thrown(() => readOverrides({ V: 'x' })) as FaultyConfig).path).toBe(OVERRIDES_SOURCE);
  });

  it('mergeFlags: defaults, overrides replace except V and Q, which add; no_log means NULL', () => {
    expect(mergeFlags({}, {})).toEqual({ logTo: 'STDERR', V: 0, Q: 0, executor: 'thread', quiet: false, basicRepl: false, maxMemoryErrors: 3, debug: false, loadAll: false, seed: null, pdb: false });
    expect(mergeFlags({ V: 2, Q: 1, quiet: true, seed: 'a' }, { V: 1, Q: 2, quiet: false, seed: null })).toMatchObject({ V: 3, Q: 3, quiet: false, seed: null });
    expect(mergeFlags({ logTo: 'MEMORY', noLog: true }, {}).logTo).toBe('NULL');
    expect(mergeFlags({ noLog: true }, { logTo: 'STDOUT' }).logTo).toBe('STDOUT');
    expect(mergeFlags({ logTo: 'STDOUT' }, { noLog: true }).logTo).toBe('NULL');
  });

  it('check 20: the level formula 10 * min(max(3 - V + Q, 1), 5)', () => {
    expect(verbosityLevel(0, 0)).toBe(30);
    expect(verbosityLevel(1, 0)).toBe(20);
    expect(verbosityLevel(5, 0)).toBe(10);
    expect(verbosityLevel(0, 1)).toBe(40);
    expect(verbosityLevel(0, 9)).toBe(50);
    expect(load({ V: 1 }).flags.V).toBe(1);
  });

  it("parseIntLiteral follows Python's int(text, 0)", () => {
    const cases: [string, number | undefined][] = [
      ['12', 12],
      [' -7 ', -7],
      ['+3', 3],
      ['0x10', 16],
      ['0XfF', 255],
      ['0o17', 15],
      ['0b101', 5],
      ['1_000', 1000],
      ['0', 0],
      ['-0', 0],
      ['00', 0],
      ['010', undefined],
      ['1__0', undefined],
      ['_1', undefined],
      ['1.0', undefined],
      ['', undefined],
      ['0x', undefined],
      ['99999999999999999999', undefined],
      ['abc', undefined],
    ];
    for (const [text, value] of cases) expect(parseIntLiteral(text), text).toBe(value);
    expect(Object.is(parseIntLiteral('-0'), 0)).toBe(true);
  });
});
