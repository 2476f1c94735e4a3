// The public surface of @asyncutils/channels: named re-exports only, one module per concept.
export { EventBus } from './EventBus.js';
export { Observable } from './Observable.js';
export { Rendezvous } from './Rendezvous.js';
export { BusError, BusShutDown, BusStatsError, BusTimeout } from '@asyncutils/exceptions';

export type { BusSubscriber, BusWildcardSubscriber, EventBusOptions, EventStreamOptions, Middleware, PublishHandle, PublishOptions } from './EventBus.js';
export type { NotifyOptions, NotifySequentialOptions, Observer, ObservableOptions, OperatorOptions, Unsubscriber } from './Observable.js';
export type { RendezvousState } from './Rendezvous.js';
