// Internal: how messages show a value (a resource, a bad argument).
import { objectId, typeName } from '@asyncutils/audit';

/**
 * Shows a bad argument in an error message without reaching `@asyncutils/audit`: a string in single
 * quotes, an object or function by its kind (`<object>`, `<function>`), any other primitive with `String`.
 *
 * @param value - Any value.
 * @returns The description; never throws.
 *
 * @example
 * ```ts
 * show('db'); // "'db'"
 * show({}); // '<object>'
 * show(5); // '5'
 * ```
 */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : Object(value) === value ? `<${typeof value}>` : String(value);
}

/**
 * Describes a resource for a `ResourceBusy` message: as {@link show}, except that an object or function is
 * `<TypeName #id>` (its `typeName` and `objectId`).
 *
 * @param value - Any value.
 * @returns The description; never throws.
 *
 * @example
 * ```ts
 * describe('db'); // "'db'"
 * describe({}); // '<Object #3>'
 * describe(5); // '5'
 * ```
 */
export function describe(value: unknown): string {
  return Object(value) === value ? `<${typeName(value)} #${objectId(value)}>` : show(value);
}
