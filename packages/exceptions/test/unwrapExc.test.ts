import { describe, expect, it } from 'vitest';
import { unwrapExc } from '../src/unwrapExc.js';
import { wrapExc } from '../src/wrapExc.js';
import { thrown } from './support/harness.js';

describe('unwrapExc', () => {
  it('returns the wrapped error without throwing it', () => {
    const e = new RangeError('a');
    expect(unwrapExc(wrapExc(e))).toBe(e);
    const w = wrapExc(wrapExc(e));
    expect(unwrapExc(unwrapExc(w))).toBe(e);
  });

  it('check 25: a non-wrapper throws TypeError', () => {
    for (const value of [{}, new Error('x'), null, 5, undefined]) {
      const err = thrown(() => unwrapExc(value as never));
      expect(err).toBeInstanceOf(TypeError);
      expect(err).toHaveProperty('message', 'asyncutils.exceptions.unwrapExc: not an exception wrapper');
    }
  });
});
