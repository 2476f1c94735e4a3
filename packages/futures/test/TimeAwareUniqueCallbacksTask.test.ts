import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { TimeAwareUniqueCallbacksTask, UniqueCallbacksTask } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('TimeAwareUniqueCallbacksTask', () => {
  it('is time-aware, a UniqueCallbacksTask, and raises the AsyncCallbacksTask event', async () => {
    using rec = recordEvents();
    const a = new TimeAwareUniqueCallbacksTask(async () => 1);
    const b = new TimeAwareUniqueCallbacksTask(async () => 1);
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(UniqueCallbacksTask);
    expect(a.constructor.name).toBe('TimeAwareUniqueCallbacksTask');
    expect(String(a)).toBe('asyncutils.futures.TimeAwareUniqueCallbacksTask(pending)');
    expect(await a).toBe(1);
    await flush();
    expect(rec.events).toHaveLength(2);
    expect(rec.events.filter((e) => e.args[0] === objectId(a))).toEqual([{ event: 'asyncutils.futures.AsyncCallbacksTask/schedule_callbacks', args: [objectId(a)] }]);
  });
});
