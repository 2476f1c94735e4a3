import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AwaitableMixin, EventMixin, type MixinWaitOptions } from '../src/index.js';
import { ValueEvent } from './support/fixtures.js';

const flush = async (n = 10): Promise<void> => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

/** An event whose `waitForNext` returns queued results in order, recording its options. */
class Scripted extends EventMixin<number> {
  readonly results: number[];
  readonly opts: Array<MixinWaitOptions | undefined> = [];
  setCalls: number[] = [];
  constructor(results: number[], readonly held?: number) {
    super();
    this.results = [...results];
  }
  waitForNext(opts?: MixinWaitOptions): Promise<number> {
    this.opts.push(opts);
    const next = this.results.shift();
    return next === undefined ? new Promise(() => {}) : Promise.resolve(next);
  }
  isSet(): boolean {
    return this.held !== undefined;
  }
  get(): number {
    if (this.held === undefined) throw new RangeError('unset');
    return this.held;
  }
  set(value: number): void {
    this.setCalls.push(value);
  }
  clear(): void {}
}

describe('EventMixin', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an AwaitableMixin and is not thenable', async () => {
    const e = new ValueEvent<number>();
    expect(e).toBeInstanceOf(AwaitableMixin);
    expect('then' in e).toBe(false);
    expect(await e).toBe(e);
  });

  describe('wait', () => {
    it('check 12: holding 3, wait() resolves 3 without calling waitForNext (nothing consumed)', async () => {
      const e = new ValueEvent<number>();
      e.set(3);
      const waitForNext = vi.spyOn(e, 'waitForNext');
      await expect(e.wait()).resolves.toBe(3);
      await expect(e.wait({ timeout: 0 })).resolves.toBe(3);
      expect(waitForNext).not.toHaveBeenCalled();
      expect(e.isSet()).toBe(true);
    });

    it('check 12: unset, wait delegates to waitForNext with the same options object', async () => {
      const e = new ValueEvent<number>();
      const waitForNext = vi.spyOn(e, 'waitForNext');
      const opts = { timeout: 50 };
      const p = e.wait(opts);
      expect(waitForNext).toHaveBeenCalledTimes(1);
      expect(waitForNext.mock.calls[0]![0]).toBe(opts);
      e.set(9);
      await expect(p).resolves.toBe(9);
      const q = e.wait();
      expect(q).toBeInstanceOf(Promise);
    });

    it('held value: an already aborted signal rejects with its reason, an invalid timeout rejects', async () => {
      const e = new ValueEvent<number>();
      e.set(1);
      const reason = new Error('stop');
      await expect(e.wait({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
      await expect(e.wait({ timeout: -1 })).rejects.toThrow(RangeError);
      await expect(e.wait({ timeout: NaN })).rejects.toThrow(/asyncutils\.mixins\.EventMixin\.wait: timeout/);
      await expect(e.wait({ timeout: '1' as unknown as number })).rejects.toThrow(TypeError);
    });

    it('a throwing get becomes a rejection', async () => {
      class Broken extends Scripted {
        override isSet(): boolean {
          return true;
        }
      }
      await expect(new Broken([]).wait()).rejects.toThrow('unset');
    });
  });

  describe('waitForValue', () => {
    it('check 13: holding 5, waitForValue(5) resolves without waiting', async () => {
      const e = new Scripted([], 5);
      await expect(e.waitForValue(5)).resolves.toBeUndefined();
      expect(e.opts).toEqual([]);
    });

    it('check 13: successive waitForNext results 1, 2, 5 → resolves after the third', async () => {
      const e = new Scripted([1, 2, 5, 7]);
      await expect(e.waitForValue(5)).resolves.toBeUndefined();
      expect(e.opts).toHaveLength(3);
      expect(e.results).toEqual([7]);
    });

    it('check 13: the same with a signal and a deadline: one options object for every inner wait', async () => {
      const e = new Scripted([1, 2, 5], 4);
      const ctrl = new AbortController();
      await expect(e.waitForValue(5, { signal: ctrl.signal, timeout: 1000 })).resolves.toBeUndefined();
      expect(e.opts).toHaveLength(3);
      expect(e.opts[0]).toBe(e.opts[1]);
      expect(e.opts[1]).toBe(e.opts[2]);
      expect(e.opts[0]?.signal).toBeInstanceOf(AbortSignal);
      expect(e.opts[0]?.signal?.aborted).toBe(false);
      expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
    });

    it('compares with Object.is (NaN matches NaN; 0 and -0 differ)', async () => {
      const e = new Scripted([0, NaN]);
      await e.waitForValue(NaN);
      expect(e.opts).toHaveLength(2);
      const f = new Scripted([0, -0], 0);
      await f.waitForValue(-0);
      expect(f.opts).toHaveLength(2);
    });

    it('resolves through a real event once the awaited value is set', async () => {
      const e = new ValueEvent<string>();
      let done = false;
      const p = e.waitForValue('b').then(() => {
        done = true;
      });
      e.set('a');
      await flush();
      expect(done).toBe(false);
      e.set('b');
      await p;
      expect(done).toBe(true);
      expect(e.waiters.size).toBe(0);
    });

    it('check 14: {timeout: 20} rejects TimeoutError at 20 ms and aborts the pending inner wait', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      const setSpy = vi.spyOn(e, 'set');
      let outcome: unknown = 'pending';
      const p = e.waitForValue(5, { timeout: 20 }).catch((err: unknown) => {
        outcome = err;
      });
      e.set(1);
      await vi.advanceTimersByTimeAsync(19);
      expect(outcome).toBe('pending');
      expect(e.nextOptions).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      await p;
      expect(outcome).toBeInstanceOf(DOMException);
      expect((outcome as DOMException).name).toBe('TimeoutError');
      expect((outcome as DOMException).message).toMatch(/^asyncutils\.mixins\.EventMixin\.waitForValue: /);
      expect(e.nextOptions.at(-1)?.signal?.aborted).toBe(true);
      expect(e.waiters.size).toBe(0);
      expect(setSpy).toHaveBeenCalledTimes(1); // only the test's own set(1)
      expect(vi.getTimerCount()).toBe(0);
    });

    it('check 14: with setAtTimeout, set(5) is called before the rejection (and after the inner wait is withdrawn)', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      const other = e.wait();
      const order: string[] = [];
      const realSet = e.set.bind(e);
      vi.spyOn(e, 'set').mockImplementation((v) => {
        order.push(`set ${v} (inner aborted: ${String(e.nextOptions.at(-1)?.signal?.aborted)})`);
        realSet(v);
      });
      const p = e.waitForValue(5, { timeout: 20, setAtTimeout: true }).catch((err: unknown) => {
        order.push((err as Error).name);
      });
      await vi.advanceTimersByTimeAsync(20);
      await p;
      expect(order).toEqual(['set 5 (inner aborted: true)', 'TimeoutError']);
      await expect(other).resolves.toBe(5); // other waiters were woken
      expect(e.get()).toBe(5); // and the value persists
    });

    it('setAtTimeout: a throwing set replaces the TimeoutError', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      vi.spyOn(e, 'set').mockImplementation(() => {
        throw new Error('set failed');
      });
      const p = e.waitForValue(5, { timeout: 1, setAtTimeout: true });
      const check = expect(p).rejects.toThrow('set failed');
      await vi.advanceTimersByTimeAsync(1);
      await check;
    });

    it('check 14: {timeout: -1} rejects RangeError (and NaN; a non-number is a TypeError), without waiting', async () => {
      const e = new Scripted([]);
      await expect(e.waitForValue(5, { timeout: -1 })).rejects.toThrow(RangeError);
      await expect(e.waitForValue(5, { timeout: NaN })).rejects.toThrow(RangeError);
      await expect(e.waitForValue(5, { timeout: '5' as unknown as number })).rejects.toThrow(TypeError);
      await expect(e.waitForValue(5, { timeout: -1 })).rejects.toThrow(/^asyncutils\.mixins\.EventMixin\.waitForValue: timeout/);
      expect(e.opts).toEqual([]);
    });

    it('timeout 0 times out on the next macrotask unless the value is held', async () => {
      vi.useFakeTimers();
      const e = new Scripted([], 5);
      await expect(e.waitForValue(5, { timeout: 0 })).resolves.toBeUndefined();
      const f = new Scripted([]);
      const p = f.waitForValue(5, { timeout: 0 });
      const check = expect(p).rejects.toMatchObject({ name: 'TimeoutError' });
      await vi.advanceTimersByTimeAsync(0);
      await check;
    });

    it('timeout Infinity (or beyond the timer range) sets no timer', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      const p = e.waitForValue(1, { timeout: Infinity });
      const q = e.waitForValue(1, { timeout: 2 ** 31 });
      expect(vi.getTimerCount()).toBe(0);
      e.set(1);
      await Promise.all([p, q]);
    });

    it('check 15: a signal aborted mid-wait rejects with the exact reason; nothing set; no timers or listeners left', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      const setSpy = vi.spyOn(e, 'set');
      const ctrl = new AbortController();
      const reason = { why: 'cancelled' };
      const p = e.waitForValue(5, { signal: ctrl.signal, timeout: 1000, setAtTimeout: true });
      await flush();
      expect(vi.getTimerCount()).toBe(1);
      ctrl.abort(reason);
      await expect(p).rejects.toBe(reason);
      expect(setSpy).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
      expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
      expect(e.nextOptions.at(-1)?.signal?.aborted).toBe(true);
      expect(e.waiters.size).toBe(0);
      await vi.advanceTimersByTimeAsync(2000);
      expect(setSpy).not.toHaveBeenCalled();
    });

    it('check 15: an already aborted signal rejects without calling waitForNext (even if the value is held)', async () => {
      const reason = new Error('early');
      const e = new Scripted([5]);
      await expect(e.waitForValue(5, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
      expect(e.opts).toEqual([]);
      const held = new Scripted([], 5);
      await expect(held.waitForValue(5, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    });

    it('abort without a deadline also withdraws the inner wait', async () => {
      const e = new ValueEvent<number>();
      const ctrl = new AbortController();
      const p = e.waitForValue(2, { signal: ctrl.signal });
      e.set(1);
      await flush();
      expect(e.waiters.size).toBe(1);
      ctrl.abort();
      await expect(p).rejects.toMatchObject({ name: 'AbortError' });
      expect(e.waiters.size).toBe(0);
      expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
    });

    it('an inner wait rejecting (or throwing synchronously) rejects waitForValue and cleans up', async () => {
      vi.useFakeTimers();
      class Failing extends Scripted {
        mode: 'reject' | 'throw' = 'reject';
        override waitForNext(opts?: MixinWaitOptions): Promise<number> {
          this.opts.push(opts);
          if (this.mode === 'throw') throw new Error('sync inner');
          return Promise.reject(new Error('async inner'));
        }
      }
      const ctrl = new AbortController();
      const f = new Failing([]);
      await expect(f.waitForValue(1, { signal: ctrl.signal, timeout: 100 })).rejects.toThrow('async inner');
      f.mode = 'throw';
      await expect(f.waitForValue(1, { timeout: 100 })).rejects.toThrow('sync inner');
      await expect(f.waitForValue(1)).rejects.toThrow('sync inner');
      expect(vi.getTimerCount()).toBe(0);
      expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
    });

    it('a throwing get (while isSet) rejects', async () => {
      class Broken extends Scripted {
        override isSet(): boolean {
          return true;
        }
      }
      await expect(new Broken([]).waitForValue(1)).rejects.toThrow('unset');
    });

    it('leak: 100 000 aborted waits leave no listeners, no timers and no queued inner waits', async () => {
      vi.useFakeTimers();
      const e = new ValueEvent<number>();
      const longLived = new AbortController();
      let rejected = 0;
      for (let batch = 0; batch < 100; batch++) {
        const ctrl = new AbortController();
        const waits: Array<Promise<void>> = [];
        for (let i = 0; i < 1000; i++) {
          waits.push(
            e.waitForValue(-1, { signal: i % 2 ? ctrl.signal : longLived.signal, timeout: i % 2 ? 10_000 : Infinity }).catch(() => {
              rejected++;
            }),
          );
        }
        ctrl.abort();
        longLived.signal.dispatchEvent(new Event('noop')); // unrelated event: nothing should react
        await Promise.all(waits.filter((_, i) => i % 2));
        expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
        // the long-lived waits are still pending: finish them by setting the awaited value
        e.set(-1);
        e.clear();
        await Promise.all(waits);
      }
      expect(rejected).toBe(50_000);
      expect(getEventListeners(longLived.signal, 'abort')).toHaveLength(0);
      expect(vi.getTimerCount()).toBe(0);
      expect(e.waiters.size).toBe(0);
    }, 20_000);

    it('property: every waitForValue settles exactly once, correctly, under random sets, aborts and timeouts', async () => {
      vi.useFakeTimers();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.record({ kind: fc.constant('wait' as const), target: fc.integer({ min: 0, max: 3 }), timeout: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), setAtTimeout: fc.boolean() }),
              fc.record({ kind: fc.constant('set' as const), value: fc.integer({ min: 0, max: 3 }) }),
              fc.record({ kind: fc.constant('abort' as const), index: fc.nat() }),
              fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 15 }) }),
            ),
            { maxLength: 30 },
          ),
          async (ops) => {
            const e = new ValueEvent<number>();
            // okPossible: the target was held at the start or set later; mustBeOk: set while surely pending.
            type W = { ctrl: AbortController; target: number; outcomes: string[]; promise: Promise<void>; okPossible: boolean; mustBeOk: boolean; exposed: boolean };
            const waits: W[] = [];
            const realSet = e.set.bind(e);
            // every set, including those of setAtTimeout, updates the model
            e.set = (value: number): void => {
              for (const w of waits) {
                if (w.target !== value) continue;
                w.okPossible = true;
                if (!w.exposed) w.mustBeOk = true;
              }
              realSet(value);
            };
            for (const op of ops) {
              if (op.kind === 'wait') {
                const ctrl = new AbortController();
                const held = e.isSet() && e.get() === op.target;
                const w: W = { ctrl, target: op.target, outcomes: [], promise: Promise.resolve(), okPossible: held, mustBeOk: held, exposed: false };
                const opts = op.timeout === undefined ? { signal: ctrl.signal } : { signal: ctrl.signal, timeout: op.timeout, setAtTimeout: op.setAtTimeout };
                w.promise = e.waitForValue(op.target, opts).then(
                  () => void w.outcomes.push('ok'),
                  (err: unknown) => void w.outcomes.push(err === ctrl.signal.reason ? 'aborted' : (err as Error).name),
                );
                waits.push(w);
              } else if (op.kind === 'set') {
                e.set(op.value);
              } else if (op.kind === 'abort') {
                const w = waits[op.index % Math.max(1, waits.length)];
                if (w) w.exposed = true;
                w?.ctrl.abort();
              } else {
                for (const w of waits) w.exposed = true;
                await vi.advanceTimersByTimeAsync(op.ms);
              }
              await flush(4);
            }
            for (const w of waits) w.ctrl.abort();
            await Promise.all(waits.map((w) => w.promise));
            for (const w of waits) {
              expect(w.outcomes).toHaveLength(1);
              expect(['ok', 'aborted', 'TimeoutError']).toContain(w.outcomes[0]);
              if (w.outcomes[0] === 'ok') expect(w.okPossible).toBe(true);
              if (w.mustBeOk) expect(w.outcomes[0]).toBe('ok');
              expect(getEventListeners(w.ctrl.signal, 'abort')).toHaveLength(0);
            }
            expect(vi.getTimerCount()).toBe(0);
            expect(e.waiters.size).toBe(0);
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
