import fc from 'fast-check';
import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lock } from '@asyncutils/locks';
import { syncLock, syncLockFromBinder } from '../src/syncLock.js';
import { flushMicrotasks, rejection, thrown } from './support/hooks.js';

describe('syncLock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('check 7: a lock without acquire/release/locked throws TypeError', () => {
    expect(() => syncLock({ acquire() {} } as never)).toThrow(TypeError);
    expect(() => syncLock({ acquire() {} } as never)).toThrow(/acquire, release and locked methods are required/);
    expect((thrown(() => syncLock(null as never)) as Error).message).toBe('asyncutils.util.sync_lock: acquire, release and locked methods are required');
  });

  it('check 8: with the lock held elsewhere, rejects TimeoutError at 50 ms and f is not called', async () => {
    vi.useFakeTimers();
    const lock = new Lock();
    await lock.acquire();
    const f = vi.fn(() => 1);
    const p = rejection(syncLock(lock, { timeout: 50 })(f)());
    await vi.advanceTimersByTimeAsync(49);
    expect(f).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const err = (await p) as DOMException;
    expect(err).toBeInstanceOf(DOMException);
    expect(err.name).toBe('TimeoutError');
    expect(err.message).toMatch(/^asyncutils\.util\.sync_lock: /);
    expect(f).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    lock.release();
    expect(lock.locked()).toBe(false);
  });

  it('check 8: with the lock free, returns f\'s value and releases the lock afterwards', async () => {
    const lock = new Lock();
    const seen: boolean[] = [];
    const g = syncLock(lock, { timeout: 50 })((x: number) => {
      seen.push(lock.locked());
      return x + 1;
    });
    expect(await g(1)).toBe(2);
    expect(seen).toEqual([true]);
    expect(lock.locked()).toBe(false);
  });

  it('check 8: an async f holds the lock until it settles; a throwing f still releases', async () => {
    const lock = new Lock();
    let finish!: () => void;
    const slow = syncLock(lock)(() => new Promise<string>((r) => (finish = () => r('done'))));
    const p = slow();
    await flushMicrotasks();
    expect(lock.locked()).toBe(true);
    finish();
    expect(await p).toBe('done');
    expect(lock.locked()).toBe(false);
    const e = new Error('x');
    const bad = syncLock(lock)(() => {
      throw e;
    });
    expect(await rejection(bad())).toBe(e);
    expect(lock.locked()).toBe(false);
  });

  it('does not release a lock that f released itself; awaits a thenable release', async () => {
    const lock = new Lock();
    const g = syncLock(lock)(() => lock.release());
    await g();
    expect(lock.locked()).toBe(false);
    let held = false;
    let releases = 0;
    const custom = {
      acquire: async () => (held = true),
      release: () =>
        Promise.resolve().then(() => {
          held = false;
          releases++;
        }),
      locked: () => held,
    };
    await syncLock(custom)(() => 1)();
    expect(releases).toBe(1);
  });

  it('keeps the name and forwards this and arguments; serialises calls', async () => {
    const lock = new Lock();
    const log: number[] = [];
    const obj = {
      k: 10,
      run: syncLock(lock)(async function run(this: { k: number }, x: number) {
        log.push(x);
        await flushMicrotasks(2);
        log.push(-x);
        return this.k + x;
      }),
    };
    expect(obj.run.name).toBe('run');
    expect(await Promise.all([obj.run(1), obj.run(2)])).toEqual([11, 12]);
    expect(log).toEqual([1, -1, 2, -2]);
  });

  it('a signal option rejects waiting calls with its reason and removes its listener', async () => {
    const lock = new Lock();
    await lock.acquire();
    const ctrl = new AbortController();
    const remove = vi.spyOn(ctrl.signal, 'removeEventListener');
    const f = vi.fn();
    const g = syncLock(lock, { signal: ctrl.signal })(f);
    const p = rejection(g());
    const reason = new Error('shutdown');
    ctrl.abort(reason);
    expect(await p).toBe(reason);
    expect(remove).toHaveBeenCalled();
    expect(await rejection(g())).toBe(reason);
    expect(f).not.toHaveBeenCalled();
  });

  it('rejects bad options and functions', () => {
    const lock = new Lock();
    expect(() => syncLock(lock, { timeout: -1 })).toThrow(RangeError);
    expect(() => syncLock(lock, { timeout: NaN })).toThrow(/timeout must be a number >= 0/);
    expect(() => syncLock(lock, { timeout: '1' as never })).toThrow(TypeError);
    expect(() => syncLock(lock, 3 as never)).toThrow(TypeError);
    expect(() => syncLock(lock, { signal: {} as never })).toThrow(/signal must be an AbortSignal/);
    expect(() => syncLock(lock)(5 as never)).toThrow(new TypeError('asyncutils.util.sync_lock: f must be a function, got 5'));
  });

  it('regression: the decorated function is async (it cannot block); it returns a promise', () => {
    const p = syncLock(new Lock())(() => 1)();
    expect(p).toBeInstanceOf(Promise);
    return p;
  });
});

