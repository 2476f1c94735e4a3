// Type-level checks: item inference, derived queue types, transaction handles, password queue shapes.
import { describe, expectTypeOf, it } from 'vitest';
import {
  passwordQueue,
  SmartLifoQueue,
  SmartPriorityQueue,
  SmartQueue,
  UserPriorityQueue,
  type Comparator,
  type GetAndPutProtectedQueue,
  type GetProtectedQueue,
  type PasswordQueueBase,
  type PasswordQueueOptions,
  type PasswordType,
  type PutProtectedQueue,
  type QueueTransaction,
  type QueueWaitOptions,
  type UserPriorityEntry,
} from '../src/index.js';

describe('types', () => {
  it('queues carry their item type', () => {
    const q = new SmartQueue<number>();
    expectTypeOf(q.get()).toEqualTypeOf<Promise<number>>();
    expectTypeOf(q.getNowait()).toEqualTypeOf<number>();
    expectTypeOf(q.peekAll()).toEqualTypeOf<number[]>();
    expectTypeOf(q.drainIntoList()).toEqualTypeOf<number[]>();
    expectTypeOf(q.filterNowait()).toEqualTypeOf<[removed: number[], overflowIndex: number]>();
    // @ts-expect-error a string is not a number
    q.putNowait('x');
    // @ts-expect-error SmartQueue takes no put options
    q.putNowait(1, { priority: 1 });
    const opts: QueueWaitOptions = { timeout: 5 };
    expectTypeOf(q.put(1, opts)).toEqualTypeOf<Promise<void>>();
  });

  it('derived queues', () => {
    const q = new SmartQueue<number>();
    expectTypeOf(q.map(async (x) => String(x))).toEqualTypeOf<SmartQueue<string>>();
    expectTypeOf(q.map((x) => x, { lifo: true })).toEqualTypeOf<SmartLifoQueue<number>>();
    expectTypeOf(q.filter((x) => x > 1)).toEqualTypeOf<SmartQueue<number>>();
    expectTypeOf(q.enumerate()).toEqualTypeOf<SmartQueue<[number, number]>>();
    const pairs = new SmartQueue<[number, string]>();
    expectTypeOf(pairs.starmap((n, s) => s.repeat(n))).toEqualTypeOf<SmartQueue<string>>();
    // @ts-expect-error starmap needs array items
    q.starmap((x: number) => x);
  });

  it('transactions', () => {
    const u = new UserPriorityQueue<string>();
    const tx = u.transaction();
    expectTypeOf(tx).toEqualTypeOf<QueueTransaction<string, UserPriorityQueue<string>>>();
    tx.putNowait('a', { priority: 2 });
    expectTypeOf(u.transaction(() => 5)).toEqualTypeOf<number>();
    expectTypeOf(u.transaction(async () => 5)).toEqualTypeOf<Promise<number>>();
    expectTypeOf(u.peekEntry()).toEqualTypeOf<UserPriorityEntry<string>>();
  });

  it('priority queues and comparators', () => {
    const c: Comparator<string> = (a, b) => a.length - b.length;
    const p = new SmartPriorityQueue<string>(0, { compare: c, initItems: ['a'] });
    expectTypeOf(p.ready).toEqualTypeOf<Promise<void>>();
    expectTypeOf(p.peek()).toEqualTypeOf<string>();
  });

  it('password queue shapes', () => {
    const put = passwordQueue<number, unknown, string>({ passwordPut: 'p' });
    expectTypeOf(put).toEqualTypeOf<PutProtectedQueue<number, string>>();
    expectTypeOf(put.put(1, 'p')).toEqualTypeOf<Promise<void>>();
    expectTypeOf(put.getNowait()).toEqualTypeOf<number>();
    const get = passwordQueue<number, string>({ protectGet: true, protectPut: false, passwordGet: 'g' });
    expectTypeOf(get).toEqualTypeOf<GetProtectedQueue<number, string>>();
    const both = passwordQueue<number, string, string>({ protectGet: true, passwordGet: 'g', passwordPut: 'p' });
    expectTypeOf(both).toEqualTypeOf<GetAndPutProtectedQueue<number, string, string>>();
    expectTypeOf(both).toMatchTypeOf<PasswordQueueBase<number, string, string>>();
    const t: PasswordType = Uint8Array;
    const o: PasswordQueueOptions<number, never, Uint8Array> = { passwordPut: new Uint8Array(1), putType: t };
    expectTypeOf(o.maxsize).toEqualTypeOf<number | undefined>();
  });
});
