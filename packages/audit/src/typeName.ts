// `typeName(value)`: the stand-in for Python's `fullname(type(x))` in type-name event arguments.

/**
 * Returns the name of a value's type: its constructor's name, `typeof` for a primitive, `'null'` for
 * `null`.
 *
 * @remarks
 * Used for the type-name arguments of events (`tname`, `ityp`, `rtyp`, `atname`, …). JavaScript has no
 * module-qualified names at run time, so the name is bare. For an object or function the result is, in
 * order: the non-empty `name` of `Object.getPrototypeOf(value).constructor` when that is a function; else
 * a non-empty string `value[Symbol.toStringTag]`; else `'Object'`. Never throws: a throwing getter or
 * Proxy trap gives `'Object'`.
 *
 * @param value - Any value.
 * @returns The type name.
 *
 * @example
 * ```ts
 * import { typeName } from '@asyncutils/audit';
 *
 * typeName(null); // 'null'
 * typeName(1n); // 'bigint'
 * typeName(new Map()); // 'Map'
 * typeName(async () => {}); // 'AsyncFunction'
 * typeName((async function* () {})()); // 'AsyncGenerator'
 * typeName(Object.create(null)); // 'Object'
 * ```
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  const kind = typeof value;
  if (kind !== 'object' && kind !== 'function') return kind;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    const ctor: unknown = proto === null ? undefined : (proto as { constructor?: unknown }).constructor;
    if (typeof ctor === 'function') {
      const name: unknown = ctor.name;
      if (typeof name === 'string' && name !== '') return name;
    }
    const tag: unknown = (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag];
    if (typeof tag === 'string' && tag !== '') return tag;
  } catch {
    // A throwing getter or Proxy trap: fall through to the generic name.
  }
  return 'Object';
}
