import { describe, expect, it } from 'vitest';
import { CircuitBreakerError, CircuitHalfOpen, CircuitOpen } from '../../src/errors/circuit.js';
import { expectErrorShape } from '../support/shape.js';

describe('circuit errors', () => {
  it('check 1: shapes (the base extends Error, the others the base)', () => {
    expectErrorShape(new CircuitBreakerError('m'), CircuitBreakerError, Error);
    expectErrorShape(new CircuitHalfOpen('m'), CircuitHalfOpen, CircuitBreakerError);
    expectErrorShape(new CircuitOpen('m'), CircuitOpen, CircuitBreakerError);
  });

  it('default constructors keep the message and the cause, and siblings are unrelated', () => {
    const cause = new Error('c');
    expect(new CircuitHalfOpen('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new CircuitOpen('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new CircuitHalfOpen()).not.toBeInstanceOf(CircuitOpen);
    expect(new CircuitOpen()).not.toBeInstanceOf(CircuitHalfOpen);
    expect(new CircuitBreakerError()).not.toBeInstanceOf(CircuitHalfOpen);
    expect(new Error()).not.toBeInstanceOf(CircuitBreakerError);
  });
});
