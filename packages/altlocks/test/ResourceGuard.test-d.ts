import { AsyncContextMixin } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import { type GuardedResource, ResourceGuard, type ResourceGuardOptions, UniqueResourceGuard } from '../src/index.js';

describe('ResourceGuard types', () => {
  it('enter returns the guard itself; yieldsResource a typed handle', () => {
    const g = new ResourceGuard(new Map<string, number>(), { action: 'x' } satisfies ResourceGuardOptions);
    expectTypeOf(g.enter()).toEqualTypeOf<ResourceGuard<Map<string, number>>>();
    expectTypeOf(g.yieldsResource()).toEqualTypeOf<GuardedResource<Map<string, number>>>();
    expectTypeOf(g.yieldsResource().resource).toEqualTypeOf<Map<string, number>>();
    expectTypeOf(g).toMatchTypeOf<AsyncContextMixin<ResourceGuard<Map<string, number>>>>();
    expectTypeOf(g).toMatchTypeOf<Disposable & AsyncDisposable>();
    const u = new UniqueResourceGuard('db');
    expectTypeOf(u.enter()).toEqualTypeOf<UniqueResourceGuard<string>>();
    expectTypeOf<GuardedResource<number>>().toMatchTypeOf<Disposable & AsyncDisposable>();
    // @ts-expect-error action must be a string
    void new ResourceGuard(1, { action: 5 });
    // @ts-expect-error a unique guard needs its resource
    void new UniqueResourceGuard();
  });
});
