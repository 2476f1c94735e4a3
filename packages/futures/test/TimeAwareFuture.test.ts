import { flush } from '@asyncutils/tooling/testing';
import { describe, expect, it } from 'vitest';
import { TimeAwareFuture, Future } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

describe('TimeAwareFuture', () => {
  it('is time-aware, a Future, and raises no event', async () => {
    using rec = recordEvents();
    const a = new TimeAwareFuture<number>();
    const b = new TimeAwareFuture<number>();
    expect(a.lt(b)).toBe(true);
    expect(typeof a.createdAt).toBe('number');
    expect(b.creationOrder).toBeGreaterThan(a.creationOrder);
    expect(a).toBeInstanceOf(Future);
    expect(a.constructor.name).toBe('TimeAwareFuture');
    expect(String(a)).toBe('asyncutils.futures.TimeAwareFuture(pending)');
    a.setResult(1);
    await flush();
    expect(rec.events).toEqual([]);
  });
});
