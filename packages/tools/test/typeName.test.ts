import { describe, expect, it } from 'vitest';
import { typeName } from '../src/typeName.js';

describe('typeName', () => {
  it('names primitives by typeof and null as null', () => {
    expect(typeName(null)).toBe('null');
    expect(typeName(undefined)).toBe('undefined');
    expect(typeName(42)).toBe('number');
    expect(typeName(1n)).toBe('bigint');
    expect(typeName('x')).toBe('string');
  });

  it('names objects and functions by their constructor', () => {
    expect(typeName(new Map())).toBe('Map');
    expect(typeName([])).toBe('Array');
    expect(typeName(() => 1)).toBe('Function');
    expect(typeName(new (class Widget {})())).toBe('Widget');
  });

  it('falls back to Object without a named constructor or when a trap throws', () => {
    expect(typeName(Object.create(null))).toBe('Object');
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('no'); } });
    expect(typeName(hostile)).toBe('Object');
  });
});
