import { AwaitableMixin } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import { DynamicThrottle, type DynamicThrottleOptions, Releasing, StatefulBarrier, type StatefulBarrierOptions } from '../src/index.js';

describe('StatefulBarrier, DynamicThrottle, Releasing types', () => {
  it('barrier states are typed', () => {
    const b = new StatefulBarrier<number>(2, { initState: [1], maxState: null } satisfies StatefulBarrierOptions<number>);
    expectTypeOf(b.wait(1)).toEqualTypeOf<Promise<[position: number, states: number[]]>>();
    expectTypeOf(b).toMatchTypeOf<AwaitableMixin<[number, number[]]>>();
    // @ts-expect-error a state of the wrong type
    void b.wait('x');
    const a: StatefulBarrierOptions<string> = { initState: (async function* () { yield 'a'; })() };
    void a;
  });

  it('throttle and releasing return themselves for await using', () => {
    const t = new DynamicThrottle(1, { rand: (j) => j } satisfies DynamicThrottleOptions);
    expectTypeOf(t.enter()).toEqualTypeOf<Promise<DynamicThrottle>>();
    expectTypeOf(t.run(async () => 1)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(t).toMatchTypeOf<Disposable & AsyncDisposable>();
    const r = new Releasing({ acquire: async () => true, release() {}, locked: () => true });
    expectTypeOf(r.enter()).toEqualTypeOf<Promise<Releasing>>();
    expectTypeOf(r.run(() => 'x')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(r).toMatchTypeOf<AsyncDisposable>();
  });
});
