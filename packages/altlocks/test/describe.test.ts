import { objectId } from '@asyncutils/audit';
import { describe as suite, expect, it } from 'vitest';
import { describe, show } from '../src/describe.js';

suite('describe (resource description)', () => {
  it('quotes strings, labels objects and functions with their type and id, stringifies other primitives', () => {
    const obj = {};
    expect(describe('db')).toBe("'db'");
    expect(describe(obj)).toBe(`<Object #${objectId(obj)}>`);
    expect(describe(new Map())).toMatch(/^<Map #\d+>$/);
    expect(describe(function named() {})).toMatch(/^<Function #\d+>$/);
    expect(describe(5)).toBe('5');
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe(Symbol('s'))).toBe('Symbol(s)');
    expect(describe(10n)).toBe('10');
  });
});

suite('show (bad-argument description)', () => {
  it('quotes strings, names the kind of objects and functions, stringifies other primitives, never throws', () => {
    expect(show('x')).toBe("'x'");
    expect(show({})).toBe('<object>');
    expect(show([1])).toBe('<object>');
    expect(show(Object.create(null))).toBe('<object>');
    expect(show(() => 1)).toBe('<function>');
    expect(show(5)).toBe('5');
    expect(show(Number.NaN)).toBe('NaN');
    expect(show(null)).toBe('null');
    expect(show(undefined)).toBe('undefined');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
    expect(show(10n)).toBe('10');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(show(revoked.proxy)).toBe('<object>');
  });
});
