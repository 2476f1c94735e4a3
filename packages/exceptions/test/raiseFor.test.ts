import { describe, expect, it } from 'vitest';
import { raiseFor } from '../src/raiseFor.js';
import { wrapExc } from '../src/wrapExc.js';
import { thrown } from './support/harness.js';

describe('raiseFor', () => {
  it('check 25: throws the wrapped error, returns anything else unchanged', () => {
    const e = new RangeError('a');
    expect(thrown(() => raiseFor(wrapExc(e)))).toBe(e);
    expect(thrown(() => raiseFor(wrapExc('s')))).toBe('s');
    expect(raiseFor(5)).toBe(5);
    expect(raiseFor(e)).toBe(e);
    const o = {};
    expect(raiseFor(o)).toBe(o);
    expect(raiseFor(undefined)).toBeUndefined();
  });
});
