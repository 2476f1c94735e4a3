import { describe, expect, it, vi } from 'vitest';
import { watchWaiter } from '../src/watchWaiter.js';

describe('watchWaiter', () => {
  it('is false until a listener was attached and every attached listener removed again', () => {
    const ac = new AbortController();
    const left = watchWaiter(ac.signal);
    expect(left()).toBe(false);
    const a = { handleEvent: vi.fn() };
    const b = vi.fn();
    ac.signal.addEventListener('abort', a, { once: true });
    ac.signal.addEventListener('abort', b);
    ac.signal.addEventListener('other' as 'abort', vi.fn());
    expect(left()).toBe(false);
    ac.signal.removeEventListener('abort', a);
    expect(left()).toBe(false);
    ac.signal.removeEventListener('other' as 'abort', b);
    expect(left()).toBe(false);
    ac.signal.removeEventListener('abort', b);
    expect(left()).toBe(true);
  });

  it('still forwards to the real methods: listeners fire on abort and removed ones do not', () => {
    const ac = new AbortController();
    watchWaiter(ac.signal);
    const kept = vi.fn();
    const dropped = vi.fn();
    ac.signal.addEventListener('abort', kept);
    ac.signal.addEventListener('abort', dropped);
    ac.signal.removeEventListener('abort', dropped);
    ac.abort();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('ignores a null listener', () => {
    const fake = { addEventListener: vi.fn(), removeEventListener: vi.fn() } as unknown as AbortSignal;
    const left = watchWaiter(fake);
    fake.addEventListener('abort', null as never);
    expect(left()).toBe(false);
  });
});
