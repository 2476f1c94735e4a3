// Check 32 (type level) and the option types of the package.
import type { AsyncLockLike, LockGuard, OwnedLockGuard } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import {
  AdvancedRateLimit,
  AsyncEvent,
  Barrier,
  BoundedSemaphore,
  Condition,
  DynamicBoundedSemaphore,
  KeyedCondition,
  Lock,
  MultiCountDownLatch,
  PriorityLock,
  PriorityRLock,
  PrioritySemaphore,
  RLock,
  Semaphore,
  type AdvancedRateLimitAcquireOptions,
  type AdvancedRateLimitOptions,
  type KeyedConditionWaitForOptions,
  type LatchCounts,
  type MultiCountDownLatchWaitOptions,
  type PriorityLockAcquireOptions,
  type PrioritySemaphoreAcquireOptions,
  type RLockAcquireOptions,
} from '../src/index.js';

describe('types', () => {
  it('check 32: every lock is an AsyncLockLike', () => {
    expectTypeOf<Lock>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<Semaphore>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<BoundedSemaphore>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<DynamicBoundedSemaphore>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<Condition>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<AdvancedRateLimit>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<PrioritySemaphore>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<KeyedCondition<string>>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<RLock>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<PriorityLock>().toMatchTypeOf<AsyncLockLike>();
    expectTypeOf<PriorityRLock>().toMatchTypeOf<AsyncLockLike>();
  });

  it('acquire resolves true; enter narrows to the lock itself; owner locks resolve guards', () => {
    expectTypeOf(new Lock().acquire()).toEqualTypeOf<Promise<true>>();
    expectTypeOf(new Lock().enter()).toEqualTypeOf<Promise<Lock>>();
    expectTypeOf(new Semaphore().enter()).resolves.toMatchTypeOf<LockGuard>();
    expectTypeOf(new Semaphore().enter()).toEqualTypeOf<Promise<Semaphore>>();
    expectTypeOf(new PrioritySemaphore().enter({ priority: 1 })).toEqualTypeOf<Promise<PrioritySemaphore>>();
    expectTypeOf(new PrioritySemaphore().acquire({ priority: 1 })).toEqualTypeOf<Promise<true>>();
    expectTypeOf(new RLock().enter({ owner: 1 })).toEqualTypeOf<Promise<OwnedLockGuard>>();
    expectTypeOf(new Lock().runExclusive(async () => 1)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(new RLock().runExclusive((owner) => owner)).toEqualTypeOf<Promise<unknown>>();
    expectTypeOf(new Barrier(2).wait()).toEqualTypeOf<Promise<number>>();
    expectTypeOf(new AsyncEvent().wait()).toEqualTypeOf<Promise<true>>();
    expectTypeOf(new Condition().waitFor(() => 'x' as const)).toEqualTypeOf<Promise<'x'>>();
    expectTypeOf(new KeyedCondition<number>().acquire()).toEqualTypeOf<Promise<boolean>>();
  });

  it('option types', () => {
    expectTypeOf<RLockAcquireOptions>().toMatchTypeOf<{ owner?: unknown; timeout?: number; signal?: AbortSignal }>();
    expectTypeOf<PriorityLockAcquireOptions>().toMatchTypeOf<RLockAcquireOptions & { priority?: number }>();
    expectTypeOf<PrioritySemaphoreAcquireOptions>().toMatchTypeOf<{ priority?: number; timeout?: number }>();
    expectTypeOf<AdvancedRateLimitOptions>().toEqualTypeOf<{ capacity?: number; fair?: boolean }>();
    expectTypeOf<AdvancedRateLimitAcquireOptions>().toMatchTypeOf<{ tokens?: number; timeout?: number }>();
    expectTypeOf<KeyedConditionWaitForOptions>().toEqualTypeOf<{ perWaitTimeout?: number; timeout?: number; signal?: AbortSignal }>();
    expectTypeOf<MultiCountDownLatchWaitOptions>().toMatchTypeOf<{ strict?: boolean; timeout?: number }>();
    expectTypeOf<{ a: number }>().toMatchTypeOf<LatchCounts<'a'>>();
    expectTypeOf<Map<number, number>>().toMatchTypeOf<LatchCounts<number>>();
    expectTypeOf<[symbol, number][]>().toMatchTypeOf<LatchCounts<symbol>>();
    new MultiCountDownLatch<string>({ a: 1 });
    // @ts-expect-error priority is not an RLock option
    void new RLock().acquire({ priority: 1 });
    // @ts-expect-error priority is not a Lock option
    void new Lock().acquire({ priority: 1 });
    // @ts-expect-error tokens must be a number
    void new AdvancedRateLimit(1).acquire({ tokens: '1' });
    void new PrioritySemaphore().runExclusive(() => 1, { priority: 2 });
    // @ts-expect-error priority must be a number
    void new PrioritySemaphore().enter({ priority: '1' });
    void new PriorityLock().enter({ priority: 1, owner: 'x' });
  });
});
