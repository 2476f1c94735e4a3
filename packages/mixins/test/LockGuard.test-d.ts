import { describe, expectTypeOf, it } from 'vitest';
import type { LockGuard, LockMixin, LockWithOwnerMixin, OwnedLockGuard } from '../src/index.js';
import type { QueueLock, TokenLock } from './support/fixtures.js';

describe('LockGuard / OwnedLockGuard', () => {
  it('check 17: a LockMixin instance is assignable to LockGuard', () => {
    expectTypeOf<LockMixin>().toExtend<LockGuard>();
    expectTypeOf<QueueLock>().toExtend<LockGuard>();
  });

  it('LockMixin.enter resolves a LockGuard; LockWithOwnerMixin.enter an OwnedLockGuard (also a LockGuard)', () => {
    expectTypeOf<QueueLock['enter']>().returns.toEqualTypeOf<Promise<LockGuard>>();
    expectTypeOf<TokenLock['enter']>().returns.toEqualTypeOf<Promise<OwnedLockGuard>>();
    expectTypeOf<OwnedLockGuard>().toExtend<LockGuard>();
    expectTypeOf<OwnedLockGuard>().toExtend<Disposable & AsyncDisposable>();
  });

  it('OwnedLockGuard members are read-only', () => {
    expectTypeOf<OwnedLockGuard['lock']>().toEqualTypeOf<LockWithOwnerMixin>();
    expectTypeOf<OwnedLockGuard<TokenLock>['lock']>().toEqualTypeOf<TokenLock>();
    expectTypeOf<OwnedLockGuard['owner']>().toBeUnknown();
    expectTypeOf<OwnedLockGuard['released']>().toEqualTypeOf<boolean>();
    const g = {} as OwnedLockGuard;
    // @ts-expect-error: released is read-only
    g.released = true;
  });

  it('`await using` accepts what enter resolves', async () => {
    const lock = {} as TokenLock;
    const run = async (): Promise<void> => {
      await using g = await lock.enter({ owner: 1 });
      expectTypeOf(g).toEqualTypeOf<OwnedLockGuard>();
    };
    expectTypeOf(run).returns.resolves.toBeVoid();
  });
});
