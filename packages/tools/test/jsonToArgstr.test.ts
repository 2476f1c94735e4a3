import { describe, expect, it } from 'vitest';
import { jsonToArgstr } from '../src/jsonToArgstr.js';
import { tempDir } from './support/files.js';

const tmp = tempDir();
const cfg = (config: unknown): string => tmp.file('cfg.json', JSON.stringify(config));

describe('jsonToArgstr', () => {
  it('check 3: the upstream case', () => {
    expect(jsonToArgstr(cfg({ load_all: true, V: 2, max_memory_errors: 5 }))).toBe('-pVVm 5');
  });

  it('check 5: quotes for a POSIX shell', () => {
    expect(jsonToArgstr(cfg({ log_to: 'a b.log', quiet: true }))).toBe("-ql 'a b.log'");
    expect(jsonToArgstr(cfg({ seed: "it's" }))).toBe(`-s 'it'"'"'s'`);
    expect(jsonToArgstr(cfg({}))).toBe('');
  });

  it('uses a given join, and passes strict on', () => {
    expect(jsonToArgstr(cfg({ executor: 'process' }), { join: (argv) => argv.join('|') })).toBe('-e|process');
    expect(() => jsonToArgstr(cfg({ foo: 1 }))).toThrow(/unknown keys in config file: foo/);
    expect(jsonToArgstr(cfg({ foo: 1, quiet: true }), { strict: false })).toBe('-q');
  });

  it('rejects a join that is not a function or does not return a string', () => {
    expect(() => jsonToArgstr(cfg({}), { join: 'x' as unknown as () => string })).toThrow(
      new TypeError('asyncutils.tools.jsonToArgstr: join must be a function, not string'),
    );
    expect(() => jsonToArgstr(cfg({}), { join: (() => 1) as unknown as () => string })).toThrow(/join must return a string, not number/);
  });
});
