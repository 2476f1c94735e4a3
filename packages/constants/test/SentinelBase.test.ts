import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { SentinelBase, type SentinelBaseOptions } from '../src/SentinelBase.js';
import { thrown } from './support/harness.js';

/** Constructs `SentinelBase` (or a class) with arbitrary arguments, as untyped JavaScript would. */
const construct = (cls: unknown, ...args: unknown[]): unknown => Reflect.construct(cls as new (...a: unknown[]) => unknown, args);

function expectError(fn: () => unknown, type: new (...args: never[]) => Error, message: string | RegExp): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(type);
  if (typeof message === 'string') expect((error as Error).message).toBe(message);
  else expect((error as Error).message).toMatch(message);
}

describe('SentinelBase construction', () => {
  it('check 6: SentinelBase itself cannot be instantiated, named or not', () => {
    const pattern = /cannot instantiate 'asyncutils\.constants\.SentinelBase'/;
    expectError(() => construct(SentinelBase), TypeError, pattern);
    expectError(() => construct(SentinelBase, 'foo'), TypeError, pattern);
    expectError(() => construct(SentinelBase, 'spam.bar'), TypeError, pattern);
    expectError(() => construct(SentinelBase, 'foo', { module: 'm' }), TypeError, "cannot instantiate 'asyncutils.constants.SentinelBase'");
  });

  it('check 7: an unbound sentinel has no name, and every construction makes a new one', () => {
    class T extends SentinelBase {}
    const a = new T();
    expect(a.boundTo).toBeNull();
    expect(a.back).toBeNull();
    expect(a.name).toBeUndefined();
    expect(a.module).toBeUndefined();
    expect(a.isPrivate).toBe(false);
    expect(String(a)).toBe('<unbound>');
    expect(`${a}`).toBe('<unbound>');
    expect(a.toJSON()).toBeNull();
    expect(JSON.stringify({ a })).toBe('{"a":null}');
    expect(new T()).not.toBe(a);
    expect(a).toBeInstanceOf(T);
    expect(a).toBeInstanceOf(SentinelBase);
  });

  it('check 9: a named sentinel with a module has the module-qualified name and is cached per full name', () => {
    class T extends SentinelBase {}
    const s = new T('Foo.bar', { module: 'm' });
    expect(s.name).toBe('m.Foo.bar');
    expect(s.module).toBe('m');
    expect(s.boundTo).toBe('m.Foo');
    expect(s.back).toBe('bar');
    expect(s.isPrivate).toBe(false);
    expect(String(s)).toBe('m.Foo.bar');
    expect(new T('Foo.bar', { module: 'm' })).toBe(s);
    expect(new T('Foo.bar')).not.toBe(s);
    expect(new T('Foo.bar', { module: 'n' })).not.toBe(s);
  });

  it('check 9: two subclasses never share instances, even for the same full name', () => {
    class T extends SentinelBase {}
    class U extends SentinelBase {}
    class V extends T {}
    const t = new T('Foo.bar', { module: 'm' });
    const u = new U('Foo.bar', { module: 'm' });
    const v = new V('Foo.bar', { module: 'm' });
    expect(u).not.toBe(t);
    expect(v).not.toBe(t);
    expect(u).toBeInstanceOf(U);
    expect(u).not.toBeInstanceOf(T);
    expect(v).toBeInstanceOf(T);
    expect(t).not.toBeInstanceOf(V);
    expect(new U('Foo.bar', { module: 'm' })).toBe(u);
    expect(new V('Foo.bar', { module: 'm' })).toBe(v);
  });

  it('names without a module: one identifier or two joined by a dot', () => {
    class T extends SentinelBase {}
    const plain = new T('MISSING');
    expect([plain.name, plain.module, plain.boundTo, plain.back]).toEqual(['MISSING', undefined, null, 'MISSING']);
    const dotted = new T('Cfg.AUTO');
    expect([dotted.name, dotted.boundTo, dotted.back]).toEqual(['Cfg.AUTO', 'Cfg', 'AUTO']);
    expect(new T('MISSING')).toBe(plain);
    const withModule = new T('AUTO', { module: '@scope/my-lib' });
    expect([withModule.name, withModule.module, withModule.boundTo, withModule.back]).toEqual([
      '@scope/my-lib.AUTO',
      '@scope/my-lib',
      '@scope/my-lib',
      'AUTO',
    ]);
    expect(new T('AUTO', {})).toBe(new T('AUTO'));
    expect(new T('AUTO', { module: undefined })).toBe(new T('AUTO'));
  });

  it('accepts Unicode identifiers, $ and _, and words that are not reserved', () => {
    class T extends SentinelBase {}
    for (const name of ['$', '_', 'café', 'Ωmega.π', 'a$b.c_d', 'undefined', 'NaN', 'of', 'async.get', 'x\u200Cy']) {
      expect(new T(name).name).toBe(name);
    }
  });

  it('check 10: invalid names throw RangeError naming the API and the name', () => {
    class T extends SentinelBase {}
    for (const name of ['class', '1a', 'a.b.c', 'a b', 'a.default', '', '.a', 'a.', 'await', 'yield', 'let', 'null', 'a-b', 'a..b']) {
      expectError(
        () => new T(name),
        RangeError,
        `asyncutils.constants.SentinelBase: invalid name ${JSON.stringify(name)} (expected one identifier or two joined by '.', none a reserved word)`,
      );
    }
    // The check happens before the module prefix: a module with dots does not count against the name.
    expect(new T('a.b', { module: 'x.y.z' }).name).toBe('x.y.z.a.b');
    expectError(() => new T('a.b.c', { module: 'm' }), RangeError, /^asyncutils\.constants\.SentinelBase: invalid name "a\.b\.c"/);
  });

  it('rejects a non-string name and malformed options with TypeError, and an empty or orphan module with RangeError', () => {
    class T extends SentinelBase {}
    expectError(() => construct(T, 42), TypeError, 'asyncutils.constants.SentinelBase: name must be a string, got 42');
    expectError(() => construct(T, null), TypeError, 'asyncutils.constants.SentinelBase: name must be a string, got null');
    expectError(() => construct(T, 'a', 'm'), TypeError, 'asyncutils.constants.SentinelBase: options must be an object, got "m"');
    expectError(() => construct(T, 'a', null), TypeError, 'asyncutils.constants.SentinelBase: options must be an object, got null');
    expectError(() => construct(T, 'a', { module: 1 }), TypeError, 'asyncutils.constants.SentinelBase: options.module must be a string, got 1');
    expectError(() => new T('a', { module: '' }), RangeError, 'asyncutils.constants.SentinelBase: options.module must not be empty');
    expectError(
      () => new T(undefined, { module: 'm' }),
      RangeError,
      'asyncutils.constants.SentinelBase: options.module ("m") needs a name; an unbound sentinel gets its name from bindTo',
    );
  });

  it('check 11: a name whose last part starts with _ is private', () => {
    class T extends SentinelBase {}
    const x = new T('_hidden');
    expect(x.isPrivate).toBe(true);
    expect(String(x)).toBe('_hidden <private>');
    expect(x.toJSON()).toBe('_hidden');
    expect(new T('_Cls.visible').isPrivate).toBe(false);
    const inner = new T('Cls._inner', { module: 'm' });
    expect(inner.isPrivate).toBe(true);
    expect(String(inner)).toBe('m.Cls._inner <private>');
  });
});

