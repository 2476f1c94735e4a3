import { describe as suite, expect, it } from 'vitest';
import { describe } from '../src/describe.js';

suite('describe (message rendering)', () => {
  it('renders each kind of value', () => {
    expect(describe('a"b')).toBe('"a\\"b"');
    expect(describe(5n)).toBe('5n');
    expect(describe(1.5)).toBe('1.5');
    expect(describe(-0)).toBe('-0');
    expect(describe(Number.NaN)).toBe('NaN');
    expect(describe(Symbol('s'))).toBe('Symbol(s)');
    expect(describe(function named() {})).toBe('[Function named]');
    expect(describe([() => 1][0])).toBe('[Function <anonymous>]');
    expect(describe(null)).toBe('null');
    expect(describe(undefined)).toBe('undefined');
    expect(describe(true)).toBe('true');
    expect(describe(new Map())).toBe('<Map>');
  });

  it('never throws, even for a throwing name getter', () => {
    const fn = (): void => {};
    Object.defineProperty(fn, 'name', {
      get() {
        throw new Error('no');
      },
    });
    expect(describe(fn)).toBe('[Function <anonymous>]');
  });
});
