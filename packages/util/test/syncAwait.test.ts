import { describe, expect, it, vi } from 'vitest';
import { Deadlock } from '@asyncutils/exceptions';
import { Future, Task } from '@asyncutils/futures';
import { syncAwait } from '../src/syncAwait.js';
import { record, thrown, veto } from './support/hooks.js';

describe('syncAwait', () => {
  it('check 1: a native promise raises sync_await with [Promise], then throws Deadlock', () => {
    using rec = record();
    const err = thrown(() => syncAwait(Promise.resolve(1)));
    expect(rec.events).toEqual([['asyncutils.util.sync_await', ['Promise']]]);
    expect(err).toBeInstanceOf(Deadlock);
    expect((err as Error).message).toBe('asyncutils.util.sync_await: cannot await in the current loop without blocking it');
  });

  it('check 2: values pass through; settled futures give their result or throw their exception; pending ones deadlock', () => {
    using rec = record();
    expect(syncAwait(42)).toBe(42);
    const ok = new Future<string>();
    ok.setResult('r');
    expect(syncAwait(ok)).toBe('r');
    const e = new RangeError('failed');
    const bad = new Future<number>();
    bad.setException(e);
    expect(thrown(() => syncAwait(bad))).toBe(e);
    const pending = new Future<number>();
    expect(thrown(() => syncAwait(pending))).toBeInstanceOf(Deadlock);
    const reason = new Error('cancelled');
    const cancelled = new Future<number>();
    cancelled.cancel(reason);
    expect(thrown(() => syncAwait(cancelled))).toBe(reason);
    expect(rec.events.map(([, args]) => args[0])).toEqual(['number', 'Future', 'Future', 'Future', 'Future']);
  });

  it('check 2: a settled eager Task is read synchronously', () => {
    const t = new Task(() => 5, { eager: true });
    expect(syncAwait(t)).toBe(5);
  });

  it('check 2: a vetoing hook throws before fut.result() is called', () => {
    const fut = new Future<number>();
    fut.setResult(1);
    const result = vi.spyOn(fut, 'result');
    const done = vi.spyOn(fut, 'done');
    const h = new Error('veto');
    using _ = veto(h, 'asyncutils.util.sync_await');
    expect(thrown(() => syncAwait(fut))).toBe(h);
    expect(result).not.toHaveBeenCalled();
    expect(done).not.toHaveBeenCalled();
  });

  it('regression: never blocks; any thenable that is not a settled future throws Deadlock at once', () => {
    const thenable = { then: vi.fn() };
    expect(thrown(() => syncAwait(thenable))).toBeInstanceOf(Deadlock);
    expect(thenable.then).not.toHaveBeenCalled();
    const settledThenable = { done: () => true, result: () => 3, then: vi.fn() };
    expect(syncAwait(settledThenable)).toBe(3);
    const notDone = { done: () => false, result: () => 3 };
    expect(syncAwait(notDone)).toBe(notDone);
    expect(syncAwait(null)).toBeNull();
    const fn = Object.assign(() => 1, { done: () => true, result: () => 'fn' });
    expect(syncAwait(fn)).toBe('fn');
  });
});
