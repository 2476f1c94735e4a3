import { EventValueError } from '@asyncutils/exceptions';
import { EventMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SingleWaiterEventWithValue } from '../src/SingleWaiterEventWithValue.js';
import { flush, pendingWaits, track } from './support/track.js';

const NO_VALUE = 'asyncutils.events.SingleWaiterEventWithValue: no value is set and no default was provided';
const STRICT = 'asyncutils.events.SingleWaiterEventWithValue: another waiter is already waiting and strict=true was passed';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SingleWaiterEventWithValue', () => {
  it('check 12: a value set with no waiter is held; wait() peeks, waitForNext() consumes', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    expect(box.isSet()).toBe(false);
    box.set(1);
    expect(box.isSet()).toBe(true);
    expect(box.get()).toBe(1);
    expect(await box.wait()).toBe(1);
    expect(box.isSet()).toBe(true);
    expect(await box.waitForNext()).toBe(1);
    expect(box.isSet()).toBe(false);
  });

  it('check 13: set() hands the value to the waiter and the slot is empty right after', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const w = track(box.waitForNext());
    box.set(2);
    expect(box.isSet()).toBe(false);
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: 2 });
    box.set(1);
    box.set(2);
    expect(await box.waitForNext()).toBe(2);
    expect(pendingWaits(box)).toBe(0);
  });

  it('check 13: wait() on an empty slot takes the next value like waitForNext()', async () => {
    const box = new SingleWaiterEventWithValue<string>();
    const w = track(box.wait({ timeout: 100 }));
    box.set('v');
    await flush();
    expect(w.value).toBe('v');
    expect(box.isSet()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 14: non-strict waiters share the value; a strict second waiter rejects; strict takes a held value', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const a = track(box.waitForNext());
    const b = track(box.waitForNext({ strict: false }));
    const s = track(box.waitForNext({ strict: true }));
    await flush();
    expect(s.status).toBe('rejected');
    expect(s.reason).toBeInstanceOf(Error);
    expect((s.reason as Error).message).toBe(STRICT);
    expect(pendingWaits(box)).toBe(2);
    box.set(9);
    await flush();
    expect([a.value, b.value]).toEqual([9, 9]);
    box.set(4);
    expect(await box.waitForNext({ strict: true })).toBe(4);
    const first = track(box.waitForNext({ strict: true })); // no other waiter: strict is fine
    box.set(5);
    await flush();
    expect(first.value).toBe(5);
  });

  it('check 15: clear() keeps pending waiters; clear() with a held value empties the slot', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const w = track(box.waitForNext());
    box.clear();
    await flush();
    expect(w.status).toBe('pending');
    box.set(3);
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: 3 });
    box.set(1);
    box.clear();
    expect(box.isSet()).toBe(false);
    expect(box.get('none')).toBe('none');
  });

  it('check 16: a timed-out waiter leaves; a later set() is stored; undefined is a value', async () => {
    const box = new SingleWaiterEventWithValue<number | undefined>();
    const w = track(box.waitForNext({ timeout: 20 }));
    await vi.advanceTimersByTimeAsync(20);
    expect(w.status).toBe('rejected');
    expect((w.reason as DOMException).name).toBe('TimeoutError');
    expect((w.reason as DOMException).message).toBe('asyncutils.events.SingleWaiterEventWithValue.waitForNext: timed out after 20 ms');
    box.set(4);
    expect(box.isSet()).toBe(true);
    expect(box.get()).toBe(4);
    box.clear();
    box.set(undefined);
    expect(box.isSet()).toBe(true);
    expect(box.get()).toBeUndefined();
    expect(box.get('d')).toBeUndefined();
    expect(await box.waitForNext()).toBeUndefined();
    expect(box.isSet()).toBe(false);
  });

  it('check 17: get() on an empty slot throws EventValueError; get(default) returns the default', () => {
    const box = new SingleWaiterEventWithValue<number>();
    expect(() => box.get()).toThrow(EventValueError);
    expect(() => box.get()).toThrow(NO_VALUE);
    expect(box.get('d')).toBe('d');
    expect(box.get(undefined)).toBeUndefined();
  });

  it('check 18: waitForValue consumes each non-matching value it receives', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const w = track(box.waitForValue(5));
    box.set(1);
    await flush();
    expect(box.isSet()).toBe(false);
    box.set(2);
    box.set(5);
    await flush();
    expect(w.status).toBe('fulfilled');
    expect(box.isSet()).toBe(false);
    box.set(5);
    await box.waitForValue(5); // held: resolves at once, not consumed
    expect(box.isSet()).toBe(true);
  });

  it('waitForValue: timeout (with setAtTimeout) and abort through the mixin contract', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const t = track(box.waitForValue(5, { timeout: 20, setAtTimeout: true }));
    await vi.advanceTimersByTimeAsync(20);
    expect((t.reason as DOMException).name).toBe('TimeoutError');
    expect(box.get()).toBe(5);
    box.clear();
    const ac = new AbortController();
    const a = track(box.waitForValue(5, { signal: ac.signal }));
    ac.abort('bye');
    await flush();
    expect(a).toMatchObject({ status: 'rejected', reason: 'bye' });
    expect(pendingWaits(box)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('abort: rejects with the exact reason and withdraws only that waiter; pre-aborted consumes nothing', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const ac = new AbortController();
    const a = track(box.waitForNext({ signal: ac.signal }));
    const b = track(box.waitForNext());
    const reason = new Error('r');
    ac.abort(reason);
    await flush();
    expect(a.reason).toBe(reason);
    expect(pendingWaits(box)).toBe(1);
    box.set(1);
    await flush();
    expect(b.value).toBe(1);
    box.set(2);
    await expect(box.waitForNext({ signal: ac.signal })).rejects.toBe(reason);
    await expect(box.wait({ signal: ac.signal })).rejects.toBe(reason);
    expect(box.get()).toBe(2); // not consumed
  });

  it('a waiter woken by set() keeps its value even if its signal aborts in the same tick (no lost value)', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const ac = new AbortController();
    const w = track(box.waitForNext({ signal: ac.signal, timeout: 10 }));
    box.set(1);
    ac.abort('late');
    await vi.advanceTimersByTimeAsync(10);
    expect(w).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(box.isSet()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('bad options reject with TypeError/RangeError', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    await expect(box.waitForNext({ timeout: -1 })).rejects.toThrow(RangeError);
    await expect(box.waitForNext({ timeout: Number.NaN })).rejects.toThrow(/SingleWaiterEventWithValue\.waitForNext: timeout/);
    await expect(box.waitForNext({ strict: 1 as unknown as boolean })).rejects.toThrow(TypeError);
    await expect(box.waitForNext({ signal: 'x' as unknown as AbortSignal })).rejects.toThrow(TypeError);
    await expect(box.waitForNext(3 as unknown as object)).rejects.toThrow(TypeError);
    expect(pendingWaits(box)).toBe(0);
  });

  it('regression: the value is consumed at set() (deterministic mailbox)', async () => {
    const box = new SingleWaiterEventWithValue<string>();
    const w = box.waitForNext();
    box.set('a');
    // Python keeps the value visible until the woken waiter runs; here a second consumer cannot steal it.
    const second = track(box.waitForNext());
    expect(await w).toBe('a');
    await flush();
    expect(second.status).toBe('pending');
    box.set('b');
    await flush();
    expect(second.value).toBe('b');
  });

  it('regression: clear() does not orphan a pending waiter; strict counts waiters only', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    const w = track(box.waitForNext({ strict: true }));
    box.clear();
    box.set(1);
    await flush();
    expect(w.value).toBe(1);
    box.set(2);
    await expect(box.waitForNext({ strict: true })).resolves.toBe(2);
  });

  it('check 19: is an EventMixin and not thenable', async () => {
    const box = new SingleWaiterEventWithValue<number>();
    expect(box).toBeInstanceOf(EventMixin);
    expect('then' in box).toBe(false);
    expect(await Promise.resolve(box)).toBe(box);
    expect(SingleWaiterEventWithValue.qualname).toBe('asyncutils.events.SingleWaiterEventWithValue');
  });
});
