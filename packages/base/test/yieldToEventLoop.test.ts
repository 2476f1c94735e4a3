import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToEventLoop } from '../src/index.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Starts a chain of `steps` microtasks; returns a getter for how many have run. */
function microtaskChain(steps: number): () => number {
  let ran = 0;
  const step = (): void => {
    ran++;
    if (ran < steps) queueMicrotask(step);
  };
  queueMicrotask(step);
  return () => ran;
}

describe('yieldToEventLoop', () => {
  it('check 23: a 100-step microtask chain started just before finishes before it resolves', async () => {
    const ran = microtaskChain(100);
    let resolved = false;
    const p = yieldToEventLoop().then(() => {
      resolved = true;
      return ran();
    });
    expect(resolved).toBe(false);
    expect(await p).toBe(100);
  });

  it('check 23: never resolves synchronously; resolves to undefined', async () => {
    let resolved = false;
    const p = yieldToEventLoop();
    void p.then(() => (resolved = true));
    expect(resolved).toBe(false);
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(await p).toBeUndefined();
  });

  it('uses setImmediate where defined: an earlier setImmediate callback runs first, a later timer does not', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('immediate before'));
    await yieldToEventLoop();
    order.push('resolved');
    expect(order).toEqual(['immediate before', 'resolved']);
  });

  it('reads setImmediate at each call (never captured at import), so fake timers drive it', async () => {
    vi.useFakeTimers();
    let resolved = false;
    void yieldToEventLoop().then(() => (resolved = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });

  it('without setImmediate, uses a MessageChannel message and closes the ports', async () => {
    vi.stubGlobal('setImmediate', undefined);
    const closed: number[] = [];
    const Real = MessageChannel;
    class Spy extends Real {
      constructor() {
        super();
        const c1 = this.port1.close.bind(this.port1);
        const c2 = this.port2.close.bind(this.port2);
        this.port1.close = () => (closed.push(1), c1());
        this.port2.close = () => (closed.push(2), c2());
      }
    }
    vi.stubGlobal('MessageChannel', Spy);
    const ran = microtaskChain(100);
    await yieldToEventLoop();
    expect(ran()).toBe(100);
    expect(closed.sort()).toEqual([1, 2]);
  });

  it('without setImmediate and MessageChannel, falls back to setTimeout(0)', async () => {
    vi.stubGlobal('setImmediate', undefined);
    vi.stubGlobal('MessageChannel', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let resolved = false;
    void yieldToEventLoop().then(() => (resolved = true));
    expect(vi.getTimerCount()).toBe(1);
    await Promise.resolve();
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resolved).toBe(true);
  });
});
