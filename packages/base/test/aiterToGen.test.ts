import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { aiterToGen } from '../src/index.js';
import { asyncSource, capture, counting, veto } from './support/helpers.js';

describe('aiterToGen', () => {
  it("check 7: a sync iterable gives a sync generator and raises asyncutils.base.aiter_to_gen with ['Array']", () => {
    const { seen, off } = capture();
    try {
      const gen = aiterToGen([1, 2]);
      expect(seen).toEqual([['asyncutils.base.aiter_to_gen', ['Array']]]);
      expect(Object.prototype.toString.call(gen)).toBe('[object Generator]');
      expect([...gen]).toEqual([1, 2]);
    } finally {
      off();
    }
  });

  it('check 7: an async iterable throws Error (cannot block on a promise) after raising the event', () => {
    const { gen } = asyncSource([1]);
    const { seen, off } = capture();
    try {
      let error: unknown;
      try {
        aiterToGen(gen);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^asyncutils\.base\.aiter_to_gen: .*cannot block on a promise/);
      expect(seen).toEqual([['asyncutils.base.aiter_to_gen', ['AsyncGenerator']]]);
    } finally {
      off();
    }
  });

  it('regression: an async iterable fails at the call, not at the first next() (Not portable: aiter_to_gen on an async iterable)', () => {
    const { gen } = asyncSource([1]);
    expect(() => aiterToGen(gen)).toThrow(/cannot iterate an async iterable synchronously; the only thread cannot block on a promise \(use for await or iterToAgen\)/);
  });

  it('check 7: strict with a sync-only source, and a non-iterable, throw TypeError', () => {
    expect(() => aiterToGen([1], { strict: true })).toThrow(TypeError);
    expect(() => aiterToGen([1], { strict: true })).toThrow(/asyncutils\.base\.aiter_to_gen: cannot iterate over Array synchronously or asynchronously/);
    expect(() => aiterToGen(5 as never)).toThrow(TypeError);
    expect(() => aiterToGen(5 as never)).toThrow(/cannot iterate over number/);
  });

  it('strict with an async source throws the cannot-block Error; AITER_TO_GEN_DEFAULT_STRICT is read at the call', () => {
    const both = { *[Symbol.iterator]() {}, async *[Symbol.asyncIterator]() {} };
    expect(() => aiterToGen(both, { strict: true })).toThrow(/cannot block on a promise/);
    expect(() => aiterToGen(both)).not.toThrow();
    localContext({ AITER_TO_GEN_DEFAULT_STRICT: true }, () => {
      expect(() => aiterToGen(both)).toThrow(/cannot block on a promise/);
      expect(() => aiterToGen([1])).toThrow(TypeError);
    });
  });

  it('a throwing hook vetoes the call before validation; nothing is read', () => {
    const src = counting([1]);
    const error = new Error('vetoed');
    using _veto = veto('asyncutils.base.aiter_to_gen', error);
    expect(() => aiterToGen(src)).toThrow(error);
    expect(() => aiterToGen(5 as never)).toThrow(error);
    expect(src.iterators).toBe(0);
  });

  it('rejects bad options', () => {
    expect(() => aiterToGen([1], 3 as never)).toThrow(/asyncutils\.base\.aiter_to_gen: options must be an object, got 3/);
    expect(() => aiterToGen([1], { strict: 'yes' as never })).toThrow(/strict must be a boolean, got "yes"/);
  });

  it('delegates next(v), throw(e) and return(v) to a sync generator', () => {
    let caught: unknown;
    let closed = false;
    function* g(): Generator<number, void, number> {
      try {
        const x = yield 1;
        try {
          yield x * 2;
        } catch (e) {
          caught = e;
          yield -1;
        }
        yield 99;
      } finally {
        closed = true;
      }
    }
    const gen = aiterToGen(g());
    expect(gen.next()).toEqual({ value: 1, done: false });
    expect(gen.next(4)).toEqual({ value: 8, done: false });
    const boom = new Error('boom');
    expect(gen.throw(boom)).toEqual({ value: -1, done: false });
    expect(caught).toBe(boom);
    expect(gen.return()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(true);
  });

  it('throw into a source without throw() closes it and throws the error; return(v) passes v on', () => {
    const src = counting([1, 2]);
    const gen = aiterToGen(src);
    gen.next();
    const boom = new Error('boom');
    expect(() => gen.throw(boom)).toThrow(boom);
    expect(src.returned).toBe(1);

    const got: unknown[] = [];
    const withReturn = {
      [Symbol.iterator]: () => ({
        next: () => ({ done: false, value: 1 }),
        return: (v: unknown) => (got.push(v), { done: true, value: v }),
      }),
    };
    const gen2 = aiterToGen(withReturn);
    gen2.next();
    expect(gen2.return('v' as never)).toEqual({ value: 'v', done: true });
    expect(got).toEqual(['v']);
  });

  it('is lazy, and a non-object iterator is a TypeError at the first next()', () => {
    const src = counting([1]);
    const gen = aiterToGen(src);
    expect(src.iterators).toBe(0);
    gen.return();
    expect(src.iterators).toBe(0);
    const bad = { [Symbol.iterator]: () => null } as unknown as Iterable<number>;
    expect(() => aiterToGen(bad).next()).toThrow(/asyncutils\.base\.aiter_to_gen: the iterator of Object is not an object \(got null\)/);
  });
});
