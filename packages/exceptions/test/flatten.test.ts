import { describe, expect, it } from 'vitest';
import { TypicalError } from '../src/categories.js';
import { flatten, flattenPlan, initialItems } from '../src/flatten.js';

describe('flatten internals', () => {
  it('flattenPlan fills in the defaults', () => {
    const plan = flattenPlan(undefined, 'api');
    expect(plan.raiseCritical).toBe(true);
    expect(plan.keep).toEqual([TypicalError]);
    expect(plan.filterOut).toEqual([]);
    expect(plan.predicate(1)).toBe(true);
    expect(plan.ack1(1)).toBeUndefined();
  });

  it('flattenPlan rejects bad options with TypeError naming the API', () => {
    expect(() => flattenPlan(5 as never, 'api')).toThrow(new TypeError('api: options must be an object, got 5'));
    expect(() => flattenPlan({ predicate: 1 as never }, 'api')).toThrow(new TypeError('api: predicate must be a function, got 1'));
    expect(() => flattenPlan({ ack2: 'x' as never }, 'api')).toThrow(/ack2 must be a function/);
    expect(() => flattenPlan({ raiseCritical: 'yes' as never }, 'api')).toThrow(/raiseCritical must be a boolean/);
    expect(() => flattenPlan({ keep: [1] as never }, 'api')).toThrow(/1 is not an error type/);
    expect(() => flattenPlan({ filterOut: 'x' as never }, 'api')).toThrow(TypeError);
  });

  it('initialItems expands an AggregateError first item only', () => {
    const a = new Error('a');
    const b = new Error('b');
    const inner = new AggregateError([b]);
    expect(initialItems(new AggregateError([a, inner]))).toEqual([a, inner]);
    expect(initialItems([new AggregateError([a]), inner])).toEqual([a, inner]);
    expect(initialItems([a, new AggregateError([b])])).toHaveLength(2);
    expect(initialItems(a)).toEqual([a]);
    expect(initialItems([])).toEqual([undefined]);
    const odd = new AggregateError([]);
    Object.defineProperty(odd, 'errors', { value: 'not an array' });
    expect(initialItems(odd)).toEqual([]);
  });

  it('flatten in both directions', () => {
    const [a, b, c] = [new Error('a'), new Error('b'), new Error('c')];
    expect([...flatten([a, new AggregateError([b, c])], undefined, false)]).toEqual([a, b, c]);
    expect([...flatten([a, new AggregateError([b, c])], undefined, true)]).toEqual([c, b, a]);
  });
});
