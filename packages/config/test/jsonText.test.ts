import { describe, expect, it } from 'vitest';
import { locateJsonError, positionAt, stripJsonc } from '../src/jsonText.js';

describe('JSON text helpers', () => {
  it('positionAt gives 1-based lines and columns', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('stripJsonc blanks comments and trailing commas, keeps strings and positions', () => {
    const text = '{\n "a": "// not a comment", // yes\n "b": [1, 2, /* c */ ],\n "c": "/* no */",\n}';
    const out = stripJsonc(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(out)).toEqual({ a: '// not a comment', b: [1, 2], c: '/* no */' });
    expect(stripJsonc('{"a": "x\\"//y"}')).toBe('{"a": "x\\"//y"}');
    expect(stripJsonc('{} /* unterminated')).toBe('{}'.padEnd(18));
    expect(stripJsonc('{} // end')).toBe('{}'.padEnd(9));
    expect(JSON.parse(stripJsonc('[1,\n/* x */\n]'))).toEqual([1]);
  });

  it('locateJsonError finds the offending offset or -1', () => {
    expect(locateJsonError('{"a": [1, 2, {"b": null, "c": true, "d": false}], "e": "\\u00e9\\n", "f": -1.5e3}')).toBe(-1);
    expect(locateJsonError('  {}  ')).toBe(-1);
    expect(locateJsonError('[]')).toBe(-1);
    expect(locateJsonError('{"a": 1,}')).toBe(8);
    expect(locateJsonError('{"a" 1}')).toBe(5);
    expect(locateJsonError('{"a": 1 "b": 2}')).toBe(8);
    expect(locateJsonError('[1 2]')).toBe(3);
    expect(locateJsonError('[1,]')).toBe(3);
    expect(locateJsonError('{} x')).toBe(3);
    expect(locateJsonError('"abc')).toBe(4);
    expect(locateJsonError('"a\\x"')).toBe(3);
    expect(locateJsonError('"\\u12g4"')).toBe(2);
    expect(locateJsonError('"a\tb"')).toBe(2);
    expect(locateJsonError('tru')).toBe(3);
    expect(locateJsonError('nul')).toBe(3);
    expect(locateJsonError('fals')).toBe(4);
    expect(locateJsonError('01')).toBe(1);
    expect(locateJsonError('-')).toBe(0);
    expect(locateJsonError('{1: 2}')).toBe(1);
    expect(locateJsonError('')).toBe(0);
  });
});
