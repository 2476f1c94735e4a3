import { ITER_TO_AGEN_DEFAULT_STRICT, localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { iterToAgen } from '../src/index.js';
import { all, asyncSource, capture, counting, veto } from './support/helpers.js';

describe('iterToAgen', () => {
  it("check 1: yields the items and raises asyncutils.base.iter_to_agen with ['Array'] at the call", async () => {
    const { seen, off } = capture();
    try {
      const gen = iterToAgen([1, 2, 3]);
      expect(seen).toEqual([['asyncutils.base.iter_to_agen', ['Array']]]);
      expect(Object.prototype.toString.call(gen)).toBe('[object AsyncGenerator]');
      expect(await all(gen)).toEqual([1, 2, 3]);
      expect(seen).toHaveLength(1);
    } finally {
      off();
    }
  });

  it('check 1: a throwing hook makes the call throw and the source is untouched', () => {
    const src = counting([1, 2]);
    const error = new Error('no');
    using _veto = veto('asyncutils.base.iter_to_agen', error);
    expect(() => iterToAgen(src)).toThrow(error);
    expect(src.iterators).toBe(0);
    expect(src.pulls).toBe(0);
  });

  it('raises the event before validating, with the type name of the bad value', () => {
    const { seen, off } = capture();
    try {
      expect(() => iterToAgen(42 as never)).toThrow(TypeError);
      expect(seen).toEqual([['asyncutils.base.iter_to_agen', ['number']]]);
    } finally {
      off();
    }
  });

  it('check 2: a non-iterable is a TypeError naming the API', () => {
    expect(() => iterToAgen(42 as never)).toThrow(/asyncutils\.base\.iter_to_agen: cannot iterate over number synchronously or asynchronously/);
    expect(() => iterToAgen(null as never)).toThrow(TypeError);
    expect(() => iterToAgen({} as never)).toThrow(/cannot iterate over Object/);
  });

  it('check 2: strict refuses an async-only source, also through ITER_TO_AGEN_DEFAULT_STRICT', () => {
    const { gen } = asyncSource([1]);
    expect(() => iterToAgen(gen, { strict: true })).toThrow(TypeError);
    expect(() => iterToAgen(gen, { strict: true })).toThrow(/asyncutils\.base\.iter_to_agen: cannot iterate over AsyncGenerator/);
    localContext({ ITER_TO_AGEN_DEFAULT_STRICT: true }, () => {
      expect(ITER_TO_AGEN_DEFAULT_STRICT.get()).toBe(true);
      expect(() => iterToAgen(gen)).toThrow(TypeError);
      expect(() => iterToAgen(gen, { strict: false })).not.toThrow();
    });
    expect(() => iterToAgen(gen)).not.toThrow();
  });

  it('strict prefers the sync protocol of a source that has both', async () => {
    const both = {
      async *[Symbol.asyncIterator]() {
        yield 'async';
      },
      *[Symbol.iterator]() {
        yield 'sync';
      },
    };
    expect(await all(iterToAgen(both))).toEqual(['async']);
    expect(await all(iterToAgen(both, { strict: true }))).toEqual(['sync']);
  });

  it('rejects bad options', () => {
    expect(() => iterToAgen([1], 'x' as never)).toThrow(/asyncutils\.base\.iter_to_agen: options must be an object/);
    expect(() => iterToAgen([1], { strict: 1 as never })).toThrow(/strict must be a boolean, got 1/);
  });

  it('iterates strings by code point', async () => {
    expect(await all(iterToAgen('a😀'))).toEqual(['a', '😀']);
  });

  it('check 3: a sentinel ends the iteration and closes the source', async () => {
    const src = counting([1, 2, 0, 3]);
    expect(await all(iterToAgen(src, { sentinel: 0 }))).toEqual([1, 2]);
    expect(src.returned).toBe(1);
    expect(src.pulls).toBe(3);
  });

  it('check 3: sentinel undefined, NaN and -0 (SameValueZero)', async () => {
    expect(await all(iterToAgen([1, undefined, 2], { sentinel: undefined }))).toEqual([1]);
    expect(await all(iterToAgen([1, Number.NaN, 2], { sentinel: Number.NaN }))).toEqual([1]);
    expect(await all(iterToAgen([1, 0, 2], { sentinel: -0 }))).toEqual([1]);
    expect(await all(iterToAgen([1, -0, 2], { sentinel: 0 }))).toEqual([1]);
    expect(await all(iterToAgen([1, undefined, 2]))).toEqual([1, undefined, 2]);
  });

  it('a sentinel also ends an async source and closes it', async () => {
    const { gen, closed } = asyncSource(['a', 'stop', 'b']);
    expect(await all(iterToAgen(gen, { sentinel: 'stop' }))).toEqual(['a']);
    expect(closed()).toBe(true);
  });

  it('check 4: next(v) reaches a sync generator; throw is forwarded; return closes it', async () => {
    function* g(): Generator<number, void, number> {
      const x = yield 1;
      yield x * 2;
    }
    const gen = iterToAgen(g());
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(await gen.next(5)).toEqual({ value: 10, done: false });

    let closed = false;
    let caught: unknown;
    function* h(): Generator<string, void, unknown> {
      try {
        try {
          yield 'a';
        } catch (e) {
          caught = e;
          yield 'recovered';
        }
        yield 'b';
      } finally {
        closed = true;
      }
    }
    const boom = new Error('boom');
    const thrown = iterToAgen(h());
    await thrown.next();
    expect(await thrown.throw(boom)).toEqual({ value: 'recovered', done: false });
    expect(caught).toBe(boom);
    expect(closed).toBe(false);
    expect(await thrown.return(undefined)).toEqual({ value: undefined, done: true });
    expect(closed).toBe(true);
  });

  it('throw into a source without throw() closes it and rejects with the error', async () => {
    const src = counting([1, 2, 3]);
    const gen = iterToAgen(src);
    await gen.next();
    const boom = new Error('boom');
    await expect(gen.throw(boom)).rejects.toBe(boom);
    expect(src.returned).toBe(1);
    expect(await gen.next()).toEqual({ value: undefined, done: true });
  });

  it('throw into an async source without throw() closes it and rejects with the error', async () => {
    let returned = 0;
    const src = {
      [Symbol.asyncIterator]() {
        return {
          next: async () => ({ done: false, value: 1 }),
          return: async () => {
            returned++;
            return { done: true, value: undefined };
          },
        };
      },
    };
    const gen = iterToAgen(src);
    await gen.next();
    const boom = new Error('boom');
    await expect(gen.throw(boom)).rejects.toBe(boom);
    expect(returned).toBe(1);
  });

  it('return(v) passes v to the source and closes it', async () => {
    const got: unknown[] = [];
    const src = {
      [Symbol.iterator]() {
        return {
          next: () => ({ done: false, value: 1 }),
          return: (v: unknown) => {
            got.push(v);
            return { done: true, value: v };
          },
        };
      },
    };
    const gen = iterToAgen(src);
    await gen.next();
    expect(await gen.return('bye' as never)).toEqual({ value: 'bye', done: true });
    expect(got).toEqual(['bye']);
  });

  it('check 5: an async iterable is consumed with Symbol.asyncIterator and next(v) reaches it', async () => {
    const { gen: source, received, closed } = asyncSource([1, 2, 3]);
    const gen = iterToAgen(source);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(await gen.next('x')).toEqual({ value: 2, done: false });
    expect(await gen.next('y')).toEqual({ value: 3, done: false });
    expect(await gen.next('z')).toEqual({ value: undefined, done: true });
    expect(received).toEqual(['x', 'y', 'z']);
    expect(closed()).toBe(true);
  });

  it('items are passed through, not awaited (a promise item stays a promise)', async () => {
    const p = Promise.resolve(1);
    const [first] = await all(iterToAgen([p]));
    expect(first).toBe(p);
    const [second] = await all(iterToAgen((async function* () {
      yield p;
    })()));
    expect(second).toBe(1); // an async generator's own `yield` awaits; nothing is added on top
  });

  it('is lazy: the source iterator is obtained at the first next() and read one item per next()', async () => {
    const src = counting([1, 2, 3]);
    const gen = iterToAgen(src);
    expect(src.iterators).toBe(0);
    await gen.next();
    expect(src.iterators).toBe(1);
    expect(src.pulls).toBe(1);
    await gen.next();
    expect(src.pulls).toBe(2);
  });

  it('a generator returned before it starts never touches the source', async () => {
    const src = counting([1]);
    const gen = iterToAgen(src);
    await gen.return();
    expect(src.iterators).toBe(0);
    expect(src.returned).toBe(0);
  });

  it('errors thrown by the source reject the pending next()', async () => {
    const boom = new Error('source broke');
    function* bad(): Generator<number> {
      yield 1;
      throw boom;
    }
    const gen = iterToAgen(bad());
    await gen.next();
    await expect(gen.next()).rejects.toBe(boom);
    const badAsync = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(boom) }),
    };
    await expect(iterToAgen(badAsync).next()).rejects.toBe(boom);
  });

  it('a non-object iterator or iterator result is a TypeError', async () => {
    const noIterator = { [Symbol.iterator]: () => 5 } as unknown as Iterable<number>;
    await expect(iterToAgen(noIterator).next()).rejects.toThrow(/asyncutils\.base\.iter_to_agen: the iterator of Object is not an object \(got number\)/);
    const badResult = { [Symbol.iterator]: () => ({ next: () => 7 }) } as unknown as Iterable<number>;
    await expect(iterToAgen(badResult).next()).rejects.toThrow(/iterator result is not an object \(got number\)/);
  });

  it('check 6 (Node): a setImmediate callback runs before item 1025, and not before item 1024', async () => {
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    const gen = iterToAgen(Array.from({ length: 3000 }, (_, i) => i + 1));
    for (let k = 1; k <= 1024; k++) {
      const r = await gen.next();
      expect(r.value).toBe(k);
      if (ran) throw new Error(`a macrotask ran before item ${k}`);
    }
    expect(ran).toBe(false);
    expect((await gen.next()).value).toBe(1025);
    expect(ran).toBe(true);
    let count = 1025;
    for await (const _ of gen) count++;
    expect(count).toBe(3000);
  });
});
