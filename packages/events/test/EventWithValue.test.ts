import { EVENT_WITH_VALUE_DEFAULT_MAX_HIST, EVENT_WITH_VALUE_DEFAULT_RECENT, localContext } from '@asyncutils/context';
import { EventValueError } from '@asyncutils/exceptions';
import { EventMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventWithValue } from '../src/EventWithValue.js';
import { flush, pendingWaits, track } from './support/track.js';

const NO_VALUE = 'asyncutils.events.EventWithValue: no value is set and no default was provided';
const USE_CLEAR = 'asyncutils.events.EventWithValue: use clear instead';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const values = <T>(ev: EventWithValue<T & {}>): unknown[] => ev.history.map(([, v]) => v);

describe('EventWithValue: set/get/clear', () => {
  it('check 1: a new event is unset; get, defaults, set and clear', () => {
    const ev = new EventWithValue<number>();
    expect(ev.isSet()).toBe(false);
    expect(() => ev.get()).toThrow(EventValueError);
    expect(() => ev.get()).toThrow(NO_VALUE);
    expect(ev.get('d')).toBe('d');
    expect(ev.get(undefined)).toBeUndefined();
    ev.set(1);
    expect(ev.isSet()).toBe(true);
    expect(ev.get()).toBe(1);
    expect(ev.get('d')).toBe(1);
    ev.clear();
    expect(ev.isSet()).toBe(false);
    expect(ev.get(null)).toBeNull();
  });

  it('check 2: set wakes every waiter registered before it, repeats included; clear wakes nobody', async () => {
    const ev = new EventWithValue<number>();
    const w1 = track(ev.waitForNext());
    const w2 = track(ev.waitForNext());
    ev.set(7);
    const late = track(ev.waitForNext()); // registered after set(7): not resolved by it
    await flush();
    expect(w1).toMatchObject({ status: 'fulfilled', value: 7 });
    expect(w2).toMatchObject({ status: 'fulfilled', value: 7 });
    expect(late.status).toBe('pending');
    ev.clear();
    await flush();
    expect(late.status).toBe('pending');
    ev.set(7);
    ev.set(7); // same value again: wakes a newer waiter too
    await flush();
    expect(late).toMatchObject({ status: 'fulfilled', value: 7 });
    const again = track(ev.waitForNext());
    ev.set(7);
    await flush();
    expect(again).toMatchObject({ status: 'fulfilled', value: 7 });
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 3: wait() returns the held value at once, or the next set() on an unset event', async () => {
    const ev = new EventWithValue<string>();
    const w = track(ev.wait());
    await flush();
    expect(w.status).toBe('pending');
    ev.set('x');
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: 'x' });
    const held = track(ev.wait());
    await flush();
    expect(held).toMatchObject({ status: 'fulfilled', value: 'x' });
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 4: set(null)/set(undefined) throw EventValueError and change nothing; strict: false clears', () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    expect(() => ev.set(null as unknown as number)).toThrow(EventValueError);
    expect(() => ev.set(undefined as unknown as number)).toThrow(USE_CLEAR);
    expect(() => ev.set(null, { strict: true } as unknown as { strict: false })).toThrow(USE_CLEAR);
    expect(ev.get()).toBe(1);
    expect(values(ev)).toEqual([1]);
    ev.set(null, { strict: false });
    expect(ev.isSet()).toBe(false);
    expect(values(ev)).toEqual([1]);
    ev.set(2);
    ev.set(undefined, { strict: false });
    expect(ev.isSet()).toBe(false);
  });

  it('set({ strict }) validates its options', () => {
    const ev = new EventWithValue<number>();
    expect(() => ev.set(1, { strict: 'yes' as unknown as boolean })).toThrow(TypeError);
    expect(() => ev.set(1, 5 as unknown as { strict: boolean })).toThrow(TypeError);
    expect(() => ev.set(null, { strict: 0 as unknown as false })).toThrow(TypeError);
    expect(ev.isSet()).toBe(false);
    ev.set(1, { strict: false });
    ev.set(2, {});
    expect(ev.get()).toBe(2);
  });
});

