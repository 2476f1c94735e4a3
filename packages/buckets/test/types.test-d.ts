import type { ContextValues } from '@asyncutils/context';
import { AsyncContextMixin } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import { LeakyBucket, TokenBucket, type LeakyBucketAdjMap, type LeakyBucketOptions, type TokenBucketOptions } from '../src/index.js';

describe('types', () => {
  it('TokenBucket', () => {
    expectTypeOf<ConstructorParameters<typeof TokenBucket>>().toEqualTypeOf<[rate: number, capacity: number, opts?: TokenBucketOptions]>();
    expectTypeOf<TokenBucketOptions>().toEqualTypeOf<{ timer?: () => number }>();
    const b = new TokenBucket(1, 2);
    expectTypeOf(b.capacity).toBeNumber();
    expectTypeOf(b.consume()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(b.consume(1, { signal: AbortSignal.timeout(5), timeout: 3 })).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error: capacity is read-only
    b.capacity = 3;
    // @ts-expect-error: tokens is a number
    void b.consume('1');
  });

  it('LeakyBucket', () => {
    expectTypeOf<LeakyBucketOptions>().toEqualTypeOf<{
      minFactor?: number;
      maxFactor?: number;
      externalFactorSettable?: boolean;
      initialLevel?: number;
      timer?: () => number;
    }>();
    const b = new LeakyBucket(10, 2, { initialLevel: 1 });
    expectTypeOf(b).toExtend<AsyncContextMixin<LeakyBucket>>();
    expectTypeOf(b.acquire()).toBeBoolean();
    expectTypeOf(b.waitForTokens(1, { timeout: 5 })).toEqualTypeOf<Promise<number>>();
    expectTypeOf(b.enter()).toEqualTypeOf<LeakyBucket>();
    class Sub extends LeakyBucket {
      extra = 1;
    }
    expectTypeOf(new Sub(1, 1).enter()).toEqualTypeOf<Sub>(); // `using s = new Sub(…).enter()` keeps the subclass
    expectTypeOf(b.level).toBeNumber();
    b.factor = 2;
    expectTypeOf(b.factor).toBeNumber();
    expectTypeOf(b.run(() => 1)).toEqualTypeOf<number | undefined>();
    expectTypeOf(b).toExtend<Disposable & AsyncDisposable>();
    // @ts-expect-error: level is read-only
    b.level = 3;
  });

  it('LeakyBucketAdjMap is the type of LEAKY_BUCKET_ADJMAP both ways', () => {
    expectTypeOf<ContextValues['LEAKY_BUCKET_ADJMAP']>().toExtend<LeakyBucketAdjMap>();
    expectTypeOf<LeakyBucketAdjMap>().toExtend<ContextValues['LEAKY_BUCKET_ADJMAP']>();
    const m: LeakyBucketAdjMap = [[0, [0.3, 1.4, 0.7, 0.73]]];
    void m;
    // @ts-expect-error: four parameters per row
    const bad: LeakyBucketAdjMap = [[0, [0.3, 1.4, 0.7]]];
    void bad;
  });
});
