import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncCallbacksTask, EagerAsyncCallbacksFuture, EagerAsyncCallbacksTask } from '../src/index.js';
import { recordEvents, spyOnCallbackError, veto } from './support/helpers.js';

const EVENT = 'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('EagerAsyncCallbacksTask', () => {
  it('raises its event when the work finishes, then starts async callbacks synchronously', async () => {
    const calls: string[] = [];
    using rec = recordEvents(() => void calls.push('event'));
    let finish!: (v: number) => void;
    const task = new EagerAsyncCallbacksTask(() => new Promise<number>((resolve) => (finish = resolve)));
    task.addDoneCallback(() => void calls.push('D'));
    task.addAsyncCallback(async () => {
      calls.push('A');
    });
    await flush();
    finish(1);
    await flush();
    expect(calls).toEqual(['event', 'A', 'D']);
    expect(rec.events).toEqual([{ event: EVENT, args: [objectId(task)] }]);
  });

  it('a hook throwing on the event while the task settles itself is reported; no callback runs', async () => {
    const spy = spyOnCallbackError();
    const error = new Error('vetoed');
    const callback = vi.fn();
    using _veto = veto(EVENT, error);
    const task = new EagerAsyncCallbacksTask(async () => 2);
    task.addAsyncCallback(callback);
    expect(await task).toBe(2);
    await flush();
    expect(spy).toHaveBeenCalledWith(error, task);
    expect(callback).not.toHaveBeenCalled();
  });

  it('is an AsyncCallbacksTask and an EagerAsyncCallbacksFuture', async () => {
    const task = new EagerAsyncCallbacksTask(() => 1, { eager: true });
    expect(task).toBeInstanceOf(AsyncCallbacksTask);
    expect(task).toBeInstanceOf(EagerAsyncCallbacksFuture);
    const started = vi.fn();
    task.addAsyncCallback(started);
    expect(started).toHaveBeenCalledWith(task);
  });
});
