import { RAISE } from '@asyncutils/constants';
import { describe, expectTypeOf, it } from 'vitest';
import {
  aenumerate,
  aiterToGen,
  collect,
  collectInto,
  drop,
  dummyTask,
  iterToAgen,
  safeCancelBatch,
  sleepForever,
  take,
  type CancellableLike,
  type IterToAgenOptions,
  type SafeCancelBatchOptions,
  type TakeOptions,
  yieldToEventLoop,
} from '../src/index.js';

declare const asyncNumbers: AsyncIterable<number>;

describe('types of @asyncutils/base', () => {
  it('iterToAgen and aiterToGen', () => {
    expectTypeOf(iterToAgen([1, 2])).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(iterToAgen(asyncNumbers)).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(iterToAgen('ab')).toEqualTypeOf<AsyncGenerator<string, void, unknown>>();
    expectTypeOf(iterToAgen([1, 0], { sentinel: 0 })).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf<IterToAgenOptions<string>['sentinel']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error a number is not iterable
    iterToAgen(42);
    expectTypeOf(aiterToGen(new Set(['a']))).toEqualTypeOf<Generator<string, void, unknown>>();
    expectTypeOf(aiterToGen(asyncNumbers)).toBeNever();
  });

  it('take, collect, collectInto: the default may have its own type; RAISE adds nothing', () => {
    expectTypeOf(take([1, 2], 1)).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(take([1], 3, { default: null })).toEqualTypeOf<AsyncGenerator<number | null, void, unknown>>();
    expectTypeOf(take([1], 3, { default: RAISE })).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(collect(asyncNumbers, 2)).toEqualTypeOf<Promise<number[]>>();
    expectTypeOf(collect(['a'], 2, { default: 0 })).toEqualTypeOf<Promise<Array<string | number>>>();
    expectTypeOf(collectInto([] as number[], [1], 1)).toEqualTypeOf<Promise<void>>();
    expectTypeOf<TakeOptions<number>>().toExtend<{ default?: unknown }>();
    // @ts-expect-error n is a number
    take([1], '2');
  });

  it('drop, aenumerate', () => {
    expectTypeOf(drop(asyncNumbers, 1, { raising: true })).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    expectTypeOf(aenumerate(['a'])).toEqualTypeOf<AsyncGenerator<[number, string], void, unknown>>();
  });

  it('safeCancelBatch takes iterables of cancellables and containers', () => {
    const tasks: CancellableLike<number>[] = [];
    expectTypeOf(safeCancelBatch(tasks)).toEqualTypeOf<Promise<void>>();
    expectTypeOf(safeCancelBatch(new Set(tasks), { disembowel: false, callback: (o) => o, raising: true })).toEqualTypeOf<Promise<void>>();
    expectTypeOf<SafeCancelBatchOptions['callback']>().toEqualTypeOf<((outcome: unknown) => unknown) | undefined>();
    // @ts-expect-error plain promises cannot be cancelled
    safeCancelBatch([Promise.resolve(1)]);
  });

  it('scheduling primitives', () => {
    expectTypeOf(yieldToEventLoop()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(sleepForever()).toEqualTypeOf<Promise<never>>();
    expectTypeOf(sleepForever({ signal: new AbortController().signal, timeout: 5 })).toEqualTypeOf<Promise<never>>();
    expectTypeOf(dummyTask).toEqualTypeOf<Promise<void>>();
  });
});