describe('SentinelBase.bindTo', () => {
  it('check 8: binds an unbound sentinel, is idempotent, refuses another name and detects collisions', () => {
    class T extends SentinelBase {}
    class Qux {}
    const a = new T();
    expect(a.bindTo(Qux, 'ham')).toBe(a);
    expect(a.name).toBe('Qux.ham');
    expect(a.boundTo).toBe('Qux');
    expect(a.back).toBe('ham');
    expect(a.module).toBeUndefined();
    expect(String(a)).toBe('Qux.ham');

    expect(a.bindTo(Qux, 'ham')).toBe(a); // no-op
    expect(a.bindTo('Qux', 'ham')).toBe(a); // same target through a string owner
    expect(a.name).toBe('Qux.ham');

    expectError(() => a.bindTo(Qux, 'eggs'), ReferenceError, /cannot bind named T to 'Qux'/);
    expect(a.name).toBe('Qux.ham');

    const b = new T();
    expectError(() => b.bindTo(Qux, 'ham'), ReferenceError, 'asyncutils.constants.SentinelBase name collision: Qux.ham');
    expect(b.name).toBeUndefined();
    expect(b.bindTo(Qux, 'spam').name).toBe('Qux.spam');

    expect(new T('Qux.ham')).toBe(a);
  });

  it('works as a static class field initialiser and with a module-qualified owner string', () => {
    class Marker extends SentinelBase {}
    class Cfg {
      static readonly AUTO: Marker = new Marker().bindTo(Cfg, 'AUTO');
    }
    expect(Cfg.AUTO.name).toBe('Cfg.AUTO');
    expect(new Marker('Cfg.AUTO')).toBe(Cfg.AUTO);

    const qualified = new Marker().bindTo('my-lib.Cfg', 'AUTO');
    expect(qualified.name).toBe('my-lib.Cfg.AUTO');
    expect(qualified.boundTo).toBe('my-lib.Cfg');
    expect(new Marker('Cfg.AUTO', { module: 'my-lib' })).toBe(qualified);
    expect(new Marker().bindTo({ name: 'Owner' }, 'y').name).toBe('Owner.y');
  });

  it('a named sentinel binds only to its own name', () => {
    class T extends SentinelBase {}
    const s = new T('Foo.bar');
    expect(s.bindTo('Foo', 'bar')).toBe(s);
    expect(s.bindTo({ name: 'Foo' }, 'bar')).toBe(s);
    expectError(
      () => s.bindTo('Foo', 'baz'),
      ReferenceError,
      "asyncutils.constants.SentinelBase.bindTo: cannot bind named T to 'Foo' (it is 'Foo.bar', not 'Foo.baz')",
    );
    const single = new T('single');
    expectError(() => single.bindTo('Foo', 'single'), ReferenceError, /cannot bind named T to 'Foo'/);
  });

  it('a named sentinel claims its name first: binding an unbound one to that name collides', () => {
    class T extends SentinelBase {}
    const named = new T('Foo.bar');
    expectError(() => new T().bindTo('Foo', 'bar'), ReferenceError, 'asyncutils.constants.SentinelBase name collision: Foo.bar');
    expect(new T('Foo.bar')).toBe(named);
  });

  it('rejects a bad owner or attribute, naming the value, and leaves the sentinel unbound', () => {
    class T extends SentinelBase {}
    const s = new T();
    const bind = (owner: unknown, attr: unknown) => () => s.bindTo(owner as string, attr as string);
    expectError(bind(42, 'a'), TypeError, 'asyncutils.constants.SentinelBase.bindTo: owner must be a string or an object with a name, got 42');
    expectError(bind(undefined, 'a'), TypeError, /owner must be a string or an object with a name, got undefined/);
    expectError(bind({}, 'a'), TypeError, 'asyncutils.constants.SentinelBase.bindTo: owner Object object has no string name (got undefined)');
    expectError(bind({ name: 7 }, 'a'), TypeError, /has no string name \(got 7\)/);
    expectError(bind('', 'a'), RangeError, 'asyncutils.constants.SentinelBase.bindTo: owner "" has an empty name');
    // An anonymous class has an empty name.
    expectError(bind((() => class {})(), 'a'), RangeError, /bindTo: owner function <anonymous> has an empty name/);
    expectError(bind('Q', 3), TypeError, 'asyncutils.constants.SentinelBase.bindTo: attr must be a string, got 3');
    expectError(bind('Q', '1x'), RangeError, 'asyncutils.constants.SentinelBase.bindTo: attr must be an identifier, got "1x"');
    expectError(bind('Q', 'a.b'), RangeError, /attr must be an identifier, got "a\.b"/);
    expectError(bind('Q', ''), RangeError, /attr must be an identifier, got ""/);
    expect(s.name).toBeUndefined();
    expect(s.bindTo('Q', 'default').name).toBe('Q.default'); // class members may be named by reserved words
  });
});

