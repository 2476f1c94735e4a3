// UserPriorityQueue (check 21): priorities, FIFO ties, entries, fromIterOfTuples, initPriority.
import { describe, expect, it } from 'vitest';
import { UserPriorityQueue } from '../src/UserPriorityQueue.js';
import { rejection, thrown } from './support/harness.js';

describe('UserPriorityQueue', () => {
  it('check 21: lower priority first, FIFO among equal priorities', async () => {
    const q = new UserPriorityQueue<string>();
    q.putNowait('low', { priority: 5 });
    q.putNowait('a');
    q.putNowait('b');
    q.putNowait('urgent', { priority: -1 });
    expect(q.peekEntry()).toEqual([-1, 3, 'urgent']);
    expect(q.peek()).toBe('urgent');
    expect(q.peekAll()).toEqual(['urgent', 'a', 'b', 'low']);
    expect(q.peekAllEntries()).toEqual([
      [-1, 3, 'urgent'],
      [0, 1, 'a'],
      [0, 2, 'b'],
      [5, 0, 'low'],
    ]);
    expect([await q.get(), q.getNowait(), await q.get(), q.getNowait()]).toEqual(['urgent', 'a', 'b', 'low']);
  });

  it('check 21: fromIterOfTuples inserts entries as they are', async () => {
    const q = UserPriorityQueue.fromIterOfTuples([
      [1, 0, 'x'],
      [0, 1, 'y'],
    ]);
    expect(q.drainIntoList()).toEqual(['y', 'x']);
    const bad = UserPriorityQueue.fromIterOfTuples([[1, 0, 'x'], [NaN, 1, 'y'] as unknown as [number, number, string]]);
    expect(await rejection(bad.ready)).toBeInstanceOf(TypeError);
    expect(bad.drainIntoList()).toEqual(['x']);
    async function* entries(): AsyncGenerator<[number, number, string]> {
      yield [2, 0, 'b'];
      yield [1, 0, 'a'];
    }
    const later = UserPriorityQueue.fromIterOfTuples(entries(), 5);
    await later.ready;
    expect(later.drainIntoList()).toEqual(['a', 'b']);
  });

  it('check 21: initItems with initPriority', () => {
    const q = new UserPriorityQueue<string>(0, { initItems: ['p', 'q'], initPriority: 2 });
    q.putNowait('r', { priority: 1 });
    expect(q.drainIntoList()).toEqual(['r', 'p', 'q']);
  });

  it('check 21: a non-finite priority is a RangeError (TypeError when not a number), everywhere', async () => {
    const q = new UserPriorityQueue<string>(1);
    expect(thrown(() => q.putNowait('x', { priority: NaN }))).toBeInstanceOf(RangeError);
    expect(String(thrown(() => q.putNowait('x', { priority: Infinity })))).toMatch(
      /asyncutils\.queues\.UserPriorityQueue\.putNowait: priority must be a finite number, got Infinity/,
    );
    expect(thrown(() => q.putNowait('x', { priority: '1' as unknown as number }))).toBeInstanceOf(TypeError);
    expect(thrown(() => q.putNowait('x', 3 as unknown as object))).toBeInstanceOf(TypeError);
    expect(await rejection(q.put('x', { priority: NaN }))).toBeInstanceOf(RangeError);
    expect(thrown(() => q.push('x', { priority: NaN }))).toBeInstanceOf(RangeError);
    expect(await rejection(q.smartPut('x', { priority: NaN }))).toBeInstanceOf(RangeError);
    expect(await rejection(q.extend(['x'], { priority: NaN }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new UserPriorityQueue(0, { initPriority: NaN }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new UserPriorityQueue(0, 'x' as unknown as object))).toBeInstanceOf(TypeError);
    expect(q.qsize()).toBe(0);
    const tx = q.transaction();
    expect(thrown(() => tx.putNowait('x', { priority: NaN }))).toBeInstanceOf(RangeError);
    tx.rollback();
  });

  it('priority flows through put, push, smartPut, extend and the transaction handle', async () => {
    const q = new UserPriorityQueue<string>(3);
    await q.put('c', { priority: 3 });
    await q.smartPut('a', { priority: 1 });
    await q.extend(['b'], { priority: 2 });
    expect(q.push('z', { priority: 0 })).toBe(true); // evicts 'a'
    expect(q.peekAll()).toEqual(['z', 'b', 'c']);
    q.transaction((tx) => {
      tx.getNowait();
      tx.putNowait('y', { priority: 10 });
    });
    expect(q.peekAll()).toEqual(['b', 'c', 'y']);
    expect(q.pushpopNowait('w', { raising: false })).toBe('b'); // full: gets first, then puts at priority 0
    expect(q.peekAllEntries().map((e) => e[0])).toEqual([0, 3, 10]);
    expect(thrown(() => new UserPriorityQueue().peekEntry())).toBeInstanceOf(Error);
  });
});
