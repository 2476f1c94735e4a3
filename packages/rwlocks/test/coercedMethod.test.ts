import { describe, expect, it } from 'vitest';
import { coercedMethod, createRWLock } from '../src/index.js';

describe('coercedMethod', () => {
  class A {
    declare m: (x: number) => number;
    v = 10;
  }
  function plus(self: A, x: number): number {
    return self.v + x;
  }
  A.prototype.m = coercedMethod(plus, A);

  it('check 14: passes the receiver; rejects a missing or incompatible receiver; keeps the name', () => {
    expect(new A().m(1)).toBe(11);
    expect(() => A.prototype.m.call(undefined as unknown as A, 1)).toThrow(TypeError);
    expect(() => A.prototype.m.call(undefined as unknown as A, 1)).toThrow(/incorrectly bound/);
    expect(() => A.prototype.m.call(null as unknown as A, 1)).toThrow('asyncutils.rwlocks.CoercedMethod: incorrectly bound (this is null)');
    expect(() => A.prototype.m.call({} as A, 1)).toThrow(TypeError);
    expect(() => A.prototype.m.call({} as A, 1)).toThrow(/asyncutils\.rwlocks\.CoercedMethod: called on an incompatible receiver/);
    expect(A.prototype.m.name).toBe('plus');
  });

  it('without owner accepts any non-nullish receiver, including subclasses and primitives', () => {
    const describeSelf = coercedMethod((self: unknown, suffix: string) => `${typeof self}${suffix}`);
    expect(describeSelf.call(5, '!')).toBe('number!');
    expect(describeSelf.call({}, '?')).toBe('object?');
    class B extends A {}
    expect(new B().m(2)).toBe(12);
  });

  it('binds a lock wrapper as a method (the upstream use)', async () => {
    class Store {
      declare get: (k: string) => Promise<number | undefined>;
      readonly data = new Map([['a', 1]]);
    }
    const lock = createRWLock();
    Store.prototype.get = coercedMethod(lock.reader(async (self: Store, k: string) => self.data.get(k)), Store);
    expect(await new Store().get('a')).toBe(1);
  });

  it('rejects a non-function fn or owner with TypeError', () => {
    expect(() => coercedMethod(3 as unknown as () => void)).toThrow(/CoercedMethod: fn must be a function, got 3/);
    expect(() => coercedMethod(() => 0, {} as unknown as abstract new () => object)).toThrow(/owner must be a class/);
  });
});
