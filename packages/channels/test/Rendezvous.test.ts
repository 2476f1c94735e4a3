// Rendezvous: hand-offs between put and get, exchange, timeouts, aborts, reset and snapshots.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Rendezvous } from '../src/Rendezvous.js';
import { flush, isDomError, rejection, track } from './support/harness.js';

describe('Rendezvous', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('check 29: the adapted upstream test', async () => {
    const rdv = new Rendezvous<number | string>();
    const all = await Promise.all([
      ...[5, 6, 7, 8, 9].map((v) => rdv.put(v)),
      rdv.exchange(10),
      ...[1, 2, 3, 4].map((v) => rdv.exchange(v)),
      ...Array.from({ length: 5 }, () => rdv.get()),
    ]);
    expect(all).toEqual([true, true, true, true, true, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4]);
    const t = rdv.put(0);
    const snap = rdv.stateSnapshot();
    expect(snap).toEqual({ numGetters: 0, numPutters: 1, numOps: 1, idle: false });
    expect(Object.isFrozen(snap)).toBe(true);
    expect(await rdv.get()).toBe(0);
    expect(await rdv.get({ default: 'default' })).toBe('default');
    expect(await t).toBe(true);
    expect(rdv.stateSnapshot().idle).toBe(true);
  });

  it('check 30: a waiting get receives the value of a later put, which resolves true at once; puts are received in order', async () => {
    const rdv = new Rendezvous<string>();
    const g = track(rdv.get());
    const p = track(rdv.put('v'));
    await flush();
    expect(p.value).toBe(true);
    expect(g.value).toBe('v');
    const puts = ['a', 'b', 'c'].map((v) => rdv.put(v));
    expect(rdv.lengthHint()).toBe(3);
    expect([await rdv.get(), await rdv.get(), await rdv.get()]).toEqual(['a', 'b', 'c']);
    expect(await Promise.all(puts)).toEqual([true, true, true]);
    const getters = [rdv.get(), rdv.get()];
    expect(rdv.stateSnapshot()).toEqual({ numGetters: 2, numPutters: 0, numOps: 2, idle: false });
    await rdv.put('1');
    await rdv.put('2');
    expect(await Promise.all(getters)).toEqual(['1', '2']);
  });

  it('check 31: put timeout → false, offer withdrawn; raisingPut timeout → TimeoutError; get timeout and defaults', async () => {
    const rdv = new Rendezvous<string>();
    const p = track(rdv.put('v', { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(p.value).toBe(false);
    expect(rdv.lengthHint()).toBe(0);
    const rp = track(rdv.raisingPut('v', { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(rp.reason, 'TimeoutError')).toBe(true);
    expect((rp.reason as Error).message).toBe('asyncutils.channels.Rendezvous.raisingPut: timed out after 10 ms');
    const g = track(rdv.get({ timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(g.reason, 'TimeoutError')).toBe(true);
    const gd = track(rdv.get({ timeout: 10, default: 'd' }));
    await vi.advanceTimersByTimeAsync(10);
    expect(gd.value).toBe('d');
    const waiting = rdv.put('w');
    expect(await rdv.get({ default: 'd' })).toBe('w');
    expect(await waiting).toBe(true);
    expect(rdv.stateSnapshot().idle).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('check 31: aborting a pending put rejects with the reason and removes the offer; the same for get', async () => {
    const rdv = new Rendezvous<string>();
    const ac = new AbortController();
    const p = track(rdv.put('v', { signal: ac.signal }));
    expect(rdv.stateSnapshot().numPutters).toBe(1);
    ac.abort('stop');
    await flush();
    expect(p.reason).toBe('stop');
    expect(rdv.lengthHint()).toBe(0);
    const ac2 = new AbortController();
    const g = track(rdv.get({ signal: ac2.signal }));
    ac2.abort('no');
    await flush();
    expect(g.reason).toBe('no');
    expect(rdv.lengthHint()).toBe(0);
    expect(await rejection(rdv.put('x', { signal: AbortSignal.abort('pre') }))).toBe('pre');
    expect(await rejection(rdv.get({ signal: AbortSignal.abort('pre') }))).toBe('pre');
    expect(await rejection(rdv.raisingPut('x', { signal: AbortSignal.abort('pre') }))).toBe('pre');
    expect(rdv.lengthHint()).toBe(0);
    // a getter that left is never handed a value
    const later = rdv.put('kept', { timeout: 5 });
    await vi.advanceTimersByTimeAsync(5);
    expect(await later).toBe(false);
  });

  it('check 32: two exchanges swap values; a lone exchange times out without its own value and leaves idle', async () => {
    const rdv = new Rendezvous<string>();
    expect(await Promise.all([rdv.exchange('a'), rdv.exchange('b')])).toEqual(['b', 'a']);
    expect(rdv.stateSnapshot().idle).toBe(true);
    const lone = track(rdv.exchange('a', { timeout: 10 }));
    expect(rdv.stateSnapshot()).toEqual({ numGetters: 1, numPutters: 1, numOps: 2, idle: false });
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(lone.reason, 'TimeoutError')).toBe(true);
    expect(rdv.stateSnapshot().idle).toBe(true);
  });

  it('check 32: with a waiting put, exchange asap resolves its value at once; the offer stays for a later get', async () => {
    const rdv = new Rendezvous<string>();
    const put = rdv.put('p');
    expect(await rdv.exchange('e', { asap: true })).toBe('p');
    expect(await put).toBe(true);
    expect(rdv.stateSnapshot().numPutters).toBe(1);
    expect(await rdv.get()).toBe('e');
    expect(rdv.stateSnapshot().idle).toBe(true);
  });

  it('exchange without asap waits until its value is taken; exchange with a waiting getter', async () => {
    const rdv = new Rendezvous<string>();
    const put = rdv.put('p');
    const ex = track(rdv.exchange('e'));
    await flush();
    expect(ex.state).toBe('pending'); // received 'p', 'e' not taken yet
    expect(await rdv.get()).toBe('e');
    await flush();
    expect(ex.value).toBe('p');
    expect(await put).toBe(true);

    const g = rdv.get();
    const ex2 = track(rdv.exchange('f', { timeout: 10 }));
    expect(await g).toBe('f');
    await flush();
    expect(ex2.state).toBe('pending'); // nothing to receive yet
    await rdv.put('q');
    await flush();
    expect(ex2.value).toBe('q');
    expect(rdv.stateSnapshot().idle).toBe(true);
  });

  it('exchange timeout/abort after receiving: resolves with the received value and withdraws the offer', async () => {
    const rdv = new Rendezvous<string>();
    void rdv.put('p');
    const ex = track(rdv.exchange('e', { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(ex.value).toBe('p');
    expect(rdv.stateSnapshot().idle).toBe(true);

    const ac = new AbortController();
    void rdv.put('p2');
    const ex2 = track(rdv.exchange('e2', { signal: ac.signal }));
    ac.abort('stop');
    await flush();
    expect(ex2.value).toBe('p2');
    expect(rdv.stateSnapshot().idle).toBe(true);

    const ac3 = new AbortController();
    const ex3 = track(rdv.exchange('e3', { signal: ac3.signal }));
    ac3.abort('nothing received');
    await flush();
    expect(ex3.reason).toBe('nothing received');
    expect(rdv.stateSnapshot().idle).toBe(true);
    expect(await rejection(rdv.exchange('x', { signal: AbortSignal.abort('pre') }))).toBe('pre');
    expect(await rejection(rdv.exchange('x', { asap: 1 as unknown as boolean }))).toBeInstanceOf(TypeError);
  });

  it('check 33: reset rejects pending get, raisingPut and exchange with AbortError; pending put resolves false; idle after', async () => {
    const rdv = new Rendezvous<string>();
    const g = track(rdv.get());
    await rdv.reset();
    await flush();
    expect(isDomError(g.reason, 'AbortError')).toBe(true);
    expect((g.reason as Error).message).toBe('asyncutils.channels.Rendezvous: reset');

    const rp = track(rdv.raisingPut('r', {}));
    const p = track(rdv.put('p'));
    await rdv.reset();
    await flush();
    expect(isDomError(rp.reason, 'AbortError')).toBe(true);
    expect(p.value).toBe(false);

    const ex = track(rdv.exchange('e'));
    expect(rdv.stateSnapshot().numOps).toBe(2);
    await rdv.reset();
    await flush();
    expect(isDomError(ex.reason, 'AbortError')).toBe(true);
    expect(rdv.stateSnapshot()).toEqual({ numGetters: 0, numPutters: 0, numOps: 0, idle: true });

    const put = rdv.put('p');
    await rdv.exchange('asap', { asap: true }); // settled; its offer stays
    await rdv.reset();
    expect(await put).toBe(true);
    expect(rdv.stateSnapshot().idle).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('validates options', async () => {
    const rdv = new Rendezvous<number>();
    expect(await rejection(rdv.put(1, { timeout: -1 }))).toBeInstanceOf(RangeError);
    expect(await rejection(rdv.put(1, { timeout: Number.NaN }))).toBeInstanceOf(RangeError);
    expect(await rejection(rdv.get({ timeout: '1' as unknown as number }))).toBeInstanceOf(TypeError);
    expect(await rejection(rdv.get(null as unknown as undefined))).toBeInstanceOf(TypeError);
    expect(await rejection(rdv.raisingPut(1, { signal: 1 as unknown as AbortSignal }))).toBeInstanceOf(TypeError);
    const inf = track(rdv.put(1, { timeout: Infinity }));
    expect(vi.getTimerCount()).toBe(0);
    expect(await rdv.get()).toBe(1);
    await flush();
    expect(inf.value).toBe(true);
  });
});
