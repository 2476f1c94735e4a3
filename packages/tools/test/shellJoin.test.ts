import { describe, expect, it } from 'vitest';
import { shellJoin } from '../src/shellJoin.js';
import { shellSplit } from '../src/shellSplit.js';

describe('shellJoin', () => {
  it('leaves safe arguments alone and joins with single spaces', () => {
    expect(shellJoin(['-pVVm', '5'])).toBe('-pVVm 5');
    expect(shellJoin(['a_b@c%d+e=f:g,h./i-j'])).toBe('a_b@c%d+e=f:g,h./i-j');
    expect(shellJoin([])).toBe('');
  });

  it("quotes empty arguments, spaces and shell characters; writes ' as '\"'\"'", () => {
    expect(shellJoin(['-ql', 'a b.log'])).toBe("-ql 'a b.log'");
    expect(shellJoin([''])).toBe("''");
    expect(shellJoin(['$HOME', 'a*b', 'x"y'])).toBe(`'$HOME' 'a*b' 'x"y'`);
    expect(shellJoin(["it's"])).toBe(`'it'"'"'s'`);
  });

  it('round-trips through shellSplit', () => {
    const argv = ['-c', "mod's#X", '', 'a  b', 'tab\there', 'new\nline', '\\back', '"dq"', 'ünï'];
    expect(shellSplit(shellJoin(argv), 'test')).toEqual(argv);
  });
});
