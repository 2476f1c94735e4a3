import { Deadlock } from '@asyncutils/exceptions';
import { describe, expect, it } from 'vitest';
import { ASYNC_COPY } from '../src/bridgeCopies.js';
import { SYNC_AWAIT_DEADLOCK } from '../src/syncAwait.js';
import { toAsync } from '../src/toAsync.js';
import { toSync } from '../src/toSync.js';
import { record, rejection, thrown, veto } from './support/hooks.js';

describe('toSync', () => {
  it('check 3: raises to_sync with the function name; a pending result throws Deadlock after sync_await', async () => {
    using rec = record();
    const fetchIt = async function fetchIt(): Promise<void> {};
    const w = toSync(fetchIt);
    expect(rec.events).toEqual([['asyncutils.util.to_sync', ['fetchIt']]]);
    expect(w.name).toBe('fetchIt');
    const err = thrown(() => w());
    expect(err).toBeInstanceOf(Deadlock);
    expect((err as Error).message).toBe(SYNC_AWAIT_DEADLOCK);
    expect(rec.events[1]).toEqual(['asyncutils.util.sync_await', ['Promise']]);
    expect(toSync(() => 5)()).toBe(5);
  });

  it('check 3: a vetoing hook makes toSync throw before anything is created', () => {
    const h = new Error('veto');
    const f = (): number => 1;
    {
      using _ = veto(h, 'asyncutils.util.to_sync');
      expect(thrown(() => toSync(f))).toBe(h);
    }
    expect(Object.getOwnPropertySymbols(f)).toEqual([]);
  });

  it('each wrapper call raises sync_await once f has returned, before its result is inspected (a veto throws)', () => {
    const calls: number[] = [];
    const w = toSync((x: number) => {
      calls.push(x);
      return x;
    });
    const h = new Error('veto');
    using _ = veto(h, 'asyncutils.util.sync_await');
    expect(thrown(() => w(1))).toBe(h);
    expect(calls).toEqual([1]);
  });

  it('forwards this and arguments; keeps the name; never returns f; sync throws propagate', () => {
    const obj = {
      base: 10,
      add: toSync(function add(this: { base: number }, x: number) {
        return this.base + x;
      }),
    };
    expect(obj.add(5)).toBe(15);
    const f = (): number => 1;
    expect(toSync(f)).not.toBe(f);
    const e = new RangeError('bad');
    expect(
      thrown(() =>
        toSync(() => {
          throw e;
        })(),
      ),
    ).toBe(e);
    expect(toSync(() => 1).name).toBe('');
  });

  it('stores a hidden async copy that calls f at once and adopts its result', async () => {
    let calls = 0;
    const f = async (x: number): Promise<number> => {
      calls++;
      return x * 2;
    };
    const w = toSync(f);
    expect(Object.keys(w)).toEqual([]);
    const copy = (w as unknown as Record<symbol, (x: number) => Promise<number>>)[ASYNC_COPY]!;
    expect(copy.name).toBe('f');
    const p = copy(4);
    expect(calls).toBe(1);
    expect(await p).toBe(8);
    const e = new Error('sync');
    const thrower = toSync((): number => {
      throw e;
    });
    const asyncThrower = (thrower as unknown as Record<symbol, () => Promise<number>>)[ASYNC_COPY]!;
    expect(await rejection(asyncThrower())).toBe(e);
  });

  it('check 5: toAsync(toSync(h)) resolves as h, raising both events', async () => {
    using rec = record();
    const h = async function h(x: number): Promise<number> {
      return x + 1;
    };
    const back = toAsync(toSync(h));
    expect(back).not.toBe(h);
    expect(await back(1)).toBe(2);
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils.util.to_sync', 'asyncutils.util.to_async']);
  });

  it('regression: toSync(f) does not block; it works for non-thenables and settled futures, else throws Deadlock', () => {
    const settled = { done: () => true, result: () => 'ok', then() {} };
    expect(toSync(() => settled)()).toBe('ok');
    expect(thrown(() => toSync(() => Promise.resolve(1))())).toBeInstanceOf(Deadlock);
  });

  it('rejects non-functions with TypeError after raising the event', () => {
    using rec = record();
    expect(() => toSync(42 as never)).toThrow(new TypeError('asyncutils.util.to_sync: f must be a function, got 42'));
    expect(rec.events).toEqual([['asyncutils.util.to_sync', ['number']]]);
  });
});
