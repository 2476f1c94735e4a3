// The conformance suite every lock with mutex semantics passes (async-mutex's semaphoreSuite idea): acquire
// and release, FIFO hand-off without barging, timeouts, aborts, cancelWaiters, enter/using, runExclusive,
// the allocation-free fast path and the absence of leaked timers and listeners.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countedController, flush, isDomError, rejection, track } from './harness.js';

/** What the suite drives: a mutex-like lock acquired anonymously. */
export interface SuiteLock {
  acquire(opts?: { signal?: AbortSignal; timeout?: number }): Promise<boolean>;
  release(): unknown;
  locked(): boolean;
  tryAcquire?(): boolean;
  cancelWaiters(reason?: unknown): number;
  enter(opts?: { signal?: AbortSignal; timeout?: number }): Promise<{ release(): unknown; [Symbol.asyncDispose](): Promise<void> }>;
  runExclusive<R>(fn: () => R | PromiseLike<R>, opts?: { signal?: AbortSignal; timeout?: number }): Promise<Awaited<R>>;
}

export interface SuiteOptions {
  /** The qualified class name expected in the messages of `acquire`'s errors. */
  readonly qualname: string;
  /** Whether `acquire` on a free lock returns the shared pre-resolved promise. */
  readonly sharedFastPath?: boolean;
}

