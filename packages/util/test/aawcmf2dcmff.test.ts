import { describe, expect, it, vi } from 'vitest';
import { aawcmf2dcmf, aawcmf2dcmff } from '../src/aawcmf2dcmff.js';
import { rejection, thrown } from './support/hooks.js';

/** A resource counting its async disposals. */
function resource(): { disposed: number; [Symbol.asyncDispose](): Promise<void> } {
  const res = {
    disposed: 0,
    async [Symbol.asyncDispose](): Promise<void> {
      res.disposed++;
    },
  };
  return res;
}

describe('aawcmf2dcmff / aawcmf2dcmf', () => {
  it('check 27 / regression: await using yields the disposable itself (JS resources are their own handles) and disposes it once at the end', async () => {
    const res = resource();
    const factory = aawcmf2dcmf(async () => res);
    {
      await using cm = await factory().enterAsync();
      expect(cm.value).toBe(res);
      expect(res.disposed).toBe(0);
    }
    expect(res.disposed).toBe(1);
  });

  it('check 27: disposal also runs when runAsync\'s callback throws; the error propagates (never suppressed)', async () => {
    const res = resource();
    const factory = aawcmf2dcmf(async () => res);
    const e = new Error('cb');
    expect(
      await rejection(
        factory().runAsync(() => {
          throw e;
        }),
      ),
    ).toBe(e);
    expect(res.disposed).toBe(1);
    expect(await factory().runAsync((r) => r.disposed)).toBe(1);
    expect(res.disposed).toBe(2);
  });

  it('check 27: a result without dispose methods rejects TypeError at entry', async () => {
    const factory = aawcmf2dcmf(async function opener() {
      return { id: 1 };
    });
    const err = await rejection(factory().enterAsync());
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toBe(
      'asyncutils.util.aawcmf2dcmff: opener must return (a promise of) a disposable, got Object without Symbol.asyncDispose or Symbol.dispose',
    );
    expect(await rejection(aawcmf2dcmf(() => null)().enterAsync())).toBeInstanceOf(TypeError);
  });

  it('prefers Symbol.asyncDispose, falls back to Symbol.dispose; accepts a sync result', async () => {
    const both = { async: 0, sync: 0, async [Symbol.asyncDispose]() { both.async++; }, [Symbol.dispose]() { both.sync++; } };
    await aawcmf2dcmf(() => both)().runAsync(() => 0);
    expect(both).toMatchObject({ async: 1, sync: 0 });
    const syncOnly = { n: 0, [Symbol.dispose]() { syncOnly.n++; } };
    await aawcmf2dcmf(() => syncOnly)().runAsync(() => 0);
    expect(syncOnly.n).toBe(1);
  });

  it('calls f at entry, with the factory\'s this and arguments; managers are async-only', async () => {
    const f = vi.fn(async function (this: { tag: string }, a: number) {
      return { tag: `${this.tag}${a}`, async [Symbol.asyncDispose]() {} };
    });
    const obj = { tag: 't', open: aawcmf2dcmf(f) };
    const cm = obj.open(1);
    expect(f).not.toHaveBeenCalled();
    expect(thrown(() => cm.enter())).toBeInstanceOf(TypeError);
    const other = obj.open(2);
    expect(await other.runAsync((r) => r.tag)).toBe('t2');
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('keeps the name; options are passed on; bad input is a TypeError', () => {
    const named = aawcmf2dcmff({ strict: true })(async function session() {
      return resource();
    });
    expect(named.name).toBe('session');
    expect(() => aawcmf2dcmff({ strict: 1 as never })).toThrow(TypeError);
    expect(() => aawcmf2dcmf(5 as never)).toThrow('asyncutils.util.aawcmf2dcmff: f must be a function, got 5');
  });

  it('a disposal error propagates from the exit', async () => {
    const e = new Error('dispose failed');
    const bad = {
      async [Symbol.asyncDispose](): Promise<void> {
        throw e;
      },
    };
    expect(await rejection(aawcmf2dcmf(() => bad)().runAsync(() => 1))).toBe(e);
  });
});
