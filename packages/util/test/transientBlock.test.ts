import { describe, expect, it, vi } from 'vitest';
import { Future } from '@asyncutils/futures';
import { transientBlock } from '../src/transientBlock.js';
import { flushMicrotasks, rejection } from './support/hooks.js';

describe('transientBlock', () => {
  it('check 18: a pending Future fulfilled with f(...args) after a microtask', async () => {
    const f = vi.fn((a: number, b: number) => a + b);
    const fut = transientBlock(f, 1, 2);
    expect(fut).toBeInstanceOf(Future);
    expect(fut.done()).toBe(false);
    expect(f).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(f).toHaveBeenCalledWith(1, 2);
    expect(fut.done()).toBe(true);
    expect(await fut).toBe(3);
  });

  it('check 18 / regression: a throwing function rejects the future (upstream never completed it)', async () => {
    const e = new Error('boom');
    const fut = transientBlock(() => {
      throw e;
    });
    expect(await rejection(fut)).toBe(e);
    expect(fut.state).toBe('rejected');
  });

  it('awaits a thenable result; a rejection rejects', async () => {
    expect(await transientBlock(async (x: string) => x.toUpperCase(), 'a')).toBe('A');
    const e = new Error('later');
    expect(await rejection(transientBlock(() => Promise.reject(e)))).toBe(e);
  });

  it('a cancelled future never calls f; a late outcome after cancel is ignored', async () => {
    const f = vi.fn(() => 1);
    const fut = transientBlock(f);
    fut.cancel();
    await flushMicrotasks();
    expect(f).not.toHaveBeenCalled();
    let resolve!: (v: number) => void;
    const slow = transientBlock(() => new Promise<number>((r) => (resolve = r)));
    await flushMicrotasks();
    slow.cancel();
    resolve(5);
    await flushMicrotasks();
    expect(slow.cancelled()).toBe(true);
    let reject!: (e: unknown) => void;
    const slowFail = transientBlock(() => new Promise<number>((_, r) => (reject = r)));
    await flushMicrotasks();
    slowFail.cancel();
    reject(new Error('ignored'));
    await flushMicrotasks();
    expect(slowFail.cancelled()).toBe(true);
  });

  it('rejects a non-function with TypeError', () => {
    expect(() => transientBlock(1 as never)).toThrow('asyncutils.util.transient_block: f must be a function, got 1');
  });
});
