import { describe, expect, it } from 'vitest';
import { AnyError, TypicalError } from '../src/categories.js';
import { errorMatcher } from '../src/errorMatcher.js';
import { QueueEmpty, QueueFull, QueueShutDown } from '../src/errors/asyncio.js';
import { Deadlock } from '../src/errors/critical.js';
import { PasswordError, WrongPassword } from '../src/errors/password.js';
import { IgnoreErrors } from '../src/IgnoreErrors.js';
import { thrown } from './support/harness.js';

const raise = (err: unknown) => (): never => {
  throw err;
};

describe('IgnoreErrors construction', () => {
  it('check 12: no types, or none, means [TypicalError]', () => {
    expect(new IgnoreErrors().exc).toEqual([TypicalError]);
    expect(new IgnoreErrors([]).exc).toEqual([TypicalError]);
    expect(new IgnoreErrors().but).toEqual([]);
  });

  it('check 12: a type both suppressed and excluded is dropped from both, and the result suppresses nothing', () => {
    const ig = new IgnoreErrors([RangeError], { exclude: [RangeError] });
    expect(ig.exc).toEqual([]);
    expect(ig.but).toEqual([]);
    expect(ig.suppresses(new RangeError())).toBe(false);
    expect(thrown(() => ig.run(raise('x')))).toBe('x');
  });

  it('check 12: exclusions that cannot matter are dropped; those that can are kept', () => {
    expect(new IgnoreErrors([QueueEmpty], { exclude: [QueueFull] }).but).toEqual([]);
    expect(new IgnoreErrors(Error, { exclude: [RangeError] }).but).toEqual([RangeError]);
    const matcher = errorMatcher('X');
    expect(new IgnoreErrors(RangeError, { exclude: [matcher] }).but).toEqual([matcher]);
    expect(new IgnoreErrors(PasswordError, { exclude: [WrongPassword] }).but).toEqual([WrongPassword]);
    expect(new IgnoreErrors(AnyError, { exclude: [Deadlock] }).but).toEqual([Deadlock]);
  });

  it('duplicates are dropped, first occurrence order kept; iterables are accepted', () => {
    expect(new IgnoreErrors([TypeError, RangeError, TypeError]).exc).toEqual([TypeError, RangeError]);
    expect(new IgnoreErrors(new Set([QueueEmpty])).exc).toEqual([QueueEmpty]);
  });

  it('check 12: a non-type throws TypeError', () => {
    const err = thrown(() => new IgnoreErrors([42 as unknown as typeof Error]));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.IgnoreErrors: 42 is not an error type');
    expect(() => new IgnoreErrors(42 as unknown as typeof Error)).toThrow(TypeError);
    expect(() => new IgnoreErrors(Error, { exclude: [null as unknown as typeof Error] })).toThrow(TypeError);
    expect(() => new IgnoreErrors(Error, 5 as never)).toThrow(/options must be an object/);
  });

  it('check 12: instances, exc and but are frozen', () => {
    const ig = new IgnoreErrors(Error, { exclude: [RangeError] });
    expect(Object.isFrozen(ig)).toBe(true);
    expect(Object.isFrozen(ig.exc)).toBe(true);
    expect(Object.isFrozen(ig.but)).toBe(true);
  });
});

describe('IgnoreErrors.run', () => {
  const ig = new IgnoreErrors(RangeError);

  it('check 11: passes values through; sync functions never give a promise', async () => {
    expect(ig.run(() => 5)).toBe(5);
    const p = ig.run(async () => 5);
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toBe(5);
    expect(ig.run(() => undefined)).toBeUndefined();
  });

  it('suppresses a matching sync throw and rethrows others unchanged', () => {
    expect(ig.run(raise(new RangeError('x')))).toBeUndefined();
    const other = new TypeError('t');
    expect(thrown(() => ig.run(raise(other)))).toBe(other);
  });

  it('check 11: an unsuppressed rejection rejects with the same reason; a suppressed one fulfils undefined', async () => {
    const other = new TypeError('t');
    await expect(ig.run(() => Promise.reject(other))).rejects.toBe(other);
    await expect(ig.run(() => Promise.reject(new RangeError()))).resolves.toBeUndefined();
  });

  it('handles any thenable', async () => {
    const thenable = { then: (_ok: (v: number) => void, fail: (e: unknown) => void) => fail(new RangeError()) };
    await expect(ig.run(() => thenable as PromiseLike<number>)).resolves.toBeUndefined();
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(ig.run(() => hostile)).toBe(hostile);
  });

  it('rejects a non-function', () => {
    expect(() => ig.run(5 as never)).toThrow(TypeError);
  });
});

