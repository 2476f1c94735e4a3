import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { TimeAwareTask, Task } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('TimeAwareTask', () => {
  it('is time-aware, a Task, and raises no event', async () => {
    using rec = recordEvents();
    const a = new TimeAwareTask(async () => 1);
    const b = new TimeAwareTask(async () => 1);
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(Task);
    expect(a.constructor.name).toBe('TimeAwareTask');
    expect(String(a)).toBe('asyncutils.futures.TimeAwareTask(pending)');
    expect(await a).toBe(1);
    await flush();
    expect(rec.events).toEqual([]);
  });
});
