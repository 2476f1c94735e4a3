// Internal: how messages show a value (a resource, a bad argument).
import { objectId, typeName } from '@asyncutils/audit';

/**
 * Describes `value` for an error message: a string in single quotes, an object or function as
 * `<TypeName #id>` (its {@link objectId}), any other primitive with `String`.
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
  if (typeof value === 'string') return `'${value}'`;
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') return `<${typeName(value)} #${objectId(value)}>`;
  return String(value);
}
