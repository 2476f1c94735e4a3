import { describe, expect, it } from 'vitest';
import { shellSplit } from '../src/shellSplit.js';

const split = (s: string): string[] => shellSplit(s, 'asyncutils.tools.test');

describe('shellSplit', () => {
  it('splits on any run of whitespace and ignores leading and trailing whitespace', () => {
    expect(split('  -pVVm \t 5\n')).toEqual(['-pVVm', '5']);
    expect(split('')).toEqual([]);
    expect(split('   ')).toEqual([]);
  });

  it('keeps single-quoted text literal, backslashes included', () => {
    expect(split(`-l 'a b.log' '\\n' '$x'`)).toEqual(['-l', 'a b.log', '\\n', '$x']);
  });

  it('unescapes only " \\ $ ` inside double quotes', () => {
    expect(split(`"a \\"b\\" \\\\ \\$ \\\` \\n"`)).toEqual(['a "b" \\ $ ` \\n']);
  });

  it('makes the next character literal after a backslash outside quotes', () => {
    expect(split(`it\\'s a\\ b \\"`)).toEqual(["it's", 'a b', '"']);
  });

  it('joins adjacent quoted and unquoted parts, and keeps empty quoted arguments', () => {
    expect(split(`--log-to="x y"z 'a'"b"c`)).toEqual(['--log-to=x yz', 'abc']);
    expect(split(`'' "" x`)).toEqual(['', '', 'x']);
  });

  it('rejects an unterminated quote or a trailing backslash, naming the API', () => {
    expect(() => split(`-l 'oops`)).toThrow(new RangeError('asyncutils.tools.test: No closing quotation'));
    expect(() => split(`-l "oops`)).toThrow(/No closing quotation/);
    expect(() => split(`"a\\"`)).toThrow(/No closing quotation/);
    expect(() => split('x\\')).toThrow(new RangeError('asyncutils.tools.test: No escaped character'));
  });
});
