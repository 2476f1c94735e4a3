import { describe, expect, it } from 'vitest';
import { EventValueError } from '../../src/errors/event.js';
import { expectErrorShape } from '../support/shape.js';

describe('EventValueError', () => {
  it('check 1: extends RangeError (Python ValueError)', () => {
    expectErrorShape(new EventValueError('bad'), EventValueError, RangeError);
    expect(new EventValueError('bad')).not.toBeInstanceOf(TypeError);
    expect(new RangeError('bad')).not.toBeInstanceOf(EventValueError);
  });
});
