import { describe, expect, it } from 'vitest';
import { configSyntaxError, parserErrorPosition } from '../src/syntaxError.js';

describe('configuration syntax errors', () => {
  it('name the format, file and position, keep the first line of the detail and the cause', () => {
    const cause = new Error('Invalid TOML document: invalid value\n\n1: x =\n     ^');
    const error = configSyntaxError('toml', '/p/c.toml', { line: 1, column: 4 }, cause);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toBe('asyncutils: invalid TOML in /p/c.toml at line 1, column 4: Invalid TOML document: invalid value');
    expect(error.cause).toBe(cause);
    expect(configSyntaxError('yaml', 'f', undefined, 'boom').message).toBe('asyncutils: invalid YAML in f: boom');
  });

  it('read every parser convention for positions', () => {
    expect(parserErrorPosition({ line: 2, column: 5 })).toEqual({ line: 2, column: 5 });
    expect(parserErrorPosition({ line: 2 })).toEqual({ line: 2, column: 1 });
    expect(parserErrorPosition({ lineNumber: 3, columnNumber: 7 })).toEqual({ line: 3, column: 7 });
    expect(parserErrorPosition({ line: 4, col: 2 })).toEqual({ line: 4, column: 2 });
    expect(parserErrorPosition({ linePos: [{ line: 5, col: 6 }] })).toEqual({ line: 5, column: 6 });
    expect(parserErrorPosition({ linePos: [{ line: 5 }] })).toEqual({ line: 5, column: 1 });
    expect(parserErrorPosition(new Error('Expected , at line 6,9 >>> x'))).toEqual({ line: 6, column: 9 });
    expect(parserErrorPosition(new Error('bad at line 8'))).toEqual({ line: 8, column: 1 });
    expect(parserErrorPosition(new Error('no position'))).toBeUndefined();
    expect(parserErrorPosition('text')).toBeUndefined();
    expect(parserErrorPosition({ line: Number.NaN, message: 42 })).toBeUndefined();
  });
});
