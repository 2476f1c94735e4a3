import { describe, expectTypeOf, it } from 'vitest';
import type { AsyncLockLike, LockAcquireOptions, LockMixin, LockWithOwnerMixin } from '../src/index.js';
import type { QueueLock, TokenLock } from './support/fixtures.js';

describe('AsyncLockLike', () => {
  it('check 17: every concrete LockMixin / LockWithOwnerMixin subclass is assignable to AsyncLockLike', () => {
    expectTypeOf<QueueLock>().toExtend<AsyncLockLike>();
    expectTypeOf<TokenLock>().toExtend<AsyncLockLike>();
    expectTypeOf<LockMixin>().toExtend<AsyncLockLike>();
    expectTypeOf<LockWithOwnerMixin>().toExtend<AsyncLockLike>();
  });

  it('locks that widen acquire options or take no options still qualify', () => {
    type Priority = {
      acquire(opts?: LockAcquireOptions & { priority?: number }): Promise<boolean>;
      release(): void;
      locked(): boolean;
    };
    type Plain = { acquire(): Promise<true>; release(): Promise<void>; locked(): boolean };
    type Refusing = { acquire(): PromiseLike<boolean>; release(): false; locked(): boolean; owner: unknown };
    expectTypeOf<Priority>().toExtend<AsyncLockLike>();
    expectTypeOf<Plain>().toExtend<AsyncLockLike>();
    expectTypeOf<Refusing>().toExtend<AsyncLockLike>();
  });

  it('CROSSREF §2 row 4: release takes an optional owner; the probed extras are typed and optional', () => {
    expectTypeOf<AsyncLockLike['release']>().parameters.toEqualTypeOf<[owner?: unknown]>();
    expectTypeOf<AsyncLockLike['owner']>().toEqualTypeOf<unknown>();
    expectTypeOf<AsyncLockLike['cancelWaiters']>().toEqualTypeOf<((reason?: unknown) => number) | undefined>();
    expectTypeOf<NonNullable<AsyncLockLike['acknowledgeLocksmithLockHeld']>>().returns.toEqualTypeOf<boolean | PromiseLike<boolean>>();
    const lock = {} as AsyncLockLike;
    // callers may release with an owner token
    expectTypeOf(lock.release({})).toBeUnknown();
  });

  it('rejects objects missing a member', () => {
    // @ts-expect-error: no locked()
    const bad: AsyncLockLike = { acquire: async () => true, release() {} };
    void bad;
  });

  it('LockAcquireOptions has an optional signal and timeout (ms)', () => {
    expectTypeOf<LockAcquireOptions>().toEqualTypeOf<{ signal?: AbortSignal; timeout?: number }>();
    // @ts-expect-error: timeout is a number of milliseconds
    const bad: LockAcquireOptions = { timeout: '1s' };
    void bad;
  });
});
