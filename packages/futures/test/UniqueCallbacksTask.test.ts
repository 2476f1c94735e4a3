import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { AsyncCallbacksFuture, AsyncCallbacksTask, UniqueCallbacksFuture, UniqueCallbacksTask } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('UniqueCallbacksTask', () => {
  it('registers a function once per kind and raises the AsyncCallbacksTask event', async () => {
    using rec = recordEvents();
    const calls: number[] = [];
    const f = (): void => void calls.push(1);
    const task = new UniqueCallbacksTask(async () => 'x');
    task.addNoargsCallback(f);
    task.addNoargsCallback(f);
    expect(await task).toBe('x');
    await flush();
    expect(calls).toEqual([1]);
    expect(rec.events).toEqual([{ event: 'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks', args: [objectId(task)] }]);
    expect(task).toBeInstanceOf(AsyncCallbacksFuture);
    expect(task).toBeInstanceOf(AsyncCallbacksTask);
    expect(task).toBeInstanceOf(UniqueCallbacksFuture);
  });
});
