import { describe, expect, it } from 'vitest';
import { exceptionOccurred } from '../src/exceptionOccurred.js';
import { wrapExc } from '../src/wrapExc.js';

describe('exceptionOccurred', () => {
  it('check 25: true for wrappers only, and narrows', () => {
    const value: number | ReturnType<typeof wrapExc<RangeError>> = wrapExc(new RangeError('a'));
    expect(exceptionOccurred(value)).toBe(true);
    if (exceptionOccurred(value)) expect(value.message).toBe('a');
    for (const other of [new RangeError('a'), 5, null, undefined, 'x', {}, () => 1]) expect(exceptionOccurred(other)).toBe(false);
  });
});
