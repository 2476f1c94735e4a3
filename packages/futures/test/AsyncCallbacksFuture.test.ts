import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush, rejection } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncCallbacksFuture, Future, TimeAwareFuture, UniqueCallbacksFuture } from '../src/index.js';
import { recordEvents, spyOnCallbackError, thrown, veto } from './support/helpers.js';

const EVENT = 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('AsyncCallbacksFuture', () => {
  it('check 7: one microtask runs async, done, no-arg async, then no-arg callbacks, after setResult returned', async () => {
    const fut = new AsyncCallbacksFuture<number>();
    const calls: [string, unknown[]][] = [];
    const record =
      (label: string) =>
      (...args: unknown[]): void =>
        void calls.push([label, args]);
    fut.addNoargsCallback(record('S1'));
    fut.addNoargsAsyncCallback(async (...args: unknown[]) => record('N1')(...args));
    fut.addDoneCallback(record('D1'));
    fut.addAsyncCallback(async (f) => record('A1')(f));
    fut.addNoargsCallback(record('S2'));
    fut.addAsyncCallback(async (f) => record('A2')(f));
    fut.setResult(1);
    expect(calls).toEqual([]);
    await Promise.resolve();
    expect(calls).toEqual([
      ['A1', [fut]],
      ['A2', [fut]],
      ['D1', [fut]],
      ['N1', []],
      ['S1', []],
      ['S2', []],
    ]);
  });

  it('callbacks added to a done future run in a later microtask, each kind with its arguments', async () => {
    const fut = new AsyncCallbacksFuture<number>();
    fut.setResult(1);
    const calls: [string, unknown[]][] = [];
    fut.addAsyncCallback(async (...args: unknown[]) => void calls.push(['A', args]));
    fut.addNoargsCallback((...args: unknown[]) => void calls.push(['S', args]));
    fut.addNoargsAsyncCallback(async (...args: unknown[]) => void calls.push(['N', args]));
    expect(calls).toEqual([]);
    await flush();
    expect(calls).toEqual([
      ['A', [fut]],
      ['S', []],
      ['N', []],
    ]);
  });

  it('a rejected async callback goes to onCallbackError; it is not awaited by the future', async () => {
    const spy = spyOnCallbackError();
    const fut = new AsyncCallbacksFuture<number>();
    const error = new Error('async callback failed');
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const next = vi.fn();
    fut.addAsyncCallback(async () => {
      await blocked;
      throw error;
    });
    fut.addNoargsAsyncCallback(async () => {
      throw error;
    });
    fut.addNoargsCallback(next);
    fut.setResult(1);
    expect(await fut).toBe(1);
    await flush();
    expect(next).toHaveBeenCalledOnce();
    expect(spy).toHaveBeenCalledTimes(1);
    release();
    await flush();
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy).toHaveBeenLastCalledWith(error, fut);
  });

  it('the remove methods remove every registration of their own kind and return the count', async () => {
    const fut = new AsyncCallbacksFuture<number>();
    const f = vi.fn();
    fut.addAsyncCallback(f);
    fut.addAsyncCallback(f);
    fut.addNoargsCallback(f);
    fut.addNoargsAsyncCallback(f);
    fut.addDoneCallback(f);
    expect(fut.removeAsyncCallback(f)).toBe(2);
    expect(fut.removeAsyncCallback(f)).toBe(0);
    expect(fut.removeNoargsCallback(f)).toBe(1);
    expect(fut.removeNoargsAsyncCallback(f)).toBe(1);
    fut.setResult(1);
    await flush();
    expect(f).toHaveBeenCalledOnce();
    expect(f).toHaveBeenCalledWith(fut);
    expect(thrown(() => fut.removeNoargsCallback('f' as never))).toEqual(
      new TypeError('asyncutils.futures.AsyncCallbacksFuture.removeNoargsCallback: the callback must be a function, got string'),
    );
    expect(thrown(() => fut.addNoargsAsyncCallback(undefined as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => fut.addAsyncCallback(() => {}, { context: 1 as never }))).toBeInstanceOf(TypeError);
  });

  it('check 9 (upstream test port): no-arg callbacks settle other futures', async () => {
    const fut = new AsyncCallbacksFuture<void>();
    const fut2 = new UniqueCallbacksFuture<undefined>();
    const fut3 = new TimeAwareFuture<number>();
    const fut4 = new Future<number>();
    fut.addNoargsCallback(() => fut2.setResult(undefined));
    fut.addNoargsAsyncCallback(async () => fut3.setException(new RangeError('foo')));
    fut.cancel();
    await flush();
    expect(fut2.done()).toBe(true);
    expect(fut2.result()).toBeUndefined();
    expect(thrown(() => fut3.result())).toEqual(new RangeError('foo'));
    fut2.addNoargsCallback(() => fut4.setResult(67));
    expect(await fut4).toBe(67);
    expect(fut.cancelled()).toBe(true);
  });

  it('check 10: setResult raises the event with [objectId(fut)] once, before any callback runs, even without callbacks', async () => {
    const ran: string[] = [];
    const atEvent: string[][] = [];
    using rec = recordEvents(() => atEvent.push([...ran]));
    const fut = new AsyncCallbacksFuture<number>();
    fut.addAsyncCallback(async () => void ran.push('A'));
    fut.addDoneCallback(() => void ran.push('D'));
    fut.setResult(1);
    expect(rec.events).toEqual([{ event: EVENT, args: [objectId(fut)] }]);
    expect(atEvent).toEqual([[]]);
    await flush();
    expect(ran).toEqual(['A', 'D']);
    expect(rec.events).toHaveLength(1);
    expect(fut.cancel()).toBe(false);
    expect(rec.events).toHaveLength(1);

    const bare = new AsyncCallbacksFuture<number>();
    bare.setException(new Error('x'));
    const cancelled = new AsyncCallbacksFuture<number>();
    cancelled.cancel();
    expect(rec.events.slice(1)).toEqual([
      { event: EVENT, args: [objectId(bare)] },
      { event: EVENT, args: [objectId(cancelled)] },
    ]);
  });

  it('check 11: a hook throwing on the event makes setResult throw it; the future stays settled and its callbacks never run', async () => {
    const error = new Error('vetoed');
    const callback = vi.fn();
    const fut = new AsyncCallbacksFuture<number>();
    fut.addAsyncCallback(callback);
    fut.addDoneCallback(callback);
    fut.addNoargsCallback(callback);
    fut.addNoargsAsyncCallback(callback);
    {
      using _veto = veto(EVENT, error);
      expect(thrown(() => fut.setResult(5))).toBe(error);
    }
    expect(fut.done()).toBe(true);
    expect(fut.result()).toBe(5);
    expect(await fut).toBe(5);
    await flush();
    expect(callback).not.toHaveBeenCalled();

    // The same holds for setException and cancel; later registrations on the done future still run.
    const fut2 = new AsyncCallbacksFuture<number>();
    const fut3 = new AsyncCallbacksFuture<number>();
    fut2.addDoneCallback(callback);
    {
      using _veto = veto(EVENT, error);
      expect(thrown(() => fut2.setException(new Error('e')))).toBe(error);
      expect(thrown(() => fut3.cancel())).toBe(error);
    }
    expect(fut2.state).toBe('rejected');
    expect(fut3.state).toBe('cancelled');
    expect(await rejection(fut2)).toHaveProperty('message', 'e');
    await flush();
    expect(callback).not.toHaveBeenCalled();
    fut2.addDoneCallback(callback);
    await flush();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('check 25: toString of a fulfilled AsyncCallbacksFuture', () => {
    const fut = new AsyncCallbacksFuture<number>();
    expect(fut.toString()).toBe('asyncutils.futures.AsyncCallbacksFuture(pending)');
    fut.setResult(1);
    expect(fut.toString()).toBe('asyncutils.futures.AsyncCallbacksFuture(fulfilled)');
    expect(fut.constructor.name).toBe('AsyncCallbacksFuture');
  });

  it('is a Future, not a Task; instanceof follows features', () => {
    const fut = new AsyncCallbacksFuture<number>();
    expect(fut).toBeInstanceOf(Future);
    expect(fut).toBeInstanceOf(AsyncCallbacksFuture);
    expect(fut).not.toBeInstanceOf(UniqueCallbacksFuture);
    expect(fut).not.toBeInstanceOf(TimeAwareFuture);
  });
});
