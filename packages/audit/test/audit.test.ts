import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAuditHook, audit, hasAuditHooks, type AuditHook, type AuditHookRemover } from '../src/index.js';
import { thrown } from './support/harness.js';

// Hooks are realm-global: every test scopes its hooks with `using` and leaves none behind.
afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

/** A hook that records what it receives, with the `this` it was called with. */
function recorder(): { hook: AuditHook; calls: { event: string; args: readonly unknown[]; self: unknown }[] } {
  const calls: { event: string; args: readonly unknown[]; self: unknown }[] = [];
  const hook: AuditHook = function (this: unknown, event, args) {
    calls.push({ event, args, self: this });
  };
  return { hook, calls };
}

describe('audit', () => {
  it('check 1: without hooks it returns undefined and reads, freezes or copies nothing', () => {
    expect(hasAuditHooks()).toBe(false);
    expect(audit('asyncutils.networking.LineProtocol')).toBeUndefined();

    const touched: string[] = [];
    const proxy = new Proxy(
      {},
      Object.fromEntries(
        ['get', 'set', 'has', 'ownKeys', 'getPrototypeOf', 'getOwnPropertyDescriptor', 'defineProperty', 'isExtensible', 'preventExtensions'].map(
          (trap) => [
            trap,
            () => {
              touched.push(trap);
              throw new Error(`trap ${trap}`);
            },
          ],
        ),
      ),
    );
    const freeze = vi.spyOn(Object, 'freeze');
    expect(audit('asyncutils.iters.acat', proxy)).toBeUndefined();
    expect(touched).toEqual([]);
    expect(freeze).not.toHaveBeenCalled();
  });

  it('check 2: calls each hook once, in installation order, with the same frozen args array and this undefined', () => {
    const order: string[] = [];
    const seen: { event: string; args: readonly unknown[]; self: unknown }[] = [];
    const make = (label: string): AuditHook =>
      function (this: unknown, event, args) {
        order.push(label);
        seen.push({ event, args, self: this });
      };
    using _h1 = addAuditHook(make('h1'));
    using _h2 = addAuditHook(make('h2'));
    using _h3 = addAuditHook(make('h3'));

    expect(audit('asyncutils.buckets.TokenBucket', 2, 5)).toBeUndefined();

    expect(order).toEqual(['h1', 'h2', 'h3']);
    for (const call of seen) {
      expect(call.event).toBe('asyncutils.buckets.TokenBucket');
      expect(call.args).toEqual([2, 5]);
      expect(call.args).toBe(seen[0]!.args);
      expect(call.self).toBeUndefined();
    }
    expect(Object.isFrozen(seen[0]!.args)).toBe(true);
  });

  it('check 3: the first throwing hook vetoes; audit rethrows the same value and later hooks are not called', () => {
    const error = new Error('vetoed');
    const h2 = vi.fn();
    {
      using _h1 = addAuditHook(() => {
        throw error;
      });
      using _h2 = addAuditHook(h2);
      expect(thrown(() => audit('asyncutils.buckets.TokenBucket', 2, 5))).toBe(error);
      expect(h2).not.toHaveBeenCalled();
    }
    {
      using _h = addAuditHook(() => {
        throw 'x'; // a non-Error value passes through unwrapped
      });
      expect(thrown(() => audit('asyncutils.cli.run'))).toBe('x');
    }
  });

  it('check 4: a hook can mutate a mutable argument and the caller sees the change', () => {
    using _h = addAuditHook((event, args) => {
      if (event === 'asyncutils.signals.wait_for_signal') args[0].add(15);
    });
    const sigs = new Set([2]);
    audit('asyncutils.signals.wait_for_signal', sigs);
    expect([...sigs]).toEqual([2, 15]);
  });

  it('check 4: hooks cannot replace arguments (the array is frozen)', () => {
    let attempt: unknown;
    using _h = addAuditHook((_event, args) => {
      attempt = thrown(() => {
        (args as unknown as unknown[])[0] = 99;
      });
    });
    audit('asyncutils.exceptions.unnest', 3);
    expect(attempt).toBeInstanceOf(TypeError);
  });

  it('check 7: dispatch runs over a snapshot: a hook added during it is not called, a hook removed during it is', () => {
    const calls: string[] = [];
    const h2 = (event: string): void => void calls.push(`h2 ${event}`);
    const h3 = (event: string): void => void calls.push(`h3 ${event}`);
    let offH2: AuditHookRemover | undefined;
    using _h1 = addAuditHook((event) => {
      calls.push(`h1 ${event}`);
      if (event === 'asyncutils.cli.run') {
        offH2 = addAuditHook(h2);
        expect(offH3()).toBe(true);
      }
    });
    using offH3 = addAuditHook(h3);
    try {
      audit('asyncutils.cli.run');
      expect(calls).toEqual(['h1 asyncutils.cli.run', 'h3 asyncutils.cli.run']);

      calls.length = 0;
      audit('asyncutils.iters.aforever');
      expect(calls).toEqual(['h1 asyncutils.iters.aforever', 'h2 asyncutils.iters.aforever']);
    } finally {
      offH2?.();
    }
  });

  it('check 9: a non-string event name throws TypeError when hooks exist, and no hook is called', () => {
    const { hook, calls } = recorder();
    using _h = addAuditHook(hook);
    const error = thrown(() => audit(7 as unknown as 'asyncutils.cli.run'));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('asyncutils.audit: event name must be a string');
    expect(calls).toEqual([]);
  });

  it('check 9: without hooks the event name is not checked (zero cost)', () => {
    expect(audit(7 as unknown as 'asyncutils.cli.run')).toBeUndefined();
  });

  it('check 10: a hook returning a rejected promise neither throws from audit nor vetoes', async () => {
    const error = new Error('async hook failed');
    let returned: Promise<never> | undefined;
    const after = vi.fn();
    {
      using _h = addAuditHook(() => {
        returned = Promise.reject(error);
        return returned;
      });
      using _after = addAuditHook(after);
      expect(audit('asyncutils.iters.aforever')).toBeUndefined();
    }
    expect(after).toHaveBeenCalledTimes(1);
    await expect(returned).rejects.toBe(error);
  });

  it('check 11: a hook may raise a nested event, which reaches every hook before the outer dispatch continues', () => {
    const log: string[] = [];
    using _a = addAuditHook((event) => {
      log.push(`a ${event}`);
      if (event === 'asyncutils.cli.run') audit('asyncutils.iters.aforever');
    });
    using _b = addAuditHook((event) => void log.push(`b ${event}`));

    audit('asyncutils.cli.run');

    expect(log).toEqual([
      'a asyncutils.cli.run',
      'a asyncutils.iters.aforever',
      'b asyncutils.iters.aforever',
      'b asyncutils.cli.run',
    ]);
  });

  it('passes exactly the given arguments, including none', () => {
    const { hook, calls } = recorder();
    using _h = addAuditHook(hook);
    const exc = new Error('boom');
    audit('asyncutils.cli.run');
    audit('asyncutils.exceptions.raise_exc', exc);
    audit('asyncutils.queues.password_queue', null, 'put');
    expect(calls.map((c) => [c.event, [...c.args]])).toEqual([
      ['asyncutils.cli.run', []],
      ['asyncutils.exceptions.raise_exc', [exc]],
      ['asyncutils.queues.password_queue', [null, 'put']],
    ]);
    expect(calls[1]!.args[0]).toBe(exc);
  });
});
