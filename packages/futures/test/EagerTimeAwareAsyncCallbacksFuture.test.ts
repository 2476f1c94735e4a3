import { objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { EagerTimeAwareAsyncCallbacksFuture, EagerAsyncCallbacksFuture } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('EagerTimeAwareAsyncCallbacksFuture', () => {
  it('is time-aware, an EagerAsyncCallbacksFuture, and raises the EagerAsyncCallbacksFuture event', async () => {
    using rec = recordEvents();
    const a = new EagerTimeAwareAsyncCallbacksFuture<number>();
    const b = new EagerTimeAwareAsyncCallbacksFuture<number>();
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(EagerAsyncCallbacksFuture);
    expect(a.constructor.name).toBe('EagerTimeAwareAsyncCallbacksFuture');
    expect(String(a)).toBe('asyncutils.futures.EagerTimeAwareAsyncCallbacksFuture(pending)');
    a.setResult(1);
    await flush();
    expect(rec.events).toEqual([{ event: 'asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks', args: [objectId(a)] }]);
  });
});
