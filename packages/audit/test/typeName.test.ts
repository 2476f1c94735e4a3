import { describe, expect, it } from 'vitest';
import { typeName } from '../src/index.js';

describe('typeName', () => {
  it("check 13: null gives 'null' and other primitives their typeof", () => {
    expect(typeName(null)).toBe('null');
    expect(typeName(undefined)).toBe('undefined');
    expect(typeName(1)).toBe('number');
    expect(typeName('s')).toBe('string');
    expect(typeName(false)).toBe('boolean');
    expect(typeName(1n)).toBe('bigint');
    expect(typeName(Symbol('s'))).toBe('symbol');
  });

  it("check 13: objects and functions give their constructor's name", () => {
    class B {}
    expect(typeName([])).toBe('Array');
    expect(typeName(new Map())).toBe('Map');
    expect(typeName({})).toBe('Object');
    expect(typeName(new B())).toBe('B');
    expect(typeName(() => 1)).toBe('Function');
    expect(typeName(async () => 1)).toBe('AsyncFunction');
    expect(typeName(new DOMException('x', 'AbortError'))).toBe('DOMException');
    expect(typeName(new TypeError('x'))).toBe('TypeError');
    expect(typeName(Promise.resolve())).toBe('Promise');
  });

  it('check 13: generator objects fall back to their Symbol.toStringTag', () => {
    expect(typeName((async function* () {})())).toBe('AsyncGenerator');
    expect(typeName((function* () {})())).toBe('Generator');
  });

  it("check 13: no usable constructor name and no tag gives 'Object'", () => {
    expect(typeName(Object.create(null))).toBe('Object');
    expect(typeName(new (class {})())).toBe('Object');
    expect(typeName({ [Symbol.toStringTag]: '' })).toBe('Object');
  });

  it('uses a non-empty Symbol.toStringTag when the constructor has no name', () => {
    const tagged = Object.create(null) as Record<symbol, unknown>;
    tagged[Symbol.toStringTag] = 'Tagged';
    expect(typeName(tagged)).toBe('Tagged');
  });

  it("never throws: a throwing Proxy trap or getter gives 'Object'", () => {
    const hostileProto = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    expect(typeName(hostileProto)).toBe('Object');

    const hostileCtor = Object.create({
      get constructor(): never {
        throw new Error('getter');
      },
    }) as object;
    expect(typeName(hostileCtor)).toBe('Object');
  });
});
