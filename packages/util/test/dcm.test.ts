import { describe, expect, it } from 'vitest';
import { localContext } from '@asyncutils/context';
import { DualContextManager } from '../src/DualContextManager.js';
import { dcm, dualcontextmanager } from '../src/dcm.js';
import { rejection, thrown } from './support/hooks.js';

/** The upstream test's generator: yields 67, pushes 41 in `finally`. */
function* tracked(a: number[]): Generator<number, void, unknown> {
  try {
    yield 67;
  } finally {
    a.push(41);
  }
}

describe('dualcontextmanager', () => {
  it('check 22: upstream test port, sync and async entry', async () => {
    const dc = dualcontextmanager(tracked);
    const a: number[] = [];
    {
      using cm = dc(a).enter();
      expect(cm.value).toBe(67);
      expect(a).toEqual([]);
    }
    expect(a.pop()).toBe(41);
    {
      await using cm = await dc(a).enterAsync();
      expect(cm.value).toBe(67);
      expect(a).toEqual([]);
    }
    expect(a.pop()).toBe(41);
    expect(a).toEqual([]);
  });

  it('check 23: run returns fn\'s result and runs finally; errors are rethrown after finally', () => {
    const dc = dualcontextmanager(tracked);
    const a: number[] = [];
    expect(dc(a).run((v) => v + 1)).toBe(68);
    expect(a).toEqual([41]);
    const e = new Error('e');
    expect(
      thrown(() =>
        dc(a).run(() => {
          throw e;
        }),
      ),
    ).toBe(e);
    expect(a).toEqual([41, 41]);
  });

  it('check 23: a generator that catches the error and returns suppresses it', () => {
    const seen: unknown[] = [];
    const dc = dualcontextmanager(function* () {
      try {
        yield 'v';
      } catch (err) {
        seen.push(err);
      }
    });
    const e = new Error('swallowed');
    expect(
      dc().run(() => {
        throw e;
      }),
    ).toBeUndefined();
    expect(seen).toEqual([e]);
    const cm = dc().enter();
    expect(cm.exit(e)).toBe(true);
  });

  it('exit(err): a rethrown same error → false; another error propagates; a second yield → didn\'t stop after throw', () => {
    const e = new Error('same');
    const plain = dualcontextmanager(function* () {
      yield 1;
    });
    expect(plain().enter().exit(e)).toBe(false);
    const other = new RangeError('other');
    const replacing = dualcontextmanager(function* () {
      try {
        yield 1;
      } catch {
        throw other;
      }
    });
    expect(thrown(() => replacing().enter().exit(e))).toBe(other);
    const closed: string[] = [];
    const stubborn = dualcontextmanager(function* () {
      try {
        yield 1;
      } catch {
        yield 2;
      } finally {
        closed.push('closed');
      }
    });
    expect(() => stubborn().enter().exit(e)).toThrow(/generator didn't stop after throw/);
    expect(closed).toEqual(['closed']);
    const cm = plain().enter();
    expect(cm.exit(undefined)).toBe(false);
    expect(cm.exit()).toBe(false);
  });

  it('check 24: errors for misuse', async () => {
    const never = dualcontextmanager(function* () {});
    const e1 = thrown(() => never().enter()) as Error;
    expect(e1).toBeInstanceOf(Error);
    expect(e1.message).toMatch(/didn't yield/);
    expect(e1.message).toBe("asyncutils.util.dualcontextmanager: generator didn't yield");

    const log: string[] = [];
    const twice = dualcontextmanager(function* () {
      try {
        yield 1;
        yield 2;
      } finally {
        log.push('finally');
      }
    });
    const cm = twice().enter();
    expect(() => cm.exit()).toThrow(/didn't stop/);
    expect(log).toEqual(['finally']);

    const dc = dualcontextmanager(tracked);
    const entered = dc([]).enter();
    expect(() => entered.enter()).toThrow(/already entered/);
    expect(() => entered.enter()).toThrow('asyncutils.util.dualcontextmanager: context manager already entered');
    expect(() => dc([]).exit()).toThrow(/never entered/);
    expect(await rejection(entered.exitAsync())).toHaveProperty('message', 'asyncutils.util.dualcontextmanager: cannot exit sync context manager asynchronously');
    expect(await rejection(entered.enterAsync())).toHaveProperty('message', 'asyncutils.util.dualcontextmanager: context manager already entered synchronously');
    expect(entered.exit()).toBe(false);

    const asyncEntered = await dc([]).enterAsync();
    expect(() => asyncEntered.enter()).toThrow('asyncutils.util.dualcontextmanager: context manager already entered asynchronously');
    expect(await rejection(asyncEntered.enterAsync())).toHaveProperty('message', 'asyncutils.util.dualcontextmanager: context manager already entered');
    expect(() => asyncEntered.exit()).toThrow('asyncutils.util.dualcontextmanager: cannot exit async context manager synchronously');
    expect(() => asyncEntered[Symbol.dispose]()).toThrow(/cannot exit async context manager synchronously/);
    expect(await asyncEntered.exitAsync()).toBe(false);
    expect(await rejection(dc([]).exitAsync())).toHaveProperty('message', 'asyncutils.util.dualcontextmanager: context manager was never entered');
    expect(() => dc([]).value).toThrow('asyncutils.util.dualcontextmanager: context manager was never entered');
  });

  it('check 25: async generators enter asynchronously only; runAsync works', async () => {
    const log: string[] = [];
    const agen = dualcontextmanager(async function* (x: number) {
      log.push('setup');
      try {
        yield x * 2;
      } finally {
        log.push('teardown');
      }
    });
    const e = thrown(() => agen(1).enter());
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toBe('asyncutils.util.dualcontextmanager: cannot enter an async generator synchronously');
    {
      await using cm = await agen(2).enterAsync();
      expect(cm.value).toBe(4);
    }
    expect(await agen(3).runAsync(async (v) => v + 1)).toBe(7);
    expect(log).toEqual(['setup', 'teardown', 'setup', 'teardown']);
    const err = new Error('async fail');
    expect(
      await rejection(
        agen(1).runAsync(async () => {
          throw err;
        }),
      ),
    ).toBe(err);
  });

  it('check 25 / regression: strict restricts a sync generator to sync entry (enterAsync rejects TypeError); the decorator form', async () => {
    const strict = dualcontextmanager({ strict: true })(tracked);
    const err = await rejection(strict([]).enterAsync());
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toBe('asyncutils.util.dualcontextmanager: strict manager of a sync generator cannot be entered asynchronously');
    expect(strict([]).run((v) => v)).toBe(67);
    expect(strict([]).strict).toBe(true);
    const viaOpts = dualcontextmanager(tracked, { strict: true });
    expect(await rejection(viaOpts([]).enterAsync())).toBeInstanceOf(TypeError);
    const strictAsync = dualcontextmanager({ strict: true })(async function* () {
      yield 1;
    });
    expect(await strictAsync().runAsync((v) => v)).toBe(1);
    expect(dualcontextmanager()(tracked)([]).strict).toBe(false);
  });

  it('reads DUAL_CONTEXT_MANAGER_DEFAULT_STRICT when the factory is called', async () => {
    const dc = dualcontextmanager(tracked);
    const cm = localContext({ DUAL_CONTEXT_MANAGER_DEFAULT_STRICT: true }, () => dc([]));
    expect(cm.strict).toBe(true);
    expect(await rejection(cm.enterAsync())).toBeInstanceOf(TypeError);
    expect(dc([]).strict).toBe(false);
    const explicit = localContext({ DUAL_CONTEXT_MANAGER_DEFAULT_STRICT: true }, () => dualcontextmanager(tracked, { strict: false })([]));
    expect(explicit.strict).toBe(false);
  });

  it('check 26: dcm(genFn) behaves as dualcontextmanager(genFn); dispose of a never-entered manager is a no-op', async () => {
    const a: number[] = [];
    const factory = dcm(tracked);
    expect(factory.name).toBe('tracked');
    const cm = factory(a);
    expect(cm).toBeInstanceOf(DualContextManager);
    expect(cm.run((v) => v)).toBe(67);
    expect(a).toEqual([41]);
    const fresh = factory(a);
    expect(() => fresh[Symbol.dispose]()).not.toThrow();
    await fresh[Symbol.asyncDispose]();
    expect(a).toEqual([41]);
  });

  it('dispose after exit is a no-op; asyncDispose exits a sync-entered manager', async () => {
    const a: number[] = [];
    const dc = dcm(tracked);
    const cm = dc(a).enter();
    await cm[Symbol.asyncDispose]();
    expect(a).toEqual([41]);
    cm[Symbol.dispose]();
    await cm[Symbol.asyncDispose]();
    expect(a).toEqual([41]);
    const asyncCm = await dc(a).enterAsync();
    await asyncCm[Symbol.asyncDispose]();
    await asyncCm[Symbol.asyncDispose]();
    expect(a).toEqual([41, 41]);
  });

  it('regression: using cannot see the block error: disposal exits without one (finally runs, catch does not)', () => {
    const seen: string[] = [];
    const dc = dcm(function* () {
      try {
        yield 1;
      } catch {
        seen.push('catch');
      } finally {
        seen.push('finally');
      }
    });
    const e = new Error('block');
    expect(
      thrown(() => {
        using _cm = dc().enter();
        throw e;
      }),
    ).toBe(e);
    expect(seen).toEqual(['finally']);
  });

  it('exitAsync mirrors exit: suppression, rethrow, replacement, stubborn generators', async () => {
    const e = new Error('e');
    const suppress = dcm(async function* () {
      try {
        yield 1;
      } catch {
        /* suppressed */
      }
    });
    expect(await (await suppress().enterAsync()).exitAsync(e)).toBe(true);
    expect(
      await suppress().runAsync(() => {
        throw e;
      }),
    ).toBeUndefined();
    const plain = dcm(async function* () {
      yield 1;
    });
    expect(await (await plain().enterAsync()).exitAsync(e)).toBe(false);
    const other = new RangeError('other');
    const replacing = dcm(async function* () {
      try {
        yield 1;
      } catch {
        throw other;
      }
    });
    expect(await rejection((await replacing().enterAsync()).exitAsync(e))).toBe(other);
    const closed: string[] = [];
    const stubborn = dcm(async function* () {
      try {
        yield 1;
        yield 2;
      } catch {
        yield 3;
      } finally {
        closed.push('closed');
      }
    });
    expect(await rejection((await stubborn().enterAsync()).exitAsync(e))).toHaveProperty(
      'message',
      "asyncutils.util.dualcontextmanager: async generator didn't stop after throw",
    );
    expect(await rejection((await stubborn().enterAsync()).exitAsync())).toHaveProperty('message', "asyncutils.util.dualcontextmanager: async generator didn't stop");
    expect(closed).toEqual(['closed', 'closed']);
    const never = dcm(async function* () {});
    expect(await rejection(never().enterAsync())).toHaveProperty('message', "asyncutils.util.dualcontextmanager: async generator didn't yield");
    expect(await rejection(dcm(function* () {})().enterAsync())).toHaveProperty('message', "asyncutils.util.dualcontextmanager: async generator didn't yield");
  });

  it('works with plain iterables lacking throw/return (errors are then not suppressed)', async () => {
    const dc = dcm(() => [5]);
    expect(dc().run((v) => v)).toBe(5);
    const e = new Error('e');
    expect(
      thrown(() =>
        dc().run(() => {
          throw e;
        }),
      ),
    ).toBe(e);
    const asyncIterable = {
      async *[Symbol.asyncIterator]() {
        yield 9;
      },
    };
    expect(await dcm(() => asyncIterable)().runAsync((v) => v)).toBe(9);
    const bare = {
      [Symbol.asyncIterator]: () => ({ next: async () => ({ done: false, value: 1 }) }),
    };
    expect(await rejection(dcm(() => bare)().runAsync(() => Promise.reject(e)))).toBe(e);
    const sync = dcm(() => ({ [Symbol.iterator]: () => ({ next: () => ({ done: false, value: 2 }) }) }));
    expect(() => sync().run(() => 0)).toThrow(/generator didn't stop/);
  });

  it('forwards this and arguments to the generator function when the factory is called', () => {
    let calls = 0;
    const obj = {
      base: 5,
      make: dcm(function (this: { base: number }, x: number) {
        calls++;
        return [this.base + x];
      }),
    };
    const cm = obj.make(1);
    expect(calls).toBe(1);
    expect(cm.run((v) => v)).toBe(6);
  });

  it('rejects bad input with TypeError', () => {
    expect(() => dualcontextmanager(5 as never)).toThrow(/options must be an object, got 5/);
    expect(() => dualcontextmanager({ strict: 'yes' as never })).toThrow(/strict must be a boolean/);
    expect(() => dualcontextmanager(tracked, { strict: 1 as never })).toThrow(TypeError);
    expect(() => dualcontextmanager({})(3 as never)).toThrow(/generator function must be a function/);
    expect(() => dcm(null as never)).toThrow(TypeError);
    expect(() => dcm(() => 5 as never)()).toThrow('asyncutils.util.dualcontextmanager: the generator function must return a generator (an iterable or async iterable), got 5');
    expect(() => dcm(() => null as never)()).toThrow(TypeError);
    expect(() => dcm(tracked)([]).run(3 as never)).toThrow(/fn must be a function/);
  });
});
