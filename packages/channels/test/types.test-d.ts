// Type tests: typed subscribers and payloads, operator argument lists, streams, handles and disposables.
import { describe, expectTypeOf, it } from 'vitest';
import {
  EventBus,
  Observable,
  Rendezvous,
  type BusSubscriber,
  type Observer,
  type PublishHandle,
  type RendezvousState,
  type Unsubscriber,
} from '../src/index.js';

type Events = { order: { id: number }; ping: undefined };

describe('types', () => {
  it('EventBus: subscribers, publish and waitForEvent are typed by event name', () => {
    const bus = new EventBus<Events>('shop');
    const onOrder = bus.subscribe((o) => {
      expectTypeOf(o).toEqualTypeOf<{ id: number }>();
    }, 'order');
    expectTypeOf(onOrder).toBeFunction();
    bus.subscribe((type, data) => {
      expectTypeOf(type).toEqualTypeOf<string>();
      expectTypeOf(data).toEqualTypeOf<unknown>();
    });
    expectTypeOf(bus.on('order')((o: { id: number }) => o.id)).toEqualTypeOf<(o: { id: number }) => number>();
    expectTypeOf(bus.publish('order', { id: 1 })).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error wrong payload
    void bus.publish('order', { id: 'x' });
    // @ts-expect-error unknown event type
    void bus.publish('nope', 1);
    expectTypeOf(bus.waitForEvent('order')).toEqualTypeOf<Promise<{ id: number }>>();
    expectTypeOf(bus.startPublish('ping')).toEqualTypeOf<PublishHandle>();
    expectTypeOf(bus.eventStream('order')).toEqualTypeOf<AsyncGenerator<{ id: number }, void, unknown>>();
    expectTypeOf(bus.eventStream()).toEqualTypeOf<AsyncGenerator<[eventType: string, data: unknown], void, unknown>>();
    expectTypeOf(bus.stopTracking({ returnStats: true })).toEqualTypeOf<Map<string, number>>();
    expectTypeOf(bus.withAudit(() => 1)).toEqualTypeOf<number>();
    expectTypeOf(bus.auditContext()).toMatchTypeOf<Disposable & AsyncDisposable>();
    expectTypeOf(bus).toMatchTypeOf<AsyncDisposable>();
    expectTypeOf<BusSubscriber<number>>().toEqualTypeOf<(data: number) => unknown>();
    expectTypeOf(EventBus.WILDCARD).toEqualTypeOf<null>();
    const untyped = new EventBus();
    untyped.subscribe((d) => expectTypeOf(d).toEqualTypeOf<unknown>(), 'anything');
  });

  it('Observable: argument lists flow through notify, operators and waitForNext', () => {
    const o = new Observable<[n: number, s: string]>();
    expectTypeOf(o.notify).parameters.toEqualTypeOf<[n: number, s: string]>();
    // @ts-expect-error wrong arguments
    void o.notify('x', 1);
    expectTypeOf(o.subscribeNowait((n, s) => [n, s])).toEqualTypeOf<Unsubscriber>();
    expectTypeOf(o.map((n, s) => [`${s}${n}`] as [string])).toEqualTypeOf<Observable<[string]>>();
    expectTypeOf(o.filter((n) => n > 0)).toEqualTypeOf<Observable<[n: number, s: string]>>();
    expectTypeOf(o.waitForNext()).toEqualTypeOf<Promise<[n: number, s: string]>>();
    expectTypeOf<Observer<[number]>>().toEqualTypeOf<(args_0: number) => unknown>();
    expectTypeOf(o).toMatchTypeOf<Iterable<Observer<[n: number, s: string]>>>();
    expectTypeOf(o).toMatchTypeOf<AsyncDisposable>();
  });

  it('Rendezvous: values and snapshots', () => {
    const r = new Rendezvous<string>();
    expectTypeOf(r.put('a')).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(r.get()).toEqualTypeOf<Promise<string>>();
    expectTypeOf(r.exchange('a')).toEqualTypeOf<Promise<string>>();
    expectTypeOf(r.stateSnapshot()).toEqualTypeOf<RendezvousState>();
    // @ts-expect-error wrong value type
    void r.put(1);
  });
});
