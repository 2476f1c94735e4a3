import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonToArgv } from '../src/jsonToArgv.js';
import { tempDir } from './support/files.js';

const tmp = tempDir();
/** jsonToArgv of a JSON file holding `config`. */
const argvOf = (config: unknown, opts?: { strict?: boolean }): string[] => jsonToArgv(tmp.file('cfg.json', JSON.stringify(config)), opts);

describe('jsonToArgv', () => {
  it('check 3: the upstream case merges the flag cluster into the first argument', () => {
    expect(argvOf({ load_all: true, V: 2, max_memory_errors: 5 })).toEqual(['-pVVm', '5']);
  });

  it('check 4: executors, the empty config, and V/Q cancelling out', () => {
    expect(argvOf({ executor: 'process' })).toEqual(['-e', 'process']);
    expect(argvOf({ executor: 'mod#X' })).toEqual(['-c', 'mod#X']);
    expect(argvOf({ executor: 'thread' })).toEqual([]);
    expect(argvOf({ executor: 'loky_no_reuse' })).toEqual(['-e', 'loky_no_reuse']);
    expect(argvOf({})).toEqual([]);
    expect(argvOf({ Q: 2, V: 1 })).toEqual(['-Q']);
    expect(argvOf({ Q: 1, V: 1 })).toEqual([]);
    expect(argvOf({ V: 3 })).toEqual(['-VVV']);
  });

  it('check 5: logging destinations', () => {
    expect(argvOf({ logging_to: 'NULL' })).toEqual(['-n']);
    expect(argvOf({ no_log: true })).toEqual(['-n']);
    expect(argvOf({ no_log: true, logging_to: 'x.log' })).toEqual(['-n']);
    expect(argvOf({ no_log: false, logging_to: 'STDERR' })).toEqual([]);
    expect(argvOf({ logging_to: 'MAKE' })).toEqual(['-l']);
    expect(argvOf({ logging_to: 'MEMORY' })).toEqual(['-l', 'MEMORY']);
    expect(argvOf({ log_to: 'a b.log', quiet: true })).toEqual(['-ql', 'a b.log']);
    expect(argvOf({ logging_to: 'x.log', log_to: 'x.log' })).toEqual(['-l', 'x.log']);
  });

  it('check 6: seed and pdb', () => {
    expect(argvOf({ seed: 7, pdb: true })).toEqual(['-Ps', '7']);
    expect(argvOf({ seed: 'abc' })).toEqual(['-s', 'abc']);
    expect(argvOf({ seed: 1.5 })).toEqual(['-s', '1.5']);
    expect(argvOf({ seed: null })).toEqual([]);
  });

  it('check 7: a command key is a TypeError; unknown keys a RangeError naming them, unless strict is false', () => {
    expect(() => argvOf({ command: 'bug' })).toThrow(new TypeError('asyncutils.tools.jsonToArgv: unexpected key "command" in config file'));
    expect(argvOf({ command: null })).toEqual([]);
    expect(() => argvOf({ foo: 1, bar: 2 })).toThrow(new RangeError('asyncutils.tools.jsonToArgv: unknown keys in config file: foo, bar'));
    expect(argvOf({ foo: 1, bar: 2 }, { strict: false })).toEqual([]);
    expect(argvOf({ context: { altlocks: { circuit_breaker: { default_reset: 2 } } }, next_config: 'b.json' })).toEqual([]);
    expect(argvOf({ context: {}, next_config: null, quiet: true }, { strict: true })).toEqual(['-q']);
  });

  it('clusters the flag letters in the order q b p d P, then V or Q', () => {
    expect(argvOf({ pdb: true, debug: true, load_all: true, basic_repl: true, quiet: true, Q: 1 })).toEqual(['-qbpdPQ']);
    expect(argvOf({ quiet: false, debug: true, executor: 'process', max_memory_errors: 0 })).toEqual(['-de', 'process', '-m', '0']);
  });

  it('emits every option in order: executor, max_memory_errors, seed, logging', () => {
    expect(argvOf({ logging_to: 'out.log', seed: 's', max_memory_errors: -1, executor: 'dask', V: 1 })).toEqual([
      '-Ve', 'dask', '-m-1', '-s', 's', '-l', 'out.log',
    ]);
  });

  it('attaches a value that starts with - to its flag', () => {
    expect(argvOf({ max_memory_errors: -2 })).toEqual(['-m-2']);
    expect(argvOf({ seed: '-x', quiet: true })).toEqual(['-qs-x']);
    expect(argvOf({ logging_to: '-odd.log' })).toEqual(['-l-odd.log']);
  });

  it('accepts integer strings as the configuration does, and no -m for 3', () => {
    expect(argvOf({ max_memory_errors: '0x10' })).toEqual(['-m', '16']);
    expect(argvOf({ max_memory_errors: ' 3 ' })).toEqual([]);
    expect(argvOf({ max_memory_errors: 3 })).toEqual([]);
    expect(argvOf({ V: '2', Q: '0b1' })).toEqual(['-V']);
  });

  it('regression: no "-m None" when max_memory_errors is absent, and no crash on a custom executor', () => {
    expect(argvOf({ quiet: true })).toEqual(['-q']);
    expect(argvOf({ executor: 'my.pkg#Pool' })).toEqual(['-c', 'my.pkg#Pool']);
  });

  it('regression: seeds are written with String, not Python repr', () => {
    expect(argvOf({ seed: 'abc' })).toEqual(['-s', 'abc']);
  });

  it('regression: log_to is read, and no_log is consumed even when logging_to is NULL', () => {
    expect(argvOf({ log_to: 'x.log' })).toEqual(['-l', 'x.log']);
    expect(argvOf({ logging_to: 'NULL', no_log: true })).toEqual(['-n']);
  });

  it('rejects values of the wrong type, naming the key', () => {
    expect(() => argvOf({ quiet: 'yes' })).toThrow(new TypeError('asyncutils.tools.jsonToArgv: key "quiet" in config file should be a boolean, not string'));
    expect(() => argvOf({ executor: 5 })).toThrow(/key "executor" in config file should be a string, not number/);
    expect(() => argvOf({ executor: '' })).toThrow(RangeError);
    expect(() => argvOf({ max_memory_errors: 2.5 })).toThrow(new RangeError('asyncutils.tools.jsonToArgv: key "max_memory_errors" in config file should be an integer, not 2.5'));
    expect(() => argvOf({ max_memory_errors: 'many' })).toThrow(RangeError);
    expect(() => argvOf({ max_memory_errors: true })).toThrow(TypeError);
    expect(() => argvOf({ V: -1 })).toThrow(/key "V" in config file should not be negative/);
    expect(() => argvOf({ seed: true })).toThrow(/key "seed" .* not boolean/);
    expect(() => argvOf({ logging_to: 2 })).toThrow(/key "logging_to" .*file descriptor has no command-line form/);
    expect(() => argvOf({ log_to: 2 })).toThrow(/key "log_to"/);
    expect(() => argvOf({ logging_to: 'a.log', log_to: 'b.log' })).toThrow(/disagree/);
    expect(() => argvOf({ quiet: true }, { strict: 'no' as unknown as boolean })).toThrow(/strict must be a boolean/);
  });

  it('reads any format loadf reads, and file descriptors as JSON', () => {
    expect(jsonToArgv(tmp.file('cfg.toml', 'load_all = true\nV = 2\nmax_memory_errors = 5\n'))).toEqual(['-pVVm', '5']);
    const fd = openSync(tmp.file('cfg', '{"quiet": true}'), 'r');
    try {
      expect(jsonToArgv(fd)).toEqual(['-q']);
    } finally {
      closeSync(fd);
    }
  });
});
