import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, defaultName, renderTemplate } from '../src/classConfig.js';
import { type ConsoleHook, ConsoleBase } from '../src/index.js';

abstract class Base extends ConsoleBase {
  override beforeRun(m: number | undefined): void {
    super.beforeRun(m);
  }
}

describe('ConsoleBase.setup', () => {
  it('check 16: hook lists extend the parent lists, inherited hooks first', () => {
    const h1: ConsoleHook = () => 1;
    const h2: ConsoleHook = () => 2;
    const m1: ConsoleHook = () => 3;
    class Parent extends Base {
      static {
        ConsoleBase.setup(this, { additionalInterruptHooks: [h1], additionalMemoryErrorHooks: new Set([m1]) });
      }
    }
    class Child extends Parent {
      static {
        ConsoleBase.setup(this, { additionalInterruptHooks: [h2] });
      }
    }
    expect(Parent.interruptHooks).toEqual([h1]);
    expect(Child.interruptHooks).toEqual([h1, h2]);
    expect(Child.memoryErrorHooks).toEqual([ConsoleBase.memoryErrorHooks[0], m1]);
    expect(Object.isFrozen(Child.interruptHooks)).toBe(true);
  });

  it('check 16: an unknown placeholder is a RangeError; vars make it valid', () => {
    class Bad extends Base {}
    expect(() => ConsoleBase.setup(Bad, { template: '{name}-{nope}' })).toThrow(RangeError);
    expect(() => ConsoleBase.setup(Bad, { template: '{name}-{nope}' })).toThrow(
      'asyncutils.console.ConsoleBase.setup: unknown placeholder {nope} in the banner template',
    );
    class Good extends Base {}
    ConsoleBase.setup(Good, { template: '{name}-{nope}', vars: { nope: 'x' } });
    expect(Good.BANNER).toBe('good-x');
  });

  it('renders every built-in placeholder and leaves other braces alone', () => {
    class Full extends Base {
      static {
        ConsoleBase.setup(this, {
          name: 'full',
          version: '2',
          description: 'd',
          template: '{name} {version} {description} {platform} {node} { name } {}',
        });
      }
    }
    expect(Full.BANNER).toBe(`full 2 d ${process.platform} ${process.versions.node} { name } {}`);
  });

  it('defaults: name from the class, version unknown, description Enjoy!, the default template, local exit', () => {
    class DefaultsConsole extends Base {
      static {
        ConsoleBase.setup(this);
      }
    }
    expect(DefaultsConsole.NAME).toBe('defaults');
    expect(DefaultsConsole.defaultLocalExit).toBe(true);
    expect(DefaultsConsole.BANNER).toBe(
      `defaults REPL (version unknown) running on ${process.platform}\nType ".help" for more information, "clear()" to clear the terminal, and ".exit" or "exit()" to exit.\nEnjoy!\n`,
    );
    expect(DefaultsConsole.LOCALS_HANDLERS.get('defaults')).toBeNull();
  });

  it('options are not inherited, except handlers and hooks', () => {
    const handler = (): void => undefined;
    class A extends Base {
      static {
        ConsoleBase.setup(this, { version: '9', defaultLocalExit: false, otherHandlers: { x: handler } });
      }
    }
    class B extends A {
      static {
        ConsoleBase.setup(this, {});
      }
    }
    expect(B.BANNER).toContain('(version unknown)');
    expect(B.defaultLocalExit).toBe(true);
    expect(B.LOCALS_HANDLERS.get('x')).toBe(handler);
    expect([...B.LOCALS_HANDLERS.keys()].sort()).toEqual(['a', 'b', 'x']);
  });

  it('own handlers win over inherited ones; nativeHandler wins over otherHandlers for the own name', () => {
    const first = (): void => undefined;
    const second = (): void => undefined;
    const native = (): void => undefined;
    class P extends Base {
      static {
        ConsoleBase.setup(this, { otherHandlers: { shared: first } });
      }
    }
    class Q extends P {
      static {
        ConsoleBase.setup(this, { name: 'shared', otherHandlers: { shared: second, other: second } });
      }
    }
    class R extends P {
      static {
        ConsoleBase.setup(this, { name: 'shared', nativeHandler: native, otherHandlers: { shared: second } });
      }
    }
    expect(Q.LOCALS_HANDLERS.get('shared')).toBe(second);
    expect(R.LOCALS_HANDLERS.get('shared')).toBe(native);
    expect(P.LOCALS_HANDLERS.get('shared')).toBe(first);
  });

  it('a final class: constructing or configuring a subclass throws its message with the subclass name', () => {
    class Sealed extends Base {
      static {
        ConsoleBase.setup(this, { disallowSubclassMsg: 'no %s here (%s)' });
      }
    }
    expect(() => new Sealed({ module: {} })).not.toThrow();
    class Sub extends Sealed {}
    expect(() => new Sub({ module: {} })).toThrow(new TypeError('no Sub here (Sub)'));
    expect(() => ConsoleBase.setup(Sub)).toThrow('no Sub here (Sub)');
  });

  it('setup may be called once per class, only for ConsoleBase subclasses', () => {
    class Once extends Base {
      static {
        ConsoleBase.setup(this);
      }
    }
    expect(() => ConsoleBase.setup(Once)).toThrow('asyncutils.console.ConsoleBase.setup: Once is already configured (setup may be called once per class)');
    expect(() => ConsoleBase.setup(ConsoleBase)).toThrow('expected a subclass of ConsoleBase, not Function');
    expect(() => ConsoleBase.setup(class NotAConsole {} as never)).toThrow(TypeError);
    expect(() => ConsoleBase.setup({} as never)).toThrow('expected a subclass of ConsoleBase, not Object');
  });

  it('rejects bad options with a TypeError naming them, before registering anything', () => {
    class Opt extends Base {}
    const bad: [unknown, RegExp | string][] = [
      [5, 'options must be an object, not number'],
      [{ colour: 1 }, 'unknown option "colour"'],
      [{ name: 1 }, 'name must be a string, not number'],
      [{ version: 2 }, 'version must be a string, not number'],
      [{ description: null }, 'description must be a string, not null'],
      [{ template: [] }, 'template must be a string, not Array'],
      [{ vars: 'x' }, 'vars must be an object, not string'],
      [{ vars: { a: 1 } }, 'vars.a must be a string, not number'],
      [{ defaultLocalExit: 'no' }, 'defaultLocalExit must be a boolean, not string'],
      [{ disallowSubclassMsg: 3 }, 'disallowSubclassMsg must be a string or null, not number'],
      [{ otherHandlers: 3 }, 'otherHandlers must be an object, not number'],
      [{ additionalInterruptHooks: 'h' }, 'additionalInterruptHooks must be an iterable of functions, not string'],
      [{ additionalInterruptHooks: 3 }, 'additionalInterruptHooks must be an iterable of functions, not number'],
      [{ additionalMemoryErrorHooks: [1] }, 'additionalMemoryErrorHooks must hold functions, not number'],
    ];
    for (const [opts, message] of bad) expect(() => ConsoleBase.setup(Opt, opts as never), JSON.stringify(opts)).toThrow(message);
    expect(() => ConsoleBase.setup(Opt, { vars: { name: 'x' } })).toThrow(RangeError);
    ConsoleBase.setup(Opt, { name: 'opt' });
    expect(Opt.NAME).toBe('opt');
  });
});

describe('helpers', () => {
  it('defaultName lower-cases the class name and drops a trailing console', () => {
    expect(defaultName({ name: 'MyConsole' })).toBe('my');
    expect(defaultName({ name: 'Console' })).toBe('');
    expect(defaultName({ name: 'Shell' })).toBe('shell');
    expect(defaultName({ name: 'ConsoleShell' })).toBe('consoleshell');
  });

  it('renderTemplate substitutes own keys only', () => {
    expect(renderTemplate('{a}{b}', { a: '1', b: '2' }, 'x')).toBe('12');
    expect(() => renderTemplate('{toString}', {}, 'api')).toThrow('api: unknown placeholder {toString} in the banner template');
    expect(DEFAULT_TEMPLATE).toContain('{description}');
  });
});
