import { AsyncLocalStorage } from 'node:async_hooks';
import { hasAuditHooks } from '@asyncutils/audit';
import { InvalidStateError } from '@asyncutils/exceptions';
import { flush, isDomError, rejection, track } from '@asyncutils/tooling/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Future, type FutureCallbackContext } from '../src/index.js';
import { afterRejectionTracking, recordEvents, spyOnCallbackError, thrown, watchUnhandled } from './support/helpers.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('Future: state and results', () => {
  it('check 1: pending, then fulfilled once; result()/exception() of a pending future throw InvalidStateError', async () => {
    const fut = new Future<number>();
    expect(fut.state).toBe('pending');
    expect(fut.done()).toBe(false);
    expect(fut.cancelled()).toBe(false);
    for (const read of [() => fut.result(), () => fut.exception()]) {
      const error = thrown(read);
      expect(error).toBeInstanceOf(InvalidStateError);
      expect((error as Error).name).toBe('InvalidStateError');
    }
    expect(thrown(() => fut.result())).toHaveProperty('message', 'asyncutils.futures.Future.result: result is not set');
    expect(thrown(() => fut.exception())).toHaveProperty('message', 'asyncutils.futures.Future.exception: exception is not set');

    fut.setResult(1);
    expect(fut.done()).toBe(true);
    expect(fut.state).toBe('fulfilled');
    expect(fut.result()).toBe(1);
    expect(fut.exception()).toBeUndefined();
    expect(await fut).toBe(1);

    const again = thrown(() => fut.setResult(2));
    expect(again).toBeInstanceOf(InvalidStateError);
    expect(again).toHaveProperty('message', 'asyncutils.futures.Future.setResult: invalid state (fulfilled)');
    expect(thrown(() => fut.setException(new Error('x')))).toBeInstanceOf(InvalidStateError);
    expect(fut.result()).toBe(1);
  });

  it('check 2: setException rejects await, exception() returns it, result() throws it, and nothing is reported unhandled', async () => {
    using watch = watchUnhandled();
    const error = new RangeError('boom');
    const observed = new Future<number>();
    observed.setException(error);
    expect(observed.state).toBe('rejected');
    expect(observed.exception()).toBe(error);
    expect(thrown(() => observed.result())).toBe(error);
    expect(await rejection(observed)).toBe(error);

    // Nobody awaits these: one rejected before its promise exists, one after.
    const ignored = new Future<number>();
    ignored.setException(new Error('never observed'));
    const ignoredWithPromise = new Future<number>();
    void ignoredWithPromise.promise;
    ignoredWithPromise.setException(new Error('never observed either'));
    const late = new Future<number>();
    late.setException(new Error('promise created after the rejection'));
    void late.promise;
    await afterRejectionTracking();
    expect(watch.reasons).toEqual([]);
  });

  it('check 3: cancel() of a pending future cancels it with an AbortError; cancel(r) uses r; cancel() of a done future is false', async () => {
    const fut = new Future<number>();
    expect(fut.cancel()).toBe(true);
    expect(fut.cancelled()).toBe(true);
    expect(fut.done()).toBe(true);
    expect(fut.state).toBe('cancelled');
    const reason = await rejection(fut);
    expect(isDomError(reason, 'AbortError')).toBe(true);
    expect((reason as Error).message).toBe('asyncutils.futures.Future: cancelled');
    expect(thrown(() => fut.result())).toBe(reason);
    expect(thrown(() => fut.exception())).toBe(reason);

    const custom = { why: 'shutdown' };
    const fut2 = new Future<number>();
    expect(fut2.cancel(custom)).toBe(true);
    expect(await rejection(fut2)).toBe(custom);

    const done = new Future<number>();
    done.setResult(5);
    expect(done.cancel()).toBe(false);
    expect(done.state).toBe('fulfilled');
    expect(fut2.cancel('again')).toBe(false);
    expect(thrown(() => fut2.result())).toBe(custom);
  });

  it('check 4: setResult of a thenable throws TypeError and leaves the future pending', () => {
    const fut = new Future<unknown>();
    const error = thrown(() => fut.setResult(Promise.resolve(1)));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^asyncutils\.futures\.Future\.setResult: .*thenable.*Promise$/);
    expect(thrown(() => fut.setResult({ then: () => {} }))).toBeInstanceOf(TypeError);
    expect(fut.state).toBe('pending');
    fut.setResult({ then: 'not a function' });
    expect(fut.result()).toEqual({ then: 'not a function' });
  });

  it('regression: set_result of an awaitable stores it upstream; here it is a TypeError', () => {
    const fut = new Future<unknown>();
    const other = new Future<number>();
    expect(thrown(() => fut.setResult(other))).toBeInstanceOf(TypeError);
    expect(fut.done()).toBe(false);
  });

  it('regression: InvalidStateError is the class of @asyncutils/exceptions, not a DOMException (CROSSREF 5)', () => {
    const error = thrown(() => new Future().result());
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(DOMException);
  });

  it('regression: CancelledError becomes an AbortError DOMException reason', async () => {
    const fut = new Future();
    fut.cancel(undefined);
    expect(isDomError(await rejection(fut), 'AbortError')).toBe(true);
  });

  it('regression: an exception nobody retrieves is not reported (upstream logs it at GC)', async () => {
    using watch = watchUnhandled();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let i = 0; i < 10; i++) {
      const fut = new Future();
      if (i % 2) void fut.promise;
      if (i % 3) fut.setException(new Error(`e${i}`));
      else fut.cancel();
    }
    await afterRejectionTracking();
    expect(watch.reasons).toEqual([]);
    expect(log).not.toHaveBeenCalled();
  });

  it('the promise getter returns one promise settled with the future', async () => {
    const fut = new Future<string>();
    const p = fut.promise;
    expect(p).toBeInstanceOf(Promise);
    expect(fut.promise).toBe(p);
    const tracked = track(p);
    await flush();
    expect(tracked.state).toBe('pending');
    fut.setResult('x');
    await flush();
    expect(tracked.value).toBe('x');
    expect(fut.promise).toBe(p);

    const fulfilledFirst = new Future<number>();
    fulfilledFirst.setResult(3);
    expect(await fulfilledFirst.promise).toBe(3);
  });
});

