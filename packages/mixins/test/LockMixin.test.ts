import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LockMixin, type AsyncLockLike, type LockAcquireOptions } from '../src/index.js';
import { FAILED_TO_ACQUIRE } from '../src/LockMixin.js';
import { QueueLock } from './support/fixtures.js';

describe('LockMixin', () => {
  it('is an AsyncLockLike at run time', () => {
    const lock: AsyncLockLike = new QueueLock();
    expect(typeof lock.acquire).toBe('function');
    expect(typeof lock.release).toBe('function');
    expect(lock.locked()).toBe(false);
  });

  describe('enter / Symbol.asyncDispose', () => {
    it('check 7: enter() resolves the same instance, held', async () => {
      const lock = new QueueLock();
      await expect(lock.enter()).resolves.toBe(lock);
      expect(lock.locked()).toBe(true);
    });

    it('check 7: enter passes its options to acquire', async () => {
      const lock = new QueueLock();
      const acquire = vi.spyOn(lock, 'acquire');
      const opts = { timeout: 5 };
      await lock.enter(opts);
      expect(acquire).toHaveBeenCalledWith(opts);
    });

    it('check 7: `await using` releases once at scope end', async () => {
      const lock = new QueueLock();
      const release = vi.spyOn(lock, 'release');
      {
        await using g = await lock.enter();
        expect(g).toBe(lock);
        expect(release).not.toHaveBeenCalled();
      }
      expect(release).toHaveBeenCalledTimes(1);
      expect(lock.locked()).toBe(false);
    });

    it('check 7: a release returning a promise is awaited before the scope exit completes', async () => {
      const lock = new QueueLock();
      let finish!: () => void;
      let finished = false;
      lock.releaseResult = () =>
        new Promise<void>((resolve) => {
          finish = () => {
            finished = true;
            resolve();
          };
        });
      let exited = false;
      const block = (async () => {
        {
          await using _g = await lock.enter();
        }
        exited = true;
        expect(finished).toBe(true);
      })();
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(lock.releases).toBe(1);
      expect(exited).toBe(false);
      finish();
      await block;
      expect(exited).toBe(true);
    });

    it('`await using` releases when the block throws, and the error propagates', async () => {
      const lock = new QueueLock();
      const boom = new Error('boom');
      await expect(
        (async () => {
          await using _g = await lock.enter();
          throw boom;
        })(),
      ).rejects.toBe(boom);
      expect(lock.releases).toBe(1);
    });

    it('Symbol.asyncDispose rejects with a release error', async () => {
      const lock = new QueueLock();
      await lock.enter();
      lock.releaseResult = () => {
        throw new Error('release failed');
      };
      await expect(lock[Symbol.asyncDispose]()).rejects.toThrow('release failed');
    });

    it('check 8: acquire resolving false makes enter reject with the documented Error; release not called', async () => {
      const lock = new QueueLock();
      lock.acquireResult = false;
      const release = vi.spyOn(lock, 'release');
      const p = lock.enter();
      await expect(p).rejects.toThrow(Error);
      await expect(p).rejects.toThrow(/^asyncutils\.mixins\.LockMixin: failed to acquire lock$/);
      expect(FAILED_TO_ACQUIRE).toBe('asyncutils.mixins.LockMixin: failed to acquire lock');
      expect(release).not.toHaveBeenCalled();
    });

    it('enter passes an acquire rejection through (e.g. an aborted signal)', async () => {
      const lock = new QueueLock();
      const reason = new Error('stop');
      await expect(lock.enter({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    });
  });

  describe('runExclusive', () => {
    it('check 9: fn runs only after acquire resolved; release exactly once after fn settles; value returned', async () => {
      const lock = new QueueLock();
      await lock.acquire(); // held by someone else
      const order: string[] = [];
      const p = lock.runExclusive(async () => {
        order.push('fn');
        expect(lock.releases).toBe(1); // only the first holder's release so far
        await Promise.resolve();
        order.push('fn done');
        return 'value';
      });
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(order).toEqual([]);
      lock.release();
      await expect(p).resolves.toBe('value');
      expect(order).toEqual(['fn', 'fn done']);
      expect(lock.releases).toBe(2);
      expect(lock.locked()).toBe(false);
    });

    it('check 9: a sync fn value is returned and the lock released once', async () => {
      const lock = new QueueLock();
      await expect(lock.runExclusive(() => 7)).resolves.toBe(7);
      expect(lock.releases).toBe(1);
    });

    it('check 9: on rejection the same error is rejected and release called once', async () => {
      const lock = new QueueLock();
      const e = new Error('fn failed');
      await expect(lock.runExclusive(async () => Promise.reject(e))).rejects.toBe(e);
      expect(lock.releases).toBe(1);
      await expect(
        lock.runExclusive(() => {
          throw e;
        }),
      ).rejects.toBe(e);
      expect(lock.releases).toBe(2);
      expect(lock.locked()).toBe(false);
    });

    it('check 9: a throwing release replaces the result (success or failure)', async () => {
      const lock = new QueueLock();
      const releaseError = new Error('release failed');
      lock.releaseResult = () => {
        throw releaseError;
      };
      await expect(lock.runExclusive(() => 1)).rejects.toBe(releaseError);
      await expect(lock.runExclusive(async () => Promise.reject(new Error('fn')))).rejects.toBe(releaseError);
      lock.releaseResult = () => Promise.reject(releaseError);
      await expect(lock.runExclusive(() => 1)).rejects.toBe(releaseError);
    });

    it('check 9: an async release is awaited before runExclusive resolves', async () => {
      const lock = new QueueLock();
      let done = false;
      lock.releaseResult = () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            done = true;
            resolve();
          }, 0),
        );
      await lock.runExclusive(() => undefined);
      expect(done).toBe(true);
    });

    it('check 8 / 9: acquire resolving false rejects with the documented Error; fn and release not called', async () => {
      const lock = new QueueLock();
      lock.acquireResult = false;
      const fn = vi.fn();
      const release = vi.spyOn(lock, 'release');
      await expect(lock.runExclusive(fn)).rejects.toThrow('asyncutils.mixins.LockMixin: failed to acquire lock');
      expect(fn).not.toHaveBeenCalled();
      expect(release).not.toHaveBeenCalled();
    });

    it('passes the options to acquire and an acquire rejection through', async () => {
      const lock = new QueueLock();
      const reason = new Error('aborted');
      const fn = vi.fn();
      await expect(lock.runExclusive(fn, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
      expect(fn).not.toHaveBeenCalled();
      expect(lock.releases).toBe(0);
    });

    it('property: mutual exclusion, FIFO entry and exactly one settle per call under random interleavings', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(fc.record({ fail: fc.boolean(), steps: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 12 }),
          async (s, jobs) => {
            const lock = new QueueLock();
            let active = 0;
            let maxActive = 0;
            const entered: number[] = [];
            const settled = jobs.map(() => 0);
            const results = jobs.map((job, i) =>
              lock
                .runExclusive(async () => {
                  active++;
                  maxActive = Math.max(maxActive, active);
                  entered.push(i);
                  for (let k = 0; k < job.steps; k++) await s.schedule(Promise.resolve(k), `job ${i} step ${k}`);
                  active--;
                  if (job.fail) throw new Error(`job ${i}`);
                  return i;
                })
                .then(
                  (v) => {
                    settled[i]!++;
                    return v;
                  },
                  (e: unknown) => {
                    settled[i]!++;
                    return e;
                  },
                ),
            );
            const out = await s.waitFor(Promise.all(results));
            expect(maxActive).toBeLessThanOrEqual(1);
            expect(entered).toEqual(jobs.map((_, i) => i));
            expect(settled.every((n) => n === 1)).toBe(true);
            jobs.forEach((job, i) => {
              if (job.fail) expect((out[i] as Error).message).toBe(`job ${i}`);
              else expect(out[i]).toBe(i);
            });
            expect(lock.releases).toBe(jobs.length);
            expect(lock.locked()).toBe(false);
            expect(lock.waiters).toHaveLength(0);
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  describe('locksmith hooks', () => {
    it('check 10: acknowledgeLocksmithLockHeld(anything) returns true', () => {
      const lock = new QueueLock();
      expect(lock.acknowledgeLocksmithLockHeld({})).toBe(true);
      expect(lock.acknowledgeLocksmithLockHeld(lock)).toBe(true);
    });

    it('check 10: the default cancelWaiters() returns 0 and leaves holders alone', async () => {
      const lock = new QueueLock();
      await lock.acquire();
      expect(lock.cancelWaiters()).toBe(0);
      expect(lock.cancelWaiters(new Error('x'))).toBe(0);
      expect(lock.locked()).toBe(true);
    });
  });

  describe('the _take fast path', () => {
    /** A QueueLock that also offers the synchronous hook, recording its calls. */
    class FastQueueLock extends QueueLock {
      readonly takes: Array<[LockAcquireOptions | undefined, string]> = [];
      protected override _take(opts: LockAcquireOptions | undefined, method: string): boolean | Promise<never> {
        this.takes.push([opts, method]);
        if (opts?.timeout !== undefined && !(opts.timeout >= 0)) return Promise.reject(new RangeError(`${method}: bad timeout`));
        if (this.held) return false;
        return (this.held = true);
      }
    }

    it('enter on a free lock skips acquire and returns one cached promise per instance', async () => {
      const lock = new FastQueueLock();
      const acquire = vi.spyOn(lock, 'acquire');
      const a = lock.enter();
      lock.release();
      const b = lock.enter({ timeout: 5 });
      expect(b).toBe(a);
      await expect(a).resolves.toBe(lock);
      expect(lock.locked()).toBe(true);
      expect(acquire).not.toHaveBeenCalled();
      expect(lock.takes).toEqual([
        [undefined, 'enter'],
        [{ timeout: 5 }, 'enter'],
      ]);
      expect(new FastQueueLock().enter()).not.toBe(a); // per instance
    });

    it('a rejection from the hook is returned as is; false goes through acquire', async () => {
      const lock = new FastQueueLock();
      await expect(lock.enter({ timeout: -1 })).rejects.toThrow('enter: bad timeout');
      await expect(lock.runExclusive(() => 1, { timeout: -1 })).rejects.toThrow('runExclusive: bad timeout');
      expect(lock.locked()).toBe(false);
      await lock.acquire();
      const acquire = vi.spyOn(lock, 'acquire');
      const entered = lock.enter();
      const ran = lock.runExclusive(() => 'ran');
      expect(acquire).toHaveBeenCalledTimes(2);
      lock.release();
      await expect(entered).resolves.toBe(lock);
      lock.release();
      await expect(ran).resolves.toBe('ran');
      expect(lock.locked()).toBe(false);
    });

    it('runExclusive on a free lock calls fn before returning and releases a sync fn at once', async () => {
      const lock = new FastQueueLock();
      let inside = false;
      const p = lock.runExclusive(() => {
        inside = lock.locked();
        return 3;
      });
      expect(inside).toBe(true);
      expect(lock.locked()).toBe(false);
      expect(lock.releases).toBe(1);
      await expect(p).resolves.toBe(3);
      const boom = new Error('boom');
      const q = lock.runExclusive(() => {
        throw boom;
      });
      expect(lock.locked()).toBe(false);
      await expect(q).rejects.toBe(boom);
      let finish!: (v: string) => void;
      const r = lock.runExclusive(() => new Promise<string>((resolve) => (finish = resolve)));
      await Promise.resolve();
      expect(lock.locked()).toBe(true);
      finish('late');
      await expect(r).resolves.toBe('late');
      expect(lock.locked()).toBe(false);
      expect(lock.releases).toBe(3);
    });
  });

  it('Symbol.asyncDispose of a synchronous release returns one shared resolved promise', async () => {
    const lock = new QueueLock();
    await lock.acquire();
    const a = lock[Symbol.asyncDispose]();
    await lock.acquire();
    const b = lock[Symbol.asyncDispose]();
    expect(b).toBe(a);
    await expect(a).resolves.toBeUndefined();
    expect(lock.releases).toBe(2);
  });

  it('runExclusive: an acquire that throws synchronously becomes a rejection', async () => {
    const lock = new QueueLock();
    const err = new Error('sync');
    vi.spyOn(lock, 'acquire').mockImplementation(() => {
      throw err;
    });
    const fn = vi.fn();
    const p = lock.runExclusive(fn);
    await expect(p).rejects.toBe(err);
    expect(fn).not.toHaveBeenCalled();
    expect(lock.releases).toBe(0);
  });

  it('a subclass may narrow enter and the base still works for the rest', async () => {
    class Narrow extends QueueLock {
      override enter(): Promise<this> {
        return this.acquire().then(() => this);
      }
    }
    const n = new Narrow();
    const g: Narrow = await n.enter();
    expect(g).toBe(n);
    expect(n).toBeInstanceOf(LockMixin);
  });
});
