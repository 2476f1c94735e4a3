import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { EagerTimeAwareAsyncCallbacksTask, EagerAsyncCallbacksTask } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('EagerTimeAwareAsyncCallbacksTask', () => {
  it('is time-aware, an EagerAsyncCallbacksTask, and raises the EagerAsyncCallbacksTask event', async () => {
    using rec = recordEvents();
    const a = new EagerTimeAwareAsyncCallbacksTask(async () => 1);
    const b = new EagerTimeAwareAsyncCallbacksTask(async () => 1);
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(EagerAsyncCallbacksTask);
    expect(a.constructor.name).toBe('EagerTimeAwareAsyncCallbacksTask');
    expect(String(a)).toBe('asyncutils.futures.EagerTimeAwareAsyncCallbacksTask(pending)');
    expect(await a).toBe(1);
    await flush();
    expect(rec.events).toHaveLength(2);
    expect(rec.events.filter((e) => e.args[0] === objectId(a))).toEqual([{ event: 'asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks', args: [objectId(a)] }]);
  });
});
