import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Future, Task } from '@asyncutils/futures';
import { getFuture } from '../src/getFuture.js';
import { safeCancel } from '../src/safeCancel.js';
import { flushMicrotasks, rejection } from './support/hooks.js';

/** Resolves after `ms` (fake timers drive it). */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A task whose work rejects with the abort reason once aborted, after `delay` microtasks. */
function cooperative(): Task<never> {
  return new Task<never>(
    (signal) =>
      new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => void flushMicrotasks(3).then(() => reject(signal.reason)), { once: true });
      }),
  );
}

describe('safeCancel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('check 12: cancels a pending task and resolves after it settled, without rejecting', async () => {
    const t = cooperative();
    await flushMicrotasks();
    let resolved = false;
    const p = safeCancel(t).then(() => (resolved = true));
    await Promise.resolve();
    expect(t.signal.aborted).toBe(true);
    expect(t.done()).toBe(false);
    expect(resolved).toBe(false);
    await p;
    expect(t.cancelled()).toBe(true);
  });

  it('check 12: resolves on a done future without calling cancel', async () => {
    const f = new Future<number>();
    f.setResult(1);
    const cancel = vi.spyOn(f, 'cancel');
    await safeCancel(f);
    expect(cancel).not.toHaveBeenCalled();
    const failed = new Future<number>();
    failed.setException(new Error('x'));
    await expect(safeCancel(failed)).resolves.toBeUndefined();
  });

  it('check 12: an aborted signal rejects with its reason (already aborted: nothing is cancelled)', async () => {
    const reason = new Error('stop waiting');
    const ctrl = new AbortController();
    ctrl.abort(reason);
    const t = cooperative();
    expect(await rejection(safeCancel(t, { signal: ctrl.signal }))).toBe(reason);
    expect(t.signal.aborted).toBe(false);
    t.cancel();
    await rejection(t);

    const stubborn = new Task<number>(() => new Promise<number>(() => {}));
    await flushMicrotasks();
    const later = new AbortController();
    const p = rejection(safeCancel(stubborn, { signal: later.signal }));
    await flushMicrotasks();
    expect(stubborn.signal.aborted).toBe(true);
    later.abort(reason);
    expect(await p).toBe(reason);
    expect(stubborn.done()).toBe(false);
  });

  it('removes its abort listener when the cancellable settles', async () => {
    const ctrl = new AbortController();
    const add = vi.spyOn(ctrl.signal, 'addEventListener');
    const remove = vi.spyOn(ctrl.signal, 'removeEventListener');
    const f = new Future<number>();
    await safeCancel(f, { signal: ctrl.signal });
    expect(f.cancelled()).toBe(true);
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledTimes(1);
  });

  it('check 12: upstream test port — cancelling an outer task before it started leaves the inner one alone', async () => {
    vi.useFakeTimers();
    const t = getFuture(sleep(30).then(() => 3));
    const outer = new Task(() => safeCancel(t));
    await safeCancel(outer);
    expect(outer.cancelled()).toBe(true);
    const value = t.then((v) => v);
    await vi.advanceTimersByTimeAsync(30);
    expect(await value).toBe(3);
    expect(t.cancelled()).toBe(false);
  });

  it('accepts any cancellable thenable; work that ignores the request settles as it chooses', async () => {
    let resolve!: (v: number) => void;
    const promise = new Promise<number>((r) => (resolve = r));
    const cancel = vi.fn(() => resolve(9));
    await safeCancel(Object.assign(promise, { cancel }));
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('rejects bad input with TypeError', async () => {
    expect(await rejection(safeCancel(Promise.resolve() as never))).toHaveProperty(
      'message',
      'asyncutils.util.safe_cancel: expected a cancellable thenable (cancel and then methods), got a Promise',
    );
    expect(await rejection(safeCancel(null as never))).toBeInstanceOf(TypeError);
    expect(await rejection(safeCancel(new Future(), 1 as never))).toBeInstanceOf(TypeError);
    expect(await rejection(safeCancel(new Future(), { signal: {} as never }))).toBeInstanceOf(TypeError);
    const e = new Error('then threw');
    const weird = {
      cancel() {},
      then(): never {
        throw e;
      },
    };
    expect(await rejection(safeCancel(weird))).toBe(e);
  });

  it('leak: 100 000 waits on a long-lived signal leave no listener', async () => {
    const ctrl = new AbortController();
    setMaxListeners(0, ctrl.signal);
    for (let round = 0; round < 100; round++) {
      const ps: Promise<void>[] = [];
      for (let i = 0; i < 1_000; i++) ps.push(safeCancel(new Future<number>(), { signal: ctrl.signal }));
      await Promise.all(ps);
    }
    expect(getEventListeners(ctrl.signal, 'abort')).toHaveLength(0);
  });
});
