import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFlag, checkOptions, checkSignal, checkTimeout, describe as describeValue, enqueue, timeoutError, Waiter, WaiterQueue } from '../src/waiter.js';
import { flush, track } from './support/track.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('option checks', () => {
  it('checkTimeout: undefined → Infinity; numbers >= 0 pass; NaN/negative RangeError; non-number TypeError', () => {
    expect(checkTimeout(undefined, 'api')).toBe(Infinity);
    expect(checkTimeout(0, 'api')).toBe(0);
    expect(checkTimeout(Infinity, 'api')).toBe(Infinity);
    expect(() => checkTimeout(Number.NaN, 'api')).toThrow(new RangeError('api: timeout must be a non-negative number of milliseconds (or Infinity), got NaN'));
    expect(() => checkTimeout(-1, 'api')).toThrow(RangeError);
    expect(() => checkTimeout(-Infinity, 'api')).toThrow(RangeError);
    expect(() => checkTimeout(null, 'api')).toThrow(new TypeError('api: timeout must be a number of milliseconds, got null'));
    expect(() => checkTimeout(10n, 'api')).toThrow(TypeError);
  });

  it('checkSignal accepts AbortSignals only', () => {
    const { signal } = new AbortController();
    expect(checkSignal(undefined, 'api')).toBeUndefined();
    expect(checkSignal(signal, 'api')).toBe(signal);
    expect(() => checkSignal(null, 'api')).toThrow(TypeError);
    expect(() => checkSignal({ aborted: false }, 'api')).toThrow(/api: signal must be an AbortSignal, got Object/);
    expect(() => checkSignal(new EventTarget(), 'api')).toThrow(/got EventTarget/);
  });

  it('checkFlag and checkOptions', () => {
    expect(checkFlag(undefined, 'f', true, 'api')).toBe(true);
    expect(checkFlag(false, 'f', true, 'api')).toBe(false);
    expect(() => checkFlag('no', 'f', true, 'api')).toThrow(new TypeError('api: f must be a boolean, got "no"'));
    const o = {};
    expect(checkOptions(o, 'api')).toBe(o);
    expect(checkOptions(undefined, 'api')).toBeUndefined();
    expect(() => checkOptions(null as unknown as object, 'api')).toThrow(new TypeError('api: options must be an object, got null'));
  });

  it('describe names bad values', () => {
    expect(describeValue('s')).toBe('"s"');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(Object.create(null))).toBe('an object');
    expect(describeValue([])).toBe('Array');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(undefined)).toBe('undefined');
  });

  it('timeoutError is a DOMException named TimeoutError', () => {
    const e = timeoutError('api', 5);
    expect(e).toBeInstanceOf(DOMException);
    expect(e.name).toBe('TimeoutError');
    expect(e.message).toBe('api: timed out after 5 ms');
  });
});

describe('WaiterQueue', () => {
  it('keeps FIFO order, removes in O(1) from any position, and ignores foreign nodes', () => {
    const q = new WaiterQueue<number>();
    const nodes = [1, 2, 3, 4].map(() => new Waiter<number>('api'));
    for (const n of nodes) q.push(n);
    expect(q.size).toBe(4);
    q.remove(nodes[0]!);
    q.remove(nodes[2]!);
    q.remove(nodes[3]!);
    q.remove(nodes[3]!); // twice: no effect
    new WaiterQueue<number>().remove(nodes[1]!); // another queue's node: no effect
    expect(q.size).toBe(1);
    expect(q.head).toBe(nodes[1]);
    expect(q.tail).toBe(nodes[1]);
    q.remove(nodes[1]!);
    expect([q.head, q.tail, q.size]).toEqual([undefined, undefined, 0]);
  });

  it('broadcast reaches the waiters queued at the call only, oldest first', async () => {
    const q = new WaiterQueue<number>();
    const order: number[] = [];
    class Recorder extends Waiter<number> {
      constructor(private readonly id: number) {
        super('api');
      }
      override receive(value: number): boolean {
        order.push(this.id);
        if (this.id === 1) enqueue(q, new Recorder(99), Infinity, undefined); // joins during the broadcast
        return super.receive(value);
      }
    }
    const ps = [1, 2, 3].map((id) => track(enqueue(q, new Recorder(id), Infinity, undefined)));
    q.broadcast(7);
    await flush();
    expect(order).toEqual([1, 2, 3]);
    expect(ps.map((p) => p.value)).toEqual([7, 7, 7]);
    expect(q.size).toBe(1);
  });
});

describe('enqueue: timers and signals', () => {
  it('re-arms timeouts longer than setTimeout allows (2^31 - 1 ms)', async () => {
    vi.useFakeTimers();
    const q = new WaiterQueue<number>();
    const w = track(enqueue(q, new Waiter<number>('api'), 2 ** 31 + 4, undefined));
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(w.status).toBe('pending');
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(4);
    expect(w.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(w.status).toBe('rejected');
    expect((w.reason as DOMException).message).toBe(`api: timed out after ${2 ** 31 + 4} ms`);
    expect(q.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('calls unref() on the timer when the runtime has it, and copes when it does not', async () => {
    const unref = vi.fn();
    vi.stubGlobal('setTimeout', vi.fn(() => ({ unref })));
    vi.stubGlobal('clearTimeout', vi.fn());
    const q = new WaiterQueue<number>();
    const node = new Waiter<number>('api');
    const p = track(enqueue(q, node, 10, undefined));
    expect(unref).toHaveBeenCalledOnce();
    q.broadcast(1);
    expect(clearTimeout).toHaveBeenCalledOnce();
    vi.stubGlobal('setTimeout', vi.fn(() => 42)); // a browser-style numeric handle
    const p2 = track(enqueue(q, new Waiter<number>('api'), 10, undefined));
    q.broadcast(2);
    await flush();
    expect([p.value, p2.value]).toEqual([1, 2]);
  });

  it('adds the abort listener with once: true and removes it when settled', () => {
    const ac = new AbortController();
    const add = vi.spyOn(ac.signal, 'addEventListener');
    const remove = vi.spyOn(ac.signal, 'removeEventListener');
    const q = new WaiterQueue<number>();
    const node = new Waiter<number>('api');
    void enqueue(q, node, Infinity, ac.signal);
    expect(add).toHaveBeenCalledWith('abort', node, { once: true });
    q.broadcast(1);
    expect(remove).toHaveBeenCalledWith('abort', node);
    node.detach(); // idempotent
    expect(remove).toHaveBeenCalledOnce();
  });
});
