import { LockWithOwnerMixin } from '@asyncutils/mixins';
import { describe, expect, it } from 'vitest';
import { OwnerLock } from '../src/OwnerLock.js';
import { PriorityLock } from '../src/PriorityLock.js';
import { RLock } from '../src/RLock.js';

describe('OwnerLock', () => {
  it('is the shared base of RLock and PriorityLock (a LockWithOwnerMixin)', () => {
    expect(new RLock()).toBeInstanceOf(OwnerLock);
    expect(new PriorityLock()).toBeInstanceOf(OwnerLock);
    expect(new RLock()).toBeInstanceOf(LockWithOwnerMixin);
  });

  it('owner semantics: anonymous vs named, null is anonymous, Object.is comparison', async () => {
    const lock = new PriorityLock();
    expect(lock.isOwner()).toBe(false);
    expect(lock.owner).toBeUndefined();
    await lock.acquire({ owner: null });
    expect(lock.isOwner(undefined)).toBe(true);
    expect(lock.owner).toBeUndefined();
    lock.release(null);
    await lock.acquire({ owner: Number.NaN });
    expect(lock.isOwner(Number.NaN)).toBe(true); // Object.is
    expect(lock.isOwner()).toBe(false);
    lock.release(Number.NaN);
    expect(lock.locked()).toBe(false);
    expect(() => {
      lock.owner = 'x';
    }).toThrow('asyncutils.locks.PriorityLock: lock is not acquired');
  });
});
