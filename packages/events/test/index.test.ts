import { EventValueError as ExceptionsEventValueError } from '@asyncutils/exceptions';
import { EventMixin } from '@asyncutils/mixins';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('@asyncutils/events public surface', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(api).sort()).toEqual(['EventValueError', 'EventWithValue', 'SingleWaiterEventWithValue']);
  });

  it('check 19: both classes are EventMixins and not thenable', () => {
    for (const ev of [new api.EventWithValue<number>(), new api.SingleWaiterEventWithValue<number>()]) {
      expect(ev).toBeInstanceOf(EventMixin);
      expect('then' in ev).toBe(false);
    }
  });

  it('check 20: EventValueError is the same binding as in @asyncutils/exceptions', () => {
    expect(api.EventValueError).toBe(ExceptionsEventValueError);
    expect(() => new api.EventWithValue().get()).toThrow(ExceptionsEventValueError);
  });

  it('does not shadow browser globals (no export named Event)', () => {
    expect(api).not.toHaveProperty('Event');
  });
});
