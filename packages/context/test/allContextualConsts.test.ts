// `allContextualConsts`: the 89 names in table order, in an immutable Set.
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { allContextualConsts } from '../src/allContextualConsts.js';
import { thrown } from './support/harness.js';
import { expectedConstants } from './support/table.js';

describe('allContextualConsts', () => {
  it('check 1: 89 members, exactly the handle names, in table order', () => {
    expect(allContextualConsts.size).toBe(89);
    expect([...allContextualConsts]).toEqual(expectedConstants.map((row) => row.name));
    for (const name of allContextualConsts) expect((api as unknown as Record<string, { name: string }>)[name]?.name).toBe(name);
  });

  it('check 2: immutable: add, delete and clear throw TypeError; the set is frozen', () => {
    const set = allContextualConsts as Set<string>;
    for (const mutate of [() => set.add('X'), () => set.delete('RETRY_DEFAULT_TRIES'), () => set.clear()]) {
      const error = thrown(mutate);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('asyncutils.context.allContextualConsts: the set of contextual constant names is immutable');
    }
    expect(allContextualConsts.size).toBe(89);
    expect(allContextualConsts.has('RETRY_DEFAULT_TRIES')).toBe(true);
    expect(Object.isFrozen(allContextualConsts)).toBe(true);
    expect(allContextualConsts).toBeInstanceOf(Set);
  });
});
