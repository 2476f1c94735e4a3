// Internal: the private brand of genuine `VersionInfo` instances, kept apart from the class so that
// `normalizeAllowUnimplemented` can recognise them without an import cycle.
import type { VersionParts } from './types.js';

/** Genuine `VersionInfo` instances of this copy of the package → their parts (set by the constructor only). */
const genuine = new WeakMap<object, VersionParts>();

/** Records `instance` as a genuine version with these (frozen) parts. */
export function brandVersion(instance: object, parts: VersionParts): void {
  genuine.set(instance, parts);
}

/** The parts of a genuine `VersionInfo` of this copy, or `undefined` for any other value. */
export function brandedParts(value: unknown): VersionParts | undefined {
  return typeof value === 'object' && value !== null ? genuine.get(value) : undefined;
}
