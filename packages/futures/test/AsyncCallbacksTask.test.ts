import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncCallbacksFuture, AsyncCallbacksTask, Task } from '../src/index.js';
import { recordEvents, spyOnCallbackError, thrown, veto } from './support/helpers.js';

const EVENT = 'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('AsyncCallbacksTask', () => {
  it('check 22: callbacks run after the work finishes, in group order, after the event', async () => {
    const calls: string[] = [];
    using rec = recordEvents(() => void calls.push('event'));
    let finish!: (v: number) => void;
    const task = new AsyncCallbacksTask(() => new Promise<number>((resolve) => (finish = resolve)));
    task.addNoargsCallback(() => void calls.push('S'));
    task.addDoneCallback((t) => void calls.push(`D:${t.result()}`));
    task.addAsyncCallback(async (t) => void calls.push(`A:${t.result()}`));
    task.addNoargsAsyncCallback(async () => void calls.push('N'));
    await flush();
    expect(calls).toEqual([]);
    finish(3);
    await flush();
    expect(calls).toEqual(['event', 'A:3', 'D:3', 'N', 'S']);
    expect(rec.events).toEqual([{ event: EVENT, args: [objectId(task)] }]);
  });

  it('check 22: a hook throwing on the event goes to Future.onCallbackError; the result is unaffected and callbacks never run', async () => {
    const spy = spyOnCallbackError();
    const error = new Error('vetoed');
    const callback = vi.fn();
    using _veto = veto(EVENT, error);
    const task = new AsyncCallbacksTask(async () => 11);
    task.addDoneCallback(callback);
    task.addAsyncCallback(callback);
    expect(await task).toBe(11);
    await flush();
    expect(task.result()).toBe(11);
    expect(spy).toHaveBeenCalledWith(error, task);
    expect(callback).not.toHaveBeenCalled();

    // Eager start with a synchronous outcome: settled inside the constructor, the veto still reported.
    const eager = new AsyncCallbacksTask(() => 'now', { eager: true });
    expect(eager.result()).toBe('now');
    expect(spy).toHaveBeenLastCalledWith(error, eager);
  });

  it('veto on an explicit cancel() of a task not started yet: cancel throws it, the task is cancelled, its signal aborted', async () => {
    const error = new Error('vetoed');
    const work = vi.fn(() => 1);
    const task = new AsyncCallbacksTask(work);
    {
      using _veto = veto(EVENT, error);
      expect(thrown(() => task.cancel())).toBe(error);
    }
    expect(task.cancelled()).toBe(true);
    expect(task.signal.aborted).toBe(true);
    await flush();
    expect(work).not.toHaveBeenCalled();
  });

  it('veto while an outer signal cancels the task: reported, not thrown from abort()', async () => {
    const spy = spyOnCallbackError();
    const error = new Error('vetoed');
    const controller = new AbortController();
    const task = new AsyncCallbacksTask(() => 1, { signal: controller.signal });
    {
      using _veto = veto(EVENT, error);
      controller.abort('outer');
      const pre = new AsyncCallbacksTask(() => 1, { signal: AbortSignal.abort('pre') });
      expect(pre.cancelled()).toBe(true);
    }
    expect(task.cancelled()).toBe(true);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[0]).toEqual([error, task]);
    await flush();
  });

  it('is a Task and an AsyncCallbacksFuture', () => {
    const task = new AsyncCallbacksTask(async () => 1);
    expect(task).toBeInstanceOf(Task);
    expect(task).toBeInstanceOf(AsyncCallbacksFuture);
    expect(String(task)).toBe('asyncutils.futures.AsyncCallbacksTask(pending)');
    expect(thrown(() => task.removeAsyncCallback(1 as never))).toBeInstanceOf(TypeError);
    expect(task.removeNoargsAsyncCallback(() => {})).toBe(0);
    expect(task.removeNoargsCallback(() => {})).toBe(0);
  });
});
