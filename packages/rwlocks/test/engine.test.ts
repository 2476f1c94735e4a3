// The queueing engine shared by every library class: options, abort, timeout, hand-off, misuse.
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { bundle } from '@asyncutils/tooling/bundle';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgingRWLock, FairRWLock, type RWLock, type RWLockHandle, WritePreferredRWLock } from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Counts listeners added to / removed from `signal` (the listener objects themselves). */
function spyListeners(signal: AbortSignal): { added: unknown[]; removed: unknown[]; options: unknown[] } {
  const added: unknown[] = [];
  const removed: unknown[] = [];
  const options: unknown[] = [];
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, opts?: AddEventListenerOptions) => {
    added.push(listener);
    options.push(opts);
    add(type, listener, opts);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject) => {
    removed.push(listener);
    remove(type, listener);
  }) as typeof signal.removeEventListener;
  return { added, removed, options };
}

describe('options', () => {
  it('check 13: timeout -1 and NaN reject RangeError naming the API and the value', async () => {
    const lock = new WritePreferredRWLock();
    await expect(lock.reading({ timeout: -1 })).rejects.toThrow(RangeError);
    await expect(lock.reading({ timeout: -1 })).rejects.toThrow('asyncutils.rwlocks.WritePreferredRWLock.reading: timeout must be a non-negative number of milliseconds or Infinity, got -1');
    await expect(lock.writing({ timeout: Number.NaN })).rejects.toThrow(/WritePreferredRWLock\.writing: .*got NaN/);
    expect(lock.locked()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('non-number timeout, non-signal signal and non-object options reject TypeError', async () => {
    const lock = new FairRWLock();
    await expect(lock.reading({ timeout: '5' as unknown as number })).rejects.toThrow(/FairRWLock\.reading: timeout must be a number of milliseconds, got "5"/);
    await expect(lock.reading({ timeout: null as unknown as number })).rejects.toThrow(TypeError);
    await expect(lock.writing({ signal: {} as AbortSignal })).rejects.toThrow(/FairRWLock\.writing: signal must be an AbortSignal, got object/);
    await expect(lock.writing(7 as unknown as undefined)).rejects.toThrow(/FairRWLock\.writing: options must be an object, got 7/);
    await expect(lock.writing(null as unknown as undefined)).rejects.toThrow(/options must be an object, got null/);
    expect(lock.locked()).toBe(false);
  });

  it('bad options reject even when the lock is free, and nothing is taken', async () => {
    const lock = new WritePreferredRWLock();
    await expect(lock.writing({ timeout: -5 })).rejects.toThrow(RangeError);
    expect(lock.locked()).toBe(false);
  });

  it('timeout: Infinity and undefined start no timer', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    const a = track(lock.writing({ timeout: Infinity }));
    const b = track(lock.reading({ timeout: undefined, signal: undefined }));
    expect(vi.getTimerCount()).toBe(0);
    w.release();
    await flush();
    expect(a.state).toBe('fulfilled');
    handleOf(a).release();
    await flush();
    expect(b.state).toBe('fulfilled');
    handleOf(b).release();
  });
});

describe('abort', () => {
  it('check 13: an already-aborted signal rejects at once with its reason; nothing is taken or queued', async () => {
    const lock = new WritePreferredRWLock();
    const reason = new Error('stop');
    const signal = AbortSignal.abort(reason);
    const spy = spyListeners(signal);
    await expect(lock.writing({ signal })).rejects.toBe(reason);
    await expect(lock.reading({ signal, timeout: 10 })).rejects.toBe(reason);
    expect(lock.locked()).toBe(false);
    expect(spy.added).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    // Nothing was queued: a writer enters at once.
    expect(lock.tryWriting()).not.toBeNull();
  });

  it('an abort while waiting rejects with the exact reason and removes the waiter at once', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    const ac = new AbortController();
    const spy = spyListeners(ac.signal);
    const waiting = track(lock.writing({ signal: ac.signal, timeout: 1_000 }));
    expect(spy.added).toHaveLength(1);
    expect(spy.options[0]).toEqual({ once: true });
    expect(vi.getTimerCount()).toBe(1);
    const reason = { custom: true };
    ac.abort(reason);
    expect(spy.removed).toEqual(spy.added);
    expect(vi.getTimerCount()).toBe(0);
    await flush();
    expect(waiting.state).toBe('rejected');
    expect(waiting.reason).toBe(reason);
    w.release();
    expect(lock.locked()).toBe(false);
  });

  it('check 9: in Fair, an aborted head writer lets the readers behind it in at once', async () => {
    const lock = new FairRWLock();
    const r1 = await lock.reading();
    const ac = new AbortController();
    const w = track(lock.writing({ signal: ac.signal }));
    const r2 = track(lock.reading());
    const r3 = track(lock.reading());
    await flush();
    expect(r2.state).toBe('pending');
    const reason = new DOMException('gone', 'AbortError');
    ac.abort(reason);
    expect(lock.isReading()).toBe(true);
    await flush();
    expect(w.state).toBe('rejected');
    expect(w.reason).toBe(reason);
    expect(r2.state).toBe('fulfilled');
    expect(r3.state).toBe('fulfilled');
    r1.release();
    handleOf(r2).release();
    handleOf(r3).release();
    expect(lock.locked()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('once granted, a later abort has no effect and the listener is gone', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    const ac = new AbortController();
    const spy = spyListeners(ac.signal);
    const r = track(lock.reading({ signal: ac.signal, timeout: 50 }));
    w.release();
    expect(spy.removed).toEqual(spy.added);
    expect(vi.getTimerCount()).toBe(0);
    ac.abort();
    await vi.advanceTimersByTimeAsync(100);
    expect(r.state).toBe('fulfilled');
    expect(lock.isReading()).toBe(true);
    handleOf(r).release();
  });

  it('an uncontended acquisition adds no listener and starts no timer', async () => {
    const lock = new FairRWLock();
    const ac = new AbortController();
    const spy = spyListeners(ac.signal);
    const h = await lock.writing({ signal: ac.signal, timeout: 100 });
    expect(spy.added).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    h.release();
  });
});

describe('timeout', () => {
  it('check 9: in WritePreferred, a waiting writer timing out grants the blocked readers at once', async () => {
    const lock = new WritePreferredRWLock();
    const r1 = await lock.reading();
    const w = track(lock.writing({ timeout: 5 }));
    const r2 = track(lock.reading());
    const r3 = track(lock.reading());
    await flush();
    expect(r2.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(4);
    expect(w.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(w.state).toBe('rejected');
    expect(w.reason).toBeInstanceOf(DOMException);
    expect((w.reason as DOMException).name).toBe('TimeoutError');
    expect((w.reason as DOMException).message).toBe('asyncutils.rwlocks.WritePreferredRWLock.writing: timed out after 5 ms');
    expect(r2.state).toBe('fulfilled');
    expect(r3.state).toBe('fulfilled');
    expect(vi.getTimerCount()).toBe(0);
    r1.release();
    handleOf(r2).release();
    handleOf(r3).release();
    expect(lock.locked()).toBe(false);
  });

  it('timeout 0 does not wait: granted when free, TimeoutError at once otherwise', async () => {
    const lock = new FairRWLock();
    const h = await lock.writing({ timeout: 0 });
    const p = lock.reading({ timeout: 0 });
    expect(vi.getTimerCount()).toBe(0);
    await expect(p).rejects.toMatchObject({ name: 'TimeoutError', message: 'asyncutils.rwlocks.FairRWLock.reading: timed out after 0 ms' });
    h.release();
    expect(lock.locked()).toBe(false);
  });

  it('timeouts beyond 2^31 - 1 ms are honoured (re-armed), not fired early', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    const long = 2 ** 31 + 1_000;
    const waiting = track(lock.writing({ timeout: long }));
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(waiting.state).toBe('pending');
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(waiting.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(waiting.state).toBe('rejected');
    expect((waiting.reason as DOMException).message).toContain(`timed out after ${long} ms`);
    w.release();
  });

  it('a timer is unref()ed where the runtime has unref, and works where it has not', async () => {
    vi.useRealTimers();
    const unref = vi.fn();
    const cleared: unknown[] = [];
    vi.stubGlobal('setTimeout', () => ({ unref }));
    vi.stubGlobal('clearTimeout', (t: unknown) => void cleared.push(t));
    const lock = new WritePreferredRWLock();
    const w = lock.tryWriting() as RWLockHandle;
    const a = lock.writing({ timeout: 10 });
    expect(unref).toHaveBeenCalledTimes(1);
    vi.stubGlobal('setTimeout', () => 42);
    const b = lock.writing({ timeout: 10 });
    w.release();
    (await a).release();
    (await b).release();
    expect(cleared).toEqual([{ unref }, 42]);
  });
});

describe('misuse fails loudly', () => {
  class Corruptible extends WritePreferredRWLock {
    corrupt(): void {
      this._readers = 0;
      this._writing = false;
    }
  }

  it('releasing a read lock the lock does not hold throws Error', async () => {
    const lock = new Corruptible();
    const r = await lock.reading();
    lock.corrupt();
    expect(() => r.release()).toThrow('asyncutils.rwlocks.WritePreferredRWLock: cannot release a read lock that is not held');
    expect(r.released).toBe(true);
  });

  it('releasing a write lock the lock does not hold throws Error (also through asyncDispose)', async () => {
    const lock = new Corruptible();
    const w = await lock.writing();
    lock.corrupt();
    await expect(w[Symbol.asyncDispose]()).rejects.toThrow('cannot release a write lock that is not held');
  });

  it('a handle method called on a foreign receiver throws TypeError', async () => {
    const lock = new FairRWLock();
    const h = await lock.reading();
    expect(() => h.release.call({})).toThrow(TypeError);
    expect(() => Reflect.get(Object.getPrototypeOf(h) as object, 'released', {})).toThrow(TypeError);
    expect(lock.isReading()).toBe(true);
    h.release();
  });
});

describe('hand-off', () => {
  it('regression: a waiter granted at a release holds before any other code runs, so nobody barges in (upstream: notify_all races)', async () => {
    const lock = new WritePreferredRWLock();
    const w1 = await lock.writing();
    const w2 = track(lock.writing());
    w1.release();
    expect(lock.isWriting()).toBe(true);
    expect(lock.tryWriting()).toBeNull();
    expect(lock.tryReading()).toBeNull();
    await flush();
    handleOf(w2).release();
  });

  it('every waiter settles exactly once: abort after timeout and timeout after abort do nothing', async () => {
    const lock: RWLock = new AgingRWLock();
    const w = await lock.writing();
    const ac = new AbortController();
    const settle = vi.fn();
    lock.writing({ signal: ac.signal, timeout: 5 }).then(settle, settle);
    await vi.advanceTimersByTimeAsync(5);
    ac.abort();
    await flush();
    expect(settle).toHaveBeenCalledTimes(1);
    w.release();
    expect(lock.locked()).toBe(false);
  });
});

describe('a copy of the package in another realm', () => {
  it('installs the disposers under Symbol.for keys where the runtime lacks Symbol.dispose', async () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const { text } = await bundle({ entry, format: 'iife', globalName: 'rw', platform: 'neutral', minify: false });
    const realm = vm.createContext({ setTimeout, clearTimeout, DOMException });
    vm.runInContext(text, realm);
    const result = vm.runInContext(
      `(() => {
        const lock = new rw.FairRWLock();
        const h = lock.tryWriting();
        const hasNative = typeof Symbol.dispose === 'symbol';
        h[Symbol.for('Symbol.dispose')]();
        const h2 = lock.tryReading();
        const p = h2[Symbol.for('Symbol.asyncDispose')]();
        return { hasNative, released: h.released && h2.released, locked: lock.locked(), isPromise: p instanceof Promise };
      })()`,
      realm,
    ) as Record<string, boolean>;
    expect(result).toEqual({ hasNative: false, released: true, locked: false, isPromise: true });
  });
});
