// The error of rate limiters (`@asyncutils/func`'s `RateLimited`): `RateLimitExceeded`.
import { functionName } from '@asyncutils/audit';
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * The limit a {@link RateLimitExceeded} reports.
 *
 * @example
 * ```ts
 * import type { RateLimitInfo } from '@asyncutils/exceptions';
 *
 * const info: RateLimitInfo = { calls: 3, period: 1000, excess: 1 };
 * ```
 */
export interface RateLimitInfo {
  /** Calls allowed per period. */
  readonly calls: number;
  /** The period, in milliseconds. */
  readonly period: number;
  /** How many calls over the limit were attempted. */
  readonly excess: number;
}

/**
 * A rate-limited function was called more often than its limit allows.
 *
 * @remarks
 * `repeatCall()` calls the function again with the same arguments, bypassing any limiter, and always
 * returns a promise (a synchronous throw becomes a rejection).
 *
 * @typeParam A - The function's parameter types.
 * @typeParam R - Its return type.
 *
 * @example
 * ```ts
 * import { RateLimitExceeded } from '@asyncutils/exceptions';
 *
 * function f(a: number, b: number) { return a + b; }
 * const err = new RateLimitExceeded(f, [1, 2], { calls: 3, period: 1000, excess: 1 });
 * err.message; // 'asyncutils.func.RateLimited: rate limit of 3 calls in 1000 ms exceeded by 1 calls when calling f'
 * await err.repeatCall(); // 3
 * ```
 */
export class RateLimitExceeded<A extends unknown[] = unknown[], R = unknown> extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'RateLimitExceeded');

  /** Calls allowed per period. */
  readonly calls: number;
  /** The period, in milliseconds. */
  readonly period: number;
  /** How many calls over the limit were attempted. */
  readonly excess: number;
  readonly #fn: (...a: A) => R;
  readonly #args: A;

  /**
   * @param fn - The rate-limited function.
   * @param args - The arguments of the rejected call.
   * @param info - The limit: `calls` per `period` ms, exceeded by `excess` calls.
   */
  constructor(fn: (...a: A) => R, args: A, info: RateLimitInfo) {
    const { calls, period, excess } = info;
    super(`asyncutils.func.RateLimited: rate limit of ${calls} calls in ${period} ms exceeded by ${excess} calls when calling ${functionName(fn)}`);
    this.calls = calls;
    this.period = period;
    this.excess = excess;
    this.#fn = fn;
    this.#args = args;
  }

  /**
   * Calls the function again with the same arguments, bypassing any limiter.
   *
   * @returns A promise of the function's (awaited) result; it rejects when the function throws or rejects.
   */
  async repeatCall(): Promise<Awaited<R>> {
    return await this.#fn(...this.#args);
  }
}