describe('Future: thenable', () => {
  it('check 26: Promise.all and Promise.race adopt futures; await works', async () => {
    const a = new Future<number>();
    const b = new Future<string>();
    const all = Promise.all([a, b]);
    const race = Promise.race([a, b]);
    b.setResult('b');
    await flush();
    expect(track(all).state).toBe('pending');
    a.setResult(1);
    expect(await all).toEqual([1, 'b']);
    expect(await race).toBe('b');

    const c = new Future<number>();
    const viaThen = c.then((v) => v * 2);
    const viaCatch = c.then(undefined, () => 'no');
    c.setResult(21);
    expect(await viaThen).toBe(42);
    expect(await viaCatch).toBe(21);

    const d = new Future<number>();
    const caught = d.then(
      () => 'yes',
      (e: unknown) => e,
    );
    d.setException('bad');
    expect(await caught).toBe('bad');
  });

  it('regression: Future.__await__ becomes then: an async function can return a future', async () => {
    const fut = new Future<number>();
    const viaAsync = (async () => fut)();
    fut.setResult(9);
    expect(await viaAsync).toBe(9);
  });
});

describe('Future: done callbacks', () => {
  it('check 5: callbacks run in a microtask after settlement, in order, with the future; removeDoneCallback removes every registration', async () => {
    const fut = new Future<number>();
    const calls: [string, unknown][] = [];
    const first = (f: Future<number>): void => void calls.push(['first', f]);
    const second = (f: Future<number>): void => void calls.push(['second', f]);
    fut.addDoneCallback(first);
    fut.addDoneCallback(second);
    fut.setResult(1);
    expect(calls).toEqual([]);
    await Promise.resolve();
    expect(calls).toEqual([
      ['first', fut],
      ['second', fut],
    ]);

    const late: string[] = [];
    fut.addDoneCallback(() => void late.push('late'));
    expect(late).toEqual([]);
    await Promise.resolve();
    expect(late).toEqual(['late']);

    const fut2 = new Future<number>();
    const f = vi.fn();
    const g = vi.fn();
    fut2.addDoneCallback(f);
    fut2.addDoneCallback(g);
    fut2.addDoneCallback(f);
    expect(fut2.removeDoneCallback(f)).toBe(2);
    expect(fut2.removeDoneCallback(f)).toBe(0);
    fut2.setResult(2);
    await flush();
    expect(f).not.toHaveBeenCalled();
    expect(g).toHaveBeenCalledOnce();
    expect(new Future().removeDoneCallback(f)).toBe(0);
  });

  it('a duplicate done callback runs once per registration', async () => {
    const fut = new Future<number>();
    const f = vi.fn();
    fut.addDoneCallback(f);
    fut.addDoneCallback(f);
    fut.cancel();
    await flush();
    expect(f).toHaveBeenCalledTimes(2);
  });

  it('check 6: a throwing callback reaches Future.onCallbackError with the future; the next callback still runs', async () => {
    const spy = spyOnCallbackError();
    const fut = new Future<number>();
    const error = new Error('callback failed');
    const after = vi.fn();
    fut.addDoneCallback(() => {
      throw error;
    });
    fut.addDoneCallback(async () => {
      throw new Error('async failure');
    });
    fut.addDoneCallback(after);
    fut.setResult(1);
    await flush();
    expect(after).toHaveBeenCalledOnce();
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[0]).toEqual([error, fut]);
    expect(spy.mock.calls[1]?.[0]).toHaveProperty('message', 'async failure');
  });

  it('the default onCallbackError logs to console.error; errors thrown by a handler are ignored', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fut = new Future<number>();
    const error = new Error('logged');
    fut.addDoneCallback(() => {
      throw error;
    });
    fut.setResult(1);
    await flush();
    expect(log).toHaveBeenCalledWith('asyncutils.futures: callback failed', error);

    vi.spyOn(Future, 'onCallbackError').mockImplementation(() => {
      throw new Error('handler failed');
    });
    const fut2 = new Future<number>();
    const after = vi.fn();
    fut2.addDoneCallback(() => {
      throw error;
    });
    fut2.addDoneCallback(after);
    fut2.setResult(1);
    await flush();
    expect(after).toHaveBeenCalledOnce();
  });

  it('a subclass may install its own onCallbackError', async () => {
    const base = spyOnCallbackError();
    class Mine<T> extends Future<T> {
      static override onCallbackError = vi.fn();
    }
    const fut = new Mine<number>();
    fut.addDoneCallback(() => {
      throw new Error('x');
    });
    fut.setResult(1);
    await flush();
    expect(Mine.onCallbackError).toHaveBeenCalledOnce();
    expect(base).not.toHaveBeenCalled();
  });

  it('check 14: a context runner wraps the call; AsyncLocalStorage.snapshot() keeps the registration-time store', async () => {
    const fut = new Future<number>();
    const f = vi.fn();
    const run = vi.fn((fn: () => unknown) => fn()) as unknown as FutureCallbackContext;
    fut.addDoneCallback(f, { context: run });
    fut.setResult(1);
    await flush();
    expect(run).toHaveBeenCalledOnce();
    expect(vi.mocked(run).mock.calls[0]?.[0]).toBeTypeOf('function');
    expect(f).toHaveBeenCalledWith(fut);

    const store = new AsyncLocalStorage<string>();
    const fut2 = new Future<number>();
    const seen: (string | undefined)[] = [];
    store.run('registration', () => {
      fut2.addDoneCallback(() => void seen.push(store.getStore()), { context: AsyncLocalStorage.snapshot() });
      fut2.addDoneCallback(() => void seen.push(store.getStore()));
    });
    store.run('settlement', () => fut2.setResult(2));
    await flush();
    expect(seen).toEqual(['registration', 'settlement']);
  });

  it('regression: without context= the callback is called directly (upstream copied the context at registration)', async () => {
    const store = new AsyncLocalStorage<string>();
    const fut = new Future<number>();
    let seen: string | undefined;
    store.run('registration', () => fut.addDoneCallback(() => void (seen = store.getStore())));
    store.run('settlement', () => fut.setResult(1));
    await flush();
    expect(seen).toBe('settlement');
  });

  it('regression: callbacks run in microtasks, not on an event loop (no loop argument)', async () => {
    vi.useFakeTimers();
    try {
      const fut = new Future<number>();
      const f = vi.fn();
      fut.addDoneCallback(f);
      fut.setResult(1);
      await Promise.resolve();
      expect(f).toHaveBeenCalledOnce();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a context runner that throws reports the error; the callback then did not run', async () => {
    const spy = spyOnCallbackError();
    const fut = new Future<number>();
    const f = vi.fn();
    const error = new Error('runner');
    fut.addDoneCallback(f, {
      context: () => {
        throw error;
      },
    });
    fut.setResult(1);
    await flush();
    expect(f).not.toHaveBeenCalled();
    expect(spy).toHaveBeenCalledWith(error, fut);
  });

  it('bad callbacks and options are TypeErrors naming the API', () => {
    const fut = new Future<number>();
    expect(thrown(() => fut.addDoneCallback(42 as never))).toEqual(
      new TypeError('asyncutils.futures.Future.addDoneCallback: the callback must be a function, got number'),
    );
    expect(thrown(() => fut.addDoneCallback(() => {}, null as never))).toEqual(
      new TypeError('asyncutils.futures.Future.addDoneCallback: options must be an object, got null'),
    );
    expect(thrown(() => fut.addDoneCallback(() => {}, 'x' as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => fut.addDoneCallback(() => {}, { context: 'x' as never }))).toEqual(
      new TypeError('asyncutils.futures.Future.addDoneCallback: options.context must be a function, got string'),
    );
    expect(thrown(() => fut.removeDoneCallback(null as never))).toEqual(
      new TypeError('asyncutils.futures.Future.removeDoneCallback: the callback must be a function, got null'),
    );
    fut.addDoneCallback(() => {}, { context: undefined });
    fut.addDoneCallback(() => {}, {});
  });

  it('a plain Future raises no audit event', async () => {
    using rec = recordEvents();
    const fut = new Future<number>();
    fut.addDoneCallback(() => {});
    fut.setResult(1);
    new Future().cancel();
    new Future().setException(1);
    await flush();
    expect(rec.events).toEqual([]);
  });

  it('property: every settle path settles once; each registered, unremoved callback runs exactly once, in order', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constantFrom('setResult' as const, 'setException' as const, 'cancel' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 20 }), async (ops) => {
        const fut = new Future<number>();
        const calls: number[] = [];
        const fns = [0, 1, 2, 3].map((id) => () => void calls.push(id));
        const expected: number[] = [];
        let settledBy: string | undefined;
        let pending: number[] = [];
        for (const o of ops) {
          if (o.kind === 'add') {
            fut.addDoneCallback(fns[o.id] as () => void);
            if (settledBy === undefined) pending.push(o.id);
            else expected.push(o.id);
          } else if (o.kind === 'remove') {
            const before = pending.length;
            const removed = fut.removeDoneCallback(fns[o.id] as () => void);
            pending = pending.filter((id) => id !== o.id);
            expect(removed).toBe(settledBy === undefined ? before - pending.length : 0);
          } else if (settledBy === undefined) {
            if (o.kind === 'cancel') expect(fut.cancel()).toBe(true);
            else fut[o.kind](1);
            settledBy = o.kind;
            expected.unshift(...pending);
            pending = [];
          } else if (o.kind === 'cancel') {
            expect(fut.cancel()).toBe(false);
          } else {
            expect(thrown(() => fut[o.kind](1))).toBeInstanceOf(InvalidStateError);
          }
        }
        await flush(3);
        expect(calls).toEqual(expected);
        expect(fut.done()).toBe(settledBy !== undefined);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Future: class', () => {
  it('toString names the class and the state; constructor.name is the class name', () => {
    const fut = new Future<number>();
    expect(String(fut)).toBe('asyncutils.futures.Future(pending)');
    fut.setException(1);
    expect(`${fut}`).toBe('asyncutils.futures.Future(rejected)');
    expect(fut.constructor.name).toBe('Future');
    expect(Future.name).toBe('Future');
  });
});