describe('EventWithValue: history', () => {
  it('check 5: history records changes only, with performance.now() timestamps', () => {
    const t0 = performance.now();
    const ev = new EventWithValue<number>();
    ev.set(1);
    vi.advanceTimersByTime(10);
    ev.set(1);
    vi.advanceTimersByTime(10);
    ev.set(2);
    const rel = ev.history.map(([t, v]) => [t - t0, v]);
    expect(rel).toEqual([
      [0, 1],
      [20, 2],
    ]);
    expect([...ev.historyAsdict].map(([t, v]) => [t - t0, v])).toEqual(rel);
    expect(ev.historyAsdict).toBeInstanceOf(Map);
  });

  it('check 5: maxhist bounds the history (drops the oldest), 0 keeps none, null keeps all', () => {
    const two = new EventWithValue<number>({ maxhist: 2 });
    for (const v of [1, 2, 3]) two.set(v);
    expect(values(two)).toEqual([2, 3]);
    for (const v of [4, 5, 6, 7]) two.set(v);
    expect(values(two)).toEqual([6, 7]);
    const none = new EventWithValue<number>({ maxhist: 0 });
    none.set(1);
    none.set(2);
    expect(none.history).toEqual([]);
    const all = new EventWithValue<number>({ maxhist: null });
    for (let v = 0; v < 300; v++) all.set(v);
    expect(all.history).toHaveLength(300);
    const dflt = new EventWithValue<number>();
    for (let v = 0; v < 300; v++) dflt.set(v);
    expect(values(dflt)).toEqual(Array.from({ length: 128 }, (_, i) => 172 + i));
    expect(new EventWithValue<number>({}).history).toEqual([]);
  });

  it('check 5: maxhist validation', () => {
    expect(() => new EventWithValue({ maxhist: -1 })).toThrow(RangeError);
    expect(() => new EventWithValue({ maxhist: 1.5 })).toThrow(RangeError);
    expect(() => new EventWithValue({ maxhist: Number.NaN })).toThrow(RangeError);
    expect(() => new EventWithValue({ maxhist: Infinity })).toThrow(/maxhist must be an integer >= 0 or null, got Infinity/);
    expect(() => new EventWithValue({ maxhist: '3' as unknown as number })).toThrow(TypeError);
    expect(() => new EventWithValue(7 as unknown as { maxhist: number })).toThrow(TypeError);
  });

  it('check 5: the default capacity comes from the context at construction', () => {
    const ev = localContext({ EVENT_WITH_VALUE_DEFAULT_MAX_HIST: 1 }, () => new EventWithValue<number>());
    ev.set(1);
    ev.set(2);
    expect(values(ev)).toEqual([2]);
    expect(EVENT_WITH_VALUE_DEFAULT_MAX_HIST.get()).toBe(128);
    expect(() => localContext({ EVENT_WITH_VALUE_DEFAULT_MAX_HIST: -2 }, () => new EventWithValue())).toThrow(RangeError);
  });

  it('history entries are frozen and the arrays returned are new', () => {
    const ev = new EventWithValue<{ id: number }>();
    const obj = { id: 1 };
    ev.set(obj);
    const h = ev.history;
    expect(Object.isFrozen(h[0])).toBe(true);
    expect(h[0]?.[1]).toBe(obj); // strong reference to the very object
    h.pop();
    expect(ev.history).toHaveLength(1);
    expect(ev.history).not.toBe(ev.history);
  });

  it('historyAsdict: a later entry with an equal timestamp wins', () => {
    const ev = new EventWithValue<string>();
    ev.set('a');
    ev.set('b');
    expect([...ev.historyAsdict.values()]).toEqual(['b']);
    expect(ev.history).toHaveLength(2);
  });

  it('check 6: recentHistory(duration) yields entries within the window, oldest first', () => {
    const ev = new EventWithValue<string>();
    ev.set('a');
    vi.advanceTimersByTime(150);
    ev.set('b');
    vi.advanceTimersByTime(50);
    expect([...ev.recentHistory(100)].map(([, v]) => v)).toEqual(['b']);
    expect([...ev.recentHistory(200)].map(([, v]) => v)).toEqual(['a', 'b']);
    expect([...ev.recentHistory(0)]).toEqual([]);
  });

  it('check 6: the default window is EVENT_WITH_VALUE_DEFAULT_RECENT (5000 ms), read per call', () => {
    expect(EVENT_WITH_VALUE_DEFAULT_RECENT.get()).toBe(5000);
    const ev = new EventWithValue<string>();
    ev.set('x');
    vi.advanceTimersByTime(5000);
    expect([...ev.recentHistory()].map(([, v]) => v)).toEqual(['x']);
    vi.advanceTimersByTime(1);
    expect([...ev.recentHistory()]).toEqual([]);
    expect(localContext({ EVENT_WITH_VALUE_DEFAULT_RECENT: 10_000 }, () => [...ev.recentHistory()])).toHaveLength(1);
    expect(localContext({ EVENT_WITH_VALUE_DEFAULT_RECENT: Infinity }, () => [...ev.recentHistory()])).toHaveLength(1);
  });

  it('check 6: recentHistory validates duration at the call', () => {
    const ev = new EventWithValue<string>();
    expect(() => ev.recentHistory(-1)).toThrow(RangeError);
    expect(() => ev.recentHistory(Number.NaN)).toThrow(RangeError);
    expect(() => ev.recentHistory(Infinity)).toThrow(/finite number of milliseconds >= 0, got Infinity/);
    expect(() => ev.recentHistory('5' as unknown as number)).toThrow(TypeError);
  });

  it('recentHistory fixes its cutoff and entries when called', () => {
    const ev = new EventWithValue<string>();
    ev.set('a');
    const gen = ev.recentHistory(1000);
    vi.advanceTimersByTime(2000); // the cutoff does not move
    ev.set('b'); // nor do later entries appear
    expect([...gen].map(([, v]) => v)).toEqual(['a']);
  });
});

