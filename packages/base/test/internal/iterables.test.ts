import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { isAsyncIterable, isIterable, notIterable, useAsyncProtocol } from '../../src/internal/iterables.js';

describe('internal/iterables', () => {
  it('recognises sync and async iterables, strings included', () => {
    expect(isIterable('ab')).toBe(true);
    expect(isIterable([])).toBe(true);
    expect(isIterable(new Map())).toBe(true);
    expect(isIterable({})).toBe(false);
    expect(isIterable(null)).toBe(false);
    expect(isIterable(undefined)).toBe(false);
    expect(isIterable({ [Symbol.iterator]: 1 })).toBe(false);
    expect(isAsyncIterable((async function* () {})())).toBe(true);
    expect(isAsyncIterable([])).toBe(false);
    expect(isAsyncIterable(null)).toBe(false);
  });

  it('useAsyncProtocol: async unless strict; sync otherwise; TypeError for neither', () => {
    const both = { [Symbol.iterator]() {}, [Symbol.asyncIterator]() {} };
    expect(useAsyncProtocol('f', both, undefined)).toBe(true);
    expect(useAsyncProtocol('f', both, true)).toBe(false);
    expect(useAsyncProtocol('f', [], undefined)).toBe(false);
    expect(() => useAsyncProtocol('f', { [Symbol.asyncIterator]() {} }, true)).toThrow(TypeError);
    localContext({ ITER_TO_AGEN_DEFAULT_STRICT: true }, () => expect(useAsyncProtocol('f', both, undefined)).toBe(false));
    expect(notIterable('take', 3).message).toBe('asyncutils.base.take: cannot iterate over number synchronously or asynchronously');
  });
});
