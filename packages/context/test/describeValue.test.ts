// `describeValue(value)`: the value as error messages show it.
import { describe, expect, it } from 'vitest';
import { describeValue } from '../src/describeValue.js';

describe('describeValue', () => {
  it('shows primitives with their type, quoted and shortened strings, arrays with their length', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('1')).toBe("string '1'");
    expect(describeValue('x'.repeat(50))).toBe(`string '${'x'.repeat(40)}…'`);
    expect(describeValue(-1)).toBe('number -1');
    expect(describeValue(NaN)).toBe('number NaN');
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue(5n)).toBe('bigint 5n');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    expect(describeValue([1, 2])).toBe('Array(2)');
  });

  it('shows objects and functions by constructor name, and never throws', () => {
    expect(describeValue(new Map())).toBe('Map');
    expect(describeValue({})).toBe('Object');
    expect(describeValue(Object.create(null))).toBe('Object');
    expect(describeValue(() => {})).toBe('Function');
    expect(describeValue(Object.create({ constructor: 'x' }))).toBe('Object');
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } });
    expect(describeValue(hostile)).toBe('Object');
  });
});
