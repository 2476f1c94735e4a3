import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import {
  AgingRWLock,
  FairRWLock,
  PriorityRWLock,
  ReadPreferredRWLock,
  RWLock,
  type RWLockAcquireOptions,
  type RWLockHandle,
  WritePreferredPriorityRWLock,
  WritePreferredRWLock,
} from '../src/index.js';
import { flush, handleOf, track } from './support/track.js';

describe('RWLock (abstract base)', () => {
  it('check 2: `new RWLock()` throws TypeError naming the factory', () => {
    expect(() => new (RWLock as unknown as new () => RWLock)()).toThrow(TypeError);
    expect(() => new (RWLock as unknown as new () => RWLock)()).toThrow('asyncutils.rwlocks.RWLock: abstract class; use createRWLock()');
  });

  it('check 12: RWLock.lock(fn) wraps fn as a reader of a new WritePreferredRWLock (context default)', async () => {
    const get = RWLock.lock(async (x: number) => x * 2);
    expect(get.lock).toBeInstanceOf(WritePreferredRWLock);
    expect(await get(21)).toBe(42);
    const other = RWLock.lock(() => 1);
    expect(other.lock).not.toBe(get.lock);
  });

  it('check 12: RWLock.lock follows RWLOCK_DEFAULT_PREFER_WRITERS read per call', () => {
    const f = localContext({ RWLOCK_DEFAULT_PREFER_WRITERS: false }, () => RWLock.lock(() => 0));
    expect(f.lock).toBeInstanceOf(ReadPreferredRWLock);
  });

  it('check 12: a concrete class constructs itself; PriorityRWLock picks createPriorityRWLock()', () => {
    expect(FairRWLock.lock(() => 0).lock).toBeInstanceOf(FairRWLock);
    expect(FairRWLock.lock(() => 0).lock.constructor).toBe(FairRWLock);
    expect(PriorityRWLock.lock(() => 0).lock).toBeInstanceOf(WritePreferredPriorityRWLock);
    expect(AgingRWLock.lock(() => 0).lock).toBeInstanceOf(AgingRWLock);
    expect(ReadPreferredRWLock.lock(() => 0).lock).toBeInstanceOf(ReadPreferredRWLock);
  });

  it('RWLock.lock rejects a non-function with TypeError', () => {
    expect(() => RWLock.lock(5 as unknown as () => void)).toThrow(/asyncutils\.rwlocks\.RWLock\.reader: fn must be a function, got 5/);
  });
});

describe('check 10: handles and callback forms', () => {
  it('`using` releases at scope end; release() twice is harmless', async () => {
    const lock = new WritePreferredRWLock();
    {
      using h = await lock.reading();
      expect(h.mode).toBe('read');
      expect(h.released).toBe(false);
      expect(lock.isReading()).toBe(true);
    }
    expect(lock.locked()).toBe(false);

    const w = await lock.writing();
    expect(w.mode).toBe('write');
    w.release();
    expect(w.released).toBe(true);
    w.release();
    w[Symbol.dispose]();
    await w[Symbol.asyncDispose]();
    expect(lock.locked()).toBe(false);
    // The second release did not free somebody else's hold.
    const again = await lock.writing();
    w.release();
    expect(lock.isWriting()).toBe(true);
    again.release();
  });

  it('`await using` releases at scope end', async () => {
    const lock = new FairRWLock();
    {
      await using _h = await lock.writing();
      expect(lock.isWriting()).toBe(true);
    }
    expect(lock.locked()).toBe(false);
  });

  it('runWriting excludes readers during fn and releases when fn rejects (same error)', async () => {
    const lock = new WritePreferredRWLock();
    const boom = new Error('boom');
    let reader: ReturnType<typeof track<RWLockHandle>> | undefined;
    const run = track(
      lock.runWriting(async () => {
        reader = track(lock.reading());
        await flush();
        expect(reader.state).toBe('pending');
        expect(lock.isWriting()).toBe(true);
        throw boom;
      }),
    );
    await run.promise.catch(() => undefined);
    await flush();
    expect(run.state).toBe('rejected');
    expect(run.reason).toBe(boom);
    expect(lock.isWriting()).toBe(false);
    await flush();
    expect(reader?.state).toBe('fulfilled');
    handleOf(reader as NonNullable<typeof reader>).release();
    expect(lock.locked()).toBe(false);
  });

  it('runReading returns the result and releases; a sync throw also releases', async () => {
    const lock = new FairRWLock();
    expect(await lock.runReading(() => 7)).toBe(7);
    expect(await lock.runReading(async () => 'x')).toBe('x');
    await expect(
      lock.runReading(() => {
        throw new RangeError('sync');
      }),
    ).rejects.toThrow('sync');
    expect(lock.locked()).toBe(false);
    expect(await lock.runWriting(() => 1)).toBe(1);
  });

  it('runReading / runWriting pass the options to the wait and reject non-functions', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    let ran = false;
    const opts: RWLockAcquireOptions = { timeout: 0 };
    await expect(lock.runReading(() => (ran = true), opts)).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(lock.runWriting(() => (ran = true), opts)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(ran).toBe(false);
    w.release();
    await expect(lock.runReading(null as unknown as () => void)).rejects.toThrow(/RWLock\.runReading: fn must be a function, got null/);
    await expect(lock.runWriting('f' as unknown as () => void)).rejects.toThrow(/RWLock\.runWriting: fn must be a function, got "f"/);
    expect(lock.locked()).toBe(false);
  });

  it('tryReading() on a WritePreferred lock with a waiting writer returns null and queues nothing', async () => {
    const lock = new WritePreferredRWLock();
    const r = await lock.reading();
    const w = track(lock.writing());
    expect(lock.tryReading()).toBeNull();
    r.release();
    await flush();
    expect(w.state).toBe('fulfilled');
    handleOf(w).release();
    // Nothing was queued by the failed try: the lock is free now.
    expect(lock.locked()).toBe(false);
  });

  it('tryWriting() on a free lock returns a write handle', () => {
    const lock = new WritePreferredRWLock();
    const h = lock.tryWriting();
    expect(h?.mode).toBe('write');
    expect(lock.isWriting()).toBe(true);
    expect(lock.tryWriting()).toBeNull();
    expect(lock.tryReading()).toBeNull();
    h?.release();
    const r = lock.tryReading();
    expect(r?.mode).toBe('read');
    expect(lock.tryReading()).not.toBeNull();
    expect(lock.tryWriting()).toBeNull();
  });
});

