import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncCallbacksFuture, EagerAsyncCallbacksFuture, Task } from '../src/index.js';
import { recordEvents, spyOnCallbackError, thrown, veto } from './support/helpers.js';

const EVENT = 'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('EagerAsyncCallbacksFuture', () => {
  it('check 8: async and no-arg async callbacks start before setResult returns; done then no-arg callbacks run in a microtask', async () => {
    const calls: string[] = [];
    const fut = new EagerAsyncCallbacksFuture<number>();
    fut.addNoargsCallback(() => void calls.push('S'));
    fut.addDoneCallback(() => void calls.push('D'));
    fut.addNoargsAsyncCallback(async () => {
      calls.push('N sync part');
      await Promise.resolve();
      calls.push('N after await');
    });
    fut.addAsyncCallback(async (f) => {
      calls.push(`A sync part ${f.result()}`);
      await Promise.resolve();
      calls.push('A after await');
    });
    fut.setResult(1);
    expect(calls).toEqual(['A sync part 1', 'N sync part']);
    await flush();
    expect(calls.slice(2)).toContain('D');
    expect(calls.indexOf('D')).toBeLessThan(calls.indexOf('S'));
    expect(calls).toHaveLength(6);
  });

  it('raises its event with [objectId(fut)] before the eager callbacks start', () => {
    const started: boolean[] = [];
    let ran = false;
    using rec = recordEvents(() => void started.push(ran));
    const fut = new EagerAsyncCallbacksFuture<number>();
    fut.addAsyncCallback(() => void (ran = true));
    fut.cancel();
    expect(rec.events).toEqual([{ event: EVENT, args: [objectId(fut)] }]);
    expect(started).toEqual([false]);
    expect(ran).toBe(true);
  });

  it('a hook throwing on the event: setResult throws it, the future is settled, no callback starts', async () => {
    const error = new Error('vetoed');
    const callback = vi.fn();
    const fut = new EagerAsyncCallbacksFuture<number>();
    fut.addAsyncCallback(callback);
    fut.addNoargsAsyncCallback(callback);
    fut.addDoneCallback(callback);
    {
      using _veto = veto(EVENT, error);
      expect(thrown(() => fut.setResult(2))).toBe(error);
    }
    expect(fut.result()).toBe(2);
    await flush();
    expect(callback).not.toHaveBeenCalled();
  });

  it('on a done future, async callbacks start inside the add call; others wait for a microtask', async () => {
    const fut = new EagerAsyncCallbacksFuture<number>();
    fut.setResult(1);
    const calls: string[] = [];
    fut.addAsyncCallback(() => void calls.push('A'));
    fut.addNoargsAsyncCallback(() => void calls.push('N'));
    fut.addNoargsCallback(() => void calls.push('S'));
    fut.addDoneCallback(() => void calls.push('D'));
    expect(calls).toEqual(['A', 'N']);
    await flush();
    expect(calls).toEqual(['A', 'N', 'S', 'D']);
  });

  it('a throwing eager callback is reported and does not escape the settling call', () => {
    const spy = spyOnCallbackError();
    const error = new Error('sync throw');
    const next = vi.fn();
    const fut = new EagerAsyncCallbacksFuture<number>();
    fut.addAsyncCallback(() => {
      throw error;
    });
    fut.addNoargsAsyncCallback(next);
    fut.setResult(1);
    expect(spy).toHaveBeenCalledWith(error, fut);
    expect(next).toHaveBeenCalledOnce();
  });

  it('regression: eagerness is a property of the future, not a global task factory', async () => {
    const fut = new EagerAsyncCallbacksFuture<number>();
    const work = vi.fn(() => 1);
    fut.setResult(1);
    const task = new Task(work);
    expect(work).not.toHaveBeenCalled();
    const plain = new AsyncCallbacksFuture<number>();
    const callback = vi.fn();
    plain.addAsyncCallback(callback);
    plain.setResult(1);
    expect(callback).not.toHaveBeenCalled();
    expect(await task).toBe(1);
    await flush();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('is an AsyncCallbacksFuture', () => {
    const fut = new EagerAsyncCallbacksFuture<number>();
    expect(fut).toBeInstanceOf(AsyncCallbacksFuture);
    expect(fut).not.toBeInstanceOf(Task);
    expect(fut.toString()).toBe('asyncutils.futures.EagerAsyncCallbacksFuture(pending)');
  });
});
