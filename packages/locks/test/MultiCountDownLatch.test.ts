import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MultiCountDownLatch } from '../src/MultiCountDownLatch.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('MultiCountDownLatch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 26: the adapted upstream flow', async () => {
    const latch = new MultiCountDownLatch<string>({ a: 1, b: 2, c: 3 });
    latch.countDown('c', { strict: true });
    latch.countDown('a');
    await latch.wait('a');
    latch.countDownAll(); // b 1, c 1
    latch.countDown('d'); // unknown, not strict: no-op
    expect(() => latch.countDown('e', { strict: true })).toThrow(
      new RangeError("asyncutils.locks.MultiCountDownLatch: cannot count down key 'e' further"),
    );
    await expect(latch.wait('f', { strict: true })).rejects.toThrow(new RangeError("asyncutils.locks.MultiCountDownLatch: no count for key 'f'"));
    await expect(latch.wait('f')).resolves.toBeUndefined();
    latch.countDown('b');
    await latch.wait('b');
    expect(latch.broken).toBe(false);
    latch.countDown('c');
    await latch.waitAll();
    expect(latch.broken).toBe(true);
    expect(() => latch.countDown('a', { strict: true })).toThrow(/cannot count down key 'a' further/);
  });

  it('check 27: a pending wait survives one countDown and resolves on the second; waitAll timeout; Map and entries; drops counts <= 0', async () => {
    const latch = new MultiCountDownLatch(new Map([['x', 2]]));
    const w = track(latch.wait('x'));
    latch.countDown('x');
    await flush();
    expect(w.state).toBe('pending');
    latch.countDown('x');
    await flush();
    expect(w.state).toBe('fulfilled');

    const pairs = new MultiCountDownLatch<number>([
      [1, 1],
      [2, 0],
      [3, -1],
    ]);
    expect(pairs.broken).toBe(false);
    await expect(pairs.wait(2, { strict: true })).rejects.toThrow(RangeError); // dropped
    const t = track(pairs.waitAll({ timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe('asyncutils.locks.MultiCountDownLatch.waitAll: timed out after 10 ms');
    pairs.countDown(1);
    expect(pairs.broken).toBe(true);
    await expect(pairs.waitAll({ timeout: 0 })).resolves.toBeUndefined();
  });

  it('regression: countDownAll decrements every key once and wakes the ones reaching zero (Python raised mid-loop)', async () => {
    const latch = new MultiCountDownLatch({ a: 1, b: 1, c: 2 });
    const a = track(latch.wait('a'));
    const b = track(latch.wait('b'));
    const c = track(latch.wait('c'));
    const all = track(latch.waitAll());
    latch.countDownAll();
    await flush();
    expect([a.state, b.state, c.state, all.state]).toEqual(['fulfilled', 'fulfilled', 'pending', 'pending']);
    latch.countDownAll();
    await flush();
    expect([c.state, all.state]).toEqual(['fulfilled', 'fulfilled']);
  });

  it('regression: wait() does not deadlock countDown (Python held the condition lock while waiting)', async () => {
    const latch = new MultiCountDownLatch({ k: 1 });
    const waiting = latch.wait('k');
    latch.countDown('k'); // would deadlock upstream
    await expect(waiting).resolves.toBeUndefined();
  });

  it('waits take signal and timeout; bad counts; an aborted waiter leaves the others waiting', async () => {
    const latch = new MultiCountDownLatch({ k: 1 });
    const c = countedController();
    const gone = track(latch.wait('k', { signal: c.signal }));
    const stays = track(latch.wait('k'));
    c.controller.abort('bye');
    await flush();
    expect(gone.reason).toBe('bye');
    expect(c.live()).toBe(0);
    expect(isDomError(await rejection(latch.wait('k', { timeout: 0 })), 'TimeoutError')).toBe(true);
    const timed = track(latch.wait('k', { timeout: 5 }));
    await vi.advanceTimersByTimeAsync(5);
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    await expect(latch.wait('k', { timeout: Number.NaN })).rejects.toThrow(/^asyncutils\.locks\.MultiCountDownLatch\.wait: timeout/);
    await expect(latch.waitAll({ timeout: -1 })).rejects.toThrow(RangeError);
    latch.countDown('k');
    await flush();
    expect(stays.state).toBe('fulfilled');

    expect(() => new MultiCountDownLatch({ a: 1.5 })).toThrow(new RangeError("asyncutils.locks.MultiCountDownLatch: the count of key 'a' must be an integer, got 1.5"));
    expect(() => new MultiCountDownLatch({ a: '1' } as never)).toThrow(TypeError);
    expect(() => new MultiCountDownLatch(null as never)).toThrow(TypeError);
    expect(() => new MultiCountDownLatch(['ab'] as never)).toThrow(TypeError);
    const sym = Symbol('s');
    expect(() => new MultiCountDownLatch<symbol>([[sym, 1]]).countDown(Symbol('t'), { strict: true })).toThrow('cannot count down key Symbol(t) further');
    const nullProto = Object.create(null) as object;
    expect(() => new MultiCountDownLatch<object>([[{}, 1]]).countDown(nullProto, { strict: true })).toThrow('cannot count down key object further');
  });
});