describe('check 3: ReadPreferredRWLock', () => {
  it('a reader enters while a writer waits; the writer enters when the last reader leaves', async () => {
    const lock = new ReadPreferredRWLock();
    const r1 = await lock.reading();
    const w = track(lock.writing());
    const r2 = track(lock.reading());
    await flush();
    expect(r2.state).toBe('fulfilled');
    expect(w.state).toBe('pending');
    expect(lock.tryReading()?.release()).toBeUndefined();
    r1.release();
    await flush();
    expect(w.state).toBe('pending');
    handleOf(r2).release();
    await flush();
    expect(w.state).toBe('fulfilled');
    handleOf(w).release();
    expect(lock.locked()).toBe(false);
  });

  it('regression: when a writer leaves, all waiting readers go before the next waiting writer (upstream queued them behind it)', async () => {
    const lock = new ReadPreferredRWLock();
    const w1 = await lock.writing();
    const order: string[] = [];
    const ra = track(lock.reading().then((h) => (order.push('ra'), h)));
    const w2 = track(lock.writing().then((h) => (order.push('w2'), h)));
    const rb = track(lock.reading().then((h) => (order.push('rb'), h)));
    await flush();
    expect(order).toEqual([]);
    w1.release();
    await flush();
    expect(order).toEqual(['ra', 'rb']);
    expect(w2.state).toBe('pending');
    handleOf(ra).release();
    handleOf(rb).release();
    await flush();
    expect(order).toEqual(['ra', 'rb', 'w2']);
    handleOf(w2).release();
  });

  it('writers are served in arrival order', async () => {
    const lock = new ReadPreferredRWLock();
    const w0 = await lock.writing();
    const order: number[] = [];
    const ws = [1, 2, 3].map((i) => lock.writing().then((h) => (order.push(i), h.release())));
    w0.release();
    await Promise.all(ws);
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('check 4: WritePreferredRWLock', () => {
  it('a reader waits behind a waiting writer; later writers go before waiting readers, which enter together', async () => {
    const lock = new WritePreferredRWLock();
    const r1 = await lock.reading();
    const w1 = track(lock.writing());
    const r2 = track(lock.reading());
    await flush();
    expect(r2.state).toBe('pending');
    const w2 = track(lock.writing());
    const r3 = track(lock.reading());
    r1.release();
    await flush();
    expect(w1.state).toBe('fulfilled');
    expect(w2.state).toBe('pending');
    handleOf(w1).release();
    await flush();
    expect(w2.state).toBe('fulfilled');
    expect(r2.state).toBe('pending');
    expect(r3.state).toBe('pending');
    handleOf(w2).release();
    await flush();
    expect(r2.state).toBe('fulfilled');
    expect(r3.state).toBe('fulfilled');
    expect(lock.isReading()).toBe(true);
    handleOf(r2).release();
    handleOf(r3).release();
    expect(lock.locked()).toBe(false);
  });

  it('readers granted by one release resolve in arrival order', async () => {
    const lock = new WritePreferredRWLock();
    const w = await lock.writing();
    const order: number[] = [];
    const rs = [1, 2, 3, 4].map((i) => lock.reading().then((h) => (order.push(i), h)));
    w.release();
    const handles = await Promise.all(rs);
    expect(order).toEqual([1, 2, 3, 4]);
    for (const h of handles) h.release();
  });
});

describe('check 11: reader / writer wrappers', () => {
  it('readers overlap, writers never overlap a reader, this and name are kept', async () => {
    const lock = new WritePreferredRWLock();
    const log: string[] = [];
    let active = 0;
    let maxReaders = 0;
    let writerOverlap = false;
    const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));
    const store = new Map<string, number>();
    const get = lock.reader(async function get(this: { tag: string } | undefined, k: string) {
      active++;
      maxReaders = Math.max(maxReaders, active);
      log.push(`get:${this?.tag ?? 'none'}`);
      await tick();
      active--;
      return store.get(k);
    });
    const set = get.writer(async (k: string, v: number) => {
      if (active !== 0) writerOverlap = true;
      active += 100;
      await tick();
      store.set(k, v);
      active -= 100;
    });
    expect(get.lock).toBe(lock);
    expect(set.lock).toBe(lock);
    expect(get.name).toBe('get');
    expect(set.name).toBe('');
    await set('a', 1);
    const ctx = { tag: 'ctx' };
    const results = await Promise.all([get.call(ctx, 'a'), get('a'), set('a', 2), get('a')]);
    expect(results).toEqual([1, 1, undefined, 2]);
    expect(maxReaders).toBe(2);
    expect(writerOverlap).toBe(false);
    expect(log).toContain('get:ctx');
    const again = set.reader(function peek() {
      return store.get('a');
    });
    expect(again.lock).toBe(lock);
    expect(again.name).toBe('peek');
    expect(await again()).toBe(2);
  });

  it('detached reader/writer of a wrapper still register on the same lock', () => {
    const lock = new FairRWLock();
    const { writer, reader } = lock.reader(() => 0);
    expect(writer(() => 1).lock).toBe(lock);
    expect(reader(() => 1).lock).toBe(lock);
    expect(() => lock.writer({} as unknown as () => void)).toThrow(/RWLock\.writer: fn must be a function, got object/);
  });
});

describe('check 15: a custom subclass', () => {
  /** A minimal single-queue lock: only `reading` / `writing`, keeping `_readers` / `_writing` current. */
  class SpinRWLock extends RWLock {
    #waiters: Array<() => void> = [];
    #wake(): void {
      const waiters = this.#waiters;
      this.#waiters = [];
      for (const w of waiters) w();
    }
    #handle(write: boolean): RWLockHandle {
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        if (write) this._writing = false;
        else this._readers--;
        this.#wake();
      };
      return {
        mode: write ? 'write' : 'read',
        get released() {
          return released;
        },
        release,
        [Symbol.dispose]: release,
        [Symbol.asyncDispose]: async () => release(),
      };
    }
    async reading(): Promise<RWLockHandle> {
      while (this._writing) await new Promise<void>((r) => this.#waiters.push(r));
      this._readers++;
      return this.#handle(false);
    }
    async writing(): Promise<RWLockHandle> {
      while (this._writing || this._readers > 0) await new Promise<void>((r) => this.#waiters.push(r));
      this._writing = true;
      return this.#handle(true);
    }
  }

  it('gets isReading, isWriting, locked, runReading and reader from the base', async () => {
    const lock = new SpinRWLock();
    expect(lock.locked()).toBe(false);
    const r = await lock.reading();
    expect(lock.isReading()).toBe(true);
    expect(lock.isWriting()).toBe(false);
    expect(lock.locked()).toBe(true);
    r.release();
    expect(await lock.runReading(() => lock.isReading())).toBe(true);
    expect(await lock.runWriting(() => lock.isWriting())).toBe(true);
    const f = lock.reader(async (x: number) => x + (lock.isReading() ? 1 : 0));
    expect(await f(1)).toBe(2);
    expect(f.lock).toBe(lock);
    expect(SpinRWLock.lock(() => 0).lock).toBeInstanceOf(SpinRWLock);
    expect(lock.locked()).toBe(false);
  });
});
