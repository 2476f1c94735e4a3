import { hasAuditHooks, objectId } from '@asyncutils/audit';
import { flush } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AsyncCallbacksFuture, type FutureCallbackContext, UniqueCallbacksFuture } from '../src/index.js';
import { recordEvents } from './support/helpers.js';

afterEach(() => {
  expect(hasAuditHooks()).toBe(false);
});

describe('UniqueCallbacksFuture', () => {
  it('check 13: a callback added twice runs once at its first position; removal returns 1 then 0', async () => {
    const calls: string[] = [];
    const f = (): void => void calls.push('f');
    const g = (): void => void calls.push('g');
    const fut = new UniqueCallbacksFuture<number>();
    fut.addAsyncCallback(f);
    fut.addAsyncCallback(g);
    fut.addAsyncCallback(f);
    fut.setResult(1);
    await flush();
    expect(calls).toEqual(['f', 'g']);

    const fut2 = new UniqueCallbacksFuture<number>();
    fut2.addAsyncCallback(f);
    fut2.addAsyncCallback(f);
    expect(fut2.removeAsyncCallback(f)).toBe(1);
    expect(fut2.removeAsyncCallback(f)).toBe(0);
  });

  it('check 13: on AsyncCallbacksFuture the same sequence runs it twice and removal returns 2', async () => {
    const calls: string[] = [];
    const f = (): void => void calls.push('f');
    const g = (): void => void calls.push('g');
    const fut = new AsyncCallbacksFuture<number>();
    fut.addAsyncCallback(f);
    fut.addAsyncCallback(g);
    fut.addAsyncCallback(f);
    fut.setResult(1);
    await flush();
    expect(calls).toEqual(['f', 'g', 'f']);
    const fut2 = new AsyncCallbacksFuture<number>();
    fut2.addAsyncCallback(f);
    fut2.addAsyncCallback(f);
    expect(fut2.removeAsyncCallback(f)).toBe(2);
  });

  it('uniqueness is per kind; adding again replaces the context', async () => {
    const f = vi.fn();
    const first = vi.fn((fn: () => unknown) => fn()) as unknown as FutureCallbackContext;
    const second = vi.fn((fn: () => unknown) => fn()) as unknown as FutureCallbackContext;
    const fut = new UniqueCallbacksFuture<number>();
    fut.addDoneCallback(f, { context: first });
    fut.addDoneCallback(f, { context: second });
    fut.addNoargsCallback(f);
    fut.addNoargsAsyncCallback(f);
    fut.addNoargsAsyncCallback(f);
    expect(fut.removeNoargsCallback(f)).toBe(1);
    expect(fut.removeNoargsCallback(f)).toBe(0);
    fut.setResult(1);
    await flush();
    expect(f).toHaveBeenCalledTimes(2);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(fut.removeDoneCallback(f)).toBe(0);
  });

  it('regression: it is an AsyncCallbacksFuture (upstream: a sibling) and raises that event', () => {
    using rec = recordEvents();
    const fut = new UniqueCallbacksFuture<number>();
    expect(fut).toBeInstanceOf(AsyncCallbacksFuture);
    fut.setResult(1);
    expect(rec.events).toEqual([{ event: 'asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks', args: [objectId(fut)] }]);
  });
});
