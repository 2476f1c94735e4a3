// Types: value types per constant, names, changes, kinds, handles, Context accessors and scopes.
import { describe, expectTypeOf, it } from 'vitest';
import {
  Context,
  type ContextChanges,
  type ContextConstant,
  type ContextConstantName,
  type ContextScopeKind,
  type ContextScopeProvider,
  type ContextValueKind,
  type ContextValues,
  EVENT_BUS_STREAM_DEFAULT_TIMEOUT,
  LEAKY_BUCKET_ADJMAP,
  LocalContext,
  LOCKSMITH_BASE_DEFAULT_TIMEOUTS,
  NonReusableLocalContext,
  RETRY_DEFAULT_TRIES,
  SOCKET_TRANSPORT_LIMITS,
  WAIT_FOR_SIGNAL_DEFAULT_SIGNALS,
  allContextualConsts,
  contextScopeKind,
  getcontext,
  localContext,
  setDefaultOverrides,
} from '../src/index.js';

describe('types', () => {
  it('ContextValues maps each kind to its TS type', () => {
    expectTypeOf<ContextValues['RETRY_DEFAULT_TRIES']>().toEqualTypeOf<number>();
    expectTypeOf<ContextValues['EVENT_BUS_STREAM_DEFAULT_TIMEOUT']>().toEqualTypeOf<number | null>();
    expectTypeOf<ContextValues['RWLOCK_DEFAULT_PREFER_WRITERS']>().toEqualTypeOf<boolean>();
    expectTypeOf<ContextValues['PASSWORD_QUEUE_DEFAULT_GET_FROM']>().toEqualTypeOf<string>();
    expectTypeOf<ContextValues['LEAKY_BUCKET_ADJMAP']>().toEqualTypeOf<
      readonly (readonly [threshold: number, params: readonly [number, number, number, number]])[]
    >();
    expectTypeOf<ContextValues['LOCKSMITH_BASE_DEFAULT_TIMEOUTS']>().toEqualTypeOf<readonly [number | null, number | null, number | null]>();
    expectTypeOf<ContextValues['SOCKET_TRANSPORT_LIMITS']>().toEqualTypeOf<readonly [low: number, high: number]>();
    expectTypeOf<ContextValues['WAIT_FOR_SIGNAL_DEFAULT_SIGNALS']>().toEqualTypeOf<readonly (number | string)[]>();
  });

  it('names, kinds and changes', () => {
    expectTypeOf<'SEMAPHORE_DEFAULT_VALUE'>().toExtend<ContextConstantName>();
    expectTypeOf<'semaphore_default_value'>().not.toExtend<ContextConstantName>();
    expectTypeOf<'duration?'>().toExtend<ContextValueKind>();
    expectTypeOf<{ RETRY_DEFAULT_TRIES: 5 }>().toExtend<ContextChanges>();
    expectTypeOf<{ RETRY_DEFAULT_TRIES: '5' }>().not.toExtend<ContextChanges>();
    expectTypeOf<ContextChanges['RETRY_DEFAULT_TRIES']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(allContextualConsts).toEqualTypeOf<ReadonlySet<ContextConstantName>>();
  });

  it('handles are typed by their constant', () => {
    expectTypeOf(RETRY_DEFAULT_TRIES).toEqualTypeOf<ContextConstant<'RETRY_DEFAULT_TRIES'>>();
    expectTypeOf(RETRY_DEFAULT_TRIES.get()).toEqualTypeOf<number>();
    expectTypeOf(RETRY_DEFAULT_TRIES.name).toEqualTypeOf<'RETRY_DEFAULT_TRIES'>();
    expectTypeOf(EVENT_BUS_STREAM_DEFAULT_TIMEOUT.get()).toEqualTypeOf<number | null>();
    expectTypeOf(LEAKY_BUCKET_ADJMAP.default).toEqualTypeOf<ContextValues['LEAKY_BUCKET_ADJMAP']>();
    expectTypeOf(LOCKSMITH_BASE_DEFAULT_TIMEOUTS.get()[2]).toEqualTypeOf<number | null>();
    expectTypeOf(SOCKET_TRANSPORT_LIMITS.get()).toEqualTypeOf<readonly [low: number, high: number]>();
    expectTypeOf(WAIT_FOR_SIGNAL_DEFAULT_SIGNALS.kind).toEqualTypeOf<ContextValueKind>();
    // @ts-expect-error handles are read-only
    RETRY_DEFAULT_TRIES.default = 4;
  });

  it('Context has typed accessors and mapping methods', () => {
    const ctx = getcontext();
    expectTypeOf(ctx).toEqualTypeOf<Context>();
    expectTypeOf(ctx.RETRY_DEFAULT_TRIES).toEqualTypeOf<number>();
    ctx.RETRY_DEFAULT_TRIES = 4;
    // @ts-expect-error wrong type for the constant
    ctx.RETRY_DEFAULT_TRIES = '4';
    // @ts-expect-error no such constant
    ctx.NO_SUCH_CONSTANT = 1;
    expectTypeOf(ctx.get('RWLOCK_DEFAULT_PREFER_WRITERS')).toEqualTypeOf<boolean>();
    expectTypeOf(ctx.get('rwlock_default_prefer_writers')).toEqualTypeOf<unknown>();
    ctx.set('RETRY_DEFAULT_TRIES', 3);
    expectTypeOf(ctx.asdict()).toEqualTypeOf<ContextValues>();
    expectTypeOf(ctx.replace({ RETRY_DEFAULT_TRIES: 1 })).toEqualTypeOf<Context>();
    expectTypeOf(ctx.ascurctx()).toEqualTypeOf<NonReusableLocalContext>();
    expectTypeOf(Context.fromDct({ retry_default_tries: 1 })).toEqualTypeOf<Context>();
    // @ts-expect-error values are validated by type at compile time too
    new Context({ RETRY_DEFAULT_DELAY: 'slow' });
  });

  it('localContext returns fn’s result type; LocalContext is (async-)disposable', () => {
    expectTypeOf(localContext({ RETRY_DEFAULT_TRIES: 1 }, () => 'x')).toEqualTypeOf<string>();
    expectTypeOf(localContext(new Context(), async () => 1)).toEqualTypeOf<Promise<number>>();
    // @ts-expect-error unknown constant in changes
    localContext({ NOPE: 1 }, () => 0);
    const lc = new LocalContext({ RETRY_DEFAULT_TRIES: 1 });
    expectTypeOf(lc).toExtend<Disposable>();
    expectTypeOf(lc).toExtend<AsyncDisposable>();
    expectTypeOf(lc.enter()).toEqualTypeOf<LocalContext>();
    expectTypeOf(lc.savedCtx).toEqualTypeOf<Context | undefined>();
    expectTypeOf(new LocalContext(null, { RETRY_DEFAULT_TRIES: 1 }).newCtx).toEqualTypeOf<Context>();
    expectTypeOf(new NonReusableLocalContext().enter()).toEqualTypeOf<NonReusableLocalContext>();
  });

  it('scopes and overrides', () => {
    expectTypeOf(contextScopeKind()).toEqualTypeOf<ContextScopeKind>();
    expectTypeOf<ContextScopeKind>().toEqualTypeOf<'async-context' | 'async-local-storage' | 'custom' | 'sync'>();
    expectTypeOf<ContextScopeProvider['get']>().returns.toEqualTypeOf<object | undefined>();
    setDefaultOverrides(null);
    // @ts-expect-error durations are numbers (ms)
    setDefaultOverrides({ CIRCUIT_BREAKER_DEFAULT_RESET: '30s' });
  });
});
