import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { TimeAwareUniqueCallbacksFuture, UniqueCallbacksFuture } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('TimeAwareUniqueCallbacksFuture', () => {
  it('is time-aware, a UniqueCallbacksFuture, and raises the AsyncCallbacksFuture event', async () => {
    using rec = recordEvents();
    const a = new TimeAwareUniqueCallbacksFuture<number>();
    const b = new TimeAwareUniqueCallbacksFuture<number>();
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(UniqueCallbacksFuture);
    expect(a.constructor.name).toBe('TimeAwareUniqueCallbacksFuture');
    expect(String(a)).toBe('asyncutils.futures.TimeAwareUniqueCallbacksFuture(pending)');
    a.setResult(1);
    await flush();
    expect(rec.events).toEqual([{ event: 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks', args: [objectId(a)] }]);
  });
});
