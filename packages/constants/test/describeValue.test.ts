import { describe, expect, it } from 'vitest';
import { describeValue } from '../src/describeValue.js';

describe('describeValue (internal)', () => {
  it('renders primitives, functions, arrays and objects for messages', () => {
    expect(describeValue('a "b"\n')).toBe('"a \\"b\\"\\n"');
    expect(describeValue(42)).toBe('42');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(function named() {})).toBe('function named');
    expect(describeValue(() => {})).toBe('function <anonymous>');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue(new Map())).toBe('Map object');
    expect(describeValue({})).toBe('Object object');
    expect(describeValue(Object.create(null))).toBe('Object object');
  });

  it('never throws, even for a hostile Proxy', () => {
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('hostile'); } });
    expect(describeValue(hostile)).toBe('an object');
  });
});
