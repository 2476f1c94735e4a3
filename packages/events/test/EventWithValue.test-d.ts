import type { EventMixin } from '@asyncutils/mixins';
import { describe, expectTypeOf, it } from 'vitest';
import { EventWithValue } from '../src/EventWithValue.js';
import type { HistoryEntry } from '../src/HistoryEntry.js';
import { SingleWaiterEventWithValue } from '../src/SingleWaiterEventWithValue.js';

describe('EventWithValue types', () => {
  it('excludes null and undefined from T', () => {
    // @ts-expect-error null means "unset"
    new EventWithValue<string | null>();
    // @ts-expect-error undefined means "unset"
    new EventWithValue<number | undefined>();
    expectTypeOf(new EventWithValue<string>()).toExtend<EventMixin<string>>();
  });

  it('set accepts null/undefined only with strict: false', () => {
    const ev = new EventWithValue<number>();
    ev.set(1);
    ev.set(null, { strict: false });
    // @ts-expect-error strict set(null) throws: use clear()
    ev.set(null);
  });

  it('get overloads, wait results and history types', () => {
    const ev = new EventWithValue<number>();
    expectTypeOf(ev.get()).toEqualTypeOf<number>();
    expectTypeOf(ev.get('x')).toEqualTypeOf<number | string>();
    expectTypeOf(ev.get(undefined)).toEqualTypeOf<number | undefined>();
    expectTypeOf(ev.wait()).toEqualTypeOf<Promise<number>>();
    expectTypeOf(ev.waitForNext({ timeout: 1 })).toEqualTypeOf<Promise<number>>();
    expectTypeOf(ev.waitForValue(1)).toEqualTypeOf<Promise<void>>();
    expectTypeOf(ev.waitForTransition(1, 2)).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(ev.waitForTransitionUnordered(1, 2)).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(ev.history).toEqualTypeOf<HistoryEntry<number>[]>();
    expectTypeOf(ev.historyAsdict).toEqualTypeOf<Map<number, number>>();
    expectTypeOf(ev.recentHistory()).toExtend<Generator<HistoryEntry<number>, void>>();
  });

  it('SingleWaiterEventWithValue allows any T and takes strict', () => {
    const box = new SingleWaiterEventWithValue<string | undefined>();
    expectTypeOf(box.waitForNext({ strict: true })).toEqualTypeOf<Promise<string | undefined>>();
    expectTypeOf(box.get(0)).toEqualTypeOf<string | undefined | number>();
    expectTypeOf(box).toExtend<EventMixin<string | undefined>>();
  });
});
