import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argstrToJson } from '../src/argstrToJson.js';
import { argvToJson } from '../src/argvToJson.js';
import { tempDir } from './support/files.js';

const tmp = tempDir();
const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

describe('argstrToJson', () => {
  it('check 8: writes the same file as argvToJson of the split string', () => {
    const a = tmp.file('a.json');
    const b = tmp.file('b.json');
    argstrToJson('-pVVm 5', a);
    argvToJson(['-pVVm', '5'], b);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(read(a)).toMatchObject({ load_all: true, V: 2, max_memory_errors: 5 });
  });

  it('check 11: shell quoting, and an unterminated quote', () => {
    const p = tmp.file('cfg.json');
    argstrToJson('-l "a b.log" -q', p);
    expect(read(p)).toEqual({ logging_to: 'a b.log', quiet: true });
    const never = join(tmp.dir, 'never.json');
    expect(() => argstrToJson("-l 'oops", never)).toThrow(new RangeError('asyncutils.tools.argstrToJson: No closing quotation'));
    expect(existsSync(never)).toBe(false);
  });

  it('uses split and dump, and names itself in argvToJson errors', () => {
    const p = tmp.file('cfg.json');
    argstrToJson('-q,-d', p, { split: (s) => s.split(','), dump: (v) => `${JSON.stringify(v)}\n` });
    expect(readFileSync(p, 'utf8')).toBe('{"quiet":true,"debug":true}\n');
    expect(() => argstrToJson('--help', p)).toThrow(/^asyncutils\.tools\.argstrToJson: argv asks for help/);
  });

  it('rejects a non-string argstr, a bad split or what it returns', () => {
    const p = tmp.file('cfg.json');
    expect(() => argstrToJson(['-q'] as unknown as string, p)).toThrow(new TypeError('asyncutils.tools.argstrToJson: argstr must be a string, not Array'));
    expect(() => argstrToJson('-q', p, { split: 'x' as unknown as () => string[] })).toThrow(/split must be a function, not string/);
    expect(() => argstrToJson('-q', p, { split: () => '-q' as unknown as string[] })).toThrow(/argv must be an array of strings/);
  });
});
