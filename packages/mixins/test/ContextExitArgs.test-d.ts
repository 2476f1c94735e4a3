import { describe, expectTypeOf, it } from 'vitest';
import type { AsyncContextMixin, ContextExitArgs } from '../src/index.js';

describe('ContextExitArgs', () => {
  it('check 17: accepts [] and [new Error()]', () => {
    const none: ContextExitArgs = [];
    const one: ContextExitArgs = [new Error()];
    const anything: ContextExitArgs = ['thrown values need not be errors'];
    void [none, one, anything];
    // @ts-expect-error: at most one argument
    const two: ContextExitArgs = [1, 2];
    void two;
  });

  it('types exit, exitAsync, run and runAsync', () => {
    type C = AsyncContextMixin<{ id: number }>;
    expectTypeOf<C['exit']>().parameters.toEqualTypeOf<ContextExitArgs>();
    expectTypeOf<C['exit']>().returns.toEqualTypeOf<boolean | void>();
    expectTypeOf<C['exitAsync']>().returns.toEqualTypeOf<Promise<boolean | void>>();
    expectTypeOf<C['enter']>().returns.toEqualTypeOf<{ id: number }>();
    expectTypeOf<C['enterAsync']>().returns.toEqualTypeOf<Promise<{ id: number }>>();
    const c = {} as C;
    expectTypeOf(c.run((v) => v.id)).toEqualTypeOf<number | undefined>();
    expectTypeOf(c.runAsync(async (v) => String(v.id))).toEqualTypeOf<Promise<string | undefined>>();
    expectTypeOf(c).toExtend<Disposable & AsyncDisposable>();
  });
});