describe('syncLockFromBinder', () => {
  it('check 9: uses the instance lock per call', async () => {
    class Account {
      lock = new Lock();
      balance = 0;
      seen: boolean[] = [];
    }
    const deposit = syncLockFromBinder((self: Account) => self.lock)(function deposit(this: Account, n: number) {
      this.seen.push(this.lock.locked());
      return (this.balance += n);
    });
    const a = new Account();
    const b = new Account();
    await a.lock.acquire();
    const pa = deposit.call(a, 5);
    expect(await deposit.call(b, 7)).toBe(7);
    expect(b.seen).toEqual([true]);
    await flushMicrotasks();
    expect(a.balance).toBe(0);
    a.lock.release();
    expect(await pa).toBe(5);
    expect(a.lock.locked()).toBe(false);
    expect(deposit.name).toBe('deposit');
  });

  it('check 9: a binder returning {} makes the call reject TypeError', async () => {
    const m = syncLockFromBinder(() => ({}) as never)(() => 1);
    const err = await rejection(m.call(undefined));
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toBe('asyncutils.util.sync_lock_from_binder: acquire, release and locked methods are required');
  });

  it('honours the timeout and rejects bad arguments', async () => {
    vi.useFakeTimers();
    try {
      const lock = new Lock();
      await lock.acquire();
      const m = syncLockFromBinder(() => lock, { timeout: 10 })(() => 1);
      const p = rejection(m.call(undefined));
      await vi.advanceTimersByTimeAsync(10);
      expect(await p).toHaveProperty('name', 'TimeoutError');
      expect(((await p) as Error).message).toMatch(/^asyncutils\.util\.sync_lock_from_binder: timed out after 10 ms/);
    } finally {
      vi.useRealTimers();
    }
    expect(() => syncLockFromBinder(1 as never)).toThrow(/binder must be a function/);
    expect(() => syncLockFromBinder(() => new Lock(), { timeout: -5 })).toThrow(RangeError);
    expect(() => syncLockFromBinder(() => new Lock())(null as never)).toThrow(/f must be a function/);
  });
});

describe('syncLock (property and leaks)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('random holds and aborts: mutual exclusion, every call settles once, aborted calls never run f, the lock ends free', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ hold: fc.boolean(), abort: fc.boolean() }), { minLength: 1, maxLength: 10 }),
        async (s, calls) => {
          const lock = new Lock();
          let active = 0;
          let maxActive = 0;
          const ran = new Set<number>();
          const results = calls.map(({ hold, abort }, i) => {
            const ctrl = new AbortController();
            const reason = new Error(`abort ${i}`);
            if (abort) void s.schedule(Promise.resolve(), `abort ${i}`).then(() => ctrl.abort(reason));
            const g = syncLock(lock, { signal: ctrl.signal })(async () => {
              active++;
              maxActive = Math.max(maxActive, active);
              ran.add(i);
              if (hold) await s.schedule(Promise.resolve(), `hold ${i}`);
              active--;
              return i;
            });
            let settlements = 0;
            const outcome = s.schedule(Promise.resolve(), `call ${i}`).then(() => g()).then(
              (v) => ({ i, ok: true as const, v }),
              (e: unknown) => ({ i, ok: false as const, v: e }),
            );
            return outcome.then((r) => ({ ...r, settlements: ++settlements, reason }));
          });
          const settled = await s.waitFor(Promise.all(results));
          await s.waitIdle();
          expect(maxActive).toBeLessThanOrEqual(1);
          for (const r of settled) {
            expect(r.settlements).toBe(1);
            if (r.ok) expect(ran.has(r.i)).toBe(true);
            else {
              expect(r.v).toBe(r.reason);
              expect(ran.has(r.i)).toBe(false);
            }
          }
          expect(lock.locked()).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('leak: 100 000 calls with a deadline and a long-lived signal leave no listener and no timer', async () => {
    vi.useFakeTimers();
    const lock = new Lock();
    const ctrl = new AbortController();
    const g = syncLock(lock, { timeout: 1_000, signal: ctrl.signal })((i: number) => i);
    let sum = 0;
    setMaxListeners(0, ctrl.signal);
    for (let round = 0; round < 100; round++) {
      const ps: Promise<number>[] = [];
      for (let i = 0; i < 1_000; i++) ps.push(g(1));
      for (const v of await Promise.all(ps)) sum += v;
    }
    expect(sum).toBe(100_000);
    expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(lock.locked()).toBe(false);
  });

  it('leak: 100 000 aborted waits (one controller per batch) leave no listener, no timer and no stranded waiter', async () => {
    vi.useFakeTimers();
    const lock = new Lock();
    await lock.acquire();
    const f = vi.fn();
    let aborted = 0;
    for (let round = 0; round < 100; round++) {
      const batch = new AbortController();
      setMaxListeners(0, batch.signal);
      const g = syncLock(lock, { timeout: 60_000, signal: batch.signal })(f);
      const ps: Promise<void>[] = [];
      for (let i = 0; i < 1_000; i++) ps.push(g().catch(() => void aborted++));
      expect(getEventListeners(batch.signal, 'abort')).toHaveLength(1_000);
      batch.abort(new Error('batch over'));
      await Promise.all(ps);
      expect(getEventListeners(batch.signal, 'abort')).toHaveLength(0);
    }
    expect(aborted).toBe(100_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(f).not.toHaveBeenCalled();
    lock.release();
    expect(lock.locked()).toBe(false);
  });
});
