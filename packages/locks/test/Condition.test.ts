import { LockMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Condition } from '../src/Condition.js';
import { Lock } from '../src/Lock.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('Condition', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 13: waiting or notifying without the lock fails', async () => {
    const cond = new Condition();
    await expect(cond.wait()).rejects.toThrow(new Error('asyncutils.locks.Condition: cannot wait on un-acquired lock'));
    expect(() => cond.notify()).toThrow(new Error('asyncutils.locks.Condition: cannot notify on un-acquired lock'));
    expect(() => cond.notifyAll()).toThrow(/cannot notify on un-acquired lock/);
  });

  it('check 13: the lock is free while waiting; notify(1) wakes the first only after the notifier releases; notifyAll the rest one at a time', async () => {
    const cond = new Condition();
    const events: string[] = [];
    const waiter = (id: string) =>
      (async () => {
        await cond.acquire();
        events.push(`${id} waits`);
        await cond.wait();
        events.push(`${id} woke holding=${cond.locked()}`);
        cond.release();
      })();
    const a = waiter('a');
    await flush();
    const b = waiter('b');
    await flush();
    const c = waiter('c');
    await flush();
    expect(events).toEqual(['a waits', 'b waits', 'c waits']);
    expect(cond.locked()).toBe(false); // released while waiting
    expect(cond.tryAcquire()).toBe(true); // a third party takes it
    cond.notify(1);
    await flush();
    expect(events).toHaveLength(3); // woken, but needs the lock back
    cond.release();
    await flush();
    expect(events[3]).toBe('a woke holding=true');
    await cond.acquire();
    cond.notifyAll();
    cond.release();
    await Promise.all([a, b, c]);
    expect(events.slice(4)).toEqual(['b woke holding=true', 'c woke holding=true']);
    expect(cond.locked()).toBe(false);
  });

  it('check 14: wait({timeout}) rejects TimeoutError with the lock held again', async () => {
    const cond = new Condition();
    await cond.acquire();
    let heldInCatch: boolean | undefined;
    const p = (async () => {
      try {
        await cond.wait({ timeout: 10 });
      } catch (e) {
        heldInCatch = cond.locked();
        throw e;
      }
    })();
    const t = track(p);
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect(heldInCatch).toBe(true);
    cond.release();
  });

  it('check 14: waitFor resolves the truthy predicate value after x reaches 3 and a notify', async () => {
    const cond = new Condition();
    let x = 0;
    const result = track(
      (async () => {
        await cond.acquire();
        try {
          return await cond.waitFor(() => x > 2 && 'ok');
        } finally {
          cond.release();
        }
      })(),
    );
    for (let i = 0; i < 3; i++) {
      await flush();
      await cond.acquire();
      x++;
      cond.notify();
      cond.release();
    }
    await flush();
    expect(result.value).toBe('ok');
    expect(cond.locked()).toBe(false);
  });

  it('waitFor: one deadline covers the whole call; a predicate already true does not wait; timeout 0', async () => {
    const cond = new Condition();
    await cond.acquire();
    await expect(cond.waitFor(() => 5)).resolves.toBe(5);
    const t = track(cond.waitFor(() => false, { timeout: 30 }));
    await vi.advanceTimersByTimeAsync(15);
    await cond.acquire();
    cond.notifyAll(); // a spurious wake-up: the remaining 15 ms still apply
    cond.release();
    await vi.advanceTimersByTimeAsync(14);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect(cond.locked()).toBe(true);
    const e = await rejection(cond.waitFor(() => 0, { timeout: 0 }));
    expect((e as Error).message).toBe('asyncutils.locks.Condition.waitFor: timed out after 0 ms');
    await expect(cond.waitFor(() => 0, { timeout: Number.NaN })).rejects.toThrow(RangeError);
    cond.release();
  });

  it('abort while waiting rejects with the reason after re-acquiring; a notified waiter ignores a later abort', async () => {
    const cond = new Condition();
    await cond.acquire();
    const c = countedController();
    const t = track(cond.wait({ signal: c.signal }));
    await flush();
    c.controller.abort('stop');
    await flush();
    expect(t.reason).toBe('stop');
    expect(cond.locked()).toBe(true);
    const c2 = countedController();
    const t2 = track(cond.wait({ signal: c2.signal }));
    await flush();
    await cond.acquire();
    cond.notify();
    c2.controller.abort('late');
    cond.release();
    await flush();
    expect(t2.state).toBe('fulfilled');
    expect(c.live() + c2.live()).toBe(0);
    cond.release();
    const pre = new AbortController();
    pre.abort('pre');
    await cond.acquire();
    await expect(cond.wait({ signal: pre.signal })).rejects.toBe('pre');
    expect(cond.locked()).toBe(true); // nothing happened: it never released
    await expect(cond.wait({ timeout: 0 })).rejects.toThrow(/timed out after 0 ms/);
    cond.release();
  });

  it('shares a given Lock; rejects anything else; delegates cancelWaiters; disposes; notify validates n', async () => {
    const lock = new Lock();
    const cond = new Condition(lock);
    expect(cond).toBeInstanceOf(LockMixin);
    await lock.acquire();
    expect(cond.locked()).toBe(true);
    const w = track(cond.acquire());
    expect(cond.cancelWaiters()).toBe(1);
    await flush();
    expect(isDomError(w.reason, 'AbortError')).toBe(true);
    expect(() => cond.notify(-1)).toThrow(RangeError);
    expect(() => cond.notify(1.5)).toThrow(RangeError);
    expect(() => cond.notify('1' as never)).toThrow(TypeError);
    cond.notify(0);
    cond[Symbol.dispose]();
    expect(lock.locked()).toBe(false);
    expect(() => new Condition({} as Lock)).toThrow(TypeError);
    expect(() => new Condition({} as Lock)).toThrow(/^asyncutils\.locks\.Condition: lock must be an asyncutils\.locks\.Lock/);
    {
      using _ = await cond.enter();
      expect(lock.locked()).toBe(true);
    }
    expect(lock.locked()).toBe(false);
  });

  it('if its re-acquire is cancelled (cancelWaiters on the lock), wait rejects with that reason', async () => {
    const cond = new Condition();
    await cond.acquire();
    const t = track(cond.wait());
    await flush();
    await cond.acquire();
    cond.notify();
    await flush();
    cond.cancelWaiters('purged'); // the waiter's re-acquire is purged
    await flush();
    expect(t.reason).toBe('purged');
    cond.release();
  });
});
