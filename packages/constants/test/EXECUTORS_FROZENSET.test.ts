import { describe, expect, it } from 'vitest';
import { EXECUTORS_FROZENSET } from '../src/EXECUTORS_FROZENSET.js';
import { POSSIBLE_EXECUTORS } from '../src/POSSIBLE_EXECUTORS.js';
import { thrown } from './support/harness.js';

/** The set with its (throwing) mutators visible to the type checker. */
const mutable = EXECUTORS_FROZENSET as unknown as Set<string>;

describe('EXECUTORS_FROZENSET', () => {
  it('check 3: is a Set of size 15 holding exactly the names of POSSIBLE_EXECUTORS (superset and subset)', () => {
    expect(EXECUTORS_FROZENSET).toBeInstanceOf(Set);
    expect(EXECUTORS_FROZENSET.size).toBe(15);
    for (const name of POSSIBLE_EXECUTORS) expect(EXECUTORS_FROZENSET.has(name)).toBe(true);
    for (const name of EXECUTORS_FROZENSET) expect(POSSIBLE_EXECUTORS).toContain(name);
  });

  it('iterates in the order of POSSIBLE_EXECUTORS', () => {
    expect([...EXECUTORS_FROZENSET]).toEqual([...POSSIBLE_EXECUTORS]);
    expect([...EXECUTORS_FROZENSET.keys()]).toEqual([...POSSIBLE_EXECUTORS]);
    const seen: string[] = [];
    EXECUTORS_FROZENSET.forEach((value, key, set) => {
      expect(key).toBe(value);
      expect(set).toBe(EXECUTORS_FROZENSET);
      seen.push(value);
    });
    expect(seen).toEqual([...POSSIBLE_EXECUTORS]);
  });

  it('check 3: add, delete and clear throw TypeError naming the set and the value, and leave it unchanged', () => {
    const cases: [() => unknown, string][] = [
      [() => mutable.add('x'), 'asyncutils.constants.EXECUTORS_FROZENSET is immutable: cannot add "x"'],
      [() => mutable.delete('thread'), 'asyncutils.constants.EXECUTORS_FROZENSET is immutable: cannot delete "thread"'],
      [() => mutable.clear(), 'asyncutils.constants.EXECUTORS_FROZENSET is immutable: cannot clear it'],
    ];
    for (const [mutate, message] of cases) {
      const error = thrown(mutate);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(message);
    }
    expect(EXECUTORS_FROZENSET.size).toBe(15);
    expect(EXECUTORS_FROZENSET.has('thread')).toBe(true);
    expect(EXECUTORS_FROZENSET.has('x')).toBe(false);
    expect([...EXECUTORS_FROZENSET]).toEqual([...POSSIBLE_EXECUTORS]);
  });

  it('is a frozen object: no property can be added or redefined', () => {
    expect(Object.isFrozen(EXECUTORS_FROZENSET)).toBe(true);
    expect(thrown(() => Object.defineProperty(EXECUTORS_FROZENSET, 'add', { value: () => mutable }))).toBeInstanceOf(TypeError);
    expect(thrown(() => ((EXECUTORS_FROZENSET as unknown as Record<string, unknown>).extra = 1))).toBeInstanceOf(TypeError);
  });

  it('answers membership for any value without throwing', () => {
    for (const value of [undefined, null, 0, {}, 'THREAD', ' thread', Symbol('thread')]) {
      expect(EXECUTORS_FROZENSET.has(value)).toBe(false);
    }
    const flag: string = 'dask';
    expect(EXECUTORS_FROZENSET.has(flag)).toBe(true);
  });
});
