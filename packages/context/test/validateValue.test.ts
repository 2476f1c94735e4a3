// `validateValue`: every kind's accepted values, its TypeError and RangeError cases, copies and freezing.
import { describe, expect, it } from 'vitest';
import type { ContextValueKind } from '../src/ContextValues.js';
import { validateValue } from '../src/validateValue.js';
import { thrown } from './support/harness.js';

const api = 'asyncutils.context.test';
const check = (kind: ContextValueKind, value: unknown): unknown => validateValue(api, 'NAME', kind, value);
const errorOf = (kind: ContextValueKind, value: unknown): Error => thrown(() => check(kind, value)) as Error;

const cases: Record<ContextValueKind, { ok: unknown[]; type: unknown[]; range: unknown[] }> = {
  integer: { ok: [0, -1, 5, Number.MAX_SAFE_INTEGER], type: ['1', null, undefined, 1n, true, [1]], range: [1.5, NaN, Infinity, -Infinity, 2 ** 53] },
  number: { ok: [0, -1.5, 0.01, 1e300], type: ['1', null, {}], range: [NaN, Infinity, -Infinity] },
  duration: { ok: [0, 1.5, 30_000, Infinity], type: ['1', null, undefined], range: [-1, -Infinity, NaN] },
  'duration?': { ok: [null, 0, 5_000, Infinity], type: ['1', undefined, false], range: [-0.5, NaN] },
  boolean: { ok: [true, false], type: [0, 'true', null] , range: [] },
  string: { ok: ['', 'blake2b'], type: [1, null, ['x']], range: [] },
  adjmap: {
    ok: [[], [[0, [1, 2, 3, 4]]], [[256, [0.15, 1.1, 0.85, 0.9]], [-1, [0, 0, 0, 0]]]],
    type: [null, {}, [[0]], [[0, [1, 2, 3]]], [[0, [1, 2, 3, 4, 5]]], [['0', [1, 2, 3, 4]]], [[0, [1, 2, '3', 4]]], [[0, 1]], [5]],
    range: [[[NaN, [1, 2, 3, 4]]], [[0, [1, Infinity, 3, 4]]]],
  },
  timeouts: { ok: [[1000, 100, null], [null, null, null], [0, Infinity, 1]], type: [[1, 2], [1, 2, 3, 4], [1, '2', 3], null, [1, undefined, 3]], range: [[-1, 2, 3], [1, NaN, 3]] },
  'int-pair': { ok: [[0, 0], [2048, 8192]], type: [[1], [1, 2, 3], ['1', 2], {}], range: [[-1, 2], [1.5, 2], [1, Infinity]] },
  signals: { ok: [[], [2, 15], ['SIGINT', 'SIGTERM', 1]], type: [2, [null], [true], 'SIGINT'], range: [[0], [-2], [1.5], ['INT'], ['sigint']] },
};

describe('validateValue', () => {
  for (const [kind, { ok, type, range }] of Object.entries(cases) as [ContextValueKind, (typeof cases)[ContextValueKind]][]) {
    it(`${kind}: accepts valid values (arrays as deep-frozen copies)`, () => {
      for (const value of ok) {
        const stored = check(kind, value);
        expect(stored).toEqual(value);
        if (Array.isArray(value)) {
          expect(stored).not.toBe(value);
          const frozen = (v: unknown): boolean => !Array.isArray(v) || (Object.isFrozen(v) && v.every(frozen));
          expect(frozen(stored)).toBe(true);
        } else {
          expect(stored).toBe(value);
        }
      }
    });

    it(`${kind}: a wrong type or shape throws TypeError naming the API, the constant, the kind and the value`, () => {
      for (const value of type) {
        const error = errorOf(kind, value);
        expect(error, String(value)).toBeInstanceOf(TypeError);
        expect(error.message).toMatch(new RegExp(`^asyncutils\\.context\\.test: NAME expects ${kind.replace('?', '\\?')} \\(.+\\), got `));
      }
    });

    if (range.length > 0) {
      it(`${kind}: a value of the right type out of range throws RangeError`, () => {
        for (const value of range) expect(errorOf(kind, value), JSON.stringify(value)).toBeInstanceOf(RangeError);
      });
    }
  }

  it('messages show the bad value and, inside arrays, its position', () => {
    expect(errorOf('duration', -1).message).toBe('asyncutils.context.test: NAME expects duration (a number of ms >= 0, or Infinity), got number -1');
    expect(errorOf('adjmap', [[0, [1, 2, 'x', 4]]]).message).toBe(
      "asyncutils.context.test: NAME expects adjmap (an array of [threshold, [4 finite numbers]] rows), got string 'x' at NAME[0][1][2]",
    );
    expect(errorOf('timeouts', [1, 2]).message).toMatch(/got Array\(2\)$/);
    expect(errorOf('signals', ['INT']).message).toMatch(/got string 'INT' at NAME\[0\]$/);
  });

  it('errors thrown while reading a value (a hostile Proxy) propagate unchanged', () => {
    const boom = new Error('trap');
    const hostile = new Proxy([1, 2], { get: (target, key) => (key === '0' ? (() => { throw boom; })() : Reflect.get(target, key)) });
    expect(thrown(() => check('int-pair', hostile))).toBe(boom);
  });
});
