import { describe, expectTypeOf, it } from 'vitest';
import {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitBreakerState,
  type CircuitBreakerWrapOptions,
  type CircuitBreakerWrapped,
} from '../src/index.js';

describe('CircuitBreaker types', () => {
  it('wrap infers parameters and the awaited result, plus the default type', () => {
    const cb = new CircuitBreaker('t');
    const f = cb.wrap(async (a: number, b: string) => `${a}${b}`);
    expectTypeOf(f).toEqualTypeOf<CircuitBreakerWrapped<[a: number, b: string], string>>();
    expectTypeOf(f).parameters.toEqualTypeOf<[a: number, b: string]>();
    expectTypeOf(f).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(f.breaker).toEqualTypeOf<CircuitBreaker>();
    const g = cb.wrap(() => 1, { default: null });
    expectTypeOf(g).returns.toEqualTypeOf<Promise<number | null>>();
    const d = CircuitBreaker.decorate(async (x: boolean) => x, { maxFails: 2, default: 'fallback' as const });
    expectTypeOf(d).returns.toEqualTypeOf<Promise<boolean | 'fallback'>>();
    // @ts-expect-error wrong argument type
    void f('1', 'x');
  });

  it('state, State and options', () => {
    expectTypeOf(new CircuitBreaker('t').state).toEqualTypeOf<CircuitBreakerState>();
    expectTypeOf<CircuitBreakerState>().toEqualTypeOf<'CLOSED' | 'HALF_OPEN' | 'OPEN'>();
    expectTypeOf(CircuitBreaker.State.HALF_OPEN).toEqualTypeOf<'HALF_OPEN'>();
    const opts: CircuitBreakerOptions = { exc: [TypeError, RangeError], isFailure: (e) => e instanceof Error, maxHalfOpenCalls: 0 };
    void opts;
    const single: CircuitBreakerOptions = { exc: TypeError };
    void single;
    const w: CircuitBreakerWrapOptions<number> = { timer: () => 0, default: 1 };
    void w;
    // @ts-expect-error name must be a string
    void new CircuitBreaker(5);
    // @ts-expect-error default has the declared type
    void ({ default: 'x' } satisfies CircuitBreakerWrapOptions<number>);
  });
});
