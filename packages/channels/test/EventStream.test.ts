// Event streams of EventBus: eager subscription and its audit event, per-stream buffers, backpressure and
// dropping, item timeouts, ending (break, return, throw, dispose, abort, shutdown) and feedEvent.
import { objectId } from '@asyncutils/audit';
import { localContext } from '@asyncutils/context';
import { BusShutDown } from '@asyncutils/exceptions';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../src/EventBus.js';
import { flush, recordEvents, rejection, thrown, track, veto } from './support/harness.js';

describe('EventBus.eventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('check 27: raises event_stream [objectId(bus), type] at the call; a veto throws and subscribes nothing', async () => {
    const bus = new EventBus<{ x: number }>();
    const rec = recordEvents((n) => n.endsWith('event_stream'));
    let s!: AsyncGenerator<number, void, unknown>;
    let all!: AsyncGenerator<[string, unknown], void, unknown>;
    try {
      s = bus.eventStream('x');
      all = bus.eventStream();
    } finally {
      rec.off();
    }
    expect(rec.events).toEqual([
      ['asyncutils.channels.EventBus.event_stream', [objectId(bus), 'x']],
      ['asyncutils.channels.EventBus.event_stream', [objectId(bus), null]],
    ]);
    expect(bus.subscriberCount('x')).toBe(1);
    expect(bus.wildcardCount).toBe(1);
    await s.return();
    await all.return();
    expect(bus.totalSubscribers).toBe(0);
    const err = new Error('no streams');
    using _v = veto('asyncutils.channels.EventBus.event_stream', err);
    expect(thrown(() => bus.eventStream('x'))).toBe(err);
    expect(bus.subscriberCount('x')).toBe(0);
  });

  it('check 27: an event published before the first next() is not lost; a catch-all stream yields [type, data]', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x');
    const all = bus.eventStream();
    await bus.publish('x', 1);
    expect(await s.next()).toEqual({ value: 1, done: false });
    expect(await all.next()).toEqual({ value: ['x', 1], done: false });
    await s.return();
    await all.return();
  });

  it('check 27: streams for x and y each see only their own events', async () => {
    const bus = new EventBus<{ x: number; y: number }>();
    const xs = bus.eventStream('x');
    const ys = bus.eventStream('y');
    await bus.publish('x', 1);
    await bus.publish('y', 2);
    await bus.publish('x', 3);
    expect((await xs.next()).value).toBe(1);
    expect((await xs.next()).value).toBe(3);
    expect((await ys.next()).value).toBe(2);
    const pending = track(ys.next());
    await flush();
    expect(pending.state).toBe('pending');
    await bus.publish('y', 4);
    await flush();
    expect(pending.value).toEqual({ value: 4, done: false });
    await xs.return();
    await ys.return();
  });

  it('check 27: {itemTimeout: 20} ends the stream after 20 ms of silence; the feeder is unsubscribed', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { itemTimeout: 20 });
    const n = track(s.next());
    await vi.advanceTimersByTimeAsync(19);
    expect(n.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(n.value).toEqual({ value: undefined, done: true });
    expect(bus.subscriberCount('x')).toBe(0);
    expect(await s.next()).toEqual({ value: undefined, done: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('the default item timeout is EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT (3000 ms); null waits for ever', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x');
    const n = track(s.next());
    await vi.advanceTimersByTimeAsync(2999);
    expect(n.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(n.value?.done).toBe(true);
    const forever = localContext({ EVENT_BUS_STREAM_DEFAULT_ITEM_TIMEOUT: null }, () => bus.eventStream('x'));
    const m = track(forever.next());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(m.state).toBe('pending');
    expect(vi.getTimerCount()).toBe(0);
    await forever.return();
    expect(m.value).toEqual({ value: undefined, done: true });
  });

  it('check 27: break unsubscribes the feeder', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { itemTimeout: null });
    await bus.publish('x', 1);
    await bus.publish('x', 2);
    const got: number[] = [];
    for await (const v of s) {
      got.push(v);
      if (v === 1) break;
    }
    expect(got).toEqual([1]);
    expect(bus.subscriberCount('x')).toBe(0);
    expect(await s.next()).toEqual({ value: undefined, done: true });
  });

  it('check 27: {bufferSize: 1, timeout: 10} with no reader and two publications keeps only the second', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { bufferSize: 1, timeout: 10 });
    await bus.publish('x', 1);
    const p2 = track(bus.publish('x', 2));
    await vi.advanceTimersByTimeAsync(9);
    expect(p2.state).toBe('pending'); // backpressure: the feeder waits for room
    await vi.advanceTimersByTimeAsync(1);
    expect(p2.state).toBe('fulfilled');
    expect((await s.next()).value).toBe(2);
    const n = track(s.next());
    await flush();
    expect(n.state).toBe('pending');
    await s.return();
  });

  it('a waiting feeder is released by a reader (nothing dropped), FIFO', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { bufferSize: 1, timeout: null });
    await bus.publish('x', 1);
    const p2 = track(bus.publish('x', 2));
    const p3 = track(bus.publish('x', 3));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(p2.state).toBe('pending');
    expect((await s.next()).value).toBe(1);
    await flush();
    expect(p2.state).toBe('fulfilled');
    expect(p3.state).toBe('pending');
    expect((await s.next()).value).toBe(2);
    expect((await s.next()).value).toBe(3);
    await flush();
    expect(p3.state).toBe('fulfilled');
    await s.return();
  });

  it('bufferSize 0 is unbounded; the default buffer size is the bus evsBufsize', async () => {
    const bus = new EventBus<{ x: number }>(null, { evsBufsize: 2 });
    const unbounded = bus.eventStream('x', { bufferSize: 0 });
    const small = bus.eventStream('x', { timeout: 0 });
    for (let i = 1; i <= 5; i++) {
      const p = bus.publish('x', i);
      await vi.advanceTimersByTimeAsync(0); // a full small buffer drops its oldest entry after 0 ms
      await p;
    }
    const got: number[] = [];
    for (let i = 0; i < 5; i++) got.push((await unbounded.next()).value as number);
    expect(got).toEqual([1, 2, 3, 4, 5]);
    expect((await small.next()).value).toBe(4);
    expect((await small.next()).value).toBe(5);
    await unbounded.return();
    await small.return();
  });

  it('check 27: feedEvent reaches the open x and catch-all streams without calling subscribers', async () => {
    const bus = new EventBus<{ x: number }>();
    const sub = vi.fn();
    bus.subscribe(sub, 'x');
    const xs = bus.eventStream('x');
    const ys = bus.eventStream('y' as 'x');
    const all = bus.eventStream();
    await bus.feedEvent('x', 5);
    expect(sub).not.toHaveBeenCalled();
    expect((await xs.next()).value).toBe(5);
    expect((await all.next()).value).toEqual(['x', 5]);
    const y = track(ys.next());
    await flush();
    expect(y.state).toBe('pending');
    await xs.return();
    await bus.feedEvent('x', 6); // a closed stream is skipped
    expect((await all.next()).value).toEqual(['x', 6]);
    await ys.return();
    await all.return();
    expect(await rejection(bus.feedEvent(1 as unknown as string, 1))).toBeInstanceOf(TypeError);
    expect(await rejection(bus.feedEvent('x', 1, { timeout: -1 }))).toBeInstanceOf(RangeError);
  });

  it('feedEvent waits for room up to its timeout, then drops the oldest entry', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { bufferSize: 1 });
    await bus.feedEvent('x', 1);
    const f = track(bus.feedEvent('x', 2, { timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(f.state).toBe('fulfilled');
    expect((await s.next()).value).toBe(2);
    await s.return();
  });

  it('check 27: eventStream() after shutdown throws BusShutDown; validation errors', async () => {
    const bus = new EventBus();
    expect(() => bus.eventStream(5 as unknown as null)).toThrow(TypeError);
    expect(() => bus.eventStream('x', { bufferSize: -1 })).toThrow(RangeError);
    expect(() => bus.eventStream('x', { bufferSize: 1.5 })).toThrow(RangeError);
    expect(() => bus.eventStream('x', { bufferSize: '1' as unknown as number })).toThrow(TypeError);
    expect(() => bus.eventStream('x', { timeout: -1 })).toThrow(RangeError);
    expect(() => bus.eventStream('x', { itemTimeout: 'a' as unknown as number })).toThrow(TypeError);
    expect(() => bus.eventStream('x', { signal: {} as AbortSignal })).toThrow(TypeError);
    expect(thrown(() => bus.eventStream('x', { signal: AbortSignal.abort('pre') }))).toBe('pre');
    expect(bus.totalSubscribers).toBe(0);
    await bus.shutdown();
    expect(() => bus.eventStream('x')).toThrow(BusShutDown);
  });

  it('a non-immediate shutdown lets an open stream yield its buffered entries, then end; immediate ends it at once', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x');
    const waiting = bus.eventStream('x');
    await bus.publish('x', 1);
    await bus.publish('x', 2);
    await waiting.next();
    await waiting.next();
    const pending = track(waiting.next());
    await bus.shutdown();
    await flush();
    expect(pending.value).toEqual({ value: undefined, done: true });
    expect((await s.next()).value).toBe(1);
    expect((await s.next()).value).toBe(2);
    expect((await s.next()).done).toBe(true);

    const bus2 = new EventBus<{ x: number }>();
    const s2 = bus2.eventStream('x');
    await bus2.publish('x', 1);
    await bus2.shutdown({ immediate: true });
    expect((await s2.next()).done).toBe(true);
  });

  it('shutdown releases a feeder waiting for room', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x', { bufferSize: 1, timeout: null });
    await bus.publish('x', 1);
    const p = track(bus.publish('x', 2));
    await flush();
    expect(bus.activeTasks).toBe(1);
    await bus.shutdown();
    await flush();
    expect(p.state).toBe('fulfilled');
    expect((await s.next()).value).toBe(1);
    expect((await s.next()).done).toBe(true);
  });

  it('signal abort rejects the pending next() with the reason and ends the stream', async () => {
    const bus = new EventBus<{ x: number }>();
    const ac = new AbortController();
    const s = bus.eventStream('x', { signal: ac.signal, itemTimeout: null });
    const n1 = track(s.next());
    const n2 = track(s.next());
    ac.abort('stop');
    await flush();
    expect(n1.reason).toBe('stop');
    expect(n2.reason).toBe('stop');
    expect(bus.subscriberCount('x')).toBe(0);
    expect(await s.next()).toEqual({ value: undefined, done: true });

    const ac2 = new AbortController();
    const s2 = bus.eventStream('x', { signal: ac2.signal });
    await bus.publish('x', 1);
    ac2.abort('later');
    expect(await rejection(s2.next())).toBe('later'); // no pending next(): the next one rejects, buffer discarded
    expect(await s2.next()).toEqual({ value: undefined, done: true });
    expect(bus.subscriberCount('x')).toBe(0);
  });

  it('throw() and asyncDispose end the stream', async () => {
    const bus = new EventBus<{ x: number }>();
    const s = bus.eventStream('x');
    expect(await rejection(s.throw(new Error('stop')))).toBeInstanceOf(Error);
    expect(bus.subscriberCount('x')).toBe(0);
    {
      await using _s2 = bus.eventStream('x');
      expect(bus.subscriberCount('x')).toBe(1);
    }
    expect(bus.subscriberCount('x')).toBe(0);
    const s3 = bus.eventStream('x');
    expect(s3[Symbol.asyncIterator]()).toBe(s3);
    await s3.return();
  });

  it('the feeder sees the data after the middlewares and counts as a subscriber', async () => {
    const bus = new EventBus<{ x: number }>();
    bus.addMiddleware((_t, d) => (d as number) * 2);
    const s = bus.eventStream('x');
    expect(bus.events()).toEqual(new Set(['x']));
    await bus.publish('x', 21);
    expect((await s.next()).value).toBe(42);
    await s.return();
  });
});
