// `HistoryEntry<T>`: one recorded value of an `EventWithValue`.

/**
 * One entry of an `EventWithValue`'s history: when the value was stored (`performance.now()`, ms) and
 * the value. Entries are frozen.
 *
 * @typeParam T - The event's value type.
 *
 * @example
 * ```ts
 * import { EventWithValue, type HistoryEntry } from '@asyncutils/events';
 *
 * const ev = new EventWithValue<string>();
 * ev.set('a');
 * const [[at, value]]: HistoryEntry<string>[] = ev.history; // at ≈ performance.now(), value 'a'
 * ```
 */
export type HistoryEntry<T> = readonly [timestamp: number, value: T];
