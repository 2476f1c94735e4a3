// `functionName(fn)`: the stand-in for Python's `fullname(f)` in `fname` event arguments.
import { typeName } from './typeName.js';

/**
 * Returns a function's `name`, `'<anonymous>'` for a function without one, and {@link typeName} of
 * anything that is not a function.
 *
 * @remarks
 * Used for the `fname` arguments of events. JavaScript has no qualified names at run time, so the name
 * is the bare `name` property (`'bound f'` for `f.bind(x)`). Never throws.
 *
 * @param fn - Usually a function; any value is accepted.
 * @returns The function's name, `'<anonymous>'`, or the value's type name.
 *
 * @example
 * ```ts
 * import { functionName } from '@asyncutils/audit';
 *
 * functionName(function fetchUser() {}); // 'fetchUser'
 * functionName(Boolean); // 'Boolean'
 * functionName([() => 1][0]); // '<anonymous>'
 * functionName(42); // 'number'
 * ```
 */
export function functionName(fn: unknown): string {
  if (typeof fn !== 'function') return typeName(fn);
  try {
    const name: unknown = fn.name;
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // A throwing `name` getter or Proxy trap: treat the function as anonymous.
  }
  return '<anonymous>';
}
