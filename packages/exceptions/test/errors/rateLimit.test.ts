import { describe, expect, it } from 'vitest';
import { RateLimitExceeded } from '../../src/errors/rateLimit.js';
import { expectErrorShape } from '../support/shape.js';

describe('RateLimitExceeded', () => {
  it('check 1: shape', () => {
    expectErrorShape(new RateLimitExceeded(() => 1, [], { calls: 1, period: 1, excess: 1 }), RateLimitExceeded, Error);
  });

  it('check 5: message, properties and repeatCall', async () => {
    const calls: number[][] = [];
    function f(a: number, b: number): number {
      calls.push([a, b]);
      return a + b;
    }
    const err = new RateLimitExceeded(f, [1, 2], { calls: 3, period: 1000, excess: 1 });
    expect(err.message).toBe('asyncutils.func.RateLimited: rate limit of 3 calls in 1000 ms exceeded by 1 calls when calling f');
    expect(err).toMatchObject({ calls: 3, period: 1000, excess: 1 });
    const repeated = err.repeatCall();
    expect(repeated).toBeInstanceOf(Promise);
    await expect(repeated).resolves.toBe(3);
    expect(calls).toEqual([[1, 2]]);
    await expect(err.repeatCall()).resolves.toBe(3);
    expect(calls).toEqual([[1, 2], [1, 2]]);
  });

  it('check 5: repeatCall awaits an async function and rejects when the function throws or rejects', async () => {
    const boom = new Error('boom');
    const syncThrow = new RateLimitExceeded(
      (): never => {
        throw boom;
      },
      [],
      { calls: 1, period: 1, excess: 1 },
    );
    await expect(syncThrow.repeatCall()).rejects.toBe(boom);
    const asyncOk = new RateLimitExceeded(async (x: string) => `${x}!`, ['hi'], { calls: 1, period: 1, excess: 1 });
    await expect(asyncOk.repeatCall()).resolves.toBe('hi!');
    const asyncReject = new RateLimitExceeded(() => Promise.reject(boom), [], { calls: 1, period: 1, excess: 1 });
    await expect(asyncReject.repeatCall()).rejects.toBe(boom);
  });

  it('regression: the documented (fn, args, info) signature, with the period in milliseconds', () => {
    const err = new RateLimitExceeded(Math.max, [1, 2], { calls: 10, period: 250, excess: 3 });
    expect(err.period).toBe(250);
    expect(err.message).toContain('10 calls in 250 ms exceeded by 3 calls when calling max');
  });

  it('the message names an anonymous function <anonymous>', () => {
    const err = new RateLimitExceeded([() => 1][0]!, [], { calls: 1, period: 5, excess: 2 });
    expect(err.message).toBe('asyncutils.func.RateLimited: rate limit of 1 calls in 5 ms exceeded by 2 calls when calling <anonymous>');
  });

  it('the function and its arguments are not exposed as properties', () => {
    const err = new RateLimitExceeded(() => 1, [], { calls: 1, period: 1, excess: 1 });
    expect(Object.keys(err).sort()).toEqual(['calls', 'excess', 'period']);
  });
});
