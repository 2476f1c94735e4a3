import { describe, expect, it, vi } from 'vitest';
import {
  EagerTimeAwareAsyncCallbacksFuture,
  EagerTimeAwareAsyncCallbacksTask,
  TimeAwareAsyncCallbacksFuture,
  TimeAwareAsyncCallbacksTask,
  TimeAwareFuture,
  TimeAwareTask,
  TimeAwareUniqueCallbacksFuture,
  TimeAwareUniqueCallbacksTask,
  type TimeAware,
} from '../src/index.js';
import { createdBefore, nextCreationOrder } from '../src/TimeAware.js';
import { thrown } from './support/helpers.js';

const dummy = (): Promise<number> => Promise.resolve(42);

describe('TimeAware', () => {
  it('check 23 (upstream test port): creation order, even within one tick; lt({}) is a TypeError', async () => {
    expect(new TimeAwareAsyncCallbacksFuture().lt(new TimeAwareFuture())).toBe(true);
    expect(new TimeAwareFuture().lt(new TimeAwareUniqueCallbacksFuture())).toBe(true);
    const t1 = new TimeAwareTask(dummy);
    const t2 = new TimeAwareTask(dummy);
    expect(t1.lt(t2)).toBe(true);
    expect(t2.lt(t1)).toBe(false);
    expect(t1.lt(t1)).toBe(false);
    expect(await t1).toBe(42);
    expect(await t2).toBe(42);
    const c1 = new TimeAwareAsyncCallbacksTask(dummy);
    const c2 = new TimeAwareAsyncCallbacksTask(dummy);
    expect(c1.lt(c2)).toBe(true);
    expect(await Promise.all([c1, c2])).toEqual([42, 42]);
    expect(thrown(() => t1.lt({} as never))).toEqual(
      new TypeError('asyncutils.futures.TimeAwareTask.lt: other must be time-aware (numeric createdAt and creationOrder), got Object'),
    );
    expect(thrown(() => t1.lt(null as never))).toBeInstanceOf(TypeError);
    expect(thrown(() => t1.lt({ createdAt: 1, creationOrder: '2' } as never))).toBeInstanceOf(TypeError);
  });

  it('regression: __lt__ compares creation times only; lt breaks a clock tie by creation order', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    const a = new TimeAwareFuture<number>();
    const b = new EagerTimeAwareAsyncCallbacksFuture<number>();
    expect(a.createdAt).toBe(b.createdAt);
    expect(a.creationOrder).toBeLessThan(b.creationOrder);
    expect(a.lt(b)).toBe(true);
    expect(b.lt(a)).toBe(false);
    now.mockReturnValue(999);
    const older = new TimeAwareUniqueCallbacksTask(dummy);
    expect(older.lt(a)).toBe(true);
  });

  it('any two time-aware objects compare, including plain objects with the protocol', () => {
    const all: TimeAware[] = [
      new TimeAwareFuture(),
      new TimeAwareTask(dummy),
      new TimeAwareAsyncCallbacksFuture(),
      new TimeAwareAsyncCallbacksTask(dummy),
      new EagerTimeAwareAsyncCallbacksFuture(),
      new EagerTimeAwareAsyncCallbacksTask(dummy),
      new TimeAwareUniqueCallbacksFuture(),
      new TimeAwareUniqueCallbacksTask(dummy),
    ];
    for (let i = 0; i < all.length; i++) {
      for (let j = 0; j < all.length; j++) expect((all[i] as TimeAware).lt(all[j] as TimeAware)).toBe(i < j);
    }
    const later = { createdAt: Number.POSITIVE_INFINITY, creationOrder: 0, lt: () => false };
    expect(all[0]?.lt(later)).toBe(true);
  });

  it('createdBefore and nextCreationOrder', () => {
    const n = nextCreationOrder();
    expect(nextCreationOrder()).toBe(n + 1);
    const self = { createdAt: 5, creationOrder: 2, lt: () => false };
    expect(createdBefore(self, { createdAt: 5, creationOrder: 3 })).toBe(true);
    expect(createdBefore(self, { createdAt: 5, creationOrder: 1 })).toBe(false);
    expect(createdBefore(self, { createdAt: 6, creationOrder: 0 })).toBe(true);
    expect(thrown(() => createdBefore(self, 5))).toEqual(
      new TypeError('asyncutils.futures.Future.lt: other must be time-aware (numeric createdAt and creationOrder), got number'),
    );
  });
});
