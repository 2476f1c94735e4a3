import { describe, expectTypeOf, it } from 'vitest';
import {
  AgingRWLock,
  type AgingRWLockAcquireOptions,
  type AgingRWLockOptions,
  coercedMethod,
  createPriorityRWLock,
  createRWLock,
  FairPriorityRWLock,
  FairRWLock,
  PriorityRWLock,
  type PriorityRWLockAcquireOptions,
  ReadPreferredRWLock,
  RWLock,
  type RWLockAcquireOptions,
  type RWLockCreateOptions,
  type RWLockedFunction,
  type RWLockHandle,
  WritePreferredPriorityRWLock,
  WritePreferredRWLock,
} from '../src/index.js';

describe('types', () => {
  it('handles are disposable and carry their mode', () => {
    expectTypeOf<RWLockHandle['mode']>().toEqualTypeOf<'read' | 'write'>();
    expectTypeOf<RWLockHandle>().toMatchTypeOf<Disposable>();
    expectTypeOf<RWLockHandle>().toMatchTypeOf<AsyncDisposable>();
    expectTypeOf(new FairRWLock().reading()).toEqualTypeOf<Promise<RWLockHandle>>();
    expectTypeOf(new FairRWLock().tryWriting()).toEqualTypeOf<RWLockHandle | null>();
  });

  it('option types nest', () => {
    expectTypeOf<PriorityRWLockAcquireOptions>().toMatchTypeOf<RWLockAcquireOptions>();
    expectTypeOf<AgingRWLockAcquireOptions>().toMatchTypeOf<PriorityRWLockAcquireOptions>();
    expectTypeOf<AgingRWLockAcquireOptions['owner']>().toEqualTypeOf<unknown>();
    expectTypeOf<RWLockCreateOptions['preferWriters']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AgingRWLockOptions['rf']>().toEqualTypeOf<number | undefined>();
  });

  it('factories narrow on a literal', () => {
    expectTypeOf(createRWLock({ preferWriters: true })).toEqualTypeOf<WritePreferredRWLock>();
    expectTypeOf(createRWLock({ preferWriters: false })).toEqualTypeOf<ReadPreferredRWLock>();
    expectTypeOf(createRWLock()).toEqualTypeOf<WritePreferredRWLock | ReadPreferredRWLock>();
    expectTypeOf(createPriorityRWLock({ preferWriters: true })).toEqualTypeOf<WritePreferredPriorityRWLock>();
    expectTypeOf(createPriorityRWLock({ preferWriters: false })).toEqualTypeOf<FairPriorityRWLock>();
    expectTypeOf(createPriorityRWLock()).toEqualTypeOf<WritePreferredPriorityRWLock | FairPriorityRWLock>();
  });

  it('abstract classes cannot be constructed', () => {
    // @ts-expect-error RWLock is abstract
    void (() => new RWLock());
    // @ts-expect-error PriorityRWLock is abstract
    void (() => new PriorityRWLock());
    expectTypeOf(new AgingRWLock({ rf: -2 })).toMatchTypeOf<PriorityRWLock>();
  });

  it('priority options only where they mean something', () => {
    void new FairPriorityRWLock().reading({ priority: 1 });
    void new AgingRWLock().writing({ owner: {}, priority: 2, timeout: 5 });
    // @ts-expect-error FairRWLock has no priority
    void new FairRWLock().reading({ priority: 1 });
    // @ts-expect-error tryReading of a non-priority lock takes no options
    void new WritePreferredRWLock().tryReading({ priority: 1 });
  });

  it('wrappers keep parameters and await the result', () => {
    const get = RWLock.lock(async (k: string) => k.length);
    expectTypeOf(get).toEqualTypeOf<RWLockedFunction<[k: string], Promise<number>>>();
    expectTypeOf(get).parameters.toEqualTypeOf<[k: string]>();
    expectTypeOf(get).returns.toEqualTypeOf<Promise<number>>();
    expectTypeOf(get.lock).toEqualTypeOf<RWLock>();
    const set = get.writer((k: string, v: number) => `${k}${v}`);
    expectTypeOf(set).returns.toEqualTypeOf<Promise<string>>();
    // @ts-expect-error wrong argument type
    void get(1);
  });

  it('coercedMethod types this and the remaining parameters', () => {
    class A {
      v = 1;
    }
    const m = coercedMethod((self: A, x: number) => self.v + x, A);
    expectTypeOf(m).thisParameter.toEqualTypeOf<A>();
    expectTypeOf(m).parameters.toEqualTypeOf<[x: number]>();
    expectTypeOf(m).returns.toEqualTypeOf<number>();
  });
});

describe('callback forms take the options of the class', () => {
  it('priority and owner where the class has them', () => {
    void new FairPriorityRWLock().runWriting(() => 1, { priority: -1 });
    void new AgingRWLock().runReading(() => 1, { owner: 'me', timeout: 5 });
    void createRWLock().runReading(() => 1, { timeout: 5 });
    // @ts-expect-error FairRWLock has no priority
    void new FairRWLock().runWriting(() => 1, { priority: -1 });
    const lock: RWLock = new AgingRWLock();
    void lock.runReading(async () => 'x', { signal: AbortSignal.abort() });
    expectTypeOf(lock.runReading(async () => 'x')).toEqualTypeOf<Promise<string>>();
  });
});
