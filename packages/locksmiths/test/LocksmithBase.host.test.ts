// LocksmithBase.host: checks 14-17 and 20, the veto, each timeout, abort paths and bad input.
import { addAuditHook, hasAuditHooks } from '@asyncutils/audit';
import { Lock, RLock } from '@asyncutils/locks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocksmithBase } from '../src/index.js';
import { deferred, EVENT, listenerCounter, recordForceEvents, state, StubLock, withTimeouts } from './support/helpers.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
  vi.useRealTimers();
});

/** A Lock held by a "stuck" holder that never releases. */
async function stuckLock(): Promise<Lock> {
  const lock = new Lock();
  await lock.acquire();
  return lock;
}

function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
}

describe('LocksmithBase.host', () => {
  it('check 14: forces a stuck recognized Lock, runs the task holding it, frees it; one force event', async () => {
    const smith = new LocksmithBase();
    const lock = await stuckLock();
    await smith.recognizeLock(lock);
    const rec = recordForceEvents();
    using _off = rec.remover;
    let lockedInside: boolean | undefined;
    const result = await smith.host(async () => {
      lockedInside = lock.locked();
      return 'ran';
    }, lock);
    expect(result).toBe('ran');
    expect(lockedInside).toBe(true);
    expect(lock.locked()).toBe(false);
    expect(rec.calls).toHaveLength(1);
  });

  it('does not force away its own grant when the holder lets go just before the forced release', async () => {
    let voluntary = 0;
    for (let delay = 0; delay < 30; delay++) {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      await smith.recognizeLock(lock);
      let releases = 0;
      const release = lock.release.bind(lock);
      lock.release = () => {
        releases++;
        release();
      };
      let lockedAtStart: boolean | undefined;
      const hosted = smith.host(() => {
        lockedAtStart = lock.locked();
      }, lock);
      for (let i = 0; i < delay; i++) await Promise.resolve();
      if (releases === 0) {
        voluntary++;
        lock.release(); // the holder lets go on its own (the force has not released it yet)
      }
      await hosted;
      expect(lockedAtStart, `delay ${delay}`).toBe(true);
      expect(lock.locked(), `delay ${delay}`).toBe(false);
    }
    expect(voluntary).toBeGreaterThan(1); // the race was really exercised at several points
  });

  it('serves older waiters first (the forced release goes to the queue, host comes after them)', async () => {
    const smith = new LocksmithBase();
    const lock = await stuckLock();
    await smith.recognizeLock(lock);
    const order: string[] = [];
    const older = lock.acquire().then(() => {
      order.push('older');
      lock.release();
    });
    const hosted = smith.host(() => {
      order.push('task');
    }, lock);
    await older;
    await hosted;
    expect(order).toEqual(['older', 'task']);
    expect(lock.locked()).toBe(false);
  });

  it('a free lock is simply acquired (force is UNFORCEABLE) and the task receives a live signal', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    let signal: AbortSignal | undefined;
    expect(
      await smith.host((s) => {
        signal = s;
        return 7;
      }, lock),
    ).toBe(7);
    expect(signal?.aborted).toBe(false);
    expect(lock.locked()).toBe(false);
  });

  it('accepts a thenable task', async () => {
    const smith = new LocksmithBase();
    expect(await smith.host(Promise.resolve('value'), new Lock())).toBe('value');
  });

  it('routes a function task through wrapTask', async () => {
    const smith = new LocksmithBase();
    const wrap = vi.spyOn(smith, 'wrapTask');
    await smith.host(() => 1, new Lock());
    expect(wrap).toHaveBeenCalledTimes(1);
    expect(typeof wrap.mock.calls[0]?.[0]).toBe('function');
  });

  it('a task error rejects host and the lock is released', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    const boom = new Error('task failed');
    await expect(
      smith.host(() => {
        throw boom;
      }, lock),
    ).rejects.toBe(boom);
    expect(lock.locked()).toBe(false);
  });

  it('a task that released the lock itself is not released again', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    const release = vi.spyOn(lock, 'release');
    await smith.host(() => lock.release(), lock);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('a release error replaces a successful result only', async () => {
    const smith = new LocksmithBase();
    const lock = new StubLock();
    lock.onRelease = () => Promise.reject(new Error('release failed'));
    await expect(smith.host(() => 'ok', lock)).rejects.toThrow('release failed');
    const boom = new Error('task failed');
    await expect(
      smith.host(() => {
        throw boom;
      }, lock),
    ).rejects.toBe(boom);
  });

  it('the audit hook vetoes host: it rejects with the hook error and never touches the lock', async () => {
    const smith = new LocksmithBase();
    const lock = await stuckLock();
    await smith.recognizeLock(lock);
    const acquire = vi.spyOn(lock, 'acquire');
    const release = vi.spyOn(lock, 'release');
    const task = vi.fn();
    const veto = new Error('vetoed');
    {
      using _off = addAuditHook((event) => {
        if (event === EVENT) throw veto;
      });
      await expect(smith.host(task, lock)).rejects.toBe(veto);
    }
    expect(acquire).not.toHaveBeenCalled();
    expect(release).not.toHaveBeenCalled();
    expect(task).not.toHaveBeenCalled();
    expect(lock.locked()).toBe(true);
    expect(lock.cancelWaiters()).toBe(0);
  });

  it('rejects bad input with TypeError/RangeError naming the API, before any event', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    const rec = recordForceEvents();
    using _off = rec.remover;
    const api = 'asyncutils.locksmiths.LocksmithBase.host';
    await expect(smith.host(42 as never, lock)).rejects.toThrow(new TypeError(`${api}: task must be a function or a thenable, got number`));
    await expect(smith.host(() => 1, {} as never)).rejects.toThrow(new TypeError(`${api}: lock must have acquire, release and locked methods, got Object`));
    await expect(smith.host(() => 1, lock, 5 as never)).rejects.toThrow(TypeError);
    await expect(smith.host(() => 1, lock, { timeout1: NaN })).rejects.toThrow(new RangeError(`${api}: timeout1 must be a non-negative number of milliseconds, got NaN`));
    await expect(smith.host(() => 1, lock, { timeout2: -1 })).rejects.toThrow(RangeError);
    await expect(smith.host(() => 1, lock, { timeout3: '5' as never })).rejects.toThrow(TypeError);
    await expect(smith.host(() => 1, lock, { signal: 'x' as never })).rejects.toThrow(new TypeError(`${api}: signal must be an AbortSignal, got string`));
    expect(rec.calls).toEqual([]);
    expect(lock.locked()).toBe(false);
  });

  it('an already aborted signal rejects with its reason: no event, no acquire', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    const acquire = vi.spyOn(lock, 'acquire');
    const rec = recordForceEvents();
    using _off = rec.remover;
    const reason = new Error('cancelled');
    await expect(smith.host(() => 1, lock, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(acquire).not.toHaveBeenCalled();
    expect(rec.calls).toEqual([]);
  });

  it('a lock whose acquire resolves false rejects host and is not released', async () => {
    const smith = new LocksmithBase();
    const lock = new StubLock();
    lock.acquire = () => Promise.resolve(false);
    const release = vi.spyOn(lock, 'release');
    await expect(smith.host(() => 1, lock)).rejects.toThrow(/^asyncutils\.locksmiths\.LocksmithBase\.host: failed to acquire lock StubLock #\d+$/);
    await Promise.resolve();
    expect(release).not.toHaveBeenCalled();
  });

  it('a rejecting acquire rejects host with that error', async () => {
    const smith = new LocksmithBase();
    const lock = new StubLock();
    const boom = new Error('acquire failed');
    lock.acquire = () => Promise.reject(boom);
    await expect(smith.host(() => 1, lock)).rejects.toBe(boom);
  });

  it('a force that rejects (overridden hook throws) rejects host and withdraws the acquire', async () => {
    class Broken extends LocksmithBase {
      override async getInfo(): Promise<unknown> {
        throw new Error('info failed');
      }
    }
    const smith = new Broken();
    const lock = await stuckLock();
    await smith.recognizeLock(lock);
    await expect(smith.host(() => 1, lock)).rejects.toThrow('info failed');
    expect(lock.cancelWaiters()).toBe(0);
    expect(lock.locked()).toBe(true);
  });

  describe('timeouts and aborts (fake timers)', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });

    it('check 15 / check 20: an unrecognized lock held forever: TimeoutError at 100 ms, no waiter, no timer, no listener', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      const task = vi.fn();
      const ac = new AbortController();
      const counter = listenerCounter(ac.signal);
      const hosted = errorOf(smith.host(task, lock, { signal: ac.signal }));
      await vi.advanceTimersByTimeAsync(99);
      expect(await state(hosted)).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      const err = await hosted;
      expect(err).toBeInstanceOf(DOMException);
      expect((err as DOMException).name).toBe('TimeoutError');
      expect((err as DOMException).message).toMatch(/failed to acquire lock Lock #\d+ within 100 ms/);
      expect(lock.cancelWaiters()).toBe(0);
      expect(task).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      expect(counter.live).toBe(0);
    });

    it('regression: timeout2 applies whatever the force result, in ms, and the pending acquire is withdrawn', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      await smith.recognizeLock(lock);
      lock.release = vi.fn(() => false) as never; // force: RELEASED_WITH_FALSE, and the lock stays held
      const hosted = errorOf(smith.host(() => 1, lock, { timeout2: 30 }));
      await vi.advanceTimersByTimeAsync(30);
      expect(((await hosted) as DOMException).message).toMatch(/within 30 ms$/);
      expect(lock.cancelWaiters()).toBe(0);
    });

    it('check 15: timeout2 null keeps waiting until the lock is free', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      const hosted = smith.host(() => 'finally', lock, { timeout2: null });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await state(hosted)).toBe('pending');
      expect(vi.getTimerCount()).toBe(0);
      lock.release();
      expect(await hosted).toBe('finally');
      expect(lock.locked()).toBe(false);
    });

    it('timeout2 from the context constant, read at the call', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      const hosted = await withTimeouts([1000, 20, null], async () => {
        const p = errorOf(smith.host(() => 1, lock));
        await vi.advanceTimersByTimeAsync(20);
        return p;
      });
      expect((hosted as DOMException).message).toMatch(/within 20 ms$/);
      expect(lock.cancelWaiters()).toBe(0);
    });

    it('check 15 / check 20: timeout3 with a never-ending task: TimeoutError at 50 ms, task signal aborted, lock released', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      await smith.recognizeLock(lock);
      let taskSignal: AbortSignal | undefined;
      const hosted = errorOf(
        smith.host(
          (signal) => {
            taskSignal = signal;
            return new Promise<never>(() => {});
          },
          lock,
          { timeout3: 50 },
        ),
      );
      await vi.advanceTimersByTimeAsync(49);
      expect(await state(hosted)).toBe('pending');
      expect(lock.locked()).toBe(true);
      expect(taskSignal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const err = (await hosted) as DOMException;
      expect(err.name).toBe('TimeoutError');
      expect(err.message).toBe('asyncutils.locksmiths.LocksmithBase.host: task did not finish within 50 ms');
      expect(taskSignal?.aborted).toBe(true);
      expect(taskSignal?.reason).toBe(err);
      expect(lock.locked()).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('timeout1: a force that does not finish in time rejects TimeoutError, withdraws the acquire, and the force stands down', async () => {
      const info = deferred<unknown>();
      class Slow extends LocksmithBase {
        override getInfo(): Promise<unknown> {
          return info.promise;
        }
      }
      const smith = new Slow();
      const lock = await stuckLock();
      await smith.recognizeLock(lock);
      const hosted = errorOf(smith.host(() => 1, lock, { timeout1: 40 }));
      await vi.advanceTimersByTimeAsync(40);
      const err = (await hosted) as DOMException;
      expect(err.name).toBe('TimeoutError');
      expect(err.message).toBe('asyncutils.locksmiths.LocksmithBase.host: force did not finish within 40 ms');
      expect(lock.cancelWaiters()).toBe(0);
      const release = vi.spyOn(lock, 'release');
      info.resolve('late');
      await vi.advanceTimersByTimeAsync(0);
      // The abandoned force stands down (as Python cancels it): the stuck holder is not released for nobody.
      expect(release).not.toHaveBeenCalled();
      expect(lock.locked()).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('a lock that ignores the signal and grants after host gave up is released at once', async () => {
      const smith = new LocksmithBase();
      const grant = deferred<boolean>();
      const lock = new StubLock();
      lock.held = true;
      lock.acquire = () => grant.promise; // ignores the signal
      const release = vi.spyOn(lock, 'release');
      const hosted = errorOf(smith.host(() => 1, lock, { timeout2: 10 }));
      await vi.advanceTimersByTimeAsync(10);
      expect(((await hosted) as DOMException).name).toBe('TimeoutError');
      expect(release).not.toHaveBeenCalled();
      grant.resolve(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(release).toHaveBeenCalledTimes(1);
      expect(lock.held).toBe(false);
    });

    it('a late grant whose release throws is dropped quietly', async () => {
      const smith = new LocksmithBase();
      const grant = deferred<boolean>();
      const lock = new StubLock();
      lock.acquire = () => grant.promise;
      lock.onRelease = () => {
        throw new Error('cannot');
      };
      const hosted = errorOf(smith.host(() => 1, lock, { timeout2: 10 }));
      await vi.advanceTimersByTimeAsync(10);
      await hosted;
      grant.resolve(true);
      await vi.advanceTimersByTimeAsync(0);
      lock.onRelease = () => Promise.reject(new Error('cannot either'));
      const again = deferred<boolean>();
      lock.acquire = () => again.promise;
      const second = errorOf(smith.host(() => 1, lock, { timeout2: 10 }));
      await vi.advanceTimersByTimeAsync(10);
      await second;
      again.resolve(true);
      await vi.advanceTimersByTimeAsync(0);
    });

    it('check 17 / check 20: abort while waiting for the lock: exact reason, acquire withdrawn, task never starts', async () => {
      const smith = new LocksmithBase();
      const lock = await stuckLock();
      const ac = new AbortController();
      const counter = listenerCounter(ac.signal);
      const task = vi.fn();
      const hosted = errorOf(smith.host(task, lock, { signal: ac.signal, timeout2: null }));
      await vi.advanceTimersByTimeAsync(10);
      expect(counter.live).toBe(1);
      const reason = { why: 'shutdown' };
      ac.abort(reason);
      expect(await hosted).toBe(reason);
      expect(lock.cancelWaiters()).toBe(0);
      expect(task).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      expect(counter.live).toBe(0);
      expect(lock.locked()).toBe(true);
    });

    it('abort while the force is running rejects at once with the reason', async () => {
      const info = deferred<unknown>();
      class Slow extends LocksmithBase {
        override getInfo(): Promise<unknown> {
          return info.promise;
        }
      }
      const smith = new Slow();
      const lock = await stuckLock();
      await smith.recognizeLock(lock);
      const ac = new AbortController();
      const hosted = errorOf(smith.host(() => 1, lock, { signal: ac.signal }));
      await vi.advanceTimersByTimeAsync(5);
      ac.abort('stop');
      expect(await hosted).toBe('stop');
      expect(lock.cancelWaiters()).toBe(0);
      info.resolve(undefined);
      await vi.advanceTimersByTimeAsync(0);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('abort while the task runs: rejects with the reason, aborts the task signal with it, releases the lock', async () => {
      const smith = new LocksmithBase();
      const lock = new Lock();
      const ac = new AbortController();
      const counter = listenerCounter(ac.signal);
      let taskSignal: AbortSignal | undefined;
      const hosted = errorOf(
        smith.host(
          (signal) => {
            taskSignal = signal;
            return new Promise<never>(() => {});
          },
          lock,
          { signal: ac.signal, timeout3: 1000 },
        ),
      );
      await vi.advanceTimersByTimeAsync(5);
      expect(lock.locked()).toBe(true);
      ac.abort('stop');
      expect(await hosted).toBe('stop');
      expect(taskSignal?.reason).toBe('stop');
      expect(lock.locked()).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
      expect(counter.live).toBe(0);
    });
  });

  it('check 16: owner option: patchOwner before the task, the task sees it, the release uses it', async () => {
    const smith = new LocksmithBase();
    const rlock = new RLock();
    await rlock.acquire(); // a stuck anonymous holder
    await smith.recognizeLock(rlock);
    const patch = vi.spyOn(smith, 'patchOwner');
    const release = vi.spyOn(rlock, 'release');
    const t = { token: 't' };
    let ownerInside: unknown;
    expect(
      await smith.host(
        () => {
          ownerInside = rlock.owner;
          return 'done';
        },
        rlock,
        { owner: t },
      ),
    ).toBe('done');
    expect(patch).toHaveBeenCalledWith(t, rlock);
    expect(ownerInside).toBe(t);
    expect(rlock.locked()).toBe(false);
    expect(release).toHaveBeenLastCalledWith(t);
  });

  it('a throwing patchOwner rejects host and the anonymous hold is still released', async () => {
    class NoPatch extends LocksmithBase {
      override patchOwner(): void {
        throw new Error('cannot patch');
      }
    }
    const smith = new NoPatch();
    const rlock = new RLock();
    const task = vi.fn();
    await expect(smith.host(task, rlock, { owner: 't' })).rejects.toThrow('cannot patch');
    expect(task).not.toHaveBeenCalled();
    expect(rlock.locked()).toBe(false);
  });
});
