import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncContextMixin, ExecutorRequiredAsyncContextMixin, type ContextExitArgs, type ExecutorRunner } from '../src/index.js';
import { Deferred } from './support/fixtures.js';

class SlowEnter extends ExecutorRequiredAsyncContextMixin<string> {
  entered = false;
  readonly exitArgs: ContextExitArgs[] = [];
  override enter(): string {
    this.entered = true;
    return 'entered';
  }
  exit(...args: ContextExitArgs): void {
    this.exitArgs.push(args);
  }
}

class ThrowingExit extends ExecutorRequiredAsyncContextMixin<ThrowingExit> {
  exit(): never {
    throw new RangeError('exit failed');
  }
}

describe('ExecutorRequiredAsyncContextMixin', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is an AsyncContextMixin', () => {
    expect(new Deferred()).toBeInstanceOf(AsyncContextMixin);
  });

  it('check 6: with enter not overridden, enterAsync() resolves this without touching runner', async () => {
    const d = new Deferred();
    const runner = vi.spyOn(d as unknown as { runner: number }, 'runner', 'get');
    await expect(d.enterAsync()).resolves.toBe(d);
    expect(runner).not.toHaveBeenCalled();
  });

  it('check 6: exitAsync() does not call exit synchronously, calls it after 0 ms and resolves its value', async () => {
    vi.useFakeTimers();
    const d = new Deferred();
    const p = d.exitAsync();
    expect(d.exited).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(d.exited).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(d.exited).toBe(true);
    await expect(p).resolves.toBe(true);
  });

  it('check 6: an overridden enter runs through the runner on a later macrotask', async () => {
    vi.useFakeTimers();
    const s = new SlowEnter();
    const p = s.enterAsync();
    await Promise.resolve();
    expect(s.entered).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.entered).toBe(true);
    await expect(p).resolves.toBe('entered');
  });

  it('exitAsync forwards the error argument; a throwing exit rejects', async () => {
    vi.useFakeTimers();
    const s = new SlowEnter();
    const e = new Error('e');
    const p = s.exitAsync(e);
    await vi.advanceTimersByTimeAsync(0);
    await p;
    expect(s.exitArgs).toEqual([[e]]);
    const t = new ThrowingExit();
    const q = t.exitAsync();
    const settled = expect(q).rejects.toThrow('exit failed');
    await vi.advanceTimersByTimeAsync(0);
    await settled;
  });

  it('`await using` exits through the runner', async () => {
    vi.useFakeTimers();
    const d = new Deferred();
    const block = (async () => {
      await using _g = await d.enterAsync();
    })();
    await vi.advanceTimersByTimeAsync(0);
    await block;
    expect(d.exited).toBe(true);
  });

  it('the default runner is cached: the same function on every access', () => {
    const d = new Deferred();
    expect(typeof d.runner).toBe('function');
    expect(d.runner).toBe(d.runner);
  });

  it('the default runner passes arguments and settles with the result or the error', async () => {
    vi.useFakeTimers();
    const { runner } = new Deferred();
    const ok = runner((a: number, b: number) => a + b, 2, 3);
    const bad = runner(() => {
      throw new TypeError('nope');
    });
    const badSettled = expect(bad).rejects.toThrow('nope');
    await vi.advanceTimersByTimeAsync(0);
    await expect(ok).resolves.toBe(5);
    await badSettled;
  });

  it('check 6: an overridden runner getter is used instead and read once per instance', async () => {
    const runs: unknown[] = [];
    let reads = 0;
    class Custom extends SlowEnter {
      override get runner(): ExecutorRunner {
        reads++;
        return (fn, ...args) => {
          runs.push(fn);
          return Promise.resolve(fn(...args)) as never;
        };
      }
    }
    const c = new Custom();
    await expect(c.enterAsync()).resolves.toBe('entered');
    await c.exitAsync();
    await c.exitAsync(new Error('x'));
    await c[Symbol.asyncDispose]();
    expect(reads).toBe(1);
    expect(runs).toHaveLength(4);
    expect(c.exitArgs).toEqual([[], [new Error('x')], []]);
    const other = new Custom();
    await other.exitAsync();
    expect(reads).toBe(2);
  });

  it('regression: runs on the same thread, deferred; no executor is created (no timers left after settling)', async () => {
    vi.useFakeTimers();
    const d = new Deferred();
    const p = d.exitAsync();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    await p;
    expect(vi.getTimerCount()).toBe(0);
  });
});
