import * as exceptions from '@asyncutils/exceptions';
import { LockMixin, LockWithOwnerMixin } from '@asyncutils/mixins';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/locks public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AdvancedRateLimit',
      'AsyncEvent',
      'Barrier',
      'BoundedSemaphore',
      'BrokenBarrierError',
      'Condition',
      'DynamicBoundedSemaphore',
      'KeyedCondition',
      'Lock',
      'MultiCountDownLatch',
      'PriorityLock',
      'PriorityRLock',
      'PrioritySemaphore',
      'RLock',
      'Semaphore',
    ]);
  });

  it('check 35: BrokenBarrierError is the same binding as in @asyncutils/exceptions', () => {
    expect(api.BrokenBarrierError).toBe(exceptions.BrokenBarrierError);
  });

  it('check 32: every class but AsyncEvent, Barrier and MultiCountDownLatch is a LockMixin; the owner locks are LockWithOwnerMixins', () => {
    const instances = {
      Lock: new api.Lock(),
      Semaphore: new api.Semaphore(),
      BoundedSemaphore: new api.BoundedSemaphore(),
      DynamicBoundedSemaphore: new api.DynamicBoundedSemaphore(),
      Condition: new api.Condition(),
      AdvancedRateLimit: new api.AdvancedRateLimit(1),
      PrioritySemaphore: new api.PrioritySemaphore(),
      KeyedCondition: new api.KeyedCondition(),
      RLock: new api.RLock(),
      PriorityLock: new api.PriorityLock(),
      PriorityRLock: new api.PriorityRLock(),
    };
    for (const [name, x] of Object.entries(instances)) expect(x, name).toBeInstanceOf(LockMixin);
    for (const x of [instances.RLock, instances.PriorityLock, instances.PriorityRLock]) expect(x).toBeInstanceOf(LockWithOwnerMixin);
    expect(new api.AsyncEvent()).not.toBeInstanceOf(LockMixin);
    expect(new api.Barrier(1)).not.toBeInstanceOf(LockMixin);
    expect(new api.MultiCountDownLatch({})).not.toBeInstanceOf(LockMixin);
  });

  it('every class has its static qualname, and none is thenable', () => {
    for (const [name, value] of Object.entries(api)) {
      if (name === 'BrokenBarrierError') continue;
      expect((value as { qualname?: string }).qualname, name).toBe(`asyncutils.locks.${name}`);
      expect('then' in (value as { prototype: object }).prototype, name).toBe(false);
    }
  });
});
