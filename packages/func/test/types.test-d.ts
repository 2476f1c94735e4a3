import type { RaiseSentinel } from '@asyncutils/constants';
import type { ExceptionWrapper } from '@asyncutils/exceptions';
import { describe, expectTypeOf, it } from 'vitest';
import {
  acompose,
  afcopy,
  aiterFromF,
  areduce,
  benchmark,
  debounce,
  discardRetval,
  evaluateAndReturn,
  every,
  everymethod,
  iterf,
  measure,
  measure2,
  RateLimited,
  retry,
  star,
  throttle,
  timer,
  unstar,
  type BenchmarkResult,
  type FuncErrorMatcher,
} from '../src/index.js';

describe('types', () => {
  it('infers compositions and adapters', () => {
    const f = acompose((n: number) => String(n), async (a: number, b: number) => a + b);
    expectTypeOf(f).toEqualTypeOf<(a: number, b: number) => Promise<string>>();
    expectTypeOf(acompose((s: string) => s.length)).toEqualTypeOf<(s: string) => Promise<number>>();
    expectTypeOf(afcopy((x: number) => Promise.resolve(x))).toEqualTypeOf<(x: number) => Promise<number>>();
    expectTypeOf(discardRetval(async (x: string) => x)).toEqualTypeOf<(x: string) => Promise<undefined>>();
    expectTypeOf(evaluateAndReturn(async () => 1, 'r' as const)).toEqualTypeOf<() => Promise<'r'>>();
    expectTypeOf(unstar((xs: number[]) => xs.length)).toEqualTypeOf<(...args: number[]) => Promise<number>>();
    expectTypeOf(star(async (a: number, b: number) => a + b)).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(iterf(2)(async (x: number) => x * 2)).toEqualTypeOf<(x: number) => Promise<number>>();
  });

  it('types reductions and iteration', () => {
    expectTypeOf(areduce((a: number, b: number) => a + b, [1, 2])).toEqualTypeOf<Promise<number>>();
    expectTypeOf(areduce((acc: string[], x: number) => [...acc, String(x)], [1], { initial: [] as string[] })).toEqualTypeOf<Promise<string[]>>();
    expectTypeOf(aiterFromF(async () => 1, { sentinel: 0 })).toEqualTypeOf<AsyncGenerator<number, void, unknown>>();
    // @ts-expect-error the sentinel has the producer's type
    aiterFromF(async () => 1, { sentinel: 'x' });
  });

  it('types timing helpers', () => {
    expectTypeOf(measure(async () => 'r')).toEqualTypeOf<Promise<[result: string, elapsed: number]>>();
    expectTypeOf(measure2(() => 1)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(benchmark(() => 1)).toEqualTypeOf<Promise<BenchmarkResult>>();
    // @ts-expect-error timer(ns=True) is not ported: the unit is the clock's
    timer(async () => 1, { ns: true });
    // @ts-expect-error no loop option: there is one event loop
    every(10, { loop: null });
    expectTypeOf(timer(async (x: number) => x)).toEqualTypeOf<(x: number) => Promise<[result: number | ExceptionWrapper, elapsed: number]>>();
  });

  it('types decorators', () => {
    expectTypeOf(retry(3)(async (x: number) => String(x))).toEqualTypeOf<(x: number) => Promise<string>>();
    expectTypeOf(throttle(5)((x: number) => x)).toEqualTypeOf<(x: number) => Promise<number>>();
    expectTypeOf(debounce(5)((x: number) => x)).toEqualTypeOf<(x: number) => Promise<number | undefined>>();
    expectTypeOf(every(100, { stopWhen: Promise.resolve('s' as const), default: 1 })(() => 0)).returns.toEqualTypeOf<Promise<'s' | number | undefined>>();
    expectTypeOf(every(100)(() => 0)).returns.toEqualTypeOf<Promise<undefined>>();
    const raise: RaiseSentinel = null as unknown as RaiseSentinel;
    expectTypeOf(every(100, { default: raise })(() => 0)).returns.toEqualTypeOf<Promise<undefined>>();
    class C {
      stop = Promise.resolve(7);
    }
    const m = everymethod(10, { stopWhenGetter: (self: C) => self.stop })(function (this: C) {});
    expectTypeOf(m).thisParameter.toEqualTypeOf<C>();
    expectTypeOf(m).returns.toEqualTypeOf<Promise<number | undefined>>();
    const matchers: FuncErrorMatcher[] = [TypeError, [RangeError, SyntaxError], (e) => e === 1];
    expectTypeOf(matchers).toBeArray();
    // @ts-expect-error not a matcher
    const bad: FuncErrorMatcher = 'TypeError';
    expectTypeOf(bad).not.toBeString();
  });

  it('types RateLimited', () => {
    const rl = new RateLimited((a: number, b: string) => `${a}${b}`, 1, 10);
    expectTypeOf(rl).toEqualTypeOf<RateLimited<[a: number, b: string], string>>();
    expectTypeOf(rl.call(1, 'x')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(rl.fn).toEqualTypeOf<(a: number, b: string) => Promise<string>>();
    expectTypeOf(rl.callWith({ timeout: 5 }, 1, 'x')).toEqualTypeOf<Promise<string>>();
    // @ts-expect-error wrong argument type
    void rl.call('1', 'x');
    expectTypeOf(RateLimited.decorator(1, 10)(async () => 5)).toEqualTypeOf<RateLimited<[], Promise<number>>>();
  });
});
