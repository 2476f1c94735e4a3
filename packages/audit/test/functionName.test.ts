import { describe, expect, it } from 'vitest';
import { functionName } from '../src/index.js';

describe('functionName', () => {
  it("check 13: a named function gives its name ('bound f' when bound, 'Boolean' for Boolean)", () => {
    function f(): void {}
    expect(functionName(function f2() {})).toBe('f2');
    expect(functionName(f)).toBe('f');
    expect(functionName(f.bind(null))).toBe('bound f');
    expect(functionName(Boolean)).toBe('Boolean');
    expect(functionName(class Queue {})).toBe('Queue');
  });

  it("check 13: a function with an empty name gives '<anonymous>'", () => {
    expect(functionName(() => 1)).toBe('<anonymous>');
    expect(functionName([function () {}][0])).toBe('<anonymous>');
  });

  it('check 13: a non-function gives its typeName', () => {
    expect(functionName(5)).toBe('number');
    expect(functionName(null)).toBe('null');
    expect(functionName(new Map())).toBe('Map');
  });

  it("never throws: a non-string or throwing name gives '<anonymous>'", () => {
    class Odd {
      static name(): string {
        return 'not a string property';
      }
    }
    expect(functionName(Odd)).toBe('<anonymous>');
    const hostile = new Proxy(() => 1, {
      get: () => {
        throw new Error('trap');
      },
    });
    expect(functionName(hostile)).toBe('<anonymous>');
  });
});
