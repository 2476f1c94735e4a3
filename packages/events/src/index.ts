// The public surface of @asyncutils/events: named re-exports only, one module per concept.
export { EventValueError } from '@asyncutils/exceptions';
export { EventWithValue } from './EventWithValue.js';
export { SingleWaiterEventWithValue } from './SingleWaiterEventWithValue.js';

export type { HistoryEntry } from './HistoryEntry.js';
export type { EventWaitOptions, SingleWaiterWaitOptions, TransitionOptions, WaitForValueOptions } from './options.js';