describe('EventWithValue: setOnce', () => {
  it('check 7: setOnce on a held value: waiters get the value, then the old value is restored', async () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    const w = track(ev.waitForNext());
    ev.setOnce(5);
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: 5 });
    expect(ev.get()).toBe(1);
    expect(values(ev).slice(-2)).toEqual([5, 1]);
  });

  it('check 7: setOnce on an unset event leaves it unset, without throwing', async () => {
    const ev = new EventWithValue<number>();
    const w = track(ev.waitForNext());
    expect(() => ev.setOnce(5)).not.toThrow();
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: 5 });
    expect(ev.isSet()).toBe(false);
    expect(values(ev)).toEqual([5]);
  });

  it('regression: setOnce validates first (null/undefined throw, nothing changes)', () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    expect(() => ev.setOnce(null as unknown as number)).toThrow(EventValueError);
    expect(ev.get()).toBe(1);
    expect(values(ev)).toEqual([1]);
  });
});

describe('EventWithValue: waitForValue', () => {
  it('check 8: resolves at once when the value is held', async () => {
    const ev = new EventWithValue<number>();
    ev.set(3);
    const w = track(ev.waitForValue(3));
    await flush();
    expect(w.status).toBe('fulfilled');
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 8: stays pending through other values and resolves on the matching set()', async () => {
    const ev = new EventWithValue<number>();
    const w = track(ev.waitForValue(3));
    ev.set(1);
    await flush();
    ev.set(2);
    await flush();
    expect(w.status).toBe('pending');
    ev.set(3);
    await flush();
    expect(w.status).toBe('fulfilled');
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 8: observes every set() call synchronously, also several in one tick', async () => {
    const ev = new EventWithValue<number>();
    const a = track(ev.waitForValue(3));
    ev.set(1);
    ev.set(2);
    ev.set(3);
    const b = track(ev.waitForValue(3)); // held now: resolves at once
    const c = track(ev.waitForValue(5));
    ev.set(5);
    ev.set(4);
    const d = track(ev.waitForValue(3));
    ev.set(3);
    ev.set(4);
    await flush();
    expect([a.status, b.status, c.status, d.status]).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 8: { timeout } rejects TimeoutError', async () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    const w = track(ev.waitForValue(3, { timeout: 20 }));
    await vi.advanceTimersByTimeAsync(19);
    expect(w.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(w.status).toBe('rejected');
    expect(w.reason).toBeInstanceOf(DOMException);
    expect((w.reason as DOMException).name).toBe('TimeoutError');
    expect(ev.get()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(pendingWaits(ev)).toBe(0);
  });

  it('check 8: { timeout, setAtTimeout } sets the value (waking waiters), then rejects', async () => {
    const ev = new EventWithValue<number>();
    const next = track(ev.waitForNext());
    const w = track(ev.waitForValue(3, { timeout: 20, setAtTimeout: true }));
    await vi.advanceTimersByTimeAsync(20);
    expect(w.status).toBe('rejected');
    expect((w.reason as DOMException).name).toBe('TimeoutError');
    expect(ev.get()).toBe(3);
    expect(next).toMatchObject({ status: 'fulfilled', value: 3 });
  });

  it('waitForValue: abort rejects with the reason and sets nothing', async () => {
    const ev = new EventWithValue<number>();
    const ac = new AbortController();
    const w = track(ev.waitForValue(3, { signal: ac.signal, setAtTimeout: true, timeout: 100 }));
    const reason = new Error('stop');
    ac.abort(reason);
    await flush();
    expect(w).toMatchObject({ status: 'rejected', reason });
    expect(ev.isSet()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    const pre = track(ev.waitForValue(3, { signal: ac.signal }));
    await flush();
    expect(pre).toMatchObject({ status: 'rejected', reason });
    expect(pendingWaits(ev)).toBe(0);
  });

  it('waitForValue: bad input rejects (never throws)', async () => {
    const ev = new EventWithValue<number>();
    await expect(ev.waitForValue(null as unknown as number)).rejects.toThrow(EventValueError);
    await expect(ev.waitForValue(1, { timeout: -1 })).rejects.toThrow(RangeError);
    await expect(ev.waitForValue(1, { setAtTimeout: 1 as unknown as boolean })).rejects.toThrow(TypeError);
    await expect(ev.waitForValue(1, 'x' as unknown as object)).rejects.toThrow(TypeError);
    expect(pendingWaits(ev)).toBe(0);
  });

  it('regression: waitForValue does not spin while another value is held; timers keep running', async () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    const w = track(ev.waitForValue(2));
    const tick = vi.fn();
    setTimeout(tick, 5);
    await vi.advanceTimersByTimeAsync(5);
    expect(tick).toHaveBeenCalledOnce();
    expect(w.status).toBe('pending');
    expect(pendingWaits(ev)).toBe(1);
    ev.set(2);
    await flush();
    expect(w.status).toBe('fulfilled');
  });
});

describe('EventWithValue: transitions', () => {
  it('check 9: with old held, set(next) resolves true', async () => {
    const ev = new EventWithValue<string>();
    ev.set('a');
    const w = track(ev.waitForTransition('a', 'b'));
    ev.set('b');
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: true });
  });

  it('check 9: next without old before it does not resolve; old then next does', async () => {
    const ev = new EventWithValue<string>();
    ev.set('x');
    const w = track(ev.waitForTransition('a', 'b'));
    ev.set('b');
    await flush();
    expect(w.status).toBe('pending');
    ev.set('a');
    ev.set('b');
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: true });
  });

  it('check 9: clear() is not observed; an intermediate value breaks the transition', async () => {
    const ev = new EventWithValue<string>();
    const cleared = track(ev.waitForTransition('a', 'b'));
    const sameSequence = track(ev.waitForTransition('a', 'b'));
    ev.set('a');
    ev.clear();
    const late = track(ev.waitForTransition('a', 'b')); // starts from "unset"
    ev.set('b');
    await flush();
    expect(cleared).toMatchObject({ status: 'fulfilled', value: true });
    expect(late.status).toBe('pending');
    const ev2 = new EventWithValue<string>();
    const w = track(ev2.waitForTransition('a', 'b'));
    ev2.set('a');
    ev2.set('c');
    ev2.set('b');
    await flush();
    expect(w.status).toBe('pending');
    expect(sameSequence.status).toBe('fulfilled');
  });

  it('check 9: { timeout } resolves false', async () => {
    const ev = new EventWithValue<string>();
    const w = track(ev.waitForTransition('a', 'b', { timeout: 20 }));
    await vi.advanceTimersByTimeAsync(20);
    expect(w).toMatchObject({ status: 'fulfilled', value: false });
    expect(ev.isSet()).toBe(false);
    expect(ev.history).toEqual([]);
  });

  it('check 9: forceTransition makes other waiters observe old → next, then restores the held value', async () => {
    for (const held of ['z', undefined]) {
      const ev = new EventWithValue<string>();
      if (held !== undefined) ev.set(held);
      const other = track(ev.waitForTransition('a', 'b'));
      const forcing = track(ev.waitForTransition('a', 'b', { timeout: 20, forceTransition: true }));
      await vi.advanceTimersByTimeAsync(20);
      expect(other).toMatchObject({ status: 'fulfilled', value: true });
      expect(forcing).toMatchObject({ status: 'fulfilled', value: false });
      expect(ev.get(undefined)).toBe(held);
      expect(values(ev)).toEqual(held === undefined ? ['a', 'b'] : ['z', 'a', 'b', 'z']);
      expect(pendingWaits(ev)).toBe(0);
    }
  });

  it('check 10: waitForTransitionUnordered resolves on b → a as well as a → b', async () => {
    const ev = new EventWithValue<string>();
    const w = track(ev.waitForTransitionUnordered('a', 'b'));
    ev.set('b');
    ev.set('a');
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: true });
    const w2 = track(ev.waitForTransitionUnordered('a', 'b'));
    ev.set('b');
    await flush();
    expect(w2).toMatchObject({ status: 'fulfilled', value: true });
  });

  it('check 10: unordered timeout with forceTransition forces a → b once and resolves false', async () => {
    const ev = new EventWithValue<string>();
    const ordered = track(ev.waitForTransition('a', 'b'));
    const w = track(ev.waitForTransitionUnordered('a', 'b', { timeout: 20, forceTransition: true }));
    await vi.advanceTimersByTimeAsync(20);
    expect(ordered).toMatchObject({ status: 'fulfilled', value: true });
    expect(w).toMatchObject({ status: 'fulfilled', value: false });
    expect(values(ev)).toEqual(['a', 'b']); // one forced transition, not two
    expect(ev.isSet()).toBe(false);
  });

  it('regression: one rule over the observed sequence (old === next means a repeat)', async () => {
    const ev = new EventWithValue<string>();
    ev.set('a');
    const w = track(ev.waitForTransition('a', 'a'));
    ev.set('b');
    ev.set('a');
    await flush();
    expect(w.status).toBe('pending');
    ev.set('a');
    await flush();
    expect(w).toMatchObject({ status: 'fulfilled', value: true });
  });

  it('transitions: abort rejects with the reason and forces nothing; bad input rejects', async () => {
    const ev = new EventWithValue<string>();
    const ac = new AbortController();
    const w = track(ev.waitForTransition('a', 'b', { signal: ac.signal, timeout: 50, forceTransition: true }));
    const u = track(ev.waitForTransitionUnordered('a', 'b', { signal: ac.signal }));
    ac.abort('why');
    await vi.advanceTimersByTimeAsync(100);
    expect(w).toMatchObject({ status: 'rejected', reason: 'why' });
    expect(u).toMatchObject({ status: 'rejected', reason: 'why' });
    expect(ev.history).toEqual([]);
    await expect(ev.waitForTransition('a', 'b', { signal: ac.signal })).rejects.toBe('why');
    await expect(ev.waitForTransition(null as unknown as string, 'b')).rejects.toThrow(EventValueError);
    await expect(ev.waitForTransitionUnordered('a', undefined as unknown as string)).rejects.toThrow(EventValueError);
    await expect(ev.waitForTransition('a', 'b', { timeout: Number.NaN })).rejects.toThrow(RangeError);
    await expect(ev.waitForTransition('a', 'b', { forceTransition: 'y' as unknown as boolean })).rejects.toThrow(TypeError);
    expect(pendingWaits(ev)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('EventWithValue: waitForNext options', () => {
  it('check 11: a timeout rejects only its own waiter', async () => {
    const ev = new EventWithValue<number>();
    const timed = track(ev.waitForNext({ timeout: 20 }));
    const untimed = track(ev.waitForNext());
    await vi.advanceTimersByTimeAsync(19);
    expect(timed.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(timed.status).toBe('rejected');
    expect(timed.reason).toBeInstanceOf(DOMException);
    expect((timed.reason as DOMException).name).toBe('TimeoutError');
    expect((timed.reason as DOMException).message).toBe('asyncutils.events.EventWithValue.waitForNext: timed out after 20 ms');
    expect(untimed.status).toBe('pending');
    ev.set(1);
    await flush();
    expect(untimed).toMatchObject({ status: 'fulfilled', value: 1 });
  });

  it('check 11: abort rejects with the exact reason; an aborted signal rejects at once', async () => {
    const ev = new EventWithValue<number>();
    const ac = new AbortController();
    const w = track(ev.waitForNext({ signal: ac.signal }));
    const other = track(ev.waitForNext());
    const reason = { custom: true };
    ac.abort(reason);
    await flush();
    expect(w.status).toBe('rejected');
    expect(w.reason).toBe(reason);
    expect(pendingWaits(ev)).toBe(1);
    const pre = track(ev.waitForNext({ signal: ac.signal, timeout: 10 }));
    await flush();
    expect(pre.reason).toBe(reason);
    expect(pendingWaits(ev)).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    ev.set(2);
    await flush();
    expect(other.value).toBe(2);
  });

  it('FIFO: waiters are woken in the order they came; an abort after set() in the same tick changes nothing', async () => {
    const ev = new EventWithValue<number>();
    const order: number[] = [];
    const ac = new AbortController();
    const ps = [0, 1, 2].map((i) => ev.waitForNext({ signal: ac.signal }).then((v) => order.push(i * 10 + v)));
    ev.set(1);
    ac.abort();
    await Promise.all(ps);
    expect(order).toEqual([1, 11, 21]);
  });

  it('waitForNext: bad options reject with TypeError/RangeError naming the API; Infinity means no timer', async () => {
    const ev = new EventWithValue<number>();
    await expect(ev.waitForNext({ timeout: Number.NaN })).rejects.toThrow(/asyncutils\.events\.EventWithValue\.waitForNext: timeout/);
    await expect(ev.waitForNext({ timeout: -5 })).rejects.toThrow(RangeError);
    await expect(ev.waitForNext({ timeout: '5' as unknown as number })).rejects.toThrow(TypeError);
    await expect(ev.waitForNext({ signal: {} as AbortSignal })).rejects.toThrow(TypeError);
    await expect(ev.waitForNext(null as unknown as object)).rejects.toThrow(TypeError);
    await expect(ev.wait({ timeout: -1 })).rejects.toThrow(RangeError);
    const w = track(ev.waitForNext({ timeout: Infinity }));
    expect(vi.getTimerCount()).toBe(0);
    ev.set(1);
    await flush();
    expect(w.value).toBe(1);
    const z = track(ev.waitForNext({ timeout: 0 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(z.status).toBe('rejected');
  });
});

describe('EventWithValue: shape', () => {
  it('check 19: is an EventMixin and not thenable', async () => {
    const ev = new EventWithValue<number>();
    expect(ev).toBeInstanceOf(EventMixin);
    expect('then' in ev).toBe(false);
    expect(await Promise.resolve(ev)).toBe(ev);
    expect(EventWithValue.qualname).toBe('asyncutils.events.EventWithValue');
  });

  it('regression: no removeDoneWaiters; settled waits leave the queue eagerly', async () => {
    const ev = new EventWithValue<number>();
    expect('removeDoneWaiters' in ev).toBe(false);
    const ps = [ev.waitForNext({ timeout: 5 }), ev.waitForValue(1, { timeout: 5 }), ev.waitForTransition(1, 2, { timeout: 5 })];
    for (const p of ps) p.catch(() => {});
    expect(pendingWaits(ev)).toBe(3);
    await vi.advanceTimersByTimeAsync(5);
    expect(pendingWaits(ev)).toBe(0);
  });
});
