// `describeValue(value)`: a short, safe rendering of a bad argument for error messages. Internal.

/**
 * Renders `value` for an error message: strings quoted (JSON escapes), other primitives as `String`
 * gives them (bigints with `n`), functions as `function <name>`, objects as `<Constructor> object`.
 * Never throws.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `function ${value.name || '<anonymous>'}`;
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'an array';
      try {
        const ctor: unknown = (Object.getPrototypeOf(value) as { constructor?: unknown } | null)?.constructor;
        const name = typeof ctor === 'function' ? ctor.name : '';
        return `${name || 'Object'} object`;
      } catch {
        return 'an object';
      }
    }
    default:
      return String(value);
  }
}
