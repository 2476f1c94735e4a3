// Internal: validation of the option bags and the errors every lock rejects with.

/** A short description of a bad value for error messages: numbers and strings as written, else the type. */
export function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'function') return 'function';
  if (typeof value === 'object') return (value as { constructor?: { name?: unknown } }).constructor?.name === 'Array' ? 'array' : 'object';
  return typeof value;
}

/** The options object itself: `undefined` or an object. */
export function checkOptions(api: string, opts: unknown): void {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
  }
}

/** `timeout`: `undefined`/`Infinity` → `Infinity`; a non-negative number as given; else an error. */
export function checkTimeout(api: string, timeout: unknown): number {
  if (timeout === undefined) return Infinity;
  if (typeof timeout !== 'number') throw new TypeError(`${api}: timeout must be a number of milliseconds, got ${describe(timeout)}`);
  if (!(timeout >= 0)) throw new RangeError(`${api}: timeout must be a non-negative number of milliseconds or Infinity, got ${timeout}`);
  return timeout;
}

/** `signal`: `undefined` or an `AbortSignal`-like event target. */
export function checkSignal(api: string, signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  if (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).addEventListener !== 'function' || typeof (signal as AbortSignal).aborted !== 'boolean') {
    throw new TypeError(`${api}: signal must be an AbortSignal, got ${describe(signal)}`);
  }
  return signal as AbortSignal;
}

/** A finite number (`priority`, aging factors); `name` is the option's name in the message. */
export function checkFinite(api: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${api}: ${name} must be a finite number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${api}: ${name} must be a finite number, got ${value}`);
  return value;
}

/** The rejection of an expired wait: a `DOMException` named `TimeoutError`, as `AbortSignal.timeout` gives. */
export function timeoutError(api: string, ms: number): DOMException {
  return new DOMException(`${api}: timed out after ${ms} ms`, 'TimeoutError');
}
