import { RAISE } from '@asyncutils/constants';
import { describe, expect, it } from 'vitest';
import { makeTake, Take } from '../../src/internal/Take.js';
import { SourceIterator } from '../../src/internal/SourceIterator.js';

describe('internal/Take', () => {
  it('pads with one frozen step object; n null with RAISE stops', () => {
    const t = new Take<number, number>(new SourceIterator<number>([], false, 'f'), 2, true, 0, 'm');
    const a = t.next();
    const b = t.next();
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(t.next()).toEqual({ done: true, value: undefined });
    const endless = new Take<number, never>(new SourceIterator<number>([1], false, 'f'), null, true, RAISE, 'm');
    expect(endless.next()).toEqual({ done: false, value: 1 });
    expect(endless.next()).toEqual({ done: true, value: undefined });
  });

  it('makeTake validates, and refuses endless collections when asked', () => {
    expect(() => makeTake('collect', [1], null, { default: 1 }, 'm', false)).toThrow(RangeError);
    expect(makeTake('take', [1], null, { default: 1 }, 'm')).toBeInstanceOf(Take);
    expect(() => makeTake('take', [1], 1, 'x', 'm')).toThrow(TypeError);
  });
});
