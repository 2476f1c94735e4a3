import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliUsageError } from '../src/CliUsageError.js';
import { expandArgumentFiles } from '../src/expandArgumentFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'asyncutils-cli-argfiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('expandArgumentFiles', () => {
  it('leaves arguments without @ alone and returns a new array', () => {
    const argv = ['events', '--json'];
    const out = expandArgumentFiles(argv);
    expect(out).toEqual(argv);
    expect(out).not.toBe(argv);
  });

  it('replaces @path by one argument per line, in place', () => {
    const path = file('flat.txt', '-p\n-V\n');
    expect(expandArgumentFiles(['a', `@${path}`, 'b'])).toEqual(['a', '-p', '-V', 'b']);
  });

  it('expands nested @ files recursively', () => {
    const inner = file('inner.txt', '--json\n');
    const outer = file('outer.txt', `events\n@${inner}\n`);
    expect(expandArgumentFiles([`@${outer}`])).toEqual(['events', '--json']);
  });

  it('splits on CRLF and CR, drops a BOM, keeps inner empty lines and spaces', () => {
    const path = file('crlf.txt', '\ufeffa b\r\n\r\nc\rd');
    expect(expandArgumentFiles([`@${path}`])).toEqual(['a b', '', 'c', 'd']);
    expect(expandArgumentFiles([`@${file('empty.txt', '')}`])).toEqual([]);
  });

  it('reports an unreadable file with its fs error code', () => {
    const missing = join(dir, 'missing.txt');
    expect(() => expandArgumentFiles([`@${missing}`])).toThrow(new CliUsageError(`cannot read arguments file '${missing}': ENOENT`));
    expect(() => expandArgumentFiles([`@${dir}`])).toThrow(`cannot read arguments file '${dir}': EISDIR`);
  });

  it('reports a file that includes itself as ELOOP', () => {
    const a = join(dir, 'loop-a.txt');
    const b = join(dir, 'loop-b.txt');
    file('loop-a.txt', `@${b}\n`);
    file('loop-b.txt', `x\n@${a}\n`);
    expect(() => expandArgumentFiles([`@${a}`])).toThrow(`cannot read arguments file '${a}': ELOOP`);
  });

  it('allows the same file twice when it does not include itself', () => {
    const path = file('twice.txt', '-V\n');
    expect(expandArgumentFiles([`@${path}`, `@${path}`])).toEqual(['-V', '-V']);
  });
});
