import { describe, expect, it } from 'vitest';
import { ResourceBusy } from '../../src/errors/resource.js';
import { expectErrorShape } from '../support/shape.js';

describe('ResourceBusy', () => {
  it('check 1: shape and default constructor', () => {
    expectErrorShape(new ResourceBusy('busy'), ResourceBusy, Error);
    expect(new ResourceBusy('busy').message).toBe('busy');
    expect(new Error('busy')).not.toBeInstanceOf(ResourceBusy);
  });
});
