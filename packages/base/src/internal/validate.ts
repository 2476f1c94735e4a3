// Argument validation shared by the helpers of @asyncutils/base. Messages name the Python API and the bad value.
import { typeName } from '@asyncutils/audit';

/** An options bag after validation (`undefined` becomes this frozen empty object). */
const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Describes a bad value for a message: numbers and strings as they are, other values by type. */
export function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return typeName(value);
}

/** `opts` must be `undefined` or an object; returns it as a record. */
export function optionsOf(api: string, opts: unknown): Readonly<Record<string, unknown>> {
  if (opts === undefined) return NO_OPTIONS;
  if (opts === null || typeof opts !== 'object') throw new TypeError(`asyncutils.base.${api}: options must be an object, got ${describe(opts)}`);
  return opts as Readonly<Record<string, unknown>>;
}

/** A boolean option: `undefined` gives `fallback`, anything but a boolean is a `TypeError`. */
export function booleanOption<F extends boolean | undefined>(api: string, name: string, value: unknown, fallback: F): boolean | F {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`asyncutils.base.${api}: ${name} must be a boolean, got ${describe(value)}`);
  return value;
}

/** A count: a number that is an integer `>= 0`. */
export function countArg(api: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`asyncutils.base.${api}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`asyncutils.base.${api}: ${name} must be an integer >= 0, got ${describe(value)}`);
  return value;
}

/** A finite number. */
export function finiteArg(api: string, name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`asyncutils.base.${api}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`asyncutils.base.${api}: ${name} must be finite, got ${describe(value)}`);
  return value;
}

/** An optional `AbortSignal` (duck-typed, so signals of other realms and polyfills pass). */
export function signalOption(api: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  const s = value as Partial<AbortSignal> | null;
  if (s === null || typeof s !== 'object' || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function' || typeof s.removeEventListener !== 'function') {
    throw new TypeError(`asyncutils.base.${api}: signal must be an AbortSignal, got ${describe(value)}`);
  }
  return value as AbortSignal;
}

/** An optional timeout in ms: `undefined` and `Infinity` mean none; NaN or negative is a `RangeError`. */
export function timeoutOption(api: string, value: unknown): number {
  if (value === undefined) return Infinity;
  if (typeof value !== 'number') throw new TypeError(`asyncutils.base.${api}: timeout must be a number of ms, got ${describe(value)}`);
  if (Number.isNaN(value) || value < 0) throw new RangeError(`asyncutils.base.${api}: timeout must be >= 0 ms, got ${describe(value)}`);
  return value;
}

/** An optional function. */
export function functionOption(api: string, name: string, value: unknown): ((...args: never[]) => unknown) | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`asyncutils.base.${api}: ${name} must be a function, got ${describe(value)}`);
  return value as (...args: never[]) => unknown;
}
