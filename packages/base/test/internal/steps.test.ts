import { describe, expect, it } from 'vitest';
import { DONE, delegate, doneWith, isObject, isPending, isThenable, type StepIterator } from '../../src/internal/steps.js';

describe('internal/steps', () => {
  it('DONE is frozen; doneWith reuses it for undefined', () => {
    expect(Object.isFrozen(DONE)).toBe(true);
    expect(doneWith(undefined)).toBe(DONE);
    expect(doneWith(3)).toEqual({ done: true, value: 3 });
  });

  it('predicates', () => {
    expect(isPending(Promise.resolve(DONE))).toBe(true);
    expect(isPending(DONE)).toBe(false);
    expect(isObject(() => {})).toBe(true);
    expect(isObject(null)).toBe(false);
    expect(isObject('s')).toBe(false);
    expect(isThenable({ then() {} })).toBe(true);
    expect(isThenable({ then: 1 })).toBe(false);
    expect(isThenable(undefined)).toBe(false);
  });

  it('delegate makes a real async generator that accepts plain (non-promise) steps', async () => {
    let i = 0;
    const inner: StepIterator<number> = {
      next: () => (i < 2 ? { done: false, value: i++ } : DONE),
      throw: (e) => {
        throw e;
      },
      return: (v) => doneWith(v),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    const gen = delegate(inner);
    expect(Object.prototype.toString.call(gen)).toBe('[object AsyncGenerator]');
    const out: number[] = [];
    for await (const x of gen) out.push(x);
    expect(out).toEqual([0, 1]);
  });
});
