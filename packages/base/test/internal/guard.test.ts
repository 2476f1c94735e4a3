import { getEventListeners } from 'node:events';
import { flush, track } from '@asyncutils/tooling/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard } from '../../src/internal/guard.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('internal/guard', () => {
  it('without signal or timeout, runs directly with a never-halted Halt', async () => {
    await expect(guard('f', undefined, Number.POSITIVE_INFINITY, async (h) => h.halted)).resolves.toBe(false);
  });

  it('an already-aborted signal rejects without running', async () => {
    const run = vi.fn(async () => 1);
    const c = new AbortController();
    c.abort('r');
    await expect(guard('f', c.signal, 10, run)).rejects.toBe('r');
    expect(run).not.toHaveBeenCalled();
  });

  it('success and failure remove the listener and clear the timer; halt flips when answered early', async () => {
    vi.useFakeTimers();
    const c = new AbortController();
    await expect(guard('f', c.signal, 100, async () => 'ok')).resolves.toBe('ok');
    await expect(guard('f', c.signal, 100, async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(getEventListeners(c.signal, 'abort')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    let halt: { halted: boolean } | undefined;
    let finish!: () => void;
    const call = track(
      guard('g', undefined, 5, (h) => {
        halt = h;
        return new Promise<void>((r) => (finish = r));
      }),
    );
    await vi.advanceTimersByTimeAsync(5);
    expect(halt?.halted).toBe(true);
    expect((call.reason as DOMException).message).toBe('asyncutils.base.g: timed out after 5 ms');
    finish();
    await flush();
    expect(call.settlements).toBe(1);
  });

  it('calls unref() on the timer only when it exists', async () => {
    const unref = vi.fn();
    const realSet = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (fn: () => void, ms: number) => Object.assign(realSet(fn, ms), { unref }));
    await guard('f', undefined, 1000, async () => 1);
    expect(unref).toHaveBeenCalledTimes(1);
    vi.stubGlobal('setTimeout', (fn: () => void, ms: number) => {
      realSet(fn, ms);
      return 7; // a browser-style numeric id
    });
    await expect(guard('f', undefined, 1000, async () => 2)).resolves.toBe(2);
    vi.unstubAllGlobals();
  });
});
