// Internal: validation of `timeout` options and the errors of timed-out waits.

/**
 * Returns the error to reject with when `timeout` (ms) is invalid, else `undefined`.
 * `undefined` and `Infinity` are valid (no deadline); a non-number is a `TypeError`; `NaN` and negative
 * numbers are `RangeError`s.
 * @internal
 */
export function invalidTimeout(api: string, timeout: unknown): TypeError | RangeError | undefined {
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number') {
    return new TypeError(`${api}: timeout must be a number of milliseconds, got ${typeof timeout}`);
  }
  if (!(timeout >= 0)) {
    return new RangeError(`${api}: timeout must be a non-negative number of milliseconds, got ${String(timeout)}`);
  }
  return undefined;
}

/**
 * The `DOMException` named `TimeoutError` of an expired wait.
 * @internal
 */
export function timeoutError(api: string, timeout: number): DOMException {
  return new DOMException(`${api}: timed out after ${timeout} ms`, 'TimeoutError');
}
