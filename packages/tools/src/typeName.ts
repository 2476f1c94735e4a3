// `typeName(value)`: the type name used in this package's error messages (`got number`, `got Map`).

/**
 * The name of a value's type for an error message: `'null'`, `typeof` for other primitives, else the
 * constructor's name (`'Map'`, `'Function'`), else `'Object'`. Never throws.
 *
 * @param value - Any value.
 * @returns The type name.
 * @example
 * ```ts
 * typeName(42); // 'number'
 * typeName(new Map()); // 'Map'
 * ```
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return typeof value;
  try {
    const ctor: unknown = (Object.getPrototypeOf(value) as { constructor?: unknown } | null)?.constructor;
    if (typeof ctor === 'function' && ctor.name) return ctor.name;
  } catch {
    // A throwing Proxy trap: fall through to the generic name.
  }
  return 'Object';
}
