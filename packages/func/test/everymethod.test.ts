import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { everymethod } from '../src/everymethod.js';
import { clock, deferred, flush, spyConsole, track } from './support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
  spyConsole();
});
afterEach(() => {
  vi.useRealTimers();
});

class Poller {
  readonly runs: number[] = [];
  readonly stop = deferred<string>();
  constructor(readonly id: string) {}
}

describe('everymethod', () => {
  it('check 13: uses this and each instance\'s own stop promise', async () => {
    const getter = vi.fn((self: Poller) => self.stop.promise);
    const poll = everymethod(50, { stopWhenGetter: getter, maxIterations: 2, stopOnExc: false })(function poll(this: Poller) {
      this.runs.push(clock());
    });
    const a = new Poller('a');
    const b = new Poller('b');
    const pa = track(poll.call(a));
    const pb = track(poll.call(b));
    expect(getter).toHaveBeenCalledTimes(2);
    expect(getter.mock.calls.map(([s]) => s)).toEqual([a, b]);
    await vi.advanceTimersByTimeAsync(20);
    a.stop.resolve('a stopped');
    await flush();
    expect(pa.value).toBe('a stopped');
    expect(pb.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(pb.state).toBe('fulfilled');
    expect(pb.value).toBeUndefined(); // maxIterations reached without stopOnExc
    expect(a.runs).toHaveLength(1);
    expect(b.runs).toHaveLength(2);
    expect(poll.name).toBe('poll');
  });

  it('passes suppliedArgs then the arguments, and reports with the everymethod name', async () => {
    const con = spyConsole();
    const seen: unknown[][] = [];
    const m = everymethod(10, { suppliedArgs: [0], maxIterations: 2, stopOnExc: false })(function work(this: unknown, ...a: unknown[]) {
      seen.push([this, ...a]);
      throw new Error('x');
    });
    const self = { s: 1 };
    const p = m.call(self, 'y');
    await vi.advanceTimersByTimeAsync(20);
    await p;
    expect(seen).toEqual([
      [self, 0, 'y'],
      [self, 0, 'y'],
    ]);
    expect(con.warn.mock.calls[0]?.[0]).toBe('asyncutils.func.everymethod: error in periodic coroutine work on iteration 0');
    expect(con.info).toHaveBeenCalledWith('asyncutils.func.everymethod: periodic coroutine work reached the maximum of 2 iterations');
  });

  it('without a getter it never stops by itself; a getter returning no thenable rejects', async () => {
    const m = everymethod(10, { maxIterations: 3, stopOnExc: false, default: 7 })(function () {});
    const p = m.call({});
    await vi.advanceTimersByTimeAsync(30);
    expect(await p).toBe(7);
    const bad = everymethod(10, { stopWhenGetter: () => 5 as never })(function () {});
    await expect(bad.call({})).rejects.toThrow(/asyncutils\.func\.everymethod: the result of stopWhenGetter must be a promise or thenable, got 5/);
    expect(() => everymethod(10, { stopWhenGetter: 1 as never })).toThrow(/stopWhenGetter must be a function/);
    expect(() => everymethod(-1)).toThrow(RangeError);
  });
});
