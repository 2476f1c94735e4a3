import { describe, expect, it } from 'vitest';
import { PoolError, PoolFull, PoolShutDown } from '../../src/errors/pool.js';
import { expectErrorShape } from '../support/shape.js';

describe('pool errors', () => {
  it('check 1: shapes (the base extends Error, the others the base)', () => {
    expectErrorShape(new PoolError('m'), PoolError, Error);
    expectErrorShape(new PoolFull('m'), PoolFull, PoolError);
    expectErrorShape(new PoolShutDown('m'), PoolShutDown, PoolError);
  });

  it('default constructors keep the message and the cause, and siblings are unrelated', () => {
    const cause = new Error('c');
    expect(new PoolFull('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new PoolShutDown('m', { cause })).toMatchObject({ message: 'm', cause });
    expect(new PoolFull()).not.toBeInstanceOf(PoolShutDown);
    expect(new PoolShutDown()).not.toBeInstanceOf(PoolFull);
    expect(new PoolError()).not.toBeInstanceOf(PoolFull);
    expect(new Error()).not.toBeInstanceOf(PoolError);
  });
});
