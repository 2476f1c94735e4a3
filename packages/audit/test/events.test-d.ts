import { describe, expectTypeOf, test } from 'vitest';
import {
  addAuditHook,
  audit,
  type AuditArgs,
  type AuditEventName,
  type AuditEvents,
  type AuditHook,
  type AuditHookRemover,
  type AuditRecord,
  type EventLoopDescriptor,
} from '../src/index.js';

// An application event added by declaration merging, as users do with `declare module '@asyncutils/audit'`.
declare module '../src/events.js' {
  interface AuditEvents {
    'myapp.login': [user: string];
  }
}

describe('check 17: typed audit events', () => {
  test('audit accepts a known event with its argument tuple', () => {
    audit('asyncutils.queues.SmartQueue.push', 1, 'a', 'b');
    audit('asyncutils.cli.run');
    audit('asyncutils.queues.password_queue', null, 'put');
    audit('asyncutils.signals.wait_for_signal', new Set([2, 15]));
    audit('asyncutils/get_loop_and_set', { runtime: 'node', pid: 1, threadId: 0, isMainThread: true });
    expectTypeOf(audit).returns.toEqualTypeOf<void>();
  });

  test('audit rejects wrong arguments and unknown names', () => {
    // @ts-expect-error addr must be a number, and pushed/popped are missing
    audit('asyncutils.queues.SmartQueue.push', 'x');
    // @ts-expect-error not an event name
    audit('asyncutils.nope');
    // @ts-expect-error capacity is missing
    audit('asyncutils.buckets.TokenBucket', 2);
    // @ts-expect-error the event takes no arguments
    audit('asyncutils.cli.run', 1);
    // @ts-expect-error sigs is a Set<number>, not an array
    audit('asyncutils.signals.wait_for_signal', [2]);
  });

  test('inside a hook, comparing the event name narrows args', () => {
    addAuditHook((event, args) => {
      expectTypeOf(event).toEqualTypeOf<AuditEventName>();
      if (event === 'asyncutils.buckets.TokenBucket') {
        expectTypeOf(args).toEqualTypeOf<readonly [rate: number, capacity: number]>();
        // @ts-expect-error the arguments are read-only
        args[0] = 1;
      }
      if (event === 'asyncutils.signals.wait_for_signal') {
        expectTypeOf(args[0]).toEqualTypeOf<Set<number>>();
      }
      if (event === 'asyncutils/get_loop_and_set') {
        expectTypeOf(args[0]).toEqualTypeOf<EventLoopDescriptor>();
      }
    });
  });

  test('a declaration-merged application event is accepted by audit and seen by hooks', () => {
    audit('myapp.login', 'ada');
    // @ts-expect-error user must be a string
    audit('myapp.login', 42);
    expectTypeOf<'myapp.login'>().toMatchTypeOf<AuditEventName>();
    addAuditHook((event, args) => {
      if (event === 'myapp.login') expectTypeOf(args).toEqualTypeOf<readonly [user: string]>();
    });
  });

  test('AuditArgs, AuditRecord and AuditEventName are derived from AuditEvents', () => {
    expectTypeOf<AuditArgs<'asyncutils.queues.SmartQueue.push'>>().toEqualTypeOf<[addr: number, pushed: unknown, popped: unknown]>();
    expectTypeOf<AuditArgs<'asyncutils.iters.aforever'>>().toEqualTypeOf<[]>();
    expectTypeOf<AuditEventName>().toEqualTypeOf<keyof AuditEvents & string>();
    expectTypeOf<AuditRecord[0]>().toEqualTypeOf<AuditEventName>();
    expectTypeOf<Extract<AuditRecord, ['asyncutils.exceptions.raise_exc', unknown]>>().toEqualTypeOf<
      ['asyncutils.exceptions.raise_exc', Readonly<[exc: Error]>]
    >();
  });

  test('hooks and removers have the documented types', () => {
    const remover = addAuditHook(() => {});
    expectTypeOf(remover).toEqualTypeOf<AuditHookRemover>();
    expectTypeOf(remover).returns.toEqualTypeOf<boolean>();
    expectTypeOf(remover).toMatchTypeOf<Disposable>();
    expectTypeOf<AuditHook>().parameters.toEqualTypeOf<AuditRecord>();
    // An async hook is accepted (its promise is ignored), and so is a hook reading only the name.
    addAuditHook(async () => {});
    addAuditHook((event: string) => void event);
    addAuditHook((event) => expectTypeOf(event).toEqualTypeOf<AuditEventName>());
    // A one-parameter function is not an AuditHook (its parameters are a union of 2-tuples): hence the overload.
    // @ts-expect-error declare both parameters when typing a variable as AuditHook
    const nameOnly: AuditHook = (event) => void event;
    const both: AuditHook = (event, _args) => void event;
    void [nameOnly, both];
    // @ts-expect-error a hook must be a function
    addAuditHook(42);
  });

  test('EventLoopDescriptor is read-only', () => {
    const loop: EventLoopDescriptor = { runtime: 'browser', pid: null, threadId: 0, isMainThread: true };
    // @ts-expect-error read-only
    loop.pid = 1;
  });
});
