import { objectId } from '@asyncutils/audit';
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../src/describe.js';

suite('describe (message helper)', () => {
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
