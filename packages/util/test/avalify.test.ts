import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afalsify, anullify, atruthify, avalify } from '../src/avalify.js';

describe('avalify and the constant async functions', () => {
  it('check 20: resolve their value whatever the arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.anything(), { maxLength: 5 }), async (args) => {
        expect(await avalify(2)(...args)).toBe(2);
        expect(await anullify(...args)).toBeUndefined();
        expect(await atruthify(...args)).toBe(true);
        expect(await afalsify(...args)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('check 20: each returns a new promise; the same value object every time; named functions', async () => {
    const obj = {};
    const g = avalify(obj);
    const p1 = g();
    const p2 = g();
    expect(p1).toBeInstanceOf(Promise);
    expect(p1).not.toBe(p2);
    expect(await p1).toBe(obj);
    expect(await p2).toBe(obj);
    expect(afalsify.name).toBe('afalsify');
    expect(atruthify.name).toBe('atruthify');
    expect(anullify.name).toBe('anullify');
  });
});