/** Registers the conformance tests of `factory()` under `describe(name)`. */
export function lockSuite(name: string, factory: () => SuiteLock, options: SuiteOptions): void {
  describe(`lockSuite: ${name}`, () => {
    let lock: SuiteLock;
    beforeEach(() => {
      vi.useFakeTimers();
      lock = factory();
    });
    afterEach(() => {
      expect(vi.getTimerCount()).toBe(0); // no test leaves a timer behind (check 33)
      vi.useRealTimers();
    });

    it('acquire resolves true and holds; release frees', async () => {
      expect(lock.locked()).toBe(false);
      await expect(lock.acquire()).resolves.toBe(true);
      expect(lock.locked()).toBe(true);
      if (lock.tryAcquire) expect(lock.tryAcquire()).toBe(false);
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('serves waiters FIFO by direct hand-off, and a newcomer cannot barge in', async () => {
      await lock.acquire();
      const order: string[] = [];
      const waiters = ['a', 'b', 'c'].map((id) => lock.acquire().then(() => order.push(id)));
      await flush();
      expect(order).toEqual([]);
      lock.release();
      expect(lock.locked()).toBe(true); // handed to a: never free in between
      if (lock.tryAcquire) expect(lock.tryAcquire()).toBe(false);
      const late = lock.acquire().then(() => order.push('late'));
      await flush();
      expect(order).toEqual(['a']);
      lock.release();
      await flush();
      lock.release();
      await flush();
      expect(order).toEqual(['a', 'b', 'c']);
      lock.release();
      await Promise.all([...waiters, late]);
      expect(order).toEqual(['a', 'b', 'c', 'late']);
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('the uncontended fast path allocates nothing: no timer, no listener', async () => {
      const c = countedController();
      const p = lock.acquire({ signal: c.signal, timeout: 1000 });
      expect(vi.getTimerCount()).toBe(0);
      expect(c.added()).toBe(0);
      await p;
      lock.release();
      if (options.sharedFastPath) {
        const a = lock.acquire();
        lock.release();
        const b = lock.acquire();
        lock.release();
        expect(a).toBe(b);
      }
    });

    it('timeout: a waiter rejects a TimeoutError when it expires, and leaves the queue', async () => {
      await lock.acquire();
      const t = track(lock.acquire({ timeout: 50 }));
      await vi.advanceTimersByTimeAsync(49);
      expect(t.state).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(t.state).toBe('rejected');
      expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
      expect((t.reason as Error).message).toMatch(/timed out after 50 ms/);
      lock.release();
      expect(lock.locked()).toBe(false);
      expect(lock.cancelWaiters()).toBe(0);
    });

    it('timeout 0 rejects at once without queueing when held, acquires when free; Infinity sets no timer', async () => {
      await expect(lock.acquire({ timeout: 0 })).resolves.toBe(true);
      const e = await rejection(lock.acquire({ timeout: 0 }));
      expect(isDomError(e, 'TimeoutError')).toBe(true);
      expect(lock.cancelWaiters()).toBe(0);
      const t = track(lock.acquire({ timeout: Infinity }));
      expect(vi.getTimerCount()).toBe(0);
      lock.release();
      await flush();
      expect(t.state).toBe('fulfilled');
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('misuse fails loudly: a NaN, negative or non-number timeout, a non-object options or a non-signal', async () => {
      const api = new RegExp(`^${options.qualname.replace(/\./g, '\\.')}\\.acquire: `);
      for (const [timeout, Type, shown] of [
        [Number.NaN, RangeError, 'NaN'],
        [-1, RangeError, '-1'],
        [-Infinity, RangeError, '-Infinity'],
        ['5', TypeError, 'string'],
        [null, TypeError, 'null'],
      ] as const) {
        const e = await rejection(lock.acquire({ timeout: timeout as number }));
        expect(e).toBeInstanceOf(Type);
        expect((e as Error).message).toMatch(api);
        expect((e as Error).message).toContain(`got ${shown}`);
      }
      await expect(lock.acquire(null as never)).rejects.toThrow(TypeError);
      await expect(lock.acquire({ signal: {} as AbortSignal })).rejects.toThrow(/signal must be an AbortSignal/);
      expect(lock.locked()).toBe(false); // nothing was taken
    });

    it('check 33: abort rejects a pending acquire with the exact reason; it leaves at once, listeners added = removed', async () => {
      await lock.acquire();
      const c = countedController();
      const t = track(lock.acquire({ signal: c.signal, timeout: 10_000 }));
      await flush();
      expect(c.live()).toBe(1);
      const reason = new Error('stop');
      c.controller.abort(reason);
      await flush();
      expect(t.state).toBe('rejected');
      expect(t.reason).toBe(reason);
      expect(c.live()).toBe(0);
      expect(c.added()).toBe(c.removed());
      expect(vi.getTimerCount()).toBe(0);
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('an already aborted signal rejects with its reason even when free, and takes nothing', async () => {
      const c = new AbortController();
      c.abort('why');
      await expect(lock.acquire({ signal: c.signal })).rejects.toBe('why');
      expect(lock.locked()).toBe(false);
      await expect(lock.enter({ signal: c.signal })).rejects.toBe('why');
      await expect(lock.runExclusive(() => 1, { signal: c.signal })).rejects.toBe('why');
      expect(lock.locked()).toBe(false);
    });

    it('granted is final: release then abort in the same tick leaves the waiter holding the lock', async () => {
      await lock.acquire();
      const c = countedController();
      const t = track(lock.acquire({ signal: c.signal, timeout: 100 }));
      lock.release();
      c.controller.abort(new Error('too late'));
      await vi.advanceTimersByTimeAsync(200);
      expect(t.state).toBe('fulfilled');
      expect(t.value).toBe(true);
      expect(lock.locked()).toBe(true);
      expect(c.added()).toBe(c.removed());
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('cancelWaiters rejects every waiter (AbortError by default, or the given reason); the holder keeps the lock', async () => {
      await lock.acquire();
      const a = track(lock.acquire());
      const b = track(lock.acquire({ timeout: 1000 }));
      expect(lock.cancelWaiters()).toBe(2);
      await flush();
      expect(isDomError(a.reason, 'AbortError')).toBe(true);
      expect(isDomError(b.reason, 'AbortError')).toBe(true);
      expect(lock.locked()).toBe(true);
      const reason = { custom: true };
      const c = track(lock.acquire());
      expect(lock.cancelWaiters(reason)).toBe(1);
      await flush();
      expect(c.reason).toBe(reason);
      lock.release();
      expect(lock.locked()).toBe(false);
    });

    it('await using on enter() releases at the end of the block', async () => {
      {
        await using _ = await lock.enter();
        expect(lock.locked()).toBe(true);
      }
      expect(lock.locked()).toBe(false);
    });

    it('runExclusive passes on the value or the error and always releases', async () => {
      await expect(lock.runExclusive(() => 7)).resolves.toBe(7);
      expect(lock.locked()).toBe(false);
      const boom = new Error('boom');
      await expect(
        lock.runExclusive(() => {
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(lock.locked()).toBe(false);
      let inside = false;
      const p = lock.runExclusive(async () => {
        await flush(2);
        inside = lock.locked();
        return 'async';
      });
      await expect(p).resolves.toBe('async');
      expect(inside).toBe(true);
      expect(lock.locked()).toBe(false);
      await expect(lock.runExclusive(() => Promise.reject(boom))).rejects.toBe(boom);
      expect(lock.locked()).toBe(false);
    });

    it('runExclusive waits its turn when held', async () => {
      await lock.acquire();
      const ran: number[] = [];
      const p = lock.runExclusive(() => ran.push(1), { timeout: 500 });
      await flush();
      expect(ran).toEqual([]);
      lock.release();
      await expect(p).resolves.toBe(1);
      expect(lock.locked()).toBe(false);
    });
  });
}
