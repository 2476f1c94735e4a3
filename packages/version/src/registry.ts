// Internal: the normalizer registry of this copy of the package (upstream's module-level dict `N`).
import type { VersionNormalizer } from './types.js';

/** A stored normalizer; its parameter type is erased in the map. */
export type StoredNormalizer = VersionNormalizer<never>;

/** Type → normalizer. Keys are constructors (classes, or the wrappers `String`, `Number`, … for primitives). */
export const normalizers: Map<Function, StoredNormalizer> = new Map();

const wrappers: Readonly<Record<string, Function>> = {
  string: String,
  number: Number,
  bigint: BigInt,
  boolean: Boolean,
  symbol: Symbol,
};

/**
 * The exact type of a value: its prototype's `constructor` for an object or function, the wrapper for a
 * primitive, `undefined` for `null`, `undefined` and objects without a constructor (null prototype).
 */
export function typeOf(value: unknown): Function | undefined {
  if (value === null || value === undefined) return undefined;
  const kind = typeof value;
  if (kind !== 'object' && kind !== 'function') return wrappers[kind];
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return undefined;
  const ctor: unknown = (proto as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' ? ctor : undefined;
}

/** The registry key of an argument of `registerNormalizer` & co.: a function is its own key, else its type. */
export function keyOf(typeOrValue: unknown): Function | undefined {
  return typeof typeOrValue === 'function' ? typeOrValue : typeOf(typeOrValue);
}
