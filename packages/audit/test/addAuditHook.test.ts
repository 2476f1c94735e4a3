import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAuditHook, audit, hasAuditHooks } from '../src/index.js';
import { thrown } from './support/harness.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('addAuditHook', () => {
  it('check 5: the remover returns true, then false, and the hook is no longer called', () => {
    const hook = vi.fn();
    const off = addAuditHook(hook);
    audit('asyncutils.cli.run');
    expect(off()).toBe(true);
    expect(off()).toBe(false);
    audit('asyncutils.cli.run');
    expect(hook).toHaveBeenCalledTimes(1);
    expect(hook).toHaveBeenCalledWith('asyncutils.cli.run', []);
  });

  it('check 5: `using` removes the hook at block exit', () => {
    const hook = vi.fn();
    {
      using _off = addAuditHook(hook);
      expect(hasAuditHooks()).toBe(true);
      audit('asyncutils.iters.aforever');
    }
    expect(hasAuditHooks()).toBe(false);
    audit('asyncutils.iters.aforever');
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('check 5: remover[Symbol.dispose]() does the same as calling the remover', () => {
    const hook = vi.fn();
    const off = addAuditHook(hook);
    off[Symbol.dispose]();
    expect(hasAuditHooks()).toBe(false);
    expect(off()).toBe(false);
    off[Symbol.dispose](); // already removed: a no-op
    audit('asyncutils.cli.run');
    expect(hook).not.toHaveBeenCalled();
  });

  it('check 5: the remover is a frozen function', () => {
    using off = addAuditHook(() => {});
    expect(typeof off).toBe('function');
    expect(Object.isFrozen(off)).toBe(true);
  });

  it('check 6: the same function installed twice is called twice; each registration is removed on its own', () => {
    const hook = vi.fn();
    using first = addAuditHook(hook);
    using _second = addAuditHook(hook);
    audit('asyncutils.cli.run');
    expect(hook).toHaveBeenCalledTimes(2);

    expect(first()).toBe(true);
    audit('asyncutils.cli.run');
    expect(hook).toHaveBeenCalledTimes(3);
    expect(hasAuditHooks()).toBe(true);
  });

  it('check 6: removing one of several hooks keeps the order of the others', () => {
    const order: string[] = [];
    using _a = addAuditHook(() => void order.push('a'));
    using b = addAuditHook(() => void order.push('b'));
    using _c = addAuditHook(() => void order.push('c'));
    b();
    using _d = addAuditHook(() => void order.push('d'));
    audit('asyncutils.cli.run');
    expect(order).toEqual(['a', 'c', 'd']);
  });

  it('check 9: a non-function hook throws TypeError and installs nothing', () => {
    for (const bad of [42, 'hook', null, undefined, {}]) {
      const error = thrown(() => addAuditHook(bad as never));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('asyncutils.audit.addAuditHook: hook must be a function');
      expect(hasAuditHooks()).toBe(false);
    }
  });
});
