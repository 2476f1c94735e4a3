import type { ContextExitArgs } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CacheWithBackgroundRefresh,
  type CacheWithBackgroundRefreshOptions,
  CallbackAccumulator,
  type CallbackAccumulatorOptions,
  gatherWithLimitedConcurrency,
  type GatherWithLimitedConcurrencyOptions,
  type LimitedGatherJob,
  type RefreshCacheErrorProcessor,
  type RefreshCacheLoader,
  StateMachine,
  type StateMachineCondition,
  type StateMachineHandler,
} from '../src/index.js';

describe('types of @asyncutils/misc', () => {
  it('CacheWithBackgroundRefresh', () => {
    const cache = new CacheWithBackgroundRefresh<string, number>(1000, 200, { defaultLoader: (k) => k.length });
    expectTypeOf(cache.get('a')).toEqualTypeOf<Promise<number>>();
    expectTypeOf(cache.invalidate('a')).toEqualTypeOf<Promise<number | undefined>>();
    expectTypeOf(cache.enterAsync()).toEqualTypeOf<Promise<CacheWithBackgroundRefresh<string, number>>>();
    expectTypeOf(cache.getLoader('a')).toEqualTypeOf<RefreshCacheLoader<string, number>>();
    expectTypeOf<RefreshCacheLoader<string, number>>().parameters.toEqualTypeOf<[string, { readonly signal: AbortSignal }]>();
    expectTypeOf<RefreshCacheErrorProcessor>().returns.toBeUnknown();
    expectTypeOf<CacheWithBackgroundRefreshOptions<string, number>['staleIfError']>().toEqualTypeOf<number | undefined>();
    cache.registerLoader('b', async () => 1);
    cache.get('b', null, { signal: new AbortController().signal, timeout: 10 });
    // @ts-expect-error a loader of the wrong value type
    cache.registerLoader('c', async () => 'x');
    // @ts-expect-error the wrong key type
    cache.has(1);
  });

  it('StateMachine', () => {
    const sm = new StateMachine<'a' | 'b'>('a');
    expectTypeOf(sm.state).toEqualTypeOf<'a' | 'b'>();
    expectTypeOf(sm.transition('b')).toEqualTypeOf<Promise<boolean>>();
    // @ts-expect-error not a state of the machine
    void sm.transition('c');
    const handler = async (): Promise<void> => {};
    expectTypeOf(sm.onEnter('a')(handler)).toEqualTypeOf(handler);
    expectTypeOf(sm.onExit('b', handler)).toEqualTypeOf(handler);
    const guard: StateMachineCondition<'a' | 'b'> = (from, to) => from !== to;
    sm.add('a', 'b', guard);
    expectTypeOf<StateMachineHandler>().toEqualTypeOf<() => unknown>();
    expectTypeOf(new StateMachine('x').state).toEqualTypeOf<string>();
  });

  it('gatherWithLimitedConcurrency', () => {
    expectTypeOf(gatherWithLimitedConcurrency(2, [() => 1, async () => 2])).toEqualTypeOf<Promise<number[]>>();
    expectTypeOf(gatherWithLimitedConcurrency(2, [Promise.resolve('a')])).toEqualTypeOf<Promise<string[]>>();
    expectTypeOf(gatherWithLimitedConcurrency(null, [() => 1], { retExc: true })).toEqualTypeOf<Promise<unknown[]>>();
    expectTypeOf(gatherWithLimitedConcurrency<number | string>(undefined, [1, 'a', () => 2])).toEqualTypeOf<Promise<(number | string)[]>>();
    const opts: GatherWithLimitedConcurrencyOptions = { retExc: false, signal: new AbortController().signal, timeout: 5 };
    void opts;
    expectTypeOf<LimitedGatherJob<number>>().toEqualTypeOf<(() => number | PromiseLike<number>) | PromiseLike<number> | number>();
  });

  it('CallbackAccumulator', () => {
    const acc = new CallbackAccumulator<[number]>('notify');
    acc.call(1);
    // @ts-expect-error wrong argument type
    acc.call('x');
    expectTypeOf(acc.callbacks).toEqualTypeOf<((n: number) => unknown)[]>();
    expectTypeOf(acc.enterAsync()).toEqualTypeOf<Promise<CallbackAccumulator<[number]>>>();
    expectTypeOf(acc.maxlen).toEqualTypeOf<number | null>();
    const exits = new CallbackAccumulator<ContextExitArgs>('exit');
    exits.exit(new Error('x'));
    const opts: CallbackAccumulatorOptions<[string]> = { defaultGetter: () => ['ok'], default: (s) => s.length };
    void opts;
    {
      using _ = new CallbackAccumulator('close');
    }
  });
});
