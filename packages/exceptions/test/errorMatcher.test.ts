import { describe, expect, it } from 'vitest';
import { errorMatcher, nameOf } from '../src/errorMatcher.js';
import { thrown } from './support/harness.js';

describe('errorMatcher', () => {
  it('check 9: a name matches objects with that name', () => {
    const Syntax = errorMatcher('SyntaxError');
    expect(new SyntaxError()).toBeInstanceOf(Syntax);
    expect({ name: 'SyntaxError' }).toBeInstanceOf(Syntax);
    expect(new TypeError()).not.toBeInstanceOf(Syntax);
    expect('SyntaxError').not.toBeInstanceOf(Syntax);
    expect(Syntax.name).toBe('SyntaxError');
  });

  it('check 9: a predicate matches where it returns a truthy value', () => {
    const One = errorMatcher((v) => v === 1);
    const matches = (value: unknown): boolean => (value as object) instanceof One;
    expect(matches(1)).toBe(true);
    expect(matches(2)).toBe(false);
    expect(One.name).toBe('errorMatcher');
    expect(errorMatcher(() => true, 'Always').name).toBe('Always');
    const truthy = errorMatcher((v) => (v as { code?: string }).code as unknown as boolean);
    expect({ code: 'E' }).toBeInstanceOf(truthy);
  });

  it('check 9: a non-string, non-function test throws TypeError', () => {
    const err = thrown(() => errorMatcher(5 as unknown as string));
    expect(err).toBeInstanceOf(TypeError);
    expect(err).toHaveProperty('message', 'asyncutils.exceptions.errorMatcher: expected an error name or a predicate, got 5');
    expect(() => errorMatcher(() => true, 5 as unknown as string)).toThrow(TypeError);
  });

  it('matchers are frozen, and a throwing predicate propagates from the check', () => {
    const boom = new Error('boom');
    const m = errorMatcher(() => {
      throw boom;
    });
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(errorMatcher('X'))).toBe(true);
    expect(thrown(() => ({}) instanceof m)).toBe(boom);
  });

  it('nameOf reads name safely', () => {
    expect(nameOf(new RangeError())).toBe('RangeError');
    expect(nameOf('x')).toBeUndefined();
    expect(nameOf(new Proxy({}, { get: () => { throw new Error('trap'); } }))).toBeUndefined();
  });
});
