import { isDomError, rejection, track } from '@asyncutils/tooling/testing';
import { availableParallelism } from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChildProcessExecutor } from '../src/ChildProcessExecutor.js';
import { Executor, isExecutorLike, isExecutorSubclass, type ExecutorSubmitOptions, type ExecutorTask } from '../src/Executor.js';
import { loadConfig } from '../src/loadConfig.js';
import '../src/resolveExecutor.js';
import { WorkerThreadExecutor } from '../src/WorkerThreadExecutor.js';
import { tempDir, thrown } from './support/harness.js';

/** An executor that runs function tasks in this thread, each call held until `release()`. */
class InlineExecutor extends Executor {
  readonly calls: { args: unknown[]; signal: AbortSignal | undefined; release(): void }[] = [];
  shutdowns = 0;

  override submit<A extends unknown[], R>(task: ExecutorTask<A, R>, args?: A, opts?: ExecutorSubmitOptions): Promise<Awaited<R>> {
    return new Promise((resolve, reject) => {
      const signal = opts?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      this.calls.push({
        args: args ?? [],
        signal,
        release: () => resolve((task as (...a: A) => R)(...((args ?? []) as A)) as Awaited<R>),
      });
    });
  }

  override async shutdown(): Promise<void> {
    this.shutdowns++;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Executor', () => {
  it('new Executor() returns the configured implementation (instanceof Executor)', async () => {
    loadConfig({ env: {}, cwd: tempDir() });
    const pool = new Executor({ maxWorkers: 1 });
    expect(pool).toBeInstanceOf(WorkerThreadExecutor);
    expect(pool).toBeInstanceOf(Executor);
    await pool.shutdown();
    loadConfig({ overrides: { executor: 'process' } });
    const processes = new Executor();
    expect(processes).toBeInstanceOf(ChildProcessExecutor);
    expect(processes.maxWorkers).toBe(availableParallelism());
    expect(processes.idleTimeout).toBe(10_000);
    await processes[Symbol.asyncDispose]();
  });

  it('the base submit and shutdown must be implemented by a subclass', () => {
    class Bare extends Executor {}
    const bare = new Bare({ maxWorkers: 3, idleTimeout: Number.POSITIVE_INFINITY });
    expect(bare.maxWorkers).toBe(3);
    expect(bare.idleTimeout).toBe(Number.POSITIVE_INFINITY);
    expect((thrown(() => bare.submit(() => 1)) as Error).message).toBe('asyncutils.config.Bare.submit must be implemented by a subclass');
    expect((thrown(() => bare.shutdown()) as Error).message).toBe('asyncutils.config.Bare.shutdown must be implemented by a subclass');
    expect(thrown(() => bare[Symbol.asyncDispose]())).toBeInstanceOf(TypeError);
  });

  it('validates options', () => {
    expect(thrown(() => new InlineExecutor({ maxWorkers: 0 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new InlineExecutor({ maxWorkers: 1.5 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new InlineExecutor({ maxWorkers: '2' as never }))).toBeInstanceOf(TypeError);
    expect(thrown(() => new InlineExecutor({ idleTimeout: -1 }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new InlineExecutor({ idleTimeout: Number.NaN }))).toBeInstanceOf(RangeError);
    expect(thrown(() => new InlineExecutor({ idleTimeout: '1' as never }))).toBeInstanceOf(TypeError);
    expect(thrown(() => new InlineExecutor(7 as never))).toBeInstanceOf(TypeError);
    expect((thrown(() => new InlineExecutor({ maxWorkers: 0 })) as Error).message).toBe('asyncutils.config.InlineExecutor: maxWorkers must be a positive integer, got 0');
  });

  it('is a brand check across copies: objects and classes of another copy count', () => {
    const brand = Symbol.for('asyncutils.config.Executor');
    const BaseOfOtherCopy = function () {} as unknown as { prototype: object };
    Object.defineProperty(BaseOfOtherCopy.prototype, brand, { value: true });
    const SubOfOtherCopy = function () {} as unknown as { prototype: object };
    SubOfOtherCopy.prototype = Object.create(BaseOfOtherCopy.prototype);
    const foreign = Object.create(SubOfOtherCopy.prototype);
    expect(foreign instanceof Executor).toBe(true);
    expect(foreign instanceof WorkerThreadExecutor).toBe(false);
    expect(isExecutorLike(foreign)).toBe(true);
    expect(isExecutorLike(null)).toBe(false);
    expect(isExecutorSubclass(SubOfOtherCopy)).toBe(true);
    expect(isExecutorSubclass(BaseOfOtherCopy)).toBe(false);
    expect(isExecutorSubclass(Executor)).toBe(false);
    expect(isExecutorSubclass(WorkerThreadExecutor)).toBe(true);
    expect(isExecutorSubclass(() => 1)).toBe(false);
    expect(isExecutorSubclass(Object)).toBe(false);
    expect({} instanceof Executor).toBe(false);
  });

  it('map submits every row of the shortest iterable at once and yields in input order', async () => {
    const pool = new InlineExecutor();
    const gen = pool.map((a: number, b: number) => a + b, [[1, 2, 3], new Set([10, 20, 30, 40])]);
    const first = gen.next();
    await Promise.resolve();
    expect(pool.calls.map((c) => c.args)).toEqual([[1, 10], [2, 20], [3, 30]]);
    pool.calls[2]!.release();
    pool.calls[1]!.release();
    pool.calls[0]!.release();
    expect(await first).toEqual({ value: 11, done: false });
    const rest: number[] = [];
    for await (const v of gen) rest.push(v);
    expect(rest).toEqual([22, 33]);
    const none: unknown[] = [];
    for await (const v of pool.map(() => 1, [])) none.push(v);
    expect(none).toEqual([]);
  });

  it('map: return() cancels the tasks not finished; the caller signal and the overall timeout abort them', async () => {
    vi.useFakeTimers();
    const pool = new InlineExecutor();
    const gen = pool.map((x: number) => x, [[1, 2, 3]]);
    const first = gen.next();
    await Promise.resolve();
    pool.calls[0]!.release();
    expect((await first).value).toBe(1);
    await gen.return();
    expect(pool.calls.slice(1).every((c) => c.signal?.aborted === true)).toBe(true);

    const timed = new InlineExecutor();
    const g2 = timed.map((x: number) => x, [[1, 2]], { timeout: 100 });
    const p2 = track(g2.next());
    await vi.advanceTimersByTimeAsync(100);
    const error = p2.reason;
    expect(isDomError(error, 'TimeoutError')).toBe(true);
    expect((error as Error).message).toBe('asyncutils.config.InlineExecutor.map: timed out after 100 ms');
    expect(vi.getTimerCount()).toBe(0);

    const controller = new AbortController();
    const aborted = new InlineExecutor();
    const g3 = aborted.map((x: number) => x, [[1]], { signal: controller.signal });
    const p3 = g3.next();
    await Promise.resolve();
    controller.abort('stop');
    expect(await rejection(p3)).toBe('stop');
    expect(await rejection(pool.map((x: number) => x, [[1]], { signal: AbortSignal.abort('early') }).next())).toBe('early');
    expect(await rejection(pool.map((x: number) => x, 'no' as never).next())).toBeInstanceOf(TypeError);
    expect(await rejection(pool.map((x: number) => x, [[1]], { timeout: -1 }).next())).toBeInstanceOf(RangeError);
  });

  it('[Symbol.asyncDispose] shuts down', async () => {
    const pool = new InlineExecutor();
    {
      await using scoped = pool;
      void scoped;
    }
    expect(pool.shutdowns).toBe(1);
  });
});
