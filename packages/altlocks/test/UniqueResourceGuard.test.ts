import { hasAuditHooks } from '@asyncutils/audit';
import { ResourceBusy } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResourceGuard } from '../src/ResourceGuard.js';
import { UniqueResourceGuard } from '../src/UniqueResourceGuard.js';
import { recordEvents, veto } from './support/audit.js';

beforeEach(() => {
  UniqueResourceGuard.clearCache();
});
afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('UniqueResourceGuard', () => {
  it('check 4: one guard per resource; busy names the class; plain guards are independent', () => {
    const obj = {};
    const a = new UniqueResourceGuard(obj);
    expect(new UniqueResourceGuard(obj)).toBe(a);
    expect(a).toBeInstanceOf(UniqueResourceGuard);
    expect(a).toBeInstanceOf(ResourceGuard);
    using _ = a.enter();
    expect(() => new UniqueResourceGuard(obj).enter()).toThrow(ResourceBusy);
    expect(() => a.enter()).toThrow(/^asyncutils\.altlocks\.UniqueResourceGuard: another task is already using resource: <Object #\d+>$/);
    const plain = new ResourceGuard(obj);
    using _p = plain.enter();
    expect(plain.guarded).toBe(true);
    expect(() => a.exit('x' as never)).not.toThrow();
    expect(() => a.exit()).toThrow(/^asyncutils\.altlocks\.UniqueResourceGuard: context manager used improperly$/);
    a.enter();
  });

  it('check 5: the event is raised on a cache miss only, with typeName(rsrc); a veto caches nothing', () => {
    using rec = recordEvents();
    const obj = {};
    new UniqueResourceGuard(obj);
    new UniqueResourceGuard(obj);
    new UniqueResourceGuard(new Map());
    expect(rec.events).toEqual([
      { event: 'asyncutils.altlocks.UniqueResourceGuard', args: ['Object'] },
      { event: 'asyncutils.altlocks.UniqueResourceGuard', args: ['Map'] },
    ]);
    const fresh = { fresh: true };
    const err = new Error('no guard for you');
    {
      using _v = veto('asyncutils.altlocks.UniqueResourceGuard', err);
      expect(() => new UniqueResourceGuard(fresh)).toThrow(err);
    }
    const g = new UniqueResourceGuard(fresh); // raises again: nothing was cached
    expect(rec.events).toHaveLength(4);
    expect(rec.events[3]).toEqual({ event: 'asyncutils.altlocks.UniqueResourceGuard', args: ['Object'] });
    expect(new UniqueResourceGuard(fresh)).toBe(g);
    new UniqueResourceGuard('str');
    new UniqueResourceGuard(5n);
    expect(rec.events.slice(4).map((e) => e.args)).toEqual([['string'], ['bigint']]);
  });

  it('check 5: bad options are refused before the event', () => {
    using rec = recordEvents();
    expect(() => new UniqueResourceGuard({}, { action: 1 as never })).toThrow(
      new TypeError('asyncutils.altlocks.UniqueResourceGuard: action must be a string, got 1'),
    );
    expect(rec.events).toEqual([]);
  });

  it('check 6: options on an existing guard are ignored with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const obj = {};
    const a = new UniqueResourceGuard(obj, { action: 'reading' });
    expect(new UniqueResourceGuard(obj, {})).toBe(a);
    expect(warn).not.toHaveBeenCalled();
    const b = new UniqueResourceGuard(obj, { action: 'writing' });
    expect(b).toBe(a);
    expect(b.action).toBe('reading');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('asyncutils.altlocks.UniqueResourceGuard: ignoring options in favour of pre-existing guard');
    // invalid options on a hit are ignored too (no validation of ignored options)
    expect(new UniqueResourceGuard(obj, { action: 5 as never })).toBe(a);
  });

  it('check 7: clearCache raises its event first, then forgets every guard', () => {
    const obj = {};
    const a = new UniqueResourceGuard(obj);
    const s = new UniqueResourceGuard('a');
    const n = new UniqueResourceGuard(1);
    expect(new UniqueResourceGuard('a')).toBe(s);
    expect(new UniqueResourceGuard(1)).toBe(n);
    {
      using rec = recordEvents();
      using _v = veto('asyncutils.altlocks.UniqueResourceGuard.clear_cache');
      expect(() => UniqueResourceGuard.clearCache()).toThrow(/vetoed/);
      expect(rec.events).toEqual([{ event: 'asyncutils.altlocks.UniqueResourceGuard.clear_cache', args: [] }]);
    }
    expect(new UniqueResourceGuard(obj)).toBe(a); // cache intact
    using rec = recordEvents();
    using _g = a.enter();
    UniqueResourceGuard.clearCache();
    expect(rec.events).toEqual([{ event: 'asyncutils.altlocks.UniqueResourceGuard.clear_cache', args: [] }]);
    const b = new UniqueResourceGuard(obj, { action: 'spamming' });
    expect(b).not.toBe(a);
    using _h = b.enter();
    expect(() => b.enter()).toThrow(/another task is already spamming resource/);
    expect(a.guarded).toBe(true); // the old guard keeps working
    expect(new UniqueResourceGuard('a')).not.toBe(s);
    expect(new UniqueResourceGuard(1)).not.toBe(n);
  });

  it('check 8: cannot be subclassed; a resource is required', () => {
    class X extends UniqueResourceGuard<object> {}
    expect(() => new X({})).toThrow(TypeError);
    expect(() => new X({})).toThrow(/cannot subclass asyncutils\.altlocks\.UniqueResourceGuard/);
    expect(() => new (UniqueResourceGuard as unknown as new () => unknown)()).toThrow(TypeError);
  });

  it('regression: a guard lives as long as its resource, not as long as someone holds the guard (no GC dependence)', () => {
    const resource = {};
    const make = (): number => {
      // the guard reference dies with this frame
      new UniqueResourceGuard(resource, { action: 'first' }).enter();
      return 0;
    };
    make();
    const again = new UniqueResourceGuard(resource);
    expect(again.action).toBe('first');
    expect(again.guarded).toBe(true);
    again.exit();
  });

  it('keys by SameValueZero: NaN, -0/+0, registered and unique symbols, functions', () => {
    expect(new UniqueResourceGuard(Number.NaN)).toBe(new UniqueResourceGuard(Number.NaN));
    expect(new UniqueResourceGuard(-0)).toBe(new UniqueResourceGuard(0));
    const reg = Symbol.for('altlocks.test');
    expect(new UniqueResourceGuard(reg)).toBe(new UniqueResourceGuard(Symbol.for('altlocks.test')));
    const uniq = Symbol('u');
    expect(new UniqueResourceGuard(uniq)).toBe(new UniqueResourceGuard(uniq));
    expect(new UniqueResourceGuard(Symbol('u'))).not.toBe(new UniqueResourceGuard(uniq));
    const fn = (): void => {};
    expect(new UniqueResourceGuard(fn)).toBe(new UniqueResourceGuard(fn));
    expect(new UniqueResourceGuard(null)).toBe(new UniqueResourceGuard(null));
    expect(new UniqueResourceGuard(undefined)).toBe(new UniqueResourceGuard(undefined));
    expect(new UniqueResourceGuard(undefined)).not.toBe(new UniqueResourceGuard(null));
  });

  it('falls back to a strong entry where symbols cannot be weak keys', () => {
    const set = WeakMap.prototype.set;
    const spy = vi.spyOn(WeakMap.prototype, 'set').mockImplementation(function (this: WeakMap<object, unknown>, k, v) {
      if (typeof k === 'symbol') throw new TypeError('Invalid value used as weak map key');
      return set.call(this, k, v);
    });
    const uniq = Symbol('old runtime');
    const g = new UniqueResourceGuard(uniq);
    spy.mockRestore();
    expect(new UniqueResourceGuard(uniq)).toBe(g);
  });
});
