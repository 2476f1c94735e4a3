import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { formatTraceback } from '../src/traceback.js';

describe('formatTraceback', () => {
  it('prefixes Uncaught to the header line and drops the frames from the evaluator down', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at f (REPL1:1:7)\n    at REPL1:1:20\n    at ContextifyScript.runInContext (node:vm:149:12)\n    at REPLServer.defaultEval (node:repl:597:22)';
    expect(formatTraceback(error, [])).toBe('Uncaught Error: boom\n    at f (REPL1:1:7)\n    at REPL1:1:20\n');
  });

  it('hides node:domain frames and frames of the given directories anywhere', () => {
    const error = new TypeError('t');
    error.stack = 'TypeError: t\n    at get x (/pkg/src/a.ts:1:1)\n    at bound (node:domain:433:15)\n    at REPL2:1:1\n    at /pkg/srcs/b.ts:1:1';
    expect(formatTraceback(error, ['/pkg/src/'])).toBe('Uncaught TypeError: t\n    at REPL2:1:1\n    at /pkg/srcs/b.ts:1:1\n');
  });

  it('keeps extra properties and the cause, filtering the cause frames too', () => {
    const context = vm.createContext({});
    const error = vm.runInContext('const e = new Error("outer", { cause: new RangeError("inner") }); e.code = "E_X"; e', context) as Error;
    const text = formatTraceback(error, []);
    expect(text).toMatch(/^Uncaught Error: outer\n/);
    expect(text).toContain("code: 'E_X'");
    expect(text).toContain('[cause]: RangeError: inner');
    expect(text).not.toMatch(/node:vm|runInContext/);
    expect(text.split('{').length).toBe(text.split('}').length);
  });

  it('a SyntaxError keeps its source excerpt and loses its frames', () => {
    let error: unknown;
    try {
      new vm.Script('foo bar', { filename: 'REPL3' });
    } catch (e) {
      error = e;
    }
    expect(formatTraceback(error, [])).toBe("foo bar\n    ^^^\n\nUncaught SyntaxError: Unexpected identifier 'bar'\n");
  });

  it('non-errors are inspected: one line after Uncaught, several after Uncaught:', () => {
    expect(formatTraceback(5, [])).toBe('Uncaught 5\n');
    expect(formatTraceback('text', [])).toBe("Uncaught 'text'\n");
    expect(formatTraceback({ a: 'x'.repeat(50), b: 'y'.repeat(50) }, [])).toMatch(/^Uncaught:\n\{\n/);
  });

  it('a custom error name is recognised as the header', () => {
    class QueueEmpty extends Error {
      override name = 'QueueEmpty';
    }
    expect(formatTraceback(new QueueEmpty('empty'), [])).toMatch(/^Uncaught QueueEmpty: empty\n/);
  });

  it('a value whose inspection throws is shown with String()', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        getPrototypeOf: () => {
          throw new Error('no');
        },
      },
    );
    expect(() => formatTraceback(hostile, [])).not.toThrow();
  });
});
