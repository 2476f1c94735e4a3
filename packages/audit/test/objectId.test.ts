import { describe, expect, it } from 'vitest';
import { objectId } from '../src/index.js';

describe('objectId', () => {
  it('check 12: the same object always gets the same id', () => {
    const o = {};
    const id = objectId(o);
    expect(objectId(o)).toBe(id);
    expect(objectId(o)).toBe(id);
  });

  it('check 12: two new objects get consecutive positive integers n, n + 1', () => {
    const n = objectId({});
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(objectId({})).toBe(n + 1);
  });

  it('check 12: functions, arrays, class instances and other objects are accepted', () => {
    const values: object[] = [() => 1, function named() {}, [], new Map(), new (class X {})(), Object.create(null) as object, new Proxy({}, {})];
    const ids = values.map(objectId);
    expect(new Set(ids).size).toBe(values.length);
    for (const id of ids) expect(id).toBeGreaterThanOrEqual(1);
    expect(values.map(objectId)).toEqual(ids);
  });

  it('check 12: primitives have no identity and give 0', () => {
    for (const value of [1, 's', null, undefined, true, 0n, Symbol('x'), Symbol.for('y'), Number.NaN]) {
      expect(objectId(value)).toBe(0);
    }
  });

  it('never throws, even for a Proxy whose every trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        getPrototypeOf: () => {
          throw new Error('getPrototypeOf');
        },
      },
    );
    expect(objectId(hostile)).toBeGreaterThanOrEqual(1);
  });
});
