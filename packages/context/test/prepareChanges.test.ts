// `prepareChanges` / `resolveConstant`: names upper-cased and checked, values validated, all before use.
import { describe, expect, it } from 'vitest';
import { RETRY_DEFAULT_DELAY, RETRY_DEFAULT_TRIES } from '../src/index.js';
import { Context } from '../src/Context.js';
import { prepareChanges, resolveConstant } from '../src/prepareChanges.js';
import { thrown } from './support/harness.js';

const api = 'asyncutils.context.test';

describe('resolveConstant', () => {
  it('upper-cases the name; unknown → RangeError naming it; a non-string → TypeError', () => {
    expect(resolveConstant(api, 'retry_default_tries')).toBe(RETRY_DEFAULT_TRIES);
    expect((thrown(() => resolveConstant(api, 'foo')) as Error).message).toBe("asyncutils.context.test: unknown contextual constant 'foo'");
    expect(thrown(() => resolveConstant(api, 'foo'))).toBeInstanceOf(RangeError);
    expect(thrown(() => resolveConstant(api, 1))).toBeInstanceOf(TypeError);
  });
});

describe('prepareChanges', () => {
  it('returns [handle, stored value] pairs in key order', () => {
    expect(prepareChanges(api, { retry_default_delay: 5, RETRY_DEFAULT_TRIES: 2 }, false)).toEqual([
      [RETRY_DEFAULT_DELAY, 5],
      [RETRY_DEFAULT_TRIES, 2],
    ]);
    expect(prepareChanges(api, {}, false)).toEqual([]);
  });

  it('null and undefined mean no changes only where optional', () => {
    expect(prepareChanges(api, undefined, true)).toEqual([]);
    expect(prepareChanges(api, null, true)).toEqual([]);
    expect(thrown(() => prepareChanges(api, undefined, false))).toBeInstanceOf(TypeError);
    expect(thrown(() => prepareChanges(api, null, false))).toBeInstanceOf(TypeError);
  });

  it('rejects non-plain objects (arrays, Maps, contexts) with TypeError', () => {
    for (const bad of [[], new Map([['RETRY_DEFAULT_TRIES', 1]]), new Context(), 'x', 1]) {
      const error = thrown(() => prepareChanges(api, bad, false));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^asyncutils\.context\.test: changes must be a plain object mapping contextual constant names to values, got /);
    }
    expect(prepareChanges(api, Object.assign(Object.create(null) as object, { RETRY_DEFAULT_TRIES: 1 }), false)).toHaveLength(1);
  });

  it('rejects two keys naming one constant, and stops at the first bad entry', () => {
    expect(thrown(() => prepareChanges(api, { a: 1, RETRY_DEFAULT_TRIES: 1, retry_default_tries: 2 }, false))).toBeInstanceOf(RangeError);
    expect(thrown(() => prepareChanges(api, { RETRY_DEFAULT_TRIES: 1, RETRY_DEFAULT_DELAY: 'x' }, false))).toBeInstanceOf(TypeError);
  });
});
