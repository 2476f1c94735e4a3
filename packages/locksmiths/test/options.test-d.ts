import { describe, expectTypeOf, it } from 'vitest';
import type { ForceResult, LocksmithForceOptions, LocksmithHandler, LocksmithHostOptions, LocksmithHostTask, RecognitionResult } from '../src/index.js';
import { LocksmithBase, succeeded } from '../src/index.js';

declare const lock: { acquire(): Promise<boolean>; release(): void; locked(): boolean };

describe('option and callback types', () => {
  it('LocksmithForceOptions has an optional info and purgeWaiters', () => {
    expectTypeOf<LocksmithForceOptions>().toEqualTypeOf<{ info?: unknown; purgeWaiters?: boolean }>();
    // @ts-expect-error purgeWaiters is a boolean
    const bad: LocksmithForceOptions = { purgeWaiters: 'yes' };
    void bad;
  });

  it('LocksmithHostOptions takes nullable timeouts, an owner and a signal', () => {
    const opts: LocksmithHostOptions = { timeout1: null, timeout2: 5, timeout3: Infinity, owner: {}, signal: new AbortController().signal };
    void opts;
    // @ts-expect-error timeouts are numbers or null
    const bad: LocksmithHostOptions = { timeout1: '5' };
    void bad;
  });

  it('LocksmithHostTask is a thenable or a function of a signal', () => {
    expectTypeOf(Promise.resolve(1)).toMatchTypeOf<LocksmithHostTask<number>>();
    expectTypeOf((signal: AbortSignal) => (signal.aborted ? 1 : 2)).toMatchTypeOf<LocksmithHostTask<number>>();
    expectTypeOf(async () => 'x').toMatchTypeOf<LocksmithHostTask<string>>();
    expectTypeOf(42).not.toMatchTypeOf<LocksmithHostTask<number>>();
  });

  it('LocksmithHandler takes the lock', () => {
    type L = typeof lock;
    expectTypeOf<LocksmithHandler<L>>().toEqualTypeOf<(l: L) => unknown>();
  });

  it('results are unions of string literals', () => {
    expectTypeOf<ForceResult>().toEqualTypeOf<
      'UNFORCEABLE' | 'NO_CURRENT_TASK' | 'OWNER_COMPLETED' | 'ALREADY_BEING_FORCED' | 'FAILURE' | 'RELEASED_WITH_FALSE' | 'SUCCESS' | 'RELEASED'
    >();
    expectTypeOf<RecognitionResult>().toEqualTypeOf<'FAILED_PRELIM' | 'FAILED_ACK' | 'ALREADY_RECOGNIZED' | 'SUCCESS'>();
    const r: unknown = 'SUCCESS';
    if (succeeded(r)) expectTypeOf(r).toEqualTypeOf<'SUCCESS' | 'RELEASED' | 'ALREADY_RECOGNIZED'>();
  });

  it('LocksmithBase methods', () => {
    const smith = new LocksmithBase();
    expectTypeOf(smith.force(lock)).toEqualTypeOf<Promise<ForceResult>>();
    expectTypeOf(smith.recognizeLock(lock)).toEqualTypeOf<Promise<RecognitionResult>>();
    expectTypeOf(smith.host(async () => 'ran', lock)).toEqualTypeOf<Promise<string>>();
    expectTypeOf(smith.host(Promise.resolve(3), lock)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(smith.wrapTask(Promise.resolve(67))).toEqualTypeOf<Promise<number>>();
    expectTypeOf(smith.wrapTask(() => 'now')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(smith.wrapTask(async () => 1n)).toEqualTypeOf<Promise<bigint>>();
    expectTypeOf(smith.currentlyRecognized.has(lock)).toEqualTypeOf<boolean>();
    // @ts-expect-error a host task is a function or a thenable
    void smith.host(42, lock);
    // @ts-expect-error a lock needs acquire, release and locked
    void smith.force({ acquire: async () => true });
  });

  it('registerHandler returns an identity function typed by the handler and usable as a decorator', () => {
    class MyLock {
      acquire(): Promise<boolean> {
        return Promise.resolve(true);
      }
      release(): void {}
      locked(): boolean {
        return false;
      }
      reset(): void {}
    }
    const register = LocksmithBase.registerHandler((l: MyLock) => l.reset());
    expectTypeOf(register(MyLock)).toEqualTypeOf<typeof MyLock>();
    class Other {
      nope(): void {}
    }
    // @ts-expect-error the class's instances must be what the handler takes
    register(Other);
    expectTypeOf(LocksmithBase.handlers).toEqualTypeOf<Map<abstract new (...args: never[]) => unknown, LocksmithHandler<never>>>();
  });
});

describe('registerHandler as a decorator', () => {
  it('type-checks on a class whose instances the handler accepts', () => {
    const h = (l: { reset(): void }): void => l.reset();
    @LocksmithBase.registerHandler(h)
    class Resettable {
      acquire(): Promise<boolean> {
        return Promise.resolve(true);
      }
      release(): void {}
      locked(): boolean {
        return false;
      }
      reset(): void {}
    }
    expectTypeOf(new Resettable().locked()).toEqualTypeOf<boolean>();
  });
});
