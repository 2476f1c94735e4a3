import { describe, expectTypeOf, it } from 'vitest';
import type { ExecutorRequiredAsyncContextMixin, ExecutorRunner } from '../src/index.js';

describe('ExecutorRunner', () => {
  it('infers argument and result types', () => {
    const runner = {} as ExecutorRunner;
    expectTypeOf(runner((a: number, b: string) => `${a}${b}`, 1, 'x')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(runner(async () => 3)).toEqualTypeOf<Promise<number>>();
    // @ts-expect-error: wrong argument type
    void runner((a: number) => a, 'one');
  });

  it('is the type of ExecutorRequiredAsyncContextMixin.runner', () => {
    expectTypeOf<ExecutorRequiredAsyncContextMixin<unknown>['runner']>().toEqualTypeOf<ExecutorRunner>();
  });
});
