// `objectId(value)`: the stand-in for Python's `id(obj)` in `addr`-style event arguments.
import { auditState } from './state.js';

/**
 * Returns a stable, small, positive integer identifying an object or function, or `0` for a primitive.
 *
 * @remarks
 * The port maps Python's memory addresses (`addr`, `iaddr`, `saddr`, `laddr` arguments) to these ids.
 * The first call for an object takes the next value of a realm-wide counter (1, 2, 3, …; never reused);
 * later calls return the same value. Ids are kept in a `WeakMap`, so they do not keep objects alive, and
 * every copy of the package in the realm shares them. Primitives (including `null` and `undefined`) have
 * no identity and give `0`. It never throws on its argument.
 *
 * @param value - Any value.
 * @returns The object's id, or `0`.
 *
 * @example
 * ```ts
 * import { objectId } from '@asyncutils/audit';
 *
 * const queue = {};
 * objectId(queue) === objectId(queue); // true, e.g. 7
 * objectId('text'); // 0
 * ```
 */
export function objectId(value: unknown): number {
  return auditState().objectId(value);
}