describe('SentinelBase objects', () => {
  it('a named sentinel is frozen; an unbound one is sealed until bound, then frozen', () => {
    class T extends SentinelBase {}
    const named = new T('N');
    expect(Object.isFrozen(named)).toBe(true);
    const unbound = new T();
    expect(Object.isSealed(unbound)).toBe(true);
    expect(Object.isExtensible(unbound)).toBe(false);
    expect(thrown(() => ((unbound as unknown as Record<string, unknown>).x = 1))).toBeInstanceOf(TypeError);
    unbound.bindTo('O', 'a');
    expect(Object.isFrozen(unbound)).toBe(true);
  });

  it('has no own enumerable state: the members are getters on the prototype', () => {
    class T extends SentinelBase {}
    const s = new T('N', { module: 'm' });
    expect(Object.keys(s)).toEqual([]);
    expect(Object.getOwnPropertyNames(s)).toEqual([]);
    for (const member of ['name', 'module', 'boundTo', 'back', 'isPrivate']) {
      expect(typeof Object.getOwnPropertyDescriptor(SentinelBase.prototype, member)?.get).toBe('function');
    }
  });

  it('a getter or method borrowed by a non-sentinel throws TypeError naming the API', () => {
    const nameGetter = Object.getOwnPropertyDescriptor(SentinelBase.prototype, 'name')?.get as () => unknown;
    expectError(() => nameGetter.call({}), TypeError, 'asyncutils.constants.SentinelBase.name: Object object is not a sentinel');
    expectError(() => SentinelBase.prototype.bindTo.call({} as SentinelBase, 'O', 'a'), TypeError, /SentinelBase\.bindTo: .* is not a sentinel/);
  });

  it('a subclass may add methods and getters, but not instance fields (the instance is frozen)', () => {
    class Tagged extends SentinelBase {
      get shout(): string {
        return String(this.back).toUpperCase();
      }
    }
    expect(new Tagged('quiet').shout).toBe('QUIET');
    class WithField extends SentinelBase {
      readonly extra = 1;
    }
    expect(thrown(() => new WithField('x'))).toBeInstanceOf(TypeError);
  });

  it('util.inspect shows the type and the name, with no Node import in the package', () => {
    class Missing extends SentinelBase {}
    expect(inspect(new Missing('MISSING', { module: 'my-lib' }))).toBe("<Missing 'my-lib.MISSING'>");
    expect(inspect(new Missing())).toBe('<Missing (unbound)>');
    expect(inspect({ value: new Missing('X') })).toBe("{ value: <Missing 'X'> }");
    const custom = Symbol.for('nodejs.util.inspect.custom');
    expect(typeof (new Missing('Y') as unknown as Record<symbol, unknown>)[custom]).toBe('function');
  });

  it('instanceof SentinelBase accepts any branded object; subclasses use the ordinary prototype check', () => {
    class T extends SentinelBase {}
    new T('prepare'); // the brand is installed with the first sentinel
    const foreign = { [Symbol.for('@asyncutils/constants.Sentinel')]: true };
    expect(foreign).toBeInstanceOf(SentinelBase);
    expect(foreign).not.toBeInstanceOf(T);
    for (const value of [{}, null, undefined, 'RAISE', 1, () => {}, { [Symbol.for('@asyncutils/constants.Sentinel')]: 'yes' }]) {
      expect(value instanceof SentinelBase).toBe(false);
    }
    const hostile = new Proxy({}, { get: () => { throw new Error('hostile'); } });
    expect(hostile instanceof SentinelBase).toBe(false);
    expect(Object.create(SentinelBase.prototype)).toBeInstanceOf(SentinelBase);
  });

  it('the options type accepts only a module string', () => {
    const opts: SentinelBaseOptions = { module: 'm' };
    class T extends SentinelBase {}
    expect(new T('a', opts).name).toBe('m.a');
  });
});

