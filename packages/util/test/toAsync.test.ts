import { describe, expect, it } from 'vitest';
import { SYNC_COPY } from '../src/bridgeCopies.js';
import { toAsync } from '../src/toAsync.js';
import { toSync } from '../src/toSync.js';
import { flushMicrotasks, macrotask, record, rejection, thrown, veto } from './support/hooks.js';

describe('toAsync', () => {
  it('check 4: raises to_async with the name; resolves f(1, 2); f runs only after a macrotask', async () => {
    using rec = record();
    let ran = false;
    const add = toAsync(function add(a: number, b: number) {
      ran = true;
      return a + b;
    });
    expect(rec.events).toEqual([['asyncutils.util.to_async', ['add']]]);
    expect(add.name).toBe('add');
    const p = add(1, 2);
    expect(p).toBeInstanceOf(Promise);
    expect(ran).toBe(false);
    await flushMicrotasks(100);
    expect(ran).toBe(false);
    expect(await p).toBe(3);
    expect(ran).toBe(true);
  });

  it('check 4: a throwing f rejects; a thenable result is adopted', async () => {
    const e = new Error('boom');
    const bad = toAsync(() => {
      throw e;
    });
    expect(await rejection(bad())).toBe(e);
    expect(await toAsync(async () => 7)()).toBe(7);
    const r = new Error('later');
    expect(await rejection(toAsync(() => Promise.reject(r))())).toBe(r);
  });

  it('check 4: a vetoing hook makes toAsync throw before anything is created', () => {
    const h = new Error('veto');
    const f = (): number => 1;
    {
      using _ = veto(h, 'asyncutils.util.to_async');
      expect(thrown(() => toAsync(f))).toBe(h);
    }
    expect(Object.getOwnPropertySymbols(f)).toEqual([]);
  });

  it('check 5: toSync(toAsync(f)) is a truly synchronous g !== f with g(2) === f(2); each call raises its event', () => {
    using rec = record();
    const f = (x: number): number => x * 10;
    const g = toSync(toAsync(f));
    expect(g).not.toBe(f);
    expect(g(2)).toBe(f(2));
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils.util.to_async', 'asyncutils.util.to_sync']);
    const again = toSync(toAsync(f));
    expect(again(3)).toBe(30);
    expect(rec.events).toHaveLength(4);
  });

  it('forwards this; stores a hidden sync copy; never returns f', async () => {
    const obj = {
      k: 2,
      times: toAsync(function times(this: { k: number }, x: number) {
        return this.k * x;
      }),
    };
    expect(await obj.times(4)).toBe(8);
    const f = (): number => 1;
    const h = toAsync(f);
    expect(h).not.toBe(f);
    expect(Object.keys(h)).toEqual([]);
    const copy = (h as unknown as Record<symbol, () => number>)[SYNC_COPY]!;
    expect(copy()).toBe(1);
    expect(copy).not.toBe(f);
  });

  it('regression: runs f on the calling thread after one macrotask, creating no executor (no create_executor event)', async () => {
    using rec = record('asyncutils');
    const order: string[] = [];
    const p = toAsync(() => order.push('f'))();
    void macrotask().then(() => order.push('macrotask'));
    order.push('sync');
    await p;
    await macrotask();
    expect(order[0]).toBe('sync');
    expect(order).toContain('f');
    expect(rec.events.map(([e]) => e)).toEqual(['asyncutils.util.to_async']);
  });

  it('rejects non-functions with TypeError', () => {
    expect(() => toAsync(null as never)).toThrow(new TypeError('asyncutils.util.to_async: f must be a function, got null'));
  });
});
