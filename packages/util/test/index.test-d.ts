import { expectTypeOf, test } from 'vitest';
import { AsyncEvent, BoundedSemaphore, Lock, RLock, Semaphore } from '@asyncutils/locks';
import { AsyncCallbacksFuture, AsyncCallbacksTask, Future, Task } from '@asyncutils/futures';
import {
  aawcmf2dcmf,
  afalsify,
  anullcontext,
  avalify,
  dcm,
  doneEvt,
  doneFut,
  dualcontextmanager,
  getFuture,
  lockedLock,
  lockf,
  makeTaskFactory,
  newEagerTasks,
  semaphore,
  syncAwait,
  syncLock,
  syncLockFromBinder,
  toAsync,
  toSync,
  transientBlock,
  wrapInCoro,
  type DualContextManager,
  type DualContextManagerOptions,
  type SyncLockOptions,
  type TaskFactory,
} from '../src/index.js';

test('bridges keep parameter and result types', () => {
  expectTypeOf(syncAwait(1)).toEqualTypeOf<number>();
  expectTypeOf(syncAwait(Promise.resolve('x'))).toEqualTypeOf<string>();
  const add = (a: number, b: number): number => a + b;
  expectTypeOf(toAsync(add)).toEqualTypeOf<(a: number, b: number) => Promise<number>>();
  expectTypeOf(toSync(async (s: string) => s.length)).toEqualTypeOf<(s: string) => number>();
  expectTypeOf(wrapInCoro(Promise.resolve(1))).toEqualTypeOf<Promise<number>>();
  // @ts-expect-error: wrong argument type
  toAsync(add)('1', 2);
});

test('lock helpers', () => {
  expectTypeOf(lockf(async (x: number) => String(x))).toEqualTypeOf<(x: number) => Promise<string>>();
  expectTypeOf(syncLock(new Lock())((x: number) => x)).toEqualTypeOf<(x: number) => Promise<number>>();
  const opts: SyncLockOptions = { timeout: 5 };
  void opts;
  class A {
    lock = new Lock();
  }
  const bound = syncLockFromBinder((self: A) => self.lock)(function (this: A, n: number) {
    return n;
  });
  expectTypeOf(bound).toEqualTypeOf<(this: A, n: number) => Promise<number>>();
  expectTypeOf(lockedLock()).toEqualTypeOf<Promise<Lock>>();
  expectTypeOf(lockedLock({ lockClass: RLock })).toEqualTypeOf<Promise<RLock>>();
  expectTypeOf(semaphore(true, 1)).toEqualTypeOf<Lock>();
  expectTypeOf(semaphore(true, 3)).toEqualTypeOf<Lock | BoundedSemaphore>();
  expectTypeOf(semaphore(false, 3)).toEqualTypeOf<Semaphore>();
  expectTypeOf(semaphore()).toEqualTypeOf<Semaphore>();
  // @ts-expect-error: not a lock
  syncLock({});
});

test('futures, tasks and events', async () => {
  expectTypeOf(doneEvt()).toEqualTypeOf<AsyncEvent>();
  class Flag {
    set(): void {}
  }
  expectTypeOf(doneEvt({ eventClass: Flag })).toEqualTypeOf<Flag>();
  expectTypeOf(doneFut(42)).toEqualTypeOf<Future<number>>();
  expectTypeOf(doneFut()).toEqualTypeOf<Future<undefined>>();
  expectTypeOf(doneFut(1, { futureClass: AsyncCallbacksFuture<number> })).toEqualTypeOf<AsyncCallbacksFuture<number>>();
  expectTypeOf(getFuture(Promise.resolve(1))).toEqualTypeOf<Task<number>>();
  expectTypeOf(getFuture(7)).toEqualTypeOf<Task<number>>();
  expectTypeOf(newEagerTasks(() => 1, Promise.resolve(2))).toEqualTypeOf<Generator<Task<number>, void, undefined>>();
  const factory = makeTaskFactory(AsyncCallbacksTask, true);
  expectTypeOf(factory).toEqualTypeOf<TaskFactory<AsyncCallbacksTask<unknown>>>();
  const t = factory(() => 'x');
  expectTypeOf(await t).toEqualTypeOf<string>();
  expectTypeOf(t.result()).toEqualTypeOf<string>();
  expectTypeOf(t.addNoargsCallback).toBeFunction();
  expectTypeOf(transientBlock((a: number) => a * 2, 1)).toEqualTypeOf<Future<number>>();
  // @ts-expect-error: the arguments must match f
  transientBlock((a: number) => a, 'x');
  expectTypeOf(avalify(2)).toEqualTypeOf<(...args: unknown[]) => Promise<number>>();
  expectTypeOf(afalsify()).toEqualTypeOf<Promise<false>>();
  expectTypeOf(anullcontext).toEqualTypeOf<AsyncDisposable>();
});

test('dual context managers', async () => {
  const dc = dualcontextmanager(function* (a: number[]) {
    yield a.length;
  });
  expectTypeOf(dc).toEqualTypeOf<(a: number[]) => DualContextManager<number>>();
  {
    using cm = dc([]).enter();
    expectTypeOf(cm.value).toEqualTypeOf<number>();
  }
  {
    await using cm = await dc([]).enterAsync();
    expectTypeOf(cm).toEqualTypeOf<DualContextManager<number>>();
  }
  expectTypeOf(dc([]).run((v) => String(v))).toEqualTypeOf<string | undefined>();
  expectTypeOf(dc([]).runAsync(async (v) => v > 0)).toEqualTypeOf<Promise<boolean | undefined>>();
  const opts: DualContextManagerOptions = { strict: true };
  const decorated = dualcontextmanager(opts)(async function* () {
    yield 'a';
  });
  expectTypeOf(decorated).toEqualTypeOf<() => DualContextManager<string>>();
  expectTypeOf(dcm(function* () {
    yield true;
  })).toEqualTypeOf<() => DualContextManager<boolean>>();
  const res = { id: 1, async [Symbol.asyncDispose]() {} };
  const session = aawcmf2dcmf(async (_n: number) => res);
  expectTypeOf(session).toEqualTypeOf<(_n: number) => DualContextManager<typeof res>>();
  // @ts-expect-error: a function that returns no iterable
  dualcontextmanager(() => 5);
});
