import { Lock } from '@asyncutils/locks';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { describe, expect, it, vi } from 'vitest';
import { Releasing } from '../src/Releasing.js';
import { FifoLock } from './support/fifoLock.js';

describe('Releasing', () => {
  it('check 9: a free lock is refused; the lock is free inside and held after (adapted upstream)', async () => {
    const lock = new Lock();
    const rel = new Releasing(lock);
    await expect(rel.enter()).rejects.toThrow(new Error('asyncutils.altlocks.Releasing: lock is not acquired'));
    await lock.acquire();
    {
      await using _ = await rel.enter();
      expect(lock.locked()).toBe(false);
    }
    expect(lock.locked()).toBe(true);
    lock.release();
  });

  it('check 9: nested rel, lock.enter(), rel on a held lock ends held (reusable, nestable)', async () => {
    const lock = new Lock();
    const rel = new Releasing(lock);
    await lock.acquire();
    {
      await using _1 = await rel.enter();
      expect(lock.locked()).toBe(false);
      {
        await using _2 = await lock.enter();
        expect(lock.locked()).toBe(true);
        {
          await using _3 = await rel.enter();
          expect(lock.locked()).toBe(false);
        }
        expect(lock.locked()).toBe(true);
      }
      expect(lock.locked()).toBe(false);
    }
    expect(lock.locked()).toBe(true);
  });

  it('check 10: run frees the lock for fn and re-acquires after, also when fn rejects', async () => {
    const lock = new Lock();
    const rel = new Releasing(lock);
    await lock.acquire();
    expect(
      await rel.run(async () => {
        expect(lock.locked()).toBe(false);
        return 'done';
      }),
    ).toBe('done');
    expect(lock.locked()).toBe(true);
    const err = new Error('fn failed');
    await expect(
      rel.run(() => {
        expect(lock.locked()).toBe(false);
        throw err;
      }),
    ).rejects.toBe(err);
    expect(lock.locked()).toBe(true);
    await expect(rel.run(() => Promise.reject(err))).rejects.toBe(err);
    expect(lock.locked()).toBe(true);
  });

  it('check 10: if another task took the lock meanwhile, the re-acquire waits its FIFO turn', async () => {
    const lock = new Lock();
    const rel = new Releasing(lock);
    const order: string[] = [];
    await lock.acquire();
    let other!: Promise<void>;
    let third!: Promise<void>;
    const mine = rel.run(async () => {
      other = lock.runExclusive(async () => {
        order.push('other in');
        await Promise.resolve();
        order.push('other out');
      });
      await Promise.resolve();
      // queued before the re-acquire: served before it
      third = lock.runExclusive(() => void order.push('third'));
      order.push('fn end');
    });
    await mine;
    order.push('re-acquired');
    expect(lock.locked()).toBe(true);
    lock.release();
    await Promise.all([other, third]);
    expect(order).toEqual(['other in', 'other out', 'fn end', 'third', 're-acquired']);
  });

  it('check 10: new Releasing({}) throws TypeError', () => {
    expect(() => new Releasing({} as never)).toThrow(TypeError);
    expect(() => new Releasing(null as never)).toThrow(/^asyncutils\.altlocks\.Releasing: expected a lock with acquire, release and locked methods, got null$/);
    expect(() => new Releasing({ acquire() {}, release() {} } as never)).toThrow(TypeError);
  });

  it('works with any AsyncLockLike; a thenable release is awaited before enter resolves', async () => {
    const lock = new FifoLock();
    await lock.acquire();
    let released = false;
    const slow: AsyncLockLike = {
      acquire: () => lock.acquire(),
      locked: () => lock.locked(),
      release: () =>
        Promise.resolve().then(() => {
          lock.release();
          released = true;
        }),
    };
    const rel = new Releasing(slow);
    await rel.enter();
    expect(released).toBe(true);
    expect(lock.locked()).toBe(false);
    await rel[Symbol.asyncDispose]();
    expect(lock.locked()).toBe(true);
    expect(lock.log).toEqual(['acquire', 'release', 'acquire']);
  });

  it('calls release and acquire without arguments; an exit error replaces the result', async () => {
    const boom = new Error('cannot re-acquire');
    const lock = { locked: vi.fn(() => true), release: vi.fn(), acquire: vi.fn(() => Promise.reject(boom)) };
    const rel = new Releasing(lock);
    await expect(rel.run(() => 'value')).rejects.toBe(boom);
    await expect(rel.run(() => Promise.reject(new Error('fn')))).rejects.toBe(boom);
    expect(lock.release.mock.calls.every((c) => c.length === 0)).toBe(true);
    expect((lock.acquire.mock.calls as unknown[][]).every((c) => c.length === 0)).toBe(true);
  });

  it('enter resolves the Releasing itself; a throwing locked() rejects', async () => {
    const lock = new FifoLock();
    await lock.acquire();
    const rel = new Releasing(lock);
    expect(await rel.enter()).toBe(rel);
    await rel.exit();
    const bad = new Releasing({
      acquire: () => Promise.resolve(true),
      release: () => undefined,
      locked: () => {
        throw new Error('locked exploded');
      },
    });
    await expect(bad.enter()).rejects.toThrow('locked exploded');
    expect('then' in rel).toBe(false);
  });
});
