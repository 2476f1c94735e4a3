// Internal: the argument checks every queue method shares, and the one way a bad value appears in a message.
import type { QueueWaitOptions } from './PotentQueueBase.js';

/**
 * How a bad value appears in a message: a number as itself, anything else by its type.
 * @internal
 */
export function show(v: unknown): string | number {
  return v === null ? 'null' : typeof v === 'number' ? v : typeof v;
}

/**
 * The one argument check: unless `ok`, throws `<api>: <name> must be <what>, got <value>` as a `RangeError` when
 * `num` and the value is a number (a number out of range), else as a `TypeError` (a value of the wrong type).
 * @internal
 */
export function need(ok: unknown, api: string, name: string, what: string, v: unknown, num?: unknown): void {
  if (!ok) throw new (num && typeof v === 'number' ? RangeError : TypeError)(`${api}: ${name} must be ${what}, got ${show(v)}`);
}

/**
 * An options argument: `undefined` → `{}`; a non-object → `TypeError`.
 * @internal
 */
export function obj<O extends object>(api: string, o: O | undefined): O {
  need(o === undefined || (typeof o === 'object' && o), api, 'options', 'an object', o);
  return o ?? ({} as O);
}

/**
 * Whether `v` looks like an `AbortSignal`.
 * @internal
 */
export function isSignal(v: unknown): v is AbortSignal {
  return typeof (v as AbortSignal | null)?.aborted === 'boolean';
}

/**
 * Checks `{ signal, timeout }` options (`timeout`: `undefined` or a number `>= 0`, ms, `Infinity` = none) and,
 * unless `lax`, throws the reason of an already aborted signal.
 * @internal
 */
export function waitOpts(api: string, o: QueueWaitOptions | undefined, lax?: boolean): void {
  const { signal: s, timeout: t } = obj(api, o);
  need(t === undefined || (typeof t === 'number' && t >= 0), api, 'timeout', 'a number of ms >= 0', t, 1);
  need(s === undefined || isSignal(s), api, 'signal', 'an AbortSignal', s);
  if (s?.aborted && !lax) throw s.reason;
}
