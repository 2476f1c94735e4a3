import { describe, expect, it } from 'vitest';
import { keyOf, typeOf } from '../src/registry.js';

describe('registry keys', () => {
  it('typeOf: the exact constructor, the wrapper of a primitive, undefined without one', () => {
    class A {}
    class B extends A {}
    expect(typeOf(new B())).toBe(B);
    expect(typeOf([])).toBe(Array);
    expect(typeOf('s')).toBe(String);
    expect(typeOf(1)).toBe(Number);
    expect(typeOf(1n)).toBe(BigInt);
    expect(typeOf(true)).toBe(Boolean);
    expect(typeOf(Symbol.iterator)).toBe(Symbol);
    expect(typeOf(() => 1)).toBe(Function);
    expect(typeOf(null)).toBeUndefined();
    expect(typeOf(undefined)).toBeUndefined();
    expect(typeOf(Object.create(null))).toBeUndefined();
    expect(typeOf(Object.create({ constructor: 5 }))).toBeUndefined();
  });

  it('keyOf: a function is its own key', () => {
    class A {}
    expect(keyOf(A)).toBe(A);
    expect(keyOf(new A())).toBe(A);
    expect(keyOf(null)).toBeUndefined();
  });
});
