// `lockf`: serialise every call of a function through one lock per function (Python's `lockf`).
import { Lock } from '@asyncutils/locks';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { isLockLike, notLockLike, releaseLock } from './lockLike.js';
import { checkFunction, checkOptions, copyName, describe } from './validate.js';

/** The lock of each function wrapped so far (shared by every `lockf` wrapper of that function). */
const locks = new WeakMap<object, AsyncLockLike>();

/** Makes the default lock. */
function newLock(): AsyncLockLike {
  return new Lock();
}

/**
 * Returns an async wrapper of `f` whose calls hold a lock while `f` runs: one lock per function object, so
 * the calls of every `lockf` wrapper of the same `f` run one at a time, in call order (FIFO).
 *
 * @remarks
 * The first `lockf(f)` creates the lock with `opts.lockFactory` (default: a new `Lock` of
 * `@asyncutils/locks`) and keeps it in a `WeakMap` keyed by `f`; later calls reuse it and ignore their
 * `lockFactory`. Each wrapper call: `await lock.acquire()`, then `await f.apply(this, args)`, then
 * `lock.release()` — also when `f` throws or rejects. The wrapper is named like `f` and forwards `this`.
 *
 * @param f - The function to serialise; its result may be a value or a thenable.
 * @param opts - `lockFactory`: makes the lock when `f` has none yet.
 * @returns The async wrapper.
 * @throws `TypeError` when `f` or `lockFactory` is not a function, or the factory's result lacks `acquire`,
 * `release` or `locked`.
 *
 * @example
 * ```ts
 * import { lockf } from '@asyncutils/util';
 *
 * let balance = 100;
 * const withdraw = lockf(async (amount: number) => {
 *   const current = balance;
 *   await new Promise((r) => setTimeout(r, 10));
 *   if (current >= amount) balance = current - amount;
 * });
 * await Promise.all([withdraw(80), withdraw(80)]); // balance === 20: the calls did not interleave
 * ```
 */
export function lockf<A extends unknown[], R>(
  f: (...args: A) => R,
  opts?: {
    /**
     * Makes the lock of `f` when it has none yet.
     * @default `() => new Lock()`
     */
    readonly lockFactory?: () => AsyncLockLike;
  },
): (...args: A) => Promise<Awaited<R>> {
  checkFunction('lockf', f, 'f');
  checkOptions('lockf', opts);
  const factory: unknown = opts?.lockFactory ?? newLock;
  checkFunction('lockf', factory, 'lockFactory');
  let lock = locks.get(f);
  if (lock === undefined) {
    const made: unknown = (factory as () => unknown)();
    if (!isLockLike(made)) {
      const err = notLockLike('lockf');
      err.message += ` (lockFactory returned ${describe(made)})`;
      throw err;
    }
    lock = made;
    locks.set(f, lock);
  }
  const held = lock;
  const wrapper = async function (this: unknown, ...args: A): Promise<Awaited<R>> {
    await held.acquire();
    try {
      return (await f.apply(this, args)) as Awaited<R>;
    } finally {
      await releaseLock(held);
    }
  };
  return copyName(wrapper, f);
}
