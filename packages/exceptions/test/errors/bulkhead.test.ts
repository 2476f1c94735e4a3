import { describe, expect, it } from 'vitest';
import { BulkheadError, BulkheadFull, BulkheadShutDown } from '../../src/errors/bulkhead.js';
import { expectErrorShape } from '../support/shape.js';

describe('bulkhead errors', () => {
  it('check 1: shapes (the base extends Error, the others the base)', () => {
    expectErrorShape(new BulkheadError('m'), BulkheadError, Error);
    expectErrorShape(new BulkheadFull('m'), BulkheadFull, BulkheadError);
    expectErrorShape(new BulkheadShutDown('m'), BulkheadShutDown, BulkheadError);
  });

  it('default constructors keep the message and the cause, and siblings are unrelated', () => {
    const cause = new Error('c');
    expect(new BulkheadFull('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new BulkheadShutDown('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new BulkheadFull()).not.toBeInstanceOf(BulkheadShutDown);
    expect(new BulkheadShutDown()).not.toBeInstanceOf(BulkheadFull);
    expect(new BulkheadError()).not.toBeInstanceOf(BulkheadFull);
    expect(new Error()).not.toBeInstanceOf(BulkheadError);
  });
});
