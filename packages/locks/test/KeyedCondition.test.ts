import { LockMixin, type AsyncLockLike } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyedCondition } from '../src/KeyedCondition.js';
import { Lock } from '../src/Lock.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('KeyedCondition', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 23: a waiter releases the lock while waiting; notify then release lets it resume holding the lock', async () => {
    const cond = new KeyedCondition<string>();
    expect(cond).toBeInstanceOf(LockMixin);
    let resumedHolding: boolean | undefined;
    const task = (async () => {
      await cond.enter();
      await cond.wait('a');
      resumedHolding = cond.locked();
      await cond.release();
    })();
    await flush();
    await cond.enter(); // possible only because the waiter released it
    cond.notify('a', 2);
    await cond.release();
    await task;
    expect(resumedHolding).toBe(true);
    expect(cond.locked()).toBe(false);

    const b1 = track((async () => (await cond.acquire(), await cond.wait('b'), await cond.release()))());
    const b2 = track((async () => (await cond.acquire(), await cond.wait('b'), await cond.release()))());
    await flush();
    await cond.acquire();
    cond.notify('b', 3); // wakes both; not strict: no error
    cond.notify('c'); // nobody waits: a no-op
    await cond.release();
    await flush();
    expect([b1.state, b2.state]).toEqual(['fulfilled', 'fulfilled']);
  });

  it('check 24: strict errors and lock errors', async () => {
    const cond = new KeyedCondition<string>();
    expect(() => cond.notify('x')).toThrow(new Error('asyncutils.locks.KeyedCondition: must acquire condition to notify'));
    expect(() => cond.assertLocked()).toThrow(/must acquire condition to notify/);
    await expect(cond.wait('x')).rejects.toThrow(new Error('asyncutils.locks.KeyedCondition: must acquire condition to wait'));
    await cond.acquire();
    cond.assertLocked();
    expect(() => cond.notify('d', 1, { strict: true })).toThrow(new RangeError("asyncutils.locks.KeyedCondition: no parties waiting for key 'd'"));
    expect(() => cond.notify('e', -1, { strict: true })).toThrow(new RangeError('asyncutils.locks.KeyedCondition: n must be positive'));
    cond.notify('e', -1); // not strict: no-op
    const w = track(cond.wait('k'));
    await flush();
    await cond.acquire();
    expect(() => cond.notify('k', 2, { strict: true })).toThrow(new RangeError('asyncutils.locks.KeyedCondition: not enough parties to notify'));
    await cond.release();
    await flush();
    expect(w.state).toBe('fulfilled'); // woken before the throw
    await expect(cond.wait(undefined as never)).rejects.toThrow(TypeError);
    expect(() => cond.notify(undefined as never)).toThrow(TypeError);
    expect(() => cond.notify('k', 1.5)).toThrow(RangeError);
    expect(() => cond.notify('k', '1' as never)).toThrow(TypeError);
    expect(() => cond.notify(12 as never, 1, { strict: true })).toThrow('no parties waiting for key 12');
    await cond.release();
  });

  it('check 25: notifyAll counts; waitAll waits for the waiters present at its call; waitFor per-wait timeout; a failing lock gives false', async () => {
    const cond = new KeyedCondition<string>();
    const waiter = (key: string) => track((async () => (await cond.acquire(), await cond.wait(key), await cond.release()))());
    const ws = [waiter('b'), waiter('b'), waiter('c')];
    await flush();
    await cond.acquire();
    expect(cond.notifyAll('b')).toBe(2);
    expect(cond.notifyAll('zzz')).toBe(0);
    await cond.release();
    await flush();
    expect(ws.map((w) => w.state)).toEqual(['fulfilled', 'fulfilled', 'pending']);
    const more = [waiter('d'), waiter('e')];
    await flush();
    await cond.acquire();
    expect(cond.notifyAll()).toBe(3);
    await cond.release();
    await flush();
    expect([...ws, ...more].every((w) => w.state === 'fulfilled')).toBe(true);

    const x = waiter('x');
    const y = waiter('y');
    await flush();
    await cond.acquire();
    const all = track(cond.waitAll());
    await flush();
    expect(cond.locked()).toBe(false); // waitAll released it
    const late = waiter('z'); // registered after waitAll: not waited for
    await flush();
    await cond.acquire();
    cond.notify('x');
    await cond.release();
    await flush();
    expect(all.state).toBe('pending');
    await cond.acquire();
    cond.notify('y');
    await cond.release();
    await flush();
    expect(all.state).toBe('fulfilled');
    expect(cond.locked()).toBe(true); // waitAll re-acquired it
    cond.notifyAll();
    await cond.release();
    await flush();
    expect([x.state, y.state, late.state]).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);

    await cond.acquire();
    const timed = track(cond.waitFor('k', () => false, { perWaitTimeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    expect(cond.locked()).toBe(true);
    let ready = false;
    const ok = track(cond.waitFor('k', () => ready, { perWaitTimeout: 1000 }));
    await flush();
    await cond.acquire();
    ready = true;
    cond.notify('k');
    await cond.release();
    await flush();
    expect(ok.state).toBe('fulfilled');
    await cond.release();

    const broken: AsyncLockLike = {
      acquire: () => Promise.reject(new Error('plain')),
      release: () => undefined,
      locked: () => false,
    };
    await expect(new KeyedCondition(broken).acquire()).resolves.toBe(false);
  });

  it('acquire passes abort and timeout errors through; bad options reject loudly', async () => {
    const lock = new Lock();
    const cond = new KeyedCondition<number>(lock);
    await lock.acquire();
    const c = countedController();
    const a = track(cond.acquire({ signal: c.signal }));
    c.controller.abort('reason');
    await flush();
    expect(a.reason).toBe('reason');
    const t = track(cond.acquire({ timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    await expect(cond.acquire({ timeout: Number.NaN })).rejects.toThrow(/^asyncutils\.locks\.KeyedCondition\.acquire: timeout/);
    const w = track(cond.acquire());
    expect(cond.cancelWaiters()).toBe(1);
    await flush();
    expect(w.value).toBe(false); // a lock error other than the abort reason or a timeout: false
    const custom = track(cond.acquire());
    expect(cond.cancelWaiters('why')).toBe(1);
    await flush();
    expect(custom.value).toBe(false);
    expect(new KeyedCondition({ acquire: async () => true, release() {}, locked: () => true }).cancelWaiters()).toBe(0);
    await expect(new KeyedCondition({ acquire: async () => 0, release() {}, locked: () => true }).acquire()).resolves.toBe(false);
    lock.release();
    expect(() => new KeyedCondition({} as AsyncLockLike)).toThrow(TypeError);
  });

  it('wait/waitAll/waitFor: timeouts and aborts reject after re-acquiring; timeout 0; overall waitFor deadline', async () => {
    const cond = new KeyedCondition<string>();
    await cond.acquire();
    const t = track(cond.wait('a', { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect(cond.locked()).toBe(true);
    expect(isDomError(await rejection(cond.wait('a', { timeout: 0 })), 'TimeoutError')).toBe(true);
    await expect(cond.waitAll()).resolves.toBeUndefined(); // nobody waits: at once
    const pre = new AbortController();
    pre.abort('pre');
    await expect(cond.wait('a', { signal: pre.signal })).rejects.toBe('pre');
    await expect(cond.waitFor('a', () => false, { signal: pre.signal })).rejects.toBe('pre');
    await expect(cond.waitFor('a', () => false, { perWaitTimeout: -1 })).rejects.toThrow(RangeError);
    expect(cond.locked()).toBe(true);

    const overall = track(cond.waitFor('a', () => false, { timeout: 25, perWaitTimeout: 10 }));
    await vi.advanceTimersByTimeAsync(10); // the first per-wait timeout rejects the call
    expect(isDomError(overall.reason, 'TimeoutError')).toBe(true);
    const deadline = track(cond.waitFor('a', () => false, { timeout: 25 }));
    await vi.advanceTimersByTimeAsync(25);
    expect(isDomError(deadline.reason, 'TimeoutError')).toBe(true);
    expect((deadline.reason as Error).message).toMatch(/^asyncutils\.locks\.KeyedCondition\.wait(For)?: timed out/);

    // waitAll with a waiter that never goes: its own timeout and abort
    const other = track((async () => (await cond.acquire(), await cond.wait('q')))());
    await cond.release();
    await flush();
    await cond.acquire();
    const wa = track(cond.waitAll({ timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(wa.reason, 'TimeoutError')).toBe(true);
    expect(cond.locked()).toBe(true);
    expect(isDomError(await rejection(cond.waitAll({ timeout: 0 })), 'TimeoutError')).toBe(true);
    const c = countedController();
    const wb = track(cond.waitAll({ signal: c.signal }));
    await flush();
    c.controller.abort('x');
    await flush();
    await flush();
    expect(wb.reason).toBe('x');
    expect(cond.locked()).toBe(true);
    cond.notifyAll();
    await cond.release();
    await flush();
    expect(other.state).toBe('fulfilled'); // the watched waiter settling after waitAll left is harmless
    await cond.release();
  });

  it('a waiter that left (abort) counts as gone for waitAll; a lock whose release throws leaves nothing queued', async () => {
    const cond = new KeyedCondition<string>();
    const c = countedController();
    const leaving = track((async () => (await cond.acquire(), await cond.wait('a', { signal: c.signal })))());
    await flush();
    await cond.acquire();
    const all = track(cond.waitAll());
    await flush();
    c.controller.abort('bye');
    await flush();
    expect(all.state).toBe('fulfilled'); // its only watched waiter left
    expect(cond.locked()).toBe(true); // waitAll re-acquired first
    await cond.release();
    await flush();
    expect(leaving.reason).toBe('bye'); // rejected only once it held the lock again
    expect(cond.locked()).toBe(true);
    await cond.release();

    let held = true;
    const weird = new KeyedCondition<string>({
      acquire: async () => (held = true),
      release: () => {
        throw new Error('cannot release');
      },
      locked: () => held,
    });
    const e = await rejection(weird.wait('k', { timeout: 100 }));
    expect((e as Error).message).toBe('cannot release');
    expect(vi.getTimerCount()).toBe(0);
    expect(weird.notifyAll()).toBe(0);
    const never = new KeyedCondition<string>({ acquire: async () => false, release() {}, locked: () => true });
    const lost = track(never.wait('k', { timeout: 1 }));
    await vi.advanceTimersByTimeAsync(1);
    expect((lost.reason as Error).message).toBe('asyncutils.locks.KeyedCondition: could not re-acquire the lock');
  });

  it('regression: wait() releases the lock while waiting (Python kept it, deadlocking every notifier)', async () => {
    const cond = new KeyedCondition<string>();
    await cond.acquire();
    const w = track(cond.wait('k'));
    await flush();
    expect(cond.locked()).toBe(false);
    await cond.acquire();
    cond.notify('k');
    await cond.release();
    await flush();
    expect(w.state).toBe('fulfilled');
    await cond.release();
  });

  it("regression: notify wakes a key's waiters in arrival order (Python used a set)", async () => {
    const cond = new KeyedCondition<string>();
    const order: number[] = [];
    const ws = [1, 2, 3, 4].map((i) => (async () => (await cond.acquire(), await cond.wait('k'), order.push(i), await cond.release()))());
    await flush();
    for (let i = 0; i < 4; i++) {
      await cond.acquire();
      cond.notify('k');
      await cond.release();
      await flush();
    }
    await Promise.all(ws);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('regression: notifyAll returns the real count and does not stop at a key without waiters (Python returned 0)', async () => {
    const cond = new KeyedCondition<string>();
    const ws = ['a', 'b', 'b'].map((k) => track((async () => (await cond.acquire(), await cond.wait(k), await cond.release()))()));
    await flush();
    await cond.acquire();
    expect(cond.notifyAll('missing')).toBe(0);
    expect(cond.notifyAll()).toBe(3);
    await cond.release();
    await flush();
    expect(ws.every((w) => w.state === 'fulfilled')).toBe(true);
  });

  it('regression: acquire does not swallow an abort (Python swallowed cancellation)', async () => {
    const cond = new KeyedCondition<string>();
    await cond.acquire();
    const c = new AbortController();
    const p = track(cond.acquire({ signal: c.signal }));
    c.abort('cancelled');
    await flush();
    expect(p.reason).toBe('cancelled');
    await cond.release();
  });
});