describe('Not portable as-is (spec rows)', () => {
  it('regression: no caller-module prefix is guessed; the module comes only from opts.module', () => {
    class T extends SentinelBase {}
    expect(new T('AUTO').name).toBe('AUTO');
    expect(new T('AUTO').module).toBeUndefined();
    expect(new T('AUTO', { module: 'my-lib' }).name).toBe('my-lib.AUTO');
  });

  it('regression: binding is explicit and prints nothing (upstream writes a NOTE to stderr)', () => {
    const spies = [
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'info'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(process.stdout, 'write'),
    ];
    class T extends SentinelBase {}
    class Cfg {
      static readonly AUTO: T = new T().bindTo(Cfg, 'AUTO');
    }
    expect(Cfg.AUTO.name).toBe('Cfg.AUTO');
    // Assigning an unbound sentinel to a class attribute does not bind it (there is no __set_name__).
    class Plain {
      static readonly LATER: T = new T();
    }
    expect(Plain.LATER.name).toBeUndefined();
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('regression: a name collision is a ReferenceError (upstream NameError) and an invalid name a RangeError (upstream ValueError)', () => {
    class T extends SentinelBase {}
    new T().bindTo('O', 'a');
    expect(thrown(() => new T().bindTo('O', 'a'))).toBeInstanceOf(ReferenceError);
    expect(thrown(() => new T('a.b.c'))).toBeInstanceOf(RangeError);
  });

  it('regression: subclasses need no empty-slots declaration and take no lock option', () => {
    class Plain extends SentinelBase {}
    class WithMethod extends SentinelBase {
      describe(): string {
        return `sentinel ${String(this)}`;
      }
    }
    expect(new Plain('a').name).toBe('a');
    expect(new WithMethod('b').describe()).toBe('sentinel b');
  });
});
