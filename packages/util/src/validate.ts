// Internal: argument checks and small helpers shared by the modules of @asyncutils/util.
import { functionName, typeName } from '@asyncutils/audit';

/** The prefix of every message: `asyncutils.util.<python_name>`. */
export const QUAL = 'asyncutils.util.';

/**
 * Describes a value for an error message: primitives as written, functions by name, objects by type.
 * @internal
 */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `function ${functionName(value)}`;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' || value === null) return String(value);
  const name = typeName(value);
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * Whether `value` is an object or function with a callable `then`; a throwing `then` getter counts as not.
 * @internal
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return typeof (value as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

/**
 * Throws `TypeError` `<api>: <what> must be a function, got …` unless `value` is a function.
 * @internal
 */
export function checkFunction(api: string, value: unknown, what = 'argument'): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') throw new TypeError(`${QUAL}${api}: ${what} must be a function, got ${describe(value)}`);
}

/**
 * Validates an options bag: `undefined` or an object, else `TypeError`.
 * @internal
 */
export function checkOptions(api: string, opts: unknown): void {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new TypeError(`${QUAL}${api}: options must be an object, got ${describe(opts)}`);
  }
}

/**
 * Validates an optional boolean option: `undefined` or a boolean, else `TypeError`.
 * @internal
 */
export function checkBoolean(api: string, value: unknown, what: string): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${QUAL}${api}: ${what} must be a boolean, got ${describe(value)}`);
  }
}

/**
 * Validates a timeout in ms: `undefined`, `Infinity` or a number `>= 0`. `NaN` or a negative number is a
 * `RangeError`, a non-number a `TypeError`.
 * @internal
 */
export function checkTimeout(api: string, timeout: unknown): asserts timeout is number | undefined {
  if (timeout === undefined) return;
  if (typeof timeout !== 'number') throw new TypeError(`${QUAL}${api}: timeout must be a number of milliseconds, got ${describe(timeout)}`);
  if (!(timeout >= 0)) throw new RangeError(`${QUAL}${api}: timeout must be a number >= 0 (ms) or Infinity, got ${timeout}`);
}

/**
 * Validates an optional `AbortSignal`.
 * @internal
 */
export function checkSignal(api: string, signal: unknown): asserts signal is AbortSignal | undefined {
  if (signal === undefined) return;
  if (typeof signal !== 'object' || signal === null || typeof (signal as AbortSignal).addEventListener !== 'function' || typeof (signal as AbortSignal).aborted !== 'boolean') {
    throw new TypeError(`${QUAL}${api}: signal must be an AbortSignal, got ${describe(signal)}`);
  }
}

/**
 * Gives `wrapper` the `name` and `length` of `fn` (as Python's `functools.wraps` does for the name).
 * @internal
 */
export function copyName<W extends object>(wrapper: W, fn: unknown): W {
  let name = '';
  let length = 0;
  try {
    const n: unknown = (fn as { name?: unknown }).name;
    if (typeof n === 'string') name = n;
    const l: unknown = (fn as { length?: unknown }).length;
    if (typeof l === 'number') length = l;
  } catch {
    // A throwing getter: keep the defaults.
  }
  Object.defineProperty(wrapper, 'name', { value: name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: length, configurable: true });
  return wrapper;
}
