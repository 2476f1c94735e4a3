// `describeValue(value)`: how error messages show the offending value (its type, and the value when short).

/** The name of a value's type: `typeof` for primitives, `'null'`, else the constructor's name. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  const kind = typeof value;
  if (kind !== 'object' && kind !== 'function') return kind;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    const ctor: unknown = proto === null ? undefined : (proto as { constructor?: unknown }).constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return ctor.name;
  } catch {
    // A throwing Proxy trap: the generic name below.
  }
  return 'Object';
}

/**
 * Describes `value` for an error message: its type name, followed by the value itself for primitives
 * (strings quoted and shortened) and the length for arrays. Never throws.
 *
 * @example
 * ```ts
 * describeValue('1'); // "string '1'"
 * describeValue(-1); // 'number -1'
 * describeValue([1, 2]); // 'Array(2)'
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return `string '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'bigint':
      return `bigint ${String(value)}n`;
    case 'symbol':
      return 'symbol';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `Array(${value.length})`;
      return typeName(value);
  }
}
