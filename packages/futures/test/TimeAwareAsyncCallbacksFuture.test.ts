import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { TimeAwareAsyncCallbacksFuture, AsyncCallbacksFuture } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('TimeAwareAsyncCallbacksFuture', () => {
  it('is time-aware, an AsyncCallbacksFuture, and raises the AsyncCallbacksFuture event', async () => {
    using rec = recordEvents();
    const a = new TimeAwareAsyncCallbacksFuture<number>();
    const b = new TimeAwareAsyncCallbacksFuture<number>();
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(AsyncCallbacksFuture);
    expect(a.constructor.name).toBe('TimeAwareAsyncCallbacksFuture');
    expect(String(a)).toBe('asyncutils.futures.TimeAwareAsyncCallbacksFuture(pending)');
    a.setResult(1);
    await flush();
    expect(rec.events).toEqual([{ event: 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks', args: [objectId(a)] }]);
  });
});
