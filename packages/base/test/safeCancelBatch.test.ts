import { getEventListeners } from 'node:events';
import { addAuditHook } from '@asyncutils/audit';
import { flush, track } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeCancelBatch } from '../src/index.js';
import { cancellable, cancelLog, capture, ItemStream, veto } from './support/helpers.js';

afterEach(() => {
  cancelLog.length = 0;
  vi.useRealTimers();
});

describe('safeCancelBatch', () => {
  it("check 9: raises asyncutils.base.safe_cancel_batch with ['Array'] before cancelling; skips done items; waits for every cancelled item", async () => {
    const f1 = cancellable('f1', { ignore: true });
    const f2 = cancellable('f2');
    const doneF = cancellable('doneF');
    doneF.resolve('finished');
    const atEvent: number[] = [];
    const seenEvents: unknown[] = [];
    using _hook = addAuditHook((event, args) => {
      if (event === 'asyncutils.base.safe_cancel_batch') {
        seenEvents.push([event, [...args]]);
        atEvent.push(f1.cancelCalls, f2.cancelCalls);
      }
    });
    const call = track(safeCancelBatch([f1, f2, doneF]));
    expect(seenEvents).toEqual([['asyncutils.base.safe_cancel_batch', ['Array']]]);
    expect(atEvent).toEqual([0, 0]);
    await flush();
    expect(f1.cancelCalls).toBe(1);
    expect(f2.cancelCalls).toBe(1);
    expect(f2.done()).toBe(true);
    expect(doneF.cancelCalls).toBe(0);
    expect(call.state).toBe('pending'); // f1 ignored the cancellation and is still pending
    f1.reject(new Error('late'));
    await flush();
    expect(call.state).toBe('fulfilled');
    expect(call.value).toBeUndefined();
  });

  it('check 10: the callback gets each outcome (cancellation reason, or the value of an item that ignored cancellation), in batch order', async () => {
    const reason = new DOMException('f1 cancelled', 'AbortError');
    const f1 = cancellable('f1');
    const stubborn = cancellable<string>('stubborn', { ignore: true });
    const outcomes: unknown[] = [];
    const call = track(safeCancelBatch([f1, stubborn], { callback: (o) => void outcomes.push(o) }));
    await flush();
    expect(outcomes).toEqual([]); // callbacks run only after every item settled
    stubborn.resolve('kept going');
    await flush();
    expect(call.state).toBe('fulfilled');
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).toBeInstanceOf(DOMException);
    expect((outcomes[0] as DOMException).message).toBe(reason.message);
    expect(outcomes[1]).toBe('kept going');
  });

  it('check 10: a callback returning a promise is awaited; every call happens before any is awaited', async () => {
    const log: string[] = [];
    const releases: Array<() => void> = [];
    const callback = (o: unknown): Promise<void> => {
      log.push(`call ${(o as DOMException).message}`);
      return new Promise<void>((resolve) => {
        releases.push(() => {
          log.push(`done ${(o as DOMException).message}`);
          resolve();
        });
      });
    };
    const call = track(safeCancelBatch([cancellable('a'), cancellable('b')], { callback }));
    await flush();
    expect(log).toEqual(['call a cancelled', 'call b cancelled']);
    expect(call.state).toBe('pending');
    releases[1]?.();
    await flush();
    expect(call.state).toBe('pending');
    releases[0]?.();
    await flush();
    expect(call.state).toBe('fulfilled');
  });

  it('check 10: raising rejects with an AggregateError of the failures, nested AggregateErrors flattened', async () => {
    const e1 = new Error('first');
    const leaf = new RangeError('leaf');
    const nested = new AggregateError([new AggregateError([leaf])], 'outer');
    let n = 0;
    function onOutcome(): void {
      n++;
      if (n === 1) throw e1;
      if (n === 2) throw nested;
    }
    const error = await safeCancelBatch([cancellable('a'), cancellable('b'), cancellable('c')], { callback: onOutcome, raising: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors).toEqual([e1, leaf]);
    expect((error as AggregateError).errors[1]).toBe(leaf);
    expect((error as AggregateError).message).toBe('asyncutils.base.safe_cancel_batch: 2 callback call(s) failed in onOutcome');
  });

  it('check 10: without raising, callback errors are dropped and the call resolves', async () => {
    const callback = (): never => {
      throw new Error('ignored');
    };
    await expect(safeCancelBatch([cancellable('a'), cancellable('b')], { callback })).resolves.toBeUndefined();
    await expect(safeCancelBatch([cancellable('c')], { callback: () => Promise.reject(new Error('also ignored')) })).resolves.toBeUndefined();
  });

  it('regression: the AggregateError message counts failed callback calls, not all results; rejections and throws both count', async () => {
    const a = new Error('a');
    const b = new Error('b');
    const leaves = [new Error('l1'), new Error('l2')];
    let i = 0;
    const callback = (): unknown => {
      i++;
      if (i === 1) return Promise.reject(a);
      if (i === 2) return 'fine';
      if (i === 3) throw new AggregateError(leaves, 'group');
      throw b;
    };
    const error = (await safeCancelBatch([cancellable('1'), cancellable('2'), cancellable('3'), cancellable('4')], { callback, raising: true }).catch(
      (e: unknown) => e,
    )) as AggregateError;
    expect(error.message).toBe('asyncutils.base.safe_cancel_batch: 3 callback call(s) failed in callback');
    expect(error.errors).toEqual([a, ...leaves, b]); // batch order, leaves in place
  });

  it('an empty AggregateError thrown by a callback is kept as a leaf; an anonymous callback is <anonymous>', async () => {
    const empty = new AggregateError([], 'empty');
    const error = (await safeCancelBatch([cancellable('1')], {
      callback: [
        () => {
          throw empty;
        },
      ][0],
      raising: true,
    }).catch((e: unknown) => e)) as AggregateError;
    expect(error.errors).toEqual([empty]);
    expect(error.message).toMatch(/failed in <anonymous>$/);
  });

  it('check 11: disembowel empties the array and cancels from last to first', async () => {
    const batch = [cancellable('a'), cancellable('b'), cancellable('c')];
    await safeCancelBatch(batch, { disembowel: true });
    expect(batch).toEqual([]);
    expect(cancelLog).toEqual(['c', 'b', 'a']);
  });

  it('disembowel calls clear() of a popping container; a batch without pop is iterated and kept', async () => {
    const items = [cancellable('a')];
    let cleared = 0;
    const container = { get size() { return items.length; }, pop: () => items.pop(), clear: () => void cleared++ };
    await safeCancelBatch(container as never, { disembowel: true });
    expect(cleared).toBe(1);
    const set = new Set([cancellable('s')]);
    await safeCancelBatch(set, { disembowel: true });
    expect(set.size).toBe(1);
    expect(cancelLog).toEqual(['a', 's']);
    await expect(safeCancelBatch({ pop: () => undefined } as never, { disembowel: true })).rejects.toThrow(
      /asyncutils\.base\.safe_cancel_batch: Object has pop\(\) but neither a numeric length nor a numeric size/,
    );
  });

  it('check 12: a non-cancellable item rejects TypeError; items already cancelled stay cancelled', async () => {
    const f1 = cancellable('f1');
    const f2 = cancellable('f2');
    const error = await safeCancelBatch([f1, 42 as never, f2]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^asyncutils\.base\.safe_cancel_batch: item is not cancellable \(got 42/);
    expect(f1.done()).toBe(true);
    expect(f2.cancelCalls).toBe(0);
    await expect(safeCancelBatch([{ cancel: 1 } as never])).rejects.toThrow(/item is not cancellable \(got Object/);
    await expect(safeCancelBatch([null as never])).rejects.toThrow(TypeError);
  });

  it('a non-cancellable item closes an async batch', async () => {
    const stream = new ItemStream<unknown>([cancellable('x'), 'nope', cancellable('y')]);
    await expect(safeCancelBatch(stream as never)).rejects.toThrow(TypeError);
    expect(stream.closed).toBe(true);
  });

  it('check 12: a vetoing hook leaves every item pending (the call rejects with the veto)', async () => {
    const items = [cancellable('a'), cancellable('b')];
    const error = new Error('no cancelling today');
    using _veto = veto('asyncutils.base.safe_cancel_batch', error);
    const result = safeCancelBatch(items);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toBe(error);
    expect(items.map((f) => [f.cancelCalls, f.done()])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  it('check 13: an aborted signal rejects with its reason without waiting for slow items', async () => {
    const slow = cancellable('slow', { ignore: true });
    const controller = new AbortController();
    const reason = new Error('stop waiting');
    controller.abort(reason);
    const { seen, off } = capture();
    try {
      await expect(safeCancelBatch([slow], { signal: controller.signal })).rejects.toBe(reason);
      expect(seen).toEqual([['asyncutils.base.safe_cancel_batch', ['Array']]]); // the event still comes first
    } finally {
      off();
    }
    expect(slow.cancelCalls).toBe(0); // already aborted: nothing visited
  });

  it('check 13: aborting while waiting rejects at once; issued cancels stand; no callback runs later', async () => {
    const slow = cancellable('slow', { ignore: true });
    const controller = new AbortController();
    const callback = vi.fn();
    const call = track(safeCancelBatch([slow], { signal: controller.signal, callback }));
    await flush();
    expect(slow.cancelCalls).toBe(1);
    const reason = new Error('enough');
    controller.abort(reason);
    await flush();
    expect(call.state).toBe('rejected');
    expect(call.reason).toBe(reason);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    slow.resolve('late');
    await flush();
    expect(callback).not.toHaveBeenCalled();
  });

  it('aborting while an async batch is being read stops visiting it', async () => {
    const controller = new AbortController();
    const a = cancellable('a');
    const b = cancellable('b');
    let release!: () => void;
    const batch = new ItemStream([a, b], (i) => (i === 1 ? new Promise<void>((r) => (release = r)) : undefined));
    const call = track(safeCancelBatch(batch, { signal: controller.signal }));
    await flush();
    expect(a.cancelCalls).toBe(1);
    controller.abort('why');
    release();
    await flush();
    expect(call.reason).toBe('why');
    expect(b.cancelCalls).toBe(0);
  });

  it('an item whose cancel() aborts the signal stops the visit', async () => {
    const controller = new AbortController();
    const a = { ...cancellable('a'), cancel: () => controller.abort('from cancel') };
    const b = cancellable('b');
    await expect(safeCancelBatch([a, b], { signal: controller.signal })).rejects.toBe('from cancel');
    expect(b.cancelCalls).toBe(0);
  });

  it('timeout rejects with a TimeoutError DOMException and clears its timer on every path', async () => {
    vi.useFakeTimers();
    const slow = cancellable('slow', { ignore: true });
    const call = track(safeCancelBatch([slow], { timeout: 100 }));
    await vi.advanceTimersByTimeAsync(99);
    expect(call.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(call.state).toBe('rejected');
    expect(call.reason).toBeInstanceOf(DOMException);
    expect((call.reason as DOMException).name).toBe('TimeoutError');
    expect((call.reason as DOMException).message).toBe('asyncutils.base.safe_cancel_batch: timed out after 100 ms');
    expect(vi.getTimerCount()).toBe(0);
    await safeCancelBatch([cancellable('quick')], { timeout: 100 });
    expect(vi.getTimerCount()).toBe(0);
    await expect(safeCancelBatch([42 as never], { timeout: 100 })).rejects.toThrow(TypeError);
    expect(vi.getTimerCount()).toBe(0);
    await safeCancelBatch([cancellable('x')], { timeout: Number.POSITIVE_INFINITY });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('iterates Sets, async generators and other iterables, with their type name in the event', async () => {
    const { seen, off } = capture();
    try {
      const s = cancellable('s');
      const g = cancellable('g');
      await safeCancelBatch(new Set([s]));
      await safeCancelBatch(new ItemStream([g]));
      expect(seen.map(([, args]) => args[0])).toEqual(['Set', 'ItemStream']);
      expect(s.done() && g.done()).toBe(true);
    } finally {
      off();
    }
  });

  it('an empty batch resolves; a callback is then never called', async () => {
    const callback = vi.fn();
    await expect(safeCancelBatch([], { callback })).resolves.toBeUndefined();
    expect(callback).not.toHaveBeenCalled();
  });

  it('a throwing cancel() rejects the call', async () => {
    const boom = new Error('cannot cancel');
    const bad = { ...cancellable('bad'), cancel: () => { throw boom; } };
    await expect(safeCancelBatch([bad])).rejects.toBe(boom);
  });

  it('a thenable whose then throws counts as settled with that error', async () => {
    const boom = new Error('then broke');
    const weird = {
      then() {
        throw boom;
      },
      cancel() {},
    };
    const outcomes: unknown[] = [];
    await safeCancelBatch([weird], { callback: (o) => void outcomes.push(o) });
    expect(outcomes).toEqual([boom]);
  });

  it("an async generator's own yield awaits a thenable item, so such a batch only yields settled items (documented)", async () => {
    const settled = cancellable('settled');
    settled.resolve('v');
    async function* batch(): AsyncGenerator<unknown> {
      yield settled; // awaited by the generator itself: it yields 'v', which is not cancellable
    }
    await expect(safeCancelBatch(batch() as never)).rejects.toThrow(/item is not cancellable \(got "v"/);
  });

  it('rejects bad arguments (never a synchronous throw)', async () => {
    const p = safeCancelBatch(5 as never);
    expect(p).toBeInstanceOf(Promise);
    await expect(p).rejects.toThrow(/asyncutils\.base\.safe_cancel_batch: cannot iterate over number/);
    await expect(safeCancelBatch([], 'x' as never)).rejects.toThrow(/options must be an object/);
    await expect(safeCancelBatch([], { callback: 1 as never })).rejects.toThrow(/callback must be a function, got 1/);
    await expect(safeCancelBatch([], { raising: 'yes' as never })).rejects.toThrow(/raising must be a boolean/);
    await expect(safeCancelBatch([], { disembowel: 0 as never })).rejects.toThrow(/disembowel must be a boolean/);
    await expect(safeCancelBatch([], { signal: {} as never })).rejects.toThrow(/signal must be an AbortSignal, got Object/);
    await expect(safeCancelBatch([], { timeout: -1 })).rejects.toThrow(RangeError);
    await expect(safeCancelBatch([], { timeout: Number.NaN })).rejects.toThrow(/timeout must be >= 0 ms, got NaN/);
    await expect(safeCancelBatch([], { timeout: '5' as never })).rejects.toThrow(TypeError);
  });

  it('leak: 100 000 calls with one long-lived signal leave no abort listener and no timer', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    for (let i = 0; i < 100_000; i++) {
      await safeCancelBatch([], { signal: controller.signal, timeout: 1000 });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leak: 100 000 waits aborted in batches leave no listener and no timer', async () => {
    vi.useFakeTimers();
    for (let batch = 0; batch < 100; batch++) {
      const controller = new AbortController();
      const calls: Promise<unknown>[] = [];
      for (let i = 0; i < 1000; i++) {
        calls.push(safeCancelBatch([cancellable('x', { ignore: true })], { signal: controller.signal, timeout: 60_000 }).catch((e: unknown) => e));
      }
      await flush(3);
      controller.abort('done');
      const reasons = await Promise.all(calls);
      expect(reasons.every((r) => r === 'done')).toBe(true);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
    expect(vi.getTimerCount()).toBe(0);
    cancelLog.length = 0;
  });
});