describe('IgnoreErrors.wrap', () => {
  it('check 14: keeps this, arguments and name', async () => {
    const ig = new IgnoreErrors(RangeError);
    const g = ig.wrap(function f(this: { k: number }, x: number): number {
      if (x < 0) throw new RangeError();
      return this.k + x;
    });
    expect(g.name).toBe('f');
    expect(g.length).toBe(1);
    expect(g.call({ k: 1 }, 2)).toBe(3);
    expect(g.call({ k: 1 }, -1)).toBeUndefined();
    const h = ig.wrap(async (x: number) => {
      if (x < 0) throw new RangeError();
      return x;
    });
    await expect(h(-1)).resolves.toBeUndefined();
    await expect(h(2)).resolves.toBe(2);
    const t = ig.wrap((): never => {
      throw new TypeError('t');
    });
    expect(() => t()).toThrow('t');
    expect(() => ig.wrap(5 as never)).toThrow(TypeError);
  });
});

describe('IgnoreErrors.handle', () => {
  const ig = new IgnoreErrors(RangeError);

  it('check 15: works as a catch handler and in try/catch', async () => {
    await expect(Promise.reject(new RangeError()).catch(ig.handle)).resolves.toBeUndefined();
    const t = new TypeError();
    await expect(Promise.reject(t).catch(ig.handle)).rejects.toBe(t);
    const e = new TypeError('e');
    const caught = thrown(() => {
      try {
        throw e;
      } catch (x) {
        ig.handle(x);
      }
    });
    expect(caught).toBe(e);
    const { handle } = ig;
    expect(handle(new RangeError())).toBeUndefined();
  });
});

describe('IgnoreErrors.excluding and combined', () => {
  const typical = new IgnoreErrors();

  it('check 13: excluding', () => {
    const ig = typical.excluding(QueueFull);
    expect(ig.suppresses(new QueueEmpty())).toBe(true);
    expect(ig.suppresses(new QueueFull())).toBe(false);
    expect(ig.exc).toEqual([TypicalError]);
    expect(ig.but).toEqual([QueueFull]);
    expect(ig).not.toBe(typical);
  });

  it('check 13: combined with types, instances and iterables', () => {
    const both = new IgnoreErrors(QueueShutDown).combined(QueueEmpty);
    expect(both.suppresses(new QueueShutDown())).toBe(true);
    expect(both.suppresses(new QueueEmpty())).toBe(true);
    expect(both.suppresses(new QueueFull())).toBe(false);
    const four = new IgnoreErrors(QueueShutDown).combined([QueueEmpty, QueueFull], new IgnoreErrors(RangeError));
    for (const err of [new QueueShutDown(), new QueueEmpty(), new QueueFull(), new RangeError()]) expect(four.suppresses(err)).toBe(true);
    expect(four.suppresses(new TypeError())).toBe(false);
    const nested = new IgnoreErrors(QueueShutDown).combined([new IgnoreErrors(TypeError)]);
    expect(nested.exc).toEqual([QueueShutDown, TypeError]);
  });

  it('check 13: overlap between lists is dropped from both', () => {
    const ig = new IgnoreErrors(RangeError).combined(new IgnoreErrors(Error, { exclude: [RangeError] }));
    expect(ig.exc).toEqual([Error]);
    expect(ig.but).toEqual([]);
  });

  it('check 13: anything else throws TypeError', () => {
    expect(() => typical.combined(5 as never)).toThrow(TypeError);
    expect(() => typical.combined([[RangeError]] as never)).toThrow(TypeError);
    expect(() => typical.combined('RangeError' as never)).toThrow(TypeError);
  });
});

describe('IgnoreErrors.toString', () => {
  it('names the types and the exclusions', () => {
    expect(new IgnoreErrors(Error, { exclude: [RangeError] }).toString()).toBe('IgnoreErrors(Error).excluding(RangeError)');
    expect(String(new IgnoreErrors([QueueEmpty, errorMatcher('X')]))).toBe('IgnoreErrors(QueueEmpty, X).excluding()');
  });
});
