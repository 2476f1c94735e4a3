import { describe as suite, expect, it } from 'vitest';
import { describe, isErrorLike } from '../src/describe.js';

suite('describe', () => {
  it('renders each kind of value as the message templates expect', () => {
    expect(describe('1.x')).toBe('"1.x"');
    expect(describe(1n)).toBe('1n');
    expect(describe(Symbol('s'))).toBe('Symbol(s)');
    expect(describe(function named() {})).toBe('[Function named]');
    expect(describe([() => 1][0])).toBe('[Function <anonymous>]');
    expect(describe(new RangeError('bad "x"'))).toBe('RangeError("bad \\"x\\"")');
    expect(describe(new Map())).toBe('<Map>');
    expect(describe({})).toBe('<Object>');
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe(1.5)).toBe('1.5');
    expect(describe(true)).toBe('true');
  });

  it('never throws on hostile errors', () => {
    const err = new Error('x');
    Object.defineProperty(err, 'message', {
      get() {
        throw new Error('getter');
      },
    });
    expect(describe(err)).toBe('Error("")');
    expect(describe(Object.create(null))).toBe('<Object>');
  });
});

suite('isErrorLike', () => {
  it('accepts errors of this realm and objects with the Error tag', () => {
    expect(isErrorLike(new TypeError())).toBe(true);
    expect(isErrorLike(new DOMException('x'))).toBe(true);
    expect(isErrorLike({ message: 'x' })).toBe(false);
    expect(isErrorLike('x')).toBe(false);
    expect(isErrorLike(null)).toBe(false);
    expect(isErrorLike(new Proxy({}, { getPrototypeOf: () => null, get: () => { throw new Error('trap'); } }))).toBe(false);
  });
});
