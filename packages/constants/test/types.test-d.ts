// Type-level behaviour (check 14 and the typed shapes of the exports).
import { describe, expectTypeOf, it } from 'vitest';
import {
  EXECUTORS_FROZENSET,
  type ExecutorName,
  NO_COALESCE,
  type NoCoalesceSentinel,
  POSSIBLE_EXECUTORS,
  RAISE,
  type RaiseSentinel,
  RECIPROCAL_E,
  SentinelBase,
  type SentinelBaseOptions,
} from '../src/index.js';

describe('types', () => {
  it('check 14: RaiseSentinel and NoCoalesceSentinel are distinct', () => {
    // @ts-expect-error -- NO_COALESCE is not a RaiseSentinel
    const x: RaiseSentinel = NO_COALESCE;
    // @ts-expect-error -- RAISE is not a NoCoalesceSentinel
    const y: NoCoalesceSentinel = RAISE;
    expectTypeOf(x).toEqualTypeOf<RaiseSentinel>();
    expectTypeOf(y).toEqualTypeOf<NoCoalesceSentinel>();
    expectTypeOf(RAISE).toEqualTypeOf<RaiseSentinel>();
    expectTypeOf(NO_COALESCE).toEqualTypeOf<NoCoalesceSentinel>();
    expectTypeOf(RAISE).toMatchTypeOf<SentinelBase>();
    expectTypeOf(RAISE.name).toEqualTypeOf<'asyncutils.constants.RAISE'>();
    expectTypeOf(NO_COALESCE.back).toEqualTypeOf<'NO_COALESCE'>();

    function withDefault(fallback: number | RaiseSentinel): number {
      // Equality does not narrow an object type out of a union; a typeof test does.
      return typeof fallback === 'number' ? fallback : 0;
    }
    withDefault(RAISE);
    withDefault(1);
    // @ts-expect-error -- an option typed `T | RaiseSentinel` rejects NO_COALESCE
    withDefault(NO_COALESCE);
  });

  it('check 14: ExecutorName is the union of the 15 names', () => {
    const e: ExecutorName = 'dask';
    // @ts-expect-error -- not an executor name
    const n: ExecutorName = 'nope';
    expectTypeOf(e).toEqualTypeOf<'dask'>(); // narrowed by the assignment
    expectTypeOf(n).toMatchTypeOf<ExecutorName>();
    expectTypeOf<ExecutorName>().toEqualTypeOf<(typeof POSSIBLE_EXECUTORS)[number]>();
    expectTypeOf<'thread' | 'deadpool'>().toMatchTypeOf<ExecutorName>();
    expectTypeOf(POSSIBLE_EXECUTORS).toEqualTypeOf<
      readonly [
        'thread',
        'process',
        'interpreter',
        'loky',
        'loky_no_reuse',
        'dask',
        'ipython',
        'elib_flux_cluster',
        'elib_flux_job',
        'elib_slurm_cluster',
        'elib_slurm_job',
        'elib_single_node',
        'pebble_thread',
        'pebble_process',
        'deadpool',
      ]
    >();
    expectTypeOf(POSSIBLE_EXECUTORS).toMatchTypeOf<readonly ExecutorName[]>();
    // @ts-expect-error -- the tuple is readonly
    POSSIBLE_EXECUTORS.push('thread');
  });

  it('EXECUTORS_FROZENSET is a ReadonlySet<ExecutorName> whose has() narrows any value', () => {
    expectTypeOf(EXECUTORS_FROZENSET).toMatchTypeOf<ReadonlySet<ExecutorName>>();
    const flag: string = 'dask';
    if (EXECUTORS_FROZENSET.has(flag)) expectTypeOf(flag).toEqualTypeOf<ExecutorName>();
    // @ts-expect-error -- no mutators in the type
    EXECUTORS_FROZENSET.add('thread');
  });

  it('RECIPROCAL_E is a number', () => {
    expectTypeOf(RECIPROCAL_E).toEqualTypeOf<number>();
  });

  it('SentinelBase: constructor parameters, members and bindTo returning the subclass', () => {
    class T extends SentinelBase {}
    class Owner {}
    expectTypeOf(new T()).toEqualTypeOf<T>();
    expectTypeOf(new T('a', { module: 'm' })).toEqualTypeOf<T>();
    expectTypeOf(new T().bindTo(Owner, 'a')).toEqualTypeOf<T>();
    expectTypeOf(new T().bindTo('Owner', 'a')).toEqualTypeOf<T>();
    expectTypeOf(new T('a').name).toEqualTypeOf<string | undefined>();
    expectTypeOf(new T('a').module).toEqualTypeOf<string | undefined>();
    expectTypeOf(new T('a').boundTo).toEqualTypeOf<string | null>();
    expectTypeOf(new T('a').back).toEqualTypeOf<string | null>();
    expectTypeOf(new T('a').isPrivate).toEqualTypeOf<boolean>();
    expectTypeOf(new T('a').toJSON()).toEqualTypeOf<string | null>();
    expectTypeOf<SentinelBaseOptions>().toEqualTypeOf<{ readonly module?: string }>();
    // @ts-expect-error -- the name is a string
    new T(1);
    // @ts-expect-error -- unknown option
    new T('a', { modul: 'm' });
    // @ts-expect-error -- the owner needs a name
    new T().bindTo({}, 'a');
  });
});
