import { describe, expect, it } from 'vitest';
import { Critical, Deadlock, StateCorrupted } from '../../src/errors/critical.js';
import { expectErrorShape } from '../support/shape.js';

describe('critical errors', () => {
  it('check 1: shapes', () => {
    expectErrorShape(new StateCorrupted('a', 'b'), StateCorrupted, Error);
    expectErrorShape(new Critical(1), Critical, Error);
    expectErrorShape(new Deadlock('m'), Deadlock, Error);
  });

  it('check 4: StateCorrupted message and properties', () => {
    const err = new StateCorrupted('module-internal', 'x');
    expect(err.message).toBe('asyncutils: user tampered with module-internal state; x');
    expect(err.adjective).toBe('module-internal');
    expect(err.details).toBe('x');
  });

  it('check 4: Critical keeps exc as cause and unwraps a nested Critical', () => {
    const e = new Error('e');
    const err = new Critical(e);
    expect(err.exc).toBe(e);
    expect(err.cause).toBe(e);
    expect(err.message).toBe('critical error occurred or user attempted to terminate the program');
    const nested = new Critical(new Critical(e));
    expect(nested.exc).toBe(e);
    expect(nested.cause).toBe(e);
    expect(new Critical('s').exc).toBe('s');
    expect(new Critical(undefined).exc).toBeUndefined();
  });

  it('Deadlock has the default constructor', () => {
    const cause = new Error('c');
    const err = new Deadlock('qux', { cause });
    expect(err.message).toBe('qux');
    expect(err.cause).toBe(cause);
  });

  it('the three are unrelated classes', () => {
    expect(new Deadlock()).not.toBeInstanceOf(Critical);
    expect(new Critical(1)).not.toBeInstanceOf(StateCorrupted);
    expect(new StateCorrupted('a', 'b')).not.toBeInstanceOf(Deadlock);
  });
});
