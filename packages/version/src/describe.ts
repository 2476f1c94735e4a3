// Internal: how error messages of this package show a bad value.
import { typeName } from '@asyncutils/audit';

/**
 * Renders a value for an error message: strings as JSON, bigints as `1n`, numbers and other primitives with
 * `String` (so `-0`, `NaN` and `Infinity` are readable), functions as `[Function name]`, objects as `<TypeName>`.
 * Never throws.
 *
 * @param value - Any value.
 * @returns Its short description.
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'symbol':
      return value.toString();
    case 'function':
    case 'object':
      if (value === null) return 'null';
      return typeof value === 'function' ? `[Function ${fnName(value)}]` : `<${typeName(value)}>`;
    default:
      return String(value);
  }
}

function fnName(fn: Function): string {
  try {
    const name: unknown = fn.name;
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // A throwing `name` getter: anonymous.
  }
  return '<anonymous>';
}
