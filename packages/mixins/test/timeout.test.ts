import { describe, expect, it } from 'vitest';
import { invalidTimeout, timeoutError } from '../src/timeout.js';

describe('invalidTimeout', () => {
  it('accepts undefined, zero, positive numbers and Infinity', () => {
    for (const t of [undefined, 0, 1, 2.5, Infinity]) expect(invalidTimeout('api', t)).toBeUndefined();
  });

  it('NaN and negative numbers are RangeErrors naming the API and the value', () => {
    for (const t of [NaN, -1, -Infinity]) {
      const e = invalidTimeout('asyncutils.x.y', t);
      expect(e).toBeInstanceOf(RangeError);
      expect(e?.message).toMatch(/^asyncutils\.x\.y: timeout must be a non-negative number of milliseconds/);
      expect(e?.message).toContain(String(t));
    }
  });

  it('non-numbers are TypeErrors', () => {
    for (const t of ['5', null, {}, 5n]) {
      const e = invalidTimeout('api', t);
      expect(e).toBeInstanceOf(TypeError);
      expect(e?.message).toContain(typeof t);
    }
  });
});

describe('timeoutError', () => {
  it('is a DOMException named TimeoutError naming the API and the delay', () => {
    const e = timeoutError('asyncutils.mixins.EventMixin.waitForValue', 20);
    expect(e).toBeInstanceOf(DOMException);
    expect(e.name).toBe('TimeoutError');
    expect(e.message).toBe('asyncutils.mixins.EventMixin.waitForValue: timed out after 20 ms');
  });
});
