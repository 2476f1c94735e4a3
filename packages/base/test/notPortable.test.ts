// One `regression:` test per row of the spec's "Not portable as-is" table (the JavaScript behaviour we chose).
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { adisembowelLeft, aiterToGen, collect, dummyTask, iterToAgen, safeCancelBatch, take, yieldToEventLoop } from '../src/index.js';
import { all, capture, counting } from './support/helpers.js';

describe('Not portable as-is', () => {
  it('regression: event_loop is not exported (one event loop per realm)', () => {
    expect(Object.keys(api).filter((k) => /^event_?loop$/i.test(k))).toEqual([]);
  });

  it('regression: aiterToGen on an async iterable throws Error at the call instead of blocking', () => {
    const asyncOnly = { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) };
    expect(() => aiterToGen(asyncOnly)).toThrow(/cannot block on a promise/);
  });

  it('regression: iterToAgen has no executor options; a sync source is read on the calling thread', async () => {
    const src = counting([1, 2]);
    // Unknown keys such as Python's executor options change nothing.
    const gen = iterToAgen(src, { useExistingExecutor: true, createExecutor: true } as never);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(src.pulls).toBe(1);
  });

  it('regression: a macrotask turn every 1024 items of any sync source, not one per item', async () => {
    let turns = 0;
    let stop = false;
    const count = (): void => {
      if (stop) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const items = await all(iterToAgen(Array.from({ length: 2048 }, (_, i) => i)));
    stop = true;
    expect(items).toHaveLength(2048);
    expect(turns).toBeLessThanOrEqual(3); // one yield at item 1025, one at the end read (plus slack), never ~2048
  });

  it('regression: iterToAgen raises its event and its TypeError at the call, not at the first next()', () => {
    const { seen, off } = capture();
    try {
      iterToAgen([1]);
      expect(seen).toHaveLength(1);
      expect(() => iterToAgen(1 as never)).toThrow(TypeError);
    } finally {
      off();
    }
  });

  it('regression: safeCancelBatch accepts any CancellableLike (a thenable with cancel, not only asyncio futures)', async () => {
    let reject!: (e: unknown) => void;
    const inner = new Promise<never>((_, rej) => (reject = rej));
    inner.catch(() => {});
    const thenable = { then: inner.then.bind(inner), cancel: (reason?: unknown) => reject(reason ?? 'cancelled') };
    const outcomes: unknown[] = [];
    await safeCancelBatch([thenable], { callback: (o) => void outcomes.push(o) });
    expect(outcomes).toEqual(['cancelled']);
  });

  it('regression: sentinel and default are option keys whose presence counts', async () => {
    expect(await all(iterToAgen([1, undefined, 2], { sentinel: undefined }))).toEqual([1]);
    expect(await all(iterToAgen([1, undefined, 2], {}))).toEqual([1, undefined, 2]);
    expect(await all(take([1], 2, { default: undefined }))).toEqual([1, undefined]);
    expect(await all(take([1], 2, {}))).toEqual([1]);
  });

  it('regression: yieldToEventLoop is a function returning a promise; dummyTask is a frozen resolved promise', async () => {
    expect(typeof yieldToEventLoop).toBe('function');
    expect(yieldToEventLoop()).toBeInstanceOf(Promise);
    expect(Object.isFrozen(dummyTask)).toBe(true);
    await expect(dummyTask).resolves.toBeUndefined();
  });

  it('regression: adisembowelLeft uses shift()', async () => {
    let shifts = 0;
    const items = [1, 2];
    const deque = { get length() { return items.length; }, shift: () => (shifts++, items.shift() as number) };
    expect(await all(adisembowelLeft(deque))).toEqual([1, 2]);
    expect(shifts).toBe(2);
  });

  it('regression: collect(n = null, default = x) rejects RangeError instead of never finishing', async () => {
    await expect(collect([1], null, { default: 'x' })).rejects.toBeInstanceOf(RangeError);
  });
});
