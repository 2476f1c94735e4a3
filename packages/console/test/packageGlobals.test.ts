import { describe, expect, it, vi } from 'vitest';
import { installPackageGlobals, notInstalledError, PACKAGE_NAMES, shadowsGlobal } from '../src/packageGlobals.js';

function install(installed: Record<string, unknown>) {
  const locals: Record<string, unknown> = { exit: () => undefined };
  const missing = new Set<unknown>();
  const load = vi.fn((name: string) => {
    if (name in installed) return installed[name];
    const error = notInstalledError(name);
    missing.add(error);
    throw error;
  });
  installPackageGlobals(locals, load, (e) => missing.has(e), '1.2.3');
  return { locals, load };
}

describe('installPackageGlobals', () => {
  it('defines lazy, cached getters on the namespace and as bare globals where they shadow nothing', () => {
    const queues = { SmartQueue: class {} };
    const { locals, load } = install({ queues });
    expect(load).not.toHaveBeenCalled();
    const ns = locals.asyncutils as Record<string, unknown>;
    expect(Object.keys(ns)).toEqual([...PACKAGE_NAMES]);
    expect(locals.queues).toBe(queues);
    expect(ns.queues).toBe(queues);
    expect(load).toHaveBeenCalledOnce();
    for (const name of ['util', 'events', 'console', 'constants']) expect(Object.hasOwn(locals, name)).toBe(false);
    expect(locals.__version__).toBe('1.2.3');
  });

  it('a missing package throws the npm hint each time; loadAll counts the installed ones and skips the missing', () => {
    const { locals } = install({ queues: {}, util: {}, locks: {} });
    expect(() => locals.tools).toThrow('asyncutils.console: @asyncutils/tools is not installed (npm i @asyncutils/tools)');
    expect(() => (locals.asyncutils as Record<string, unknown>).tools).toThrow(Error);
    expect((locals.loadAll as () => number)()).toBe(3);
  });

  it('loadAll lets other load errors through', () => {
    const locals: Record<string, unknown> = {};
    installPackageGlobals(
      locals,
      () => {
        throw new SyntaxError('broken');
      },
      () => false,
      '0',
    );
    expect(() => (locals.loadAll as () => number)()).toThrow('broken');
  });

  it('assigning a bare global replaces the getter with a plain property', () => {
    const { locals, load } = install({});
    locals.locks = 5;
    expect(locals.locks).toBe(5);
    expect(Object.getOwnPropertyDescriptor(locals, 'locks')).toMatchObject({ value: 5, writable: true });
    expect(load).not.toHaveBeenCalled();
  });

  it('notInstalledError has exactly the npm hint and no cause', () => {
    const error = notInstalledError('x');
    expect(error.message).toBe('asyncutils.console: @asyncutils/x is not installed (npm i @asyncutils/x)');
    expect(error.cause).toBeUndefined();
  });

  it('shadowsGlobal: built-in modules, globals, REPL names and existing locals', () => {
    expect(shadowsGlobal('util', {})).toBe(true);
    expect(shadowsGlobal('process', {})).toBe(true);
    expect(shadowsGlobal('signal', {})).toBe(true);
    expect(shadowsGlobal('queues', { queues: 1 })).toBe(true);
    expect(shadowsGlobal('queues', {})).toBe(false);
  });
});
