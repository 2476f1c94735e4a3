import { ResourceBusy } from '@asyncutils/exceptions';
import { AsyncContextMixin } from '@asyncutils/mixins';
import { describe, expect, it } from 'vitest';
import { guardAction, ResourceGuard } from '../src/ResourceGuard.js';

describe('ResourceGuard', () => {
  it('check 1: entering, busy, independent guards, yieldsResource, success ratio (adapted upstream)', () => {
    const obj = { id: 1 };
    const g = new ResourceGuard(obj, { action: 'foo' });
    expect(g.successRatio).toBe(0);
    {
      using _ = g.enter();
      expect(g.guarded).toBe(true);
      expect(() => g.enter()).toThrow(ResourceBusy);
    }
    expect(g.guarded).toBe(false);
    const G = new ResourceGuard(obj, { action: 'bar' });
    expect(G).not.toBe(g);
    {
      using _a = g.enter();
      using h = G.yieldsResource();
      expect(h.resource).toBe(obj);
      expect(G.guarded).toBe(true);
      expect(g.guarded).toBe(true);
    }
    expect(G.guarded).toBe(false);
    {
      using h = g.yieldsResource();
      expect(h.resource).toBe(obj);
      expect(G.guarded).toBe(false);
    }
    expect(g.successRatio).toBe(0.75);
    expect(G.successRatio).toBe(1);
    expect([g.action, G.action]).toEqual(['foo', 'bar']);
  });

  it('check 2: the ResourceBusy message describes the resource', () => {
    const g = new ResourceGuard({}, { action: 'foo' });
    using _ = g.enter();
    expect(() => g.enter()).toThrow(/^asyncutils\.altlocks\.ResourceGuard: another task is already foo resource: <Object #\d+>$/);

    const anon = new ResourceGuard();
    const anon2 = new ResourceGuard();
    using _a = anon.enter();
    const m = /anonymous resource #(\d+)$/.exec((() => {
      try {
        anon.enter();
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })());
    expect(m).not.toBeNull();
    using _b = anon2.enter();
    expect(() => anon2.enter()).toThrow(`anonymous resource #${Number(m?.[1]) + 1}`);

    const db = new ResourceGuard('db');
    using _c = db.enter();
    expect(() => db.enter()).toThrow("asyncutils.altlocks.ResourceGuard: another task is already using resource: 'db'");

    const n = new ResourceGuard(42);
    using _d = n.enter();
    expect(() => n.enter()).toThrow(/resource: 42$/);
    const u = new ResourceGuard(undefined);
    using _e = u.enter();
    expect(() => u.enter()).toThrow(/resource: undefined$/);
  });

  it('check 3: exit misuse, anonymous yieldsResource, double dispose, bad action, run releasing on throw', async () => {
    const g = new ResourceGuard('r');
    expect(() => g.exit()).toThrow(new Error('asyncutils.altlocks.ResourceGuard: context manager used improperly'));
    expect(() => new ResourceGuard().yieldsResource()).toThrow(
      new TypeError('asyncutils.altlocks.ResourceGuard: yieldsResource expected resource guard to have been instantiated with a resource'),
    );

    const h = g.yieldsResource();
    expect(h.released).toBe(false);
    h[Symbol.dispose]();
    expect(h.released).toBe(true);
    expect(g.guarded).toBe(false);
    h[Symbol.dispose](); // no second exit (which would throw "used improperly")
    h.release();
    await h[Symbol.asyncDispose]();

    const h2 = g.yieldsResource();
    await h2[Symbol.asyncDispose]();
    expect(g.guarded).toBe(false);
    await h2[Symbol.asyncDispose]();

    expect(() => new ResourceGuard('r', { action: 5 as never })).toThrow(
      new TypeError('asyncutils.altlocks.ResourceGuard: action must be a string, got 5'),
    );
    expect(() => new ResourceGuard('r', 'using' as never)).toThrow(TypeError);
    expect(new ResourceGuard('r', { action: undefined }).action).toBe('using');

    const err = new Error('inside');
    let seen: unknown;
    expect(() =>
      g.run((guard) => {
        seen = guard;
        expect(g.guarded).toBe(true);
        throw err;
      }),
    ).toThrow(err);
    expect(seen).toBe(g);
    expect(g.guarded).toBe(false);
  });

  it('yieldsResource on a busy guard throws ResourceBusy and leaves the holder alone', () => {
    const g = new ResourceGuard([1, 2]);
    using _ = g.enter();
    expect(() => g.yieldsResource()).toThrow(ResourceBusy);
    expect(g.guarded).toBe(true);
  });

  it('works with the async forms of AsyncContextMixin', async () => {
    const g = new ResourceGuard('a');
    {
      await using _ = await g.enterAsync();
      expect(g.guarded).toBe(true);
      await expect(g.enterAsync()).rejects.toBeInstanceOf(ResourceBusy);
    }
    expect(g.guarded).toBe(false);
    expect(await g.runAsync(async (x) => x === g)).toBe(true);
    {
      await using _ = g.enter();
      expect(g.guarded).toBe(true);
    }
    expect(g.guarded).toBe(false);
  });

  it('check 27: is an AsyncContextMixin and not thenable', () => {
    const g = new ResourceGuard(1);
    expect(g).toBeInstanceOf(AsyncContextMixin);
    expect('then' in g).toBe(false);
    expect('then' in g.yieldsResource()).toBe(false);
  });

  it('holds the resource strongly and keeps falsy resources', () => {
    for (const r of [0, '', null, false, Number.NaN]) {
      const g = new ResourceGuard<unknown>(r);
      using h = g.yieldsResource();
      expect(Object.is(h.resource, r)).toBe(true);
    }
  });

  it('guardAction validates options for both guard classes', () => {
    expect(guardAction('q', undefined)).toBe('using');
    expect(guardAction('q', { action: 'x' })).toBe('x');
    expect(() => guardAction('q', null as never)).toThrow(/^q: options must be an object, got null$/);
  });
});
