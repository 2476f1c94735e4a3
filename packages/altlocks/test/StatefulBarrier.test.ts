import { BrokenBarrierError } from '@asyncutils/exceptions';
import { AwaitableMixin } from '@asyncutils/mixins';
import fc from 'fast-check';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatefulBarrier } from '../src/StatefulBarrier.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
});

/** Settles `p` into a tagged record, so rejections are observed at once. */
function settle<T>(p: Promise<T>): { readonly result: { ok: boolean; value: unknown } | undefined } {
  const box: { result: { ok: boolean; value: unknown } | undefined } = { result: undefined };
  p.then(
    (value) => (box.result = { ok: true, value }),
    (value: unknown) => (box.result = { ok: false, value }),
  );
  return box;
}

async function* agen<T>(items: T[], fail?: unknown): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
  if (fail !== undefined) throw fail;
}

describe('StatefulBarrier', () => {
  it('check 19: trips with positions and distinct copies of the states; single use (adapted upstream)', async () => {
    const b = new StatefulBarrier<number>(3);
    expect(b.broken).toBe(false);
    const results = await Promise.all([b.wait(1), b.wait(3), b.wait(5)]);
    expect(results).toEqual([
      [0, [1, 3, 5]],
      [1, [1, 3, 5]],
      [2, [1, 3, 5]],
    ]);
    expect(results[0]![1]).not.toBe(results[1]![1]);
    expect(results[1]![1]).not.toBe(results[2]![1]);
    expect(b.broken).toBe(true);
    await expect(b.wait()).rejects.toBeInstanceOf(BrokenBarrierError);
    await expect(b.wait()).rejects.toThrow(new BrokenBarrierError('asyncutils.altlocks.StatefulBarrier is broken'));
  });

  it('check 20: initState and maxState; a party without state adds nothing; raiseForAbort', async () => {
    const b = new StatefulBarrier<number>(3, { initState: [9], maxState: 2 });
    const r = await Promise.all([b.wait(1), b.wait(3), b.wait(5)]);
    expect(r.map(([, s]) => s)).toEqual([
      [3, 5],
      [3, 5],
      [3, 5],
    ]);
    expect(() => b.raiseForAbort()).toThrow(BrokenBarrierError);

    const a = new StatefulBarrier<number>(3, { initState: agen([9]) });
    expect(() => a.raiseForAbort()).not.toThrow();
    const r2 = await Promise.all([a.wait(1), a.wait(3), a.wait(5)]);
    expect(r2).toEqual([
      [0, [9, 1, 3, 5]],
      [1, [9, 1, 3, 5]],
      [2, [9, 1, 3, 5]],
    ]);

    const c = new StatefulBarrier<number>(2, { initState: new Set([7, 8]) });
    const r3 = await Promise.all([c.wait(), c.wait(undefined)]);
    expect(r3).toEqual([
      [0, [7, 8]],
      [1, [7, 8]],
    ]);

    const z = new StatefulBarrier<number>(2, { maxState: 0 });
    expect(await Promise.all([z.wait(1), z.wait(2)])).toEqual([
      [0, []],
      [1, []],
    ]);
  });

  it('an async initState keeps later calls in call order behind it', async () => {
    const b = new StatefulBarrier<string>(3, { initState: agen(['i1', 'i2']) });
    const p = [b.wait('a'), b.wait('b')];
    expect(b.nWaiting).toBe(0); // queued behind the initState, not yet parties
    await Promise.resolve();
    p.push(b.wait('c'));
    expect(await Promise.all(p)).toEqual([
      [0, ['i1', 'i2', 'a', 'b', 'c']],
      [1, ['i1', 'i2', 'a', 'b', 'c']],
      [2, ['i1', 'i2', 'a', 'b', 'c']],
    ]);
  });

  it('an initState iteration error rejects the consuming call only; the party is not counted; initState is dropped', async () => {
    const boom = new Error('init failed');
    const b = new StatefulBarrier<number>(2, { initState: agen([9], boom) });
    const first = b.wait(1);
    const second = b.wait(2);
    await expect(first).rejects.toBe(boom);
    expect(b.nWaiting).toBe(1);
    const third = b.wait(3);
    expect(await Promise.all([second, third])).toEqual([
      [0, [2, 3]],
      [1, [2, 3]],
    ]);

    const syncBoom = new Error('sync init failed');
    const bad: Iterable<number> = {
      *[Symbol.iterator]() {
        yield 1;
        throw syncBoom;
      },
    };
    const s = new StatefulBarrier<number>(1, { initState: bad });
    await expect(s.wait(5)).rejects.toBe(syncBoom);
    expect(s.broken).toBe(false);
    expect(await s.wait(6)).toEqual([0, [6]]);
  });

  it('check 21: a timed-out waiter breaks the barrier; the others reject BrokenBarrierError', async () => {
    const b = new StatefulBarrier(2);
    const t = settle(b.wait(undefined, { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(9);
    expect(t.result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(t.result?.ok).toBe(false);
    expect(t.result?.value).toBeInstanceOf(DOMException);
    expect((t.result?.value as DOMException).name).toBe('TimeoutError');
    expect((t.result?.value as DOMException).message).toBe('asyncutils.altlocks.StatefulBarrier.wait: timed out after 10 ms');
    expect(b.broken).toBe(true);

    const g = new StatefulBarrier(3, { name: 'gate' });
    const other = settle(g.wait('x'));
    const timed = settle(g.wait('y', { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect((timed.result?.value as DOMException).name).toBe('TimeoutError');
    expect(other.result?.value).toBeInstanceOf(BrokenBarrierError);
    expect((other.result?.value as Error).message).toBe('asyncutils.altlocks.StatefulBarrier gate is broken');
    expect(g.nWaiting).toBe(0);
    g.abort();
    g.abort();
    expect(g.broken).toBe(true);
  });

  it('check 28: an aborted waiter breaks the barrier and rejects with the exact reason; listeners and timers are removed', async () => {
    const b = new StatefulBarrier(3);
    const ac = new AbortController();
    const other = settle(b.wait(1));
    const mine = settle(b.wait(2, { signal: ac.signal, timeout: 1_000 }));
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(1);
    const reason = new Error('stop');
    ac.abort(reason);
    await Promise.resolve();
    await Promise.resolve();
    expect(mine.result).toEqual({ ok: false, value: reason });
    expect(other.result?.value).toBeInstanceOf(BrokenBarrierError);
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an already aborted signal rejects without joining (no side effect)', async () => {
    const b = new StatefulBarrier(2);
    const reason = new Error('already');
    await expect(b.wait(1, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(b.broken).toBe(false);
    expect(b.nWaiting).toBe(0);
    expect(await Promise.all([b.wait(1), b.wait(2)])).toEqual([
      [0, [1, 2]],
      [1, [1, 2]],
    ]);
  });

  it('a success removes the abort listener and clears the timer', async () => {
    const b = new StatefulBarrier(2);
    const ac = new AbortController();
    const p = b.wait(1, { signal: ac.signal, timeout: 100 });
    expect(vi.getTimerCount()).toBe(1);
    await b.wait(2, { signal: ac.signal, timeout: Infinity });
    await p;
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a call queued behind an async initState may abort: it breaks the barrier for everyone', async () => {
    const b = new StatefulBarrier<number>(3, { initState: agen([9, 9, 9]) });
    const ac = new AbortController();
    const first = settle(b.wait(1));
    const second = settle(b.wait(2, { signal: ac.signal }));
    ac.abort('bye');
    await vi.advanceTimersByTimeAsync(0);
    expect(second.result).toEqual({ ok: false, value: 'bye' });
    expect(first.result?.value).toBeInstanceOf(BrokenBarrierError);
    await expect(b.wait(3)).rejects.toBeInstanceOf(BrokenBarrierError);
  });

  it('abort() rejects every waiter, including the ones queued behind initState', async () => {
    const b = new StatefulBarrier<number>(3, { initState: agen([1]) });
    const p = [settle(b.wait(1)), settle(b.wait(2))];
    b.abort();
    await vi.advanceTimersByTimeAsync(0);
    for (const r of p) expect(r.result?.value).toBeInstanceOf(BrokenBarrierError);
  });

  it('regression: without a name the message has no stray character (upstream used a backspace)', async () => {
    const b = new StatefulBarrier(1);
    await b.wait();
    expect(() => b.raiseForAbort()).toThrow(/^asyncutils\.altlocks\.StatefulBarrier is broken$/);
  });

  it('regression: a withdrawn waiter is not left counted (no phantom party): the barrier breaks instead', async () => {
    const b = new StatefulBarrier(2);
    const ac = new AbortController();
    const gone = b.wait(1, { signal: ac.signal }).catch((e: unknown) => e);
    expect(b.nWaiting).toBe(1);
    ac.abort('left');
    expect(await gone).toBe('left');
    expect(b.nWaiting).toBe(0);
    expect(b.broken).toBe(true);
    // upstream would have let this single party trip the barrier with the departed party's state
    await expect(b.wait(2)).rejects.toBeInstanceOf(BrokenBarrierError);
  });

  it('regression: consuming initState raises no audit event (no base.iter_to_agen)', async () => {
    const { addAuditHook } = await import('@asyncutils/audit');
    const events: string[] = [];
    {
      using _ = addAuditHook((event) => void events.push(event));
      const b = new StatefulBarrier<number>(1, { initState: agen([1]) });
      expect(await b.wait(2)).toEqual([0, [1, 2]]);
      const s = new StatefulBarrier<number>(1, { initState: [3] });
      expect(await s.wait()).toEqual([0, [3]]);
    }
    expect(events).toEqual([]);
  });

  it('check 22: getters', () => {
    const b = new StatefulBarrier(3);
    expect([b.parties, b.nWaiting, b.remainingParties]).toEqual([3, 0, 3]);
    void b.wait().catch(() => {});
    expect([b.parties, b.nWaiting, b.remainingParties]).toEqual([3, 1, 2]);
    b.abort();
    expect([b.nWaiting, b.remainingParties]).toEqual([0, 3]);
  });

  it('check 27: is an AwaitableMixin and not thenable', () => {
    const b = new StatefulBarrier(1);
    expect(b).toBeInstanceOf(AwaitableMixin);
    expect('then' in b).toBe(false);
  });

  it('rejects bad arguments', async () => {
    expect(() => new StatefulBarrier(0)).toThrow(new RangeError('asyncutils.altlocks.StatefulBarrier: parties must be an integer >= 1, got 0'));
    expect(() => new StatefulBarrier(1.5)).toThrow(RangeError);
    expect(() => new StatefulBarrier('2' as never)).toThrow(TypeError);
    expect(() => new StatefulBarrier(2, { maxState: -1 })).toThrow(RangeError);
    expect(() => new StatefulBarrier(2, { name: 5 as never })).toThrow(/name must be a string, got 5/);
    expect(() => new StatefulBarrier(2, { initState: 5 as never })).toThrow(/initState must be an iterable or an async iterable, got 5/);
    expect(() => new StatefulBarrier(2, 'x' as never)).toThrow(TypeError);
    expect(new StatefulBarrier(2, { maxState: null, initState: null as never }).parties).toBe(2);
    const b = new StatefulBarrier(2);
    await expect(b.wait(1, { timeout: -1 })).rejects.toThrow(RangeError);
    await expect(b.wait(1, { timeout: Number.NaN })).rejects.toThrow(RangeError);
    await expect(b.wait(1, { timeout: '1' as never })).rejects.toThrow(TypeError);
    await expect(b.wait(1, { signal: {} as never })).rejects.toThrow(/signal must be an AbortSignal/);
    expect(b.nWaiting).toBe(0);
  });

  it('property: every party settles exactly once, positions are 0..n-1 in arrival order, under random aborts', async () => {
    vi.useRealTimers();
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), async (s, parties, aborts) => {
        const b = new StatefulBarrier<number>(parties);
        const controllers = aborts.map(() => new AbortController());
        const settled = aborts.map(() => 0);
        const outcomes: unknown[] = [];
        const calls = aborts.map((willAbort, i) =>
          s.schedule(Promise.resolve(i)).then(() => {
            const p = b.wait(i, { signal: controllers[i]!.signal });
            p.then(
              (v) => {
                settled[i]! += 1;
                outcomes[i] = v;
              },
              (e: unknown) => {
                settled[i]! += 1;
                outcomes[i] = e;
              },
            );
            if (willAbort) void s.schedule(Promise.resolve()).then(() => controllers[i]!.abort(`abort ${i}`));
          }),
        );
        await s.waitIdle();
        await Promise.all(calls);
        // parties that never trip stay pending: settle them by aborting the barrier
        b.abort();
        await new Promise((r) => setImmediate(r));
        expect(settled.every((n) => n === 1)).toBe(true);
        const tripped = outcomes.filter((o): o is [number, number[]] => Array.isArray(o));
        if (tripped.length > 0) {
          expect(tripped).toHaveLength(parties);
          expect(tripped.map(([p]) => p).sort()).toEqual(Array.from({ length: parties }, (_, i) => i));
          for (const [, states] of tripped) expect(states).toEqual(tripped[0]![1]);
        }
        for (const c of controllers) expect(getEventListeners(c.signal, 'abort')).toHaveLength(0);
      }),
      { numRuns: 100 },
    );
    vi.useFakeTimers();
  });
});
