import { describe, expect, it } from 'vitest';
import { FutureCorrupted } from '../../src/errors/future.js';
import { expectErrorShape } from '../support/shape.js';

describe('FutureCorrupted', () => {
  it('check 1: shape and default constructor', () => {
    expectErrorShape(new FutureCorrupted('state'), FutureCorrupted, Error);
    expect(new FutureCorrupted('state').message).toBe('state');
  });
});
