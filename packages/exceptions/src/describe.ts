// Internal: the `describe(v)` rendering used in the messages of the error classes and helpers.
import { functionName, typeName } from '@asyncutils/audit';

/**
 * Renders a value for an error message: strings as JSON, bigints as `1n`, symbols by `toString()`,
 * functions as `[Function <name>]`, errors as `<Type>(<JSON message>)`, other objects as `<<Type>>`,
 * everything else with `String`. Never throws.
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
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${functionName(value)}]`;
    case 'object':
      if (value === null) return 'null';
      if (isErrorLike(value)) {
        let message: unknown;
        try {
          message = (value as { message?: unknown }).message;
        } catch {
          message = undefined;
        }
        return `${typeName(value)}(${JSON.stringify(typeof message === 'string' ? message : '')})`;
      }
      return `<${typeName(value)}>`;
    default:
      return String(value);
  }
}

/** Whether `value` is an `Error` (of this realm, or with the `[object Error]` tag). Never throws. */
export function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return Object.prototype.toString.call(value) === '[object Error]';
  } catch {
    return false;
  }
}
