import dc from 'node:diagnostics_channel';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forwardToDiagnosticsChannel } from '../src/diagnostics-channel.js';
import { addAuditHook, audit, hasAuditHooks } from '../src/index.js';
import { builtUrl, runNode, thrown } from './support/harness.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

/** Subscribes `fn` to the channel `name` for the duration of a `using` block. */
function subscribed(name: string, fn: (message: unknown, name: string | symbol) => void): Disposable {
  dc.subscribe(name, fn);
  return { [Symbol.dispose]: () => void dc.unsubscribe(name, fn) };
}

describe('forwardToDiagnosticsChannel', () => {
  it('check 21: publishes a frozen { event, args } on the channel of the same name, synchronously', () => {
    const received: { message: unknown; name: string | symbol }[] = [];
    let hookArgs: readonly unknown[] | undefined;
    using _forward = forwardToDiagnosticsChannel();
    using _spy = addAuditHook((_event, args) => {
      hookArgs = args;
    });
    using _sub = subscribed('asyncutils.buckets.TokenBucket', (message, name) => void received.push({ message, name }));

    audit('asyncutils.buckets.TokenBucket', 2, 5);

    expect(received).toEqual([{ message: { event: 'asyncutils.buckets.TokenBucket', args: [2, 5] }, name: 'asyncutils.buckets.TokenBucket' }]);
    const message = received[0]!.message as { event: string; args: readonly unknown[] };
    expect(Object.isFrozen(message)).toBe(true);
    expect(Object.isFrozen(message.args)).toBe(true);
    expect(message.args).toBe(hookArgs);
  });

  it('check 21: an event whose channel has no subscribers publishes nothing', () => {
    const publish = vi.spyOn(dc.Channel.prototype, 'publish');
    using _forward = forwardToDiagnosticsChannel();
    audit('asyncutils.cli.run');
    audit('asyncutils.cli.run');
    expect(dc.hasSubscribers('asyncutils.cli.run')).toBe(false);
    expect(publish).not.toHaveBeenCalled();
  });

  it('check 21: the filter selects the forwarded events', () => {
    const queueMessages: unknown[] = [];
    const bucketMessages: unknown[] = [];
    using _forward = forwardToDiagnosticsChannel({ filter: (e) => e.startsWith('asyncutils.queues.') });
    using _q = subscribed('asyncutils.queues.SmartQueue.enumerate', (m) => void queueMessages.push(m));
    using _b = subscribed('asyncutils.buckets.LeakyBucket', (m) => void bucketMessages.push(m));

    audit('asyncutils.queues.SmartQueue.enumerate', 7);
    audit('asyncutils.buckets.LeakyBucket', 10, 1);

    expect(queueMessages).toEqual([{ event: 'asyncutils.queues.SmartQueue.enumerate', args: [7] }]);
    expect(bucketMessages).toEqual([]);
  });

  it('check 21: a throwing filter propagates to audit (it is a hook)', () => {
    const error = new Error('filter failed');
    using _forward = forwardToDiagnosticsChannel({
      filter: () => {
        throw error;
      },
    });
    expect(thrown(() => audit('asyncutils.cli.run'))).toBe(error);
  });

  it('check 21: a filter that is not a function is a TypeError and installs nothing', () => {
    const error = thrown(() => forwardToDiagnosticsChannel({ filter: 'asyncutils.queues.' as never }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('asyncutils.audit.forwardToDiagnosticsChannel: filter must be a function');
    expect(hasAuditHooks()).toBe(false);
  });

  it('check 21: the remover stops forwarding', () => {
    const messages: unknown[] = [];
    using _sub = subscribed('asyncutils.iters.aforever', (m) => void messages.push(m));
    const off = forwardToDiagnosticsChannel();
    audit('asyncutils.iters.aforever');
    expect(off()).toBe(true);
    audit('asyncutils.iters.aforever');
    expect(messages).toHaveLength(1);
  });

  it('check 21: each call installs one more forwarding hook', () => {
    const messages: unknown[] = [];
    using _sub = subscribed('asyncutils.iters.aforever', (m) => void messages.push(m));
    using _first = forwardToDiagnosticsChannel();
    using _second = forwardToDiagnosticsChannel();
    audit('asyncutils.iters.aforever');
    expect(messages).toHaveLength(2);
  });

  it('check 21: a throwing subscriber neither makes audit throw nor vetoes; Node reports it later (child process)', () => {
    // Node rethrows a subscriber's error as an uncaught exception on a later tick, which would fail the test
    // run; a child process observes it instead. It uses the built subpath, which shares the hook list with
    // the built main entry through globalThis.
    const result = runNode(`
      import dc from 'node:diagnostics_channel';
      const { addAuditHook, audit } = await import(${JSON.stringify(builtUrl('index.js'))});
      const { forwardToDiagnosticsChannel } = await import(${JSON.stringify(builtUrl('diagnostics-channel.js'))});
      const boom = new Error('subscriber failed');
      const out = { subscriberCalls: 0, laterHookCalls: 0, auditThrew: false, uncaughtDuringAudit: false };
      let auditing = false;
      process.on('uncaughtException', (error) => {
        out.uncaughtDuringAudit = auditing;
        out.uncaughtIsSubscriberError = error === boom;
        console.log(JSON.stringify(out));
      });
      forwardToDiagnosticsChannel();
      addAuditHook(() => { out.laterHookCalls++; });
      dc.subscribe('asyncutils.cli.run', () => { out.subscriberCalls++; throw boom; });
      auditing = true;
      try { audit('asyncutils.cli.run'); } catch { out.auditThrew = true; }
      auditing = false;
    `);
    expect(result).toEqual({
      subscriberCalls: 1,
      laterHookCalls: 1,
      auditThrew: false,
      uncaughtDuringAudit: false,
      uncaughtIsSubscriberError: true,
    });
  });
});
